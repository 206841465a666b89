"""Follow-ups and what comes next, asked as people ask them, where minutes write them their own way:

- the person asked after by name, whom the minutes call by office ("Action: Clerk to obtain quotes", the record
  listing "Gareth Linley(Parish Clerk)");
- a meeting named by the hall it was held in ("the jubilee rooms meeting"), which says which meeting, not what;
- a name the minutes spell with a letter doubled ("Allan" for the asker's "Alan");
- a form "put pen to paper" on (signed), done at the meeting itself: completed;
- a record put right at the next meeting ("approved with amendments to the following: • Paragraph 3 - Change of the
  name ..."): completed, and the name changed is no one's action;
- a petition handed in, "which department is dealing with it now": where it stands, from the sentence after it;
- a day "pencilled in" to "rubber-stamp" a new treasurer (the papers' confirmation hearing for a chief finance
  officer), not the minutes signed as a correct record;
- the "stragglers" whose returns came in late (the papers' "yet to respond");
- an action not yet done, with when it is "now expected" said after it.

The papers are written for the test (tests/fixtures/followups-22d), ingested with the real model into a real store
and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from minutebook.model import ActionStatus, Meeting
from minutebook.vocabulary import written_out
from service.core import Minutebook
from service.named_people import offices_held
from service.said_status import RECORD_AMENDED, stated
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "followups-22d"


asked = papers_fixture(PAPERS, "*.txt")


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "status"), [
    # the clerk's action, asked by the clerk's name
    ("harnford parish: the broken play area fence - any prices back yet via gareth linley?", ["quotes"],
     ActionStatus.OUTSTANDING),
    # the meeting named by its hall
    ("the jubilee rooms annual meeting (harnford): one member still has to sign the acceptance form - when by?",
     ["next Parish Council meeting"], None),
    # a name spelt with one letter where the minutes double it
    ("When will Harnford's councillors choose where to plant the rowan in memory of Alan Whitfield?",
     ["future meeting"], None),
    # signed at the meeting itself
    ("did mr dunmore put pen to paper on his acceptance of office before he took his seat at harnford",
     ["Declaration of Acceptance of Office"], ActionStatus.COMPLETED),
    # a record put right at the next meeting
    ("the kettlemoor planning committee's kettlebridge minutes got a member's name wrong - was that put right at "
     "aldwick", ["Paul Lomond"], ActionStatus.COMPLETED),
    # a petition handed over, and who has it now
    ("the lochan library petition fiona reid handed in - which department is dealing with it now",
     ["appropriate department"], ActionStatus.OUTSTANDING),
    # the day planned, in everyday words
    ("westvale panel - what date is pencilled in to rubber-stamp the commissioner's new treasurer", ["14th March"],
     None),
    # the late ones, in everyday words
    ("westvale panel: the stragglers on ethics training returns - who got theirs in late?",
     ["Arlow", "Brinscombe"], None),
    # not done yet, and when it is now looked for
    ("has ashdene fire authority's audit of home safety visits to older residents been completed?", ["September"],
     ActionStatus.OUTSTANDING),
])
def test_answered(asked: Minutebook, question: str, said: list[str], status: ActionStatus | None) -> None:
    answer = answered(asked, question, said)
    if status is not None:
        assert answer.status == status, (question, answer.status, answer.answer)


@pytest.mark.real_model
def test_the_rubber_stamp_is_not_the_minutes_signed(asked: Minutebook) -> None:
    answer = asked.ask("westvale panel - what date is pencilled in to rubber-stamp the commissioner's new treasurer")
    assert answer.citations[0].item_title.startswith("APOLOGIES"), answer.answer


@pytest.mark.real_model
@pytest.mark.parametrize("question", [
    # the clerk's action is no one else's: a member the record lists with no office
    "harnford parish: the broken play area fence - any prices back yet via dilys marsh?",
    # a name no paper prints in any spelling
    "When will Harnford's councillors choose where to plant the rowan in memory of Alan Pickersgill?",
])
def test_refused(asked: Minutebook, question: str) -> None:
    answer = asked.ask(question)
    assert not answer.found, (question, answer.answer)


def test_pen_to_paper_is_signing() -> None:
    assert written_out("has the new member put pen to paper on the form") == "has the new member sign the form"
    assert written_out("did she put pen to paper") == "did she sign"


def test_a_name_changed_in_a_record_is_no_action() -> None:
    held = dt.date(2025, 4, 7)
    assert stated("• Paragraph 3 - Change of the name Peter Lomax to Paul Lomond.", held) is None
    assert stated("Action: Clerk to obtain quotes.", held) == ActionStatus.OUTSTANDING
    assert RECORD_AMENDED.search("The minutes of the previous meeting were approved with amendments to the following:")
    assert RECORD_AMENDED.search("approved as a correct record subject to the following amendments:")
    assert not RECORD_AMENDED.search("The minutes of the previous meeting were approved as a correct record.")


def test_offices_held_are_read_beside_the_name() -> None:
    meeting = Meeting(committee="Annual Meeting of the Harnford Parish Council", date=dt.date(2025, 5, 14),
                      attendance_text="Present: Councillors – Anne Carver(Chair), Tom Pell, Ruth Ibbotson(vice "
                                      "chair), Gareth Linley(Parish Clerk)\nClerk: Mrs J. Hale")
    assert offices_held(meeting, ["gareth", "linley"]) == {"clerk"}
    assert offices_held(meeting, ["linley"]) == {"clerk"}
    assert offices_held(meeting, ["ruth", "ibbotson"]) == {"vice chair"}
    assert offices_held(meeting, ["anne", "carver"]) == {"chair"}
    assert offices_held(meeting, ["tom", "pell"]) == set()
    assert offices_held(meeting, ["gary", "linley"]) == set()  # another given name
    assert offices_held(meeting, ["jane", "hale"]) == {"clerk"}  # the office before the name
