"""Action logs written in prose, and progress lists on past actions, as Scottish committees, joint boards and
municipal districts write them: each action named by its reference with its subject in brackets and where it stands
after it ("Action COM/24/35 (report on library opening hours ...) would now come to the June meeting"), or a
numbered point of a progress report closing on its status ("... SCHEDULED."). Each is the latest word on its action:
the register gives its status (completed, scheduled, or still open), and a question asking where the action stands
is answered from it, cited. A meeting asked by its subject ("when is the public meeting on the harbour plan") is
that event, not the committee's next meeting; and a council asked whether it got back to another body ("did
strathcarron council ever get back to the community council") is the one spoken of: the asker's papers say. A log's
row saying where an action was done ("Complete - minute 14/25") is answered with what that minute says; of two asks
on one subject, the one asked after is the one whose words do what the question asks ("sent round": circulated);
and "did the head of communities ever find out what the marquee would cost" asks whether it was found out, not a sum.

The papers (tests/fixtures/prose-action-logs/) are a fictional council committee's minutes of two meetings and a
community council's minutes in the same place, and a police and crime panel's two meetings, written for the test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from index.intents import Intent, cue_intents
from ingest.actions import track
from ingest.arising_entries import says_scheduled
from ingest.pipeline import parse_file
from minutebook.model import Action, ActionStatus
from minutebook.vocabulary import written_out
from service.core import Minutebook
from tests.conftest import papers_minutebook

PAPERS = Path(__file__).parent / "fixtures" / "prose-action-logs"
MARCH, APRIL = sorted(PAPERS.glob("strathcarron-*.txt"))
COMMUNITY = PAPERS / "inverlochan-community-council-2025-04-22.md"
PANEL = sorted(PAPERS.glob("carrick-vale-*.txt"))


def _register(tmp_path: Path, texts: dict[str, str]) -> list[Action]:
    paths = []
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    return track([parse_file(p) for p in paths])


def _logged(actions: list[Action]) -> dict[str, Action]:
    return {a.text: a for a in actions if "/log-" in a.id}


def test_each_action_a_prose_log_names_is_an_action_with_the_status_its_words_give(tmp_path: Path) -> None:
    actions = _logged(_register(tmp_path, {MARCH.name: MARCH.read_text()}))
    assert set(actions) == {"review of community hall letting charges",
                            "report on library opening hours in the rural branches",
                            "survey of play parks in the Glendessary ward"}
    assert actions["review of community hall letting charges"].status == ActionStatus.COMPLETED
    moved = actions["report on library opening hours in the rural branches"]
    assert moved.status == ActionStatus.SCHEDULED  # "would now come to the June meeting"
    # the row is its own sentence: not the decision printed under the log
    assert moved.evidence[-1].quote.endswith("consultation had not finished.")
    assert "noted the action log" not in moved.evidence[-1].quote
    assert actions["survey of play parks in the Glendessary ward"].status == ActionStatus.OUTSTANDING  # "remained open"


def test_a_later_point_on_the_same_action_reference_closes_it(tmp_path: Path) -> None:
    actions = _logged(_register(tmp_path, {MARCH.name: MARCH.read_text(), APRIL.name: APRIL.read_text()}))
    parks = actions["survey of play parks in the Glendessary ward"]
    assert parks.meeting_date == dt.date(2025, 3, 12)  # one action, first named in March
    assert parks.status == ActionStatus.COMPLETED
    assert parks.evidence[-1].meeting_date == dt.date(2025, 4, 9)


def test_a_progress_point_closing_scheduled_schedules_the_action(tmp_path: Path) -> None:
    april = APRIL.read_text()
    harbour = next(a for a in _register(tmp_path, {MARCH.name: MARCH.read_text(), APRIL.name: april})
                   if "Harbour" in a.text)
    assert harbour.status == ActionStatus.SCHEDULED
    assert "15th May 2025" in harbour.evidence[-1].quote
    # without its closing word the point fixes nothing the register reads as a day for it
    other = tmp_path / "without"
    other.mkdir()
    unmarked = next(a for a in _register(other, {MARCH.name: MARCH.read_text(),
                                                 APRIL.name: april.replace("        SCHEDULED.\n", "")})
                    if "Harbour" in a.text)
    assert unmarked.status != ActionStatus.SCHEDULED


def test_a_bracketed_action_outside_an_item_on_actions_is_no_log_row(tmp_path: Path) -> None:
    text = MARCH.read_text().replace("2.   ROLLING ACTION LOG", "2.   MATERNITY SAFETY REPORT")
    assert not _logged(_register(tmp_path, {MARCH.name: text}))


@pytest.mark.parametrize("question", [
    "when is the public meeting on the harbour front plan",
    "when's the meeting about the harbour front plan",
    "when will the council meet on the budget",
])
def test_a_meeting_named_by_its_subject_is_not_the_next_meeting(question: str) -> None:
    assert Intent.NEXT_MEETING not in cue_intents(question)


@pytest.mark.parametrize("question", [
    "when is the next meeting", "when is the meeting on the 5th", "when is the meeting on tuesday",
    "when does the panel meet",
])
def test_a_meeting_named_by_its_day_or_body_is_still_asked_when(question: str) -> None:
    assert Intent.NEXT_MEETING in cue_intents(question)


@pytest.fixture(scope="module")
def strathcarron(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text() for p in (MARCH, APRIL, COMMUNITY, *PANEL)}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


def test_an_action_moved_to_a_later_meeting_is_answered_scheduled(strathcarron: Minutebook) -> None:
    answered = strathcarron.ask("the rural library hours report for strathcarron communities committee, when's that "
                                "coming")
    assert answered.found and "June meeting" in answered.answer, answered.answer
    assert answered.status == ActionStatus.SCHEDULED
    assert any(c.item_title == "ROLLING ACTION LOG" for c in answered.citations)


def test_the_public_meeting_on_a_plan_is_answered_with_its_day(strathcarron: Minutebook) -> None:
    answered = strathcarron.ask("when is the public meeting on the harbour front plan")
    assert answered.found and "15th May 2025" in answered.answer, answered.answer
    assert "14 May 2025" not in answered.answer  # the committee's next meeting is another matter
    assert answered.status == ActionStatus.SCHEDULED  # the progress point fixing its day, cited
    assert any(c.meeting_date == dt.date(2025, 4, 9) for c in answered.citations)


def test_a_reply_asked_of_one_council_to_another_is_read_in_the_askers_papers(strathcarron: Minutebook) -> None:
    answered = strathcarron.ask("did strathcarron council ever get back to the community council about the harbour car "
                                "park lights")
    assert answered.found and "no reply received" in answered.answer, answered.answer
    assert all(c.meeting_date == dt.date(2025, 4, 22) for c in answered.citations)  # the community council's tracker
    assert answered.status in (ActionStatus.OUTSTANDING, ActionStatus.OVERDUE)


def test_asn_as_typed_is_additional_support_needs_as_minuted() -> None:
    assert "additional support needs assistant" in written_out("the asn assistant numbers report, when's that coming")
    assert "asn" not in written_out("the asn assistant numbers report").split()
    assert written_out("the bassoon fund") == "the bassoon fund"  # letters inside a word are no initials


def test_a_row_done_at_a_minute_is_answered_with_what_that_minute_says(strathcarron: Minutebook) -> None:
    answered = strathcarron.ask("has the carrick vale panel had the report on the victims' hub referral delays?")
    assert answered.found and answered.status == ActionStatus.COMPLETED, answered.answer
    assert "nine days to four" in answered.answer, answered.answer  # the minute the row points to
    assert any(c.minute == "14/25" for c in answered.citations)


def test_of_two_asks_on_one_subject_the_one_whose_words_do_what_is_asked(strathcarron: Minutebook) -> None:
    # a report on the hubs "including the number of referrals at each hub", and a monthly summary "be circulated":
    # "sent round" asks after the second
    answered = strathcarron.ask("did the month-by-month referrals for each hub get sent round?")
    assert answered.found and "broken down by month" in answered.answer, answered.answer
    assert "six months' time" not in answered.answer
    assert answered.status == ActionStatus.COMPLETED


@pytest.mark.parametrize(("entry", "fixed"), [
    ("3. Harbour plan (Minute 4) - Mr Laing\nThe public meeting will be held on 15th May 2025.\nSCHEDULED.", True),
    ("Minute 9/25 (bus shelter) - Scheduled. Glazier booked for 3 March.", True),
    # the status after the title says it open, whatever is booked since
    ("Minute 8/25 (pavilion toilets) - NOT COMPLETE. A leak was found; repair is booked and the toilets are now "
     "expected to reopen on 13 April 2025.", False),
    ("Minute 7/25 (hedge) - carried forward.", False),
])
def test_an_entry_fixes_a_day_only_where_its_status_allows(entry: str, fixed: bool) -> None:
    assert says_scheduled(entry) is fixed


def test_whether_a_cost_was_found_out_is_a_follow_up_not_a_sum_asked(strathcarron: Minutebook) -> None:
    # no sum is printed: the ask to find it out, and where it stands, answer
    answered = strathcarron.ask("strathcarron - did the head of communities ever find out what the marquee and sound "
                                "system for the gala would cost?")
    assert answered.found and "marquee" in answered.answer, answered.answer
    assert answered.status in (ActionStatus.OUTSTANDING, ActionStatus.OVERDUE)
