"""Action lines as clerks write them under an item, each an action of its own (``fixtures/action-lines``, and the
licensing committee of ``fixtures/layouts-misread``):

* "ACTION: <what to do>" with its owner and date on the next line as fields ("Owner: Priya Lal. Due: 14 March 2025.",
  "Responsible officer: X, deadline: <date>", "Lead: X. Due date: <date>"): the action's own owner and date, not the
  decision's above it; the fields are quoted with the action;
* "ACTION: <owner> - <what> by <date>" and "ACTION: <what> - <owner> - by <date>": the owner the line names;
* a thing named without a verb ("ACTION: Skate park lighting review.") is an action too;
* a later meeting's matters-arising entry on it that fixes a day ("a site meeting ... was scheduled for 3 July
  2025") has it scheduled, not overdue.

An answer on one of them quotes its line with the fields that say who and by when.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from ingest.actions import extract_actions, track
from ingest.pipeline import parse_file
from minutebook.model import ActionStatus
from service.core import Minutebook
from tests.conftest import REPO, papers_minutebook

FIXTURES = REPO / "tests" / "fixtures"
SAFETY = FIXTURES / "action-lines" / "ashwell-vale-district-council-community-safety-committee-2025-02-04.txt"
SAFETY_JUNE = FIXTURES / "action-lines" / "ashwell-vale-district-council-community-safety-committee-2025-06-10.txt"
LICENSING = FIXTURES / "layouts-misread" / "pellingford-district-council-licensing-committee-2025-03-18.txt"


def _actions(path: Path) -> dict[str, tuple[str | None, dt.date | None]]:
    (meeting,) = parse_file(path).meetings
    return {a.text.split(".")[0]: (a.owner, a.due) for a in extract_actions(meeting)}


def test_each_action_line_is_an_action_with_its_own_owner_and_date() -> None:
    assert _actions(LICENSING) == {
        "ACTION: Publish the second consultation on the Council's website": ("Howard Penrose", dt.date(2025, 4, 30)),
        "ACTION: Write to the operators' association about the vehicle age limit": ("Licensing Manager",
                                                                                     dt.date(2025, 5, 2)),
    }
    (meeting,) = parse_file(LICENSING).meetings
    decision = next(i for i in meeting.items if i.number == "14").resolutions[0]
    assert decision.text.startswith("That the draft policy") and decision.owner is None and decision.due is None


def test_action_lines_name_their_owner_before_or_after_the_task() -> None:
    assert _actions(SAFETY) == {
        "ACTION: Commission a condition survey of the existing cameras": ("Priya Lal", dt.date(2025, 3, 14)),
        "ACTION: Apply to the Safer Streets Fund for replacement cameras": ("Community Safety Manager",
                                                                            dt.date(2025, 3, 31)),
        "ACTION: Community Wardens Manager - extend evening patrols to Brook Park by 1 March 2025": (
            "Community Wardens Manager", dt.date(2025, 3, 1)),
        "ACTION: Report on youth outreach in the park to the June meeting - Tom Arkwright - by 10 June 2025": (
            "Tom Arkwright", dt.date(2025, 6, 10)),
        "ACTION: Skate park lighting review": ("Parks Officer", dt.date(2025, 4, 30)),
    }


def test_an_action_lines_fields_are_quoted_with_it() -> None:
    (meeting,) = parse_file(SAFETY).meetings
    texts = [r.text for i in meeting.items for r in i.resolutions]
    assert "ACTION: Apply to the Safer Streets Fund for replacement cameras. Responsible officer: Community Safety " \
           "Manager, deadline: 31 March 2025." in texts


def test_an_entry_fixing_a_day_for_an_action_has_it_scheduled() -> None:
    register = {a.text.split(".")[0]: a for a in track([parse_file(SAFETY), parse_file(SAFETY_JUNE)])}
    review = register["ACTION: Skate park lighting review"]
    assert review.status == ActionStatus.SCHEDULED and "3 July 2025" in review.evidence[-1].quote
    assert register["ACTION: Commission a condition survey of the existing cameras"].status == ActionStatus.OVERDUE


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text(encoding="utf-8") for p in (SAFETY, LICENSING)}
    with papers_minutebook(tmp_path_factory, embedder, papers) as mb:
        yield mb


def test_who_and_by_when_of_an_action_line_is_answered_from_its_fields(opened: Minutebook) -> None:
    answer = opened.ask("ashwell vale - who's applying to the safer streets fund for new cameras, and by when?")
    assert answer.found
    assert "Community Safety Manager" in answer.answer and "31 March 2025" in answer.answer
    answer = opened.ask("pellingford licensing: who is putting the second taxi consultation on the website")
    assert answer.found and "Howard Penrose" in answer.answer
