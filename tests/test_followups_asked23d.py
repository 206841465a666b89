"""Follow-ups and next steps asked in everyday words, around what the minute is about:

- who owns it ("whose job is that"), whether it happened ("has it happened"), when word comes back ("when do we hear
  back") and whether people are "still waiting on it": framing words, no subject the minute must print;
- the thing asked in other words than the minutes': "rulebook" (the Constitution), "a spot" (the location),
  "memorial" ("in memory of"), a "trip" (a visit);
- a log's row still open with a new due date, the minutes beside it putting it on a coming meeting: scheduled, not
  overdue by its first date;
- a row of an action log says where its own action stands, not the next row of the table;
- a body "back on" is its next meeting.

The papers are written for the test (tests/fixtures/followups-23d), ingested with the real model into a real store
and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from minutebook.model import ActionStatus
from minutebook.vocabulary import FOLLOW_UP_FRAME
from service.core import Minutebook
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "followups-23d"


asked = papers_fixture(PAPERS)


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "status"), [
    # who owns it, in everyday words
    ("ashcombe - approved mins up on the noticeboard? whose job is it", ["Cllr Marsh"],
     ActionStatus.OUTSTANDING),
    # a place for it, asked as "a spot"; "commemorative" for "in memory of"
    ("the commemorative tree ashcombe agreed to plant - decided on a spot yet?", ["future meeting"], None),
    # the Constitution called the rulebook
    ("have the new harlowe hwb seats been written into the rulebook yet",
     ["Constitution Committee"], ActionStatus.OUTSTANDING),
    # a "trip" for a visit, and "has it happened": the tracker's row on it
    ("tressock panel's trip to the harbourside youth centre - has it happened", ["In progress"], None),
])
def test_answered(asked: Minutebook, question: str, said: list[str], status: ActionStatus | None) -> None:
    answer = answered(asked, question, said)
    if status is not None:
        assert answer.status == status, (question, answer.status, answer.answer)


@pytest.mark.real_model
def test_a_body_back_on_is_its_next_meeting(asked: Minutebook) -> None:
    answer = asked.ask("when's brantmoor's environment committee back on?")
    assert answer.found, answer.answer
    assert "18 May 2027" in answer.answer, answer.answer
    assert answer.citations[0].item_title == "DATE OF NEXT MEETING", answer.citations


@pytest.mark.parametrize(("question", "next_meeting"), [
    ("when is strathcarron's licensing board back on", True),
    ("when's the panel back in session?", True),
    ("when is the play area item back on the agenda", False),  # an item's, said of the agenda
    ("when do we hear back from the clerk", False),
])
def test_back_on_is_the_next_meeting(question: str, next_meeting: bool) -> None:
    assert (cue_intents(question).get(Intent.NEXT_MEETING, 0.0) >= 0.9) is next_meeting, cue_intents(question)


@pytest.mark.real_model
def test_put_back_to_a_coming_meeting_is_scheduled(asked: Minutebook) -> None:
    # due in January's minutes for March; March's log gives it a May date, and the minutes say it now comes in May
    answer = asked.ask("brantmoor environment cttee - the fly-tipping hotspots report, still waiting on it?")
    assert answer.found, answer.answer
    assert answer.status == ActionStatus.SCHEDULED, (answer.status, answer.answer)
    assert "18 May 2027" in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "framing"), [
    ("approved mins on the website yet? whose job is it", "whose job is it"),
    ("when do we hear back from the clerk about the auditor", "hear back"),
    ("the speed sign - still waiting on it?", "still waiting on it"),
    ("the site visit, has it happened", "has it happened"),
    ("did anyone check the drains like they said they would", "like they said they would"),
])
def test_follow_up_framing_is_read(question: str, framing: str) -> None:
    found = [m.group(0) for m in re.finditer(FOLLOW_UP_FRAME.form, question, re.I)]
    assert found == [framing], found


@pytest.mark.parametrize("question", [
    "what happened at the hearing on the licence",  # a hearing is no word back
    "who is on the board",  # membership, not an owner
    "whose responsibility is the verge on the a38",  # asks whose, of a thing named after it
])
def test_other_words_are_no_framing(question: str) -> None:
    assert re.search(FOLLOW_UP_FRAME.form, question, re.I) is None
