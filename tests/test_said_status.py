"""A follow-up answered from words the register holds no action for (a matters-arising note, an action log's row,
"Cllr X to look at the track") carries the status those words state: "had been installed ... Completed." is
completed, "quotes are still awaited ... Carried forward." and "Cllr Dunne to look at the gate." outstanding,
"Arranged 14 May" scheduled. A line that says nothing of where the matter stands gives no status. Asked whether
the stile was "fixed", the note of its "repair quotes" answers (the lexicon's everyday word for a repair).

The paper is written for the test (a fictional parish council), ingested with the real model into a real store and
asked through the same ``Minutebook`` the service uses; the reading of single lines is checked on its own too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from minutebook.model import ActionStatus
from service.core import Minutebook
from service.said_status import stated, status_asked
from tests.conftest import papers_minutebook

HELD = dt.date(2023, 4, 12)


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("(a) Salt bin, Mill Lane: the Clerk reported that the new salt bin had been fitted on 3rd April. Completed.",
         ActionStatus.COMPLETED),
        ("Minute 88 – Noticeboard – now been repaired, Cllr Ames now responsible.", ActionStatus.COMPLETED),
        ("(b) Footpath 12 stile: quotes are still awaited from two contractors. Carried forward.",
         ActionStatus.OUTSTANDING),
        ("Kent County Council have still not replaced the broken sign.", ActionStatus.OUTSTANDING),
        ("A24/07\tTrustees' visit to the new pumping station\tClerk\tMay 2023\tArranged 14 May",
         ActionStatus.SCHEDULED),
        ("HB12  Review of mooring charges  Harbour Master  June 2023  In progress", ActionStatus.OUTSTANDING),
        ("Cllr Dunne to look at the gate.", ActionStatus.OUTSTANDING),
        ("Mr Fairley agreed to provide a written response on dentistry access.", ActionStatus.OUTSTANDING),
        ("Members agreed to support the bid.", None),  # a decision taken, not an undertaking
        ("A note will be added to the website to correct the date.", ActionStatus.OUTSTANDING),
        ("It was expected that the hearing would be held on 9th June 2023.", ActionStatus.SCHEDULED),
        # a month with no year is not a date fixed for it: still to be done
        ("That a report on progress be submitted to a meeting of the Committee during September.",
         ActionStatus.OUTSTANDING),
        # prose that mentions work done, not where a follow-up stands
        ("The following factors have been identified in the cohort.", None),
        ("The audit work completed in relation to re-referrals was discussed.", None),
    ],
)
def test_a_line_states_where_a_matter_stands(line: str, status: ActionStatus | None) -> None:
    assert stated(line, HELD) == status


def test_the_questions_own_verb_said_as_done_is_completed() -> None:
    line = "Cllr Hale signed the Declaration of Acceptance of Office, witnessed by the Clerk."
    assert stated(line, HELD, "has the new councillor signed his acceptance of office?") == ActionStatus.COMPLETED
    assert stated("Cllr Hale to sign the Declaration.", HELD, "has he signed it?") == ActionStatus.OUTSTANDING


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("has the noticeboard been repaired?", True),
        ("the stile on footpath 12, sorted?", True),
        ("has the clerk found a new auditor", True),
        ("when will the panel get the progress report?", True),
        ("is the seat on the board going to be looked at again?", True),
        ("the members' visit to the pumping station, when's that", True),
        ("when's the next meeting?", False),
        ("who chaired the march meeting?", False),
        ("what did they decide about the allotment rents?", False),
    ],
)
def test_a_question_of_whether_something_has_happened(question: str, asked: bool) -> None:
    assert status_asked(question) == asked


ASHWELL = """ASHWELL PARISH COUNCIL
WEDNESDAY, 12TH APRIL, 2023

Present:- Councillor Ames (in the Chair); Councillors Dunne, Frith and Hale.

41. APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillor Ince.

42. MATTERS ARISING

(a) Salt bin, Mill Lane: the Clerk reported that the new salt bin had been fitted by the County Council on \
3rd April. Completed.
(b) Footpath 12 stile: repair quotes are still awaited from two contractors. Carried forward.

43. ALLOTMENTS

The allotment gate on Church Walk was reported as broken. Cllr Dunne to look at the gate.

44. PLANNING

Council resolved to make no comment on application 23/0412 (rear extension, 4 Orchard Close).
"""


@pytest.fixture(scope="module")
def ashwell(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder,
                           {"ashwell-parish-council-minutes-2023-04-12.txt": ASHWELL}) as opened:
        yield opened


def test_a_matter_arising_says_its_status(ashwell: Minutebook) -> None:
    answered = ashwell.ask("did the salt bin on mill lane ever get put in?")
    assert answered.found and answered.status == ActionStatus.COMPLETED
    assert "Status: completed" in answered.answer
    answered = ashwell.ask("has the stile on footpath 12 been fixed yet")
    assert answered.found and answered.status == ActionStatus.OUTSTANDING


def test_a_tagged_action_is_outstanding(ashwell: Minutebook) -> None:
    answered = ashwell.ask("has anyone looked at the allotment gate yet?")
    assert answered.found and answered.status == ActionStatus.OUTSTANDING
    assert "Cllr Dunne to look at the gate" in answered.answer


def test_a_decision_asked_about_carries_no_status(ashwell: Minutebook) -> None:
    answered = ashwell.ask("what did ashwell say about the orchard close extension?")
    assert answered.found and answered.status is None
