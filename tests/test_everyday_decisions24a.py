"""Decisions asked in everyday words (class 24a of round 24):

- approval asked as a body being "ok with" a proposal, and an outcome asked as "yes or no": the resolution;
- "any dissent?" of a decision: "UNANIMOUSLY RESOLVED"; "put pen to" the minutes: "signed by the Chair";
- "why'd they ..." (a question word typed short): the reason the exclusion resolution gives;
- "list the ... grants": every row of the table the resolution leads into, not the first;
- recommendations "set out in the Annex to these minutes": the annex, quoted with the sentence pointing to it;
- "what happened with it" of an application refused after a tie: the casting vote, with the refusal;
- "..., when does it open": the thing approved opening, not the meeting's start.

The papers are written for the test (tests/fixtures/everyday-decisions-24a), ingested with the real model into a real
store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from service.core import Minutebook
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "everyday-decisions-24a"


asked = papers_fixture(PAPERS)


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("ravensmoor policing precept rising by £12 - is the panel ok with it?", ["supports", "£301.20"], []),
    ("mill barn holiday let at wexcombe: yes or no from the planning committee?", ["GRANTED", "holiday occupancy"],
     []),
    ("hollinbrook finance, the december special meeting's minutes - was there any dissent when they were approved?",
     ["UNANIMOUSLY RESOLVED"], []),
    ("hollinbrook finance feb 2028 - did the chair put pen to the november minutes?", ["signed by the Chair"], []),
    ("why'd hollinbrook's finance committee kick the public out in february", ["commercially sensitive"], []),
    ("hollinbrook finance committee: list the community grants they gave out",
     ["Hollinbrook Scout Group", "Marsh Lane Allotment Society", "Friends of St Oswald's Park"], []),
    ("what did ashdown vale's scrutiny panel want changed in the waste collection policy before cabinet approves it",
     ["second general waste bin", "twelve months"], []),
    ("the old tannery on bridge street in wexcombe - what happened with it", ["REFUSED", "casting vote"], []),
    ("did ashdown vale's scrutiny panel back the northgate health hub, when does it open", ["September 2029"],
     ["6.00 pm"]),
])
def test_answered(asked: Minutebook, question: str, said: list[str], unsaid: list[str]) -> None:
    answered(asked, question, said, unsaid)


@pytest.mark.parametrize(("question", "decision"), [
    ("new bus lane - council ok with that?", True),
    ("yes or no from the licensing panel?", True),
    ("is the clerk ok with the new hours", False),
    ("when does the new pool open", False),
])
def test_decision_asked_without_its_verb(question: str, decision: bool) -> None:
    assert (Intent.RESOLUTION in cue_intents(question)) is decision


@pytest.mark.parametrize("question", ["when does it open", "the new library, when does it open"])
def test_a_thing_opening_is_not_the_meeting_starting(question: str) -> None:
    assert Intent.START not in cue_intents(question)
