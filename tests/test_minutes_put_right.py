"""Whether something a meeting's record left open was put right or will be taken up again, asked in the words people
use (``fixtures/minutes-put-right``: a joint planning board's June meeting):

* "were the board's may 2024 minutes corrected to show Cllr Stott as absent": the later meeting's item on those
  minutes, with the sentences on what was put right in them ("... had not been present, as the minutes showed", "The
  minutes were amended before the Chair signed them"), not only the resolution confirming them; and its status,
  done;
* "are they going to look at the parishes' place on the board again": where a matter is to be taken up again is asked
  after, as "is it going to be looked at again" is, and the answer says where it stands;
* "where did the mill leat petition end up after it was handed in": where a thing handed over went is where it stands
  (passed to a team: still to be dealt with).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from minutebook.model import ActionStatus
from service.core import Minutebook
from service.said_status import status_asked
from tests.conftest import REPO, papers_minutebook

PAPERS = sorted((REPO / "tests" / "fixtures" / "minutes-put-right").iterdir())


@pytest.mark.parametrize("question", [
    "are they going to look at the parish rep on the board again?",
    "will the council revisit the grant again next year",
    "were the ashcombe vale joint planning board's may 2024 minutes corrected to show leonard stott as absent?",
    "was the register of interests updated",
    "where did the footpath petition end up after it was handed in?",
    "where has the complaint about the hedge gone",
])
def test_a_doing_asked_after_is_a_status_asked(question: str) -> None:
    assert status_asked(question)


@pytest.mark.parametrize("question", [
    "what was agreed again about the coppice farm application",
    "were the minutes approved",
])
def test_a_decision_or_a_reminder_is_no_status_asked(question: str) -> None:
    assert not status_asked(question)


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {p.name: p.read_text(encoding="utf-8") for p in PAPERS}) as mb:
        yield mb


def test_minutes_put_right_are_answered_with_what_was_put_right(opened: Minutebook) -> None:
    answer = opened.ask("Were the Ashcombe Vale Joint Planning Board's May 2024 minutes corrected to show Leonard "
                        "Stott as absent?")
    assert answer.found and answer.status == ActionStatus.COMPLETED
    assert "had not been present" in answer.answer and "The minutes were amended" in answer.answer
    assert {c.minute for c in answer.citations} == {"41/24"}


def test_a_matter_to_be_taken_up_again_is_answered_with_where_it_stands(opened: Minutebook) -> None:
    answer = opened.ask("ashcombe vale planning board - are they going to look at the parishes' rep again?")
    assert answer.found and answer.status == ActionStatus.OUTSTANDING
    assert "could be reconsidered" in answer.answer


def test_where_a_thing_handed_over_went_is_where_it_stands(opened: Minutebook) -> None:
    answer = opened.ask("ashcombe vale planning board - where did the mill leat footpath petition end up after it was "
                        "handed in?")
    assert answer.found and answer.status == ActionStatus.OUTSTANDING
    assert "passed to the rights of way team" in answer.answer
