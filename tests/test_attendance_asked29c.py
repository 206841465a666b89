"""Attendance and declarations as any paper lays them out and anyone asks (class 29c of round 29):

- apologies reported in passing in an opening item of another title ("Welcome and Chair's remarks": "... noted that
  apologies had been received from A (work) and B, and that C had not been in touch"; "MAYOR'S OPENING REMARKS":
  "Apologies were received from ..."), read into the record and cited to that item;
- a roll's key to a mark beside names ("(V) denotes attendance by video link", "Members shown with an asterisk took
  part remotely on Zoom"), kept in the record, and asked as who joined remotely: the names bearing the mark;
- a later sitting of an adjourned meeting printed as a divider in the item it resumed ("=== Resumed meeting - Tuesday
  14 February ===") and named in the minutes' heading ("... and resumed on Tuesday 14 February 2033"), asked in words
  or by its day;
- a member leaving part-way through an item ("left the meeting at 8.10 pm during consideration of this item"), asked as
  walking or storming out "halfway through", "mid debate";
- an interest declared while an item was introduced or presented ("During the officer's presentation Councillor X
  declared that ..."), giving why the member left;
- substitutes asked by "which subs" / "any subs";
- an interest asked by what it is: a house backing onto a site, living next to it.

The papers are written for the test (tests/fixtures/attendance-asked-29c), ingested with the real model into a real
store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from ingest.readers import read_source
from ingest.structure import parse_text
from service.core import Minutebook
from service.record_parts import asked_part
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "attendance-asked-29c"

asked = papers_fixture(PAPERS)


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "unsaid"), [
    # apologies said in an opening item of another title
    ("who sent apologies to brynhafod community council in may 2033", ["Tomos Bevan", "Heledd Price"],
     ["litter pick"]),
    ("amberleigh town council sept - who couldnt make it", ["Pym", "Quarrie"], ["county cup"]),
    # a roll's key mark, asked as who joined from elsewhere
    ("which amberleigh councillors were on video at the september meeting", ["Peter Gill", "Hugh Tarrant"],
     ["Stoneley"]),
    ("tarnside cabinet 8 march - who joined remotely?", ["Birtwistle", "Yeadon"], ["Pickup"]),
    # a later sitting printed as a divider, asked in words or by its day
    ("moorgate fire authority - who was missing when they resumed", ["Kershaw", "Hale did not attend"], []),
    ("who wasnt at the second sitting of the moorgate fire authority in february", ["Kershaw"], []),
    ("moorgate fire authority 14 feb 2033 - apologies?", ["Kershaw"], ["Apologies: Councillor Neil Ince"]),
    # leaving part-way through an item
    ("did anybody storm out of the amberleigh council meeting halfway through? who and what time",
     ["Dacre", "8.10 pm"], []),
    ("someone left the amberleigh full council meeting mid debate - who?", ["Dacre"], []),
    # an interest declared while the item was introduced or presented
    ("why did rowe leave the room for the playing field drainage item at brynhafod", ["nephew"], []),
    ("tarnside cabinet - why did cllr rauf go out during the depot item", ["husband"], []),
    # substitutes asked by "which subs", "any subs"
    ("any subs at the moorgate fire authority in feb 2033?", ["Hale", "Ince"], []),
    ("which subs came in at the moorgate fire authority budget meeting and for who", ["Hale"], []),
    # an interest asked by what it is
    ("amberleigh - which cllr has a house backing onto the car park", ["Marsh"], []),
    ("anyone on amberleigh town council living next to mill lane car park?", ["Marsh"], []),
])
def test_answered(asked: Minutebook, question: str, said: list[str], unsaid: list[str]) -> None:
    answered(asked, question, said, unsaid)


@pytest.mark.real_model
def test_apologies_cited_to_the_opening_item(asked: Minutebook) -> None:
    """Apologies said in the chair's opening remarks are cited to that item, not to the list of those present."""
    answer = answered(asked, "brynhafod may 2033 - apologies?", ["Tomos Bevan"], ["Idris Vaughan"])
    assert answer.citations and all(c.minute == "1" for c in answer.citations)


def _meeting(name: str):  # type: ignore[no-untyped-def]
    path = PAPERS / name
    return parse_text(read_source(path), path.name, "0" * 64).meetings[0]


def test_apologies_read_from_an_opening_item() -> None:
    """Those named up to the end of the clause sent apologies; the one "not in touch" after it did not."""
    meeting = _meeting("brynhafod-community-council-ordinary-meeting-2033-05-16.md")
    assert meeting.apologies == ["Tomos Bevan", "Heledd Price"]
    amberleigh = _meeting("amberleigh-town-council-full-council-2033-09-05.txt")
    assert amberleigh.apologies == ["Pym", "Quarrie"]


def test_mark_key_kept_in_the_record() -> None:
    meeting = _meeting("amberleigh-town-council-full-council-2033-09-05.txt")
    assert "(V) denotes attendance by video link" in meeting.attendance_text
    tarnside = _meeting("tarnside-borough-council-cabinet-2033-03-08.txt")
    assert "Members shown with an asterisk took part remotely on Zoom." in tarnside.attendance_text


def test_marked_names_picked_by_the_key() -> None:
    record = ("Present: Cllr A. Ash, Cllr B. Birch (R), Cllr C. Cedar\nApologies: Cllr D. Elm\n"
              "Members marked (R) attended remotely.")
    parts = " ".join(asked_part(record, "who joined online", set()))
    assert "Birch" in parts and "Cedar" not in parts and "Ash" not in parts


def test_interest_declared_while_introduced() -> None:
    meeting = _meeting("tarnside-borough-council-cabinet-2033-03-08.txt")
    assert [(d.member, d.item, d.withdrew) for d in meeting.declarations] == [("Rauf", "C/102", True)]


@pytest.mark.parametrize(("question", "intent"), [
    ("which subs came in and for who", Intent.ATTENDANCE),
    ("any subs at the licensing committee", Intent.ATTENDANCE),
    ("somebody walked out of the panel mid hearing, who", Intent.ATTENDANCE),
    ("who stormed out halfway through the meeting", Intent.ATTENDANCE),
    ("which cllr lives next door to the quarry site", Intent.DECLARATION),
    ("did anyone have a garden backing onto the allotments", Intent.DECLARATION),
])
def test_asked_as(question: str, intent: Intent) -> None:
    assert intent in cue_intents(question)


@pytest.mark.parametrize("question", [
    "any subs due to the slcc this year",
    "which sub-committee dealt with the licence",
])
def test_subscriptions_not_substitutes(question: str) -> None:
    assert Intent.ATTENDANCE not in cue_intents(question)
