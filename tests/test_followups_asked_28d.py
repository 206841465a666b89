"""Where a follow-up stands, and whose it is, asked the way people ask it rather than with the words of following up:
the owner asked in a word or two after the thing ("- whose job?", "assigned to whom", "status?"), the task asked by
its doing ("who's putting the minutes online", "who is chasing the bus company", "did members actually do the site
visit", "she asked for a breakdown - did she get it", "is a notice going up on the website"), and what a body is
"doing about" a matter (its resolution). A day a thing was done, confirmed after ("confirmed it had been emailed to
all members on 9 February"), is done, not a day fixed for it.

The papers (tests/fixtures/followups-asked-28d/) are fictional, written for the test: a parish council's minutes in
run-in numbered items, a district licensing panel's two meetings (markdown headings, a later meeting's matters arising
and a deferred item), and a town council's minutes with an action log table.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from minutebook.model import ActionStatus
from service.said_status import stated, status_asked
from tests.conftest import answered, papers_fixture

minutebook = papers_fixture(Path(__file__).parent / "fixtures" / "followups-asked-28d")


@pytest.mark.parametrize("question", [
    "ashwick - letter of thanks to the cllr who resigned, whose job",
    "ashwick bus shelter glass: assigned to whom?",
    "top row grit bin refill at ashwick - status?",
    "who's putting the signed minutes up on the ashwick website",
    "kestwell - who is chasing the bus operator about sunday buses",
    "did members actually do the riverside market pitch site visit",
    "cardew wanted a ward split of street trading consents - did he get it",
    "is a notice going up on the website about the kestwell toilets closing",
])
def test_a_follow_up_asked_in_everyday_words_is_read_as_one(question: str) -> None:
    assert status_asked(question)


@pytest.mark.parametrize("question", [
    "who is putting forward the motion on the precept",
    "who was chairing the licensing panel",
    "is the item going to cabinet",
    "did they get it approved",
    "what is the status quo on parking",
])
def test_questions_that_ask_no_follow_up_are_not_read_as_one(question: str) -> None:
    assert not status_asked(question)


def test_a_day_a_thing_was_done_confirmed_after_is_done() -> None:
    held, latest = dt.date(2035, 3, 17), dt.date(2035, 3, 17)
    assert stated("The Licensing Manager confirmed it had been emailed to all members on 9 February 2035.", held,
                  latest=latest) == ActionStatus.COMPLETED
    assert stated("The officer confirmed the letter was sent on 2 March 2035.", held, latest=latest) \
        == ActionStatus.COMPLETED
    # a day confirmed by whoever is to do it is still a day fixed for it
    assert stated("The contractor has confirmed the works for 3 April 2035.", held, latest=latest) \
        == ActionStatus.SCHEDULED


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "status"), [
    # the owner asked after the thing, in a word or two (run-in parish items, "Action: Clerk to ...")
    ("ashwick - letter of thanks to the cllr who resigned, whose job", "Clerk to send a letter of thanks",
     ActionStatus.OUTSTANDING),
    ("ashwick top row grit bin refill - assigned to whom, status?", "Cllr Renshaw to arrange a refill",
     ActionStatus.OUTSTANDING),
    # the task asked by its doing
    ("who's putting the signed minutes up on the ashwick website", "Cllr Quarrie to put the signed minutes",
     ActionStatus.OUTSTANDING),
    # an action log's row (a table), asked by who is doing it
    ("kestwell - who is chasing the bus operator about the sunday service", "Jessop", ActionStatus.OUTSTANDING),
    # a promise in prose ("will be added"), asked as whether it is going up
    ("kestwell market sq toilets closing - is a notice going up on the website", "will be added",
     ActionStatus.OUTSTANDING),
])
def test_where_a_task_stands_asked_by_its_owner_or_its_doing(minutebook: object, question: str, said: str,
                                                              status: ActionStatus) -> None:
    answer = answered(minutebook, question, said=[said])
    assert answer.status == status


@pytest.mark.real_model
@pytest.mark.parametrize("question", [
    "pellworth licensing - did members actually do the riverside market site visit",
    "pellworth licensing - did the riverside market site visit ever happen",
])
def test_a_site_visit_asked_after_is_done_by_the_later_minute_taking_the_item_up(minutebook: object,
                                                                                  question: str) -> None:
    # the later minute is titled otherwise and says "inspected", not "visited": it takes up the deferred item
    answer = answered(minutebook, question, said=["9 March 2035"])
    assert answer.status == ActionStatus.COMPLETED
    assert "2035-03-17" in {c.meeting_date.isoformat() for c in answer.citations}


@pytest.mark.real_model
@pytest.mark.parametrize("question", [
    "councillor cardew was after a ward breakdown of street trading consents - did he get it",
    "cllr cardew requested street trading consents by ward, did he ever receive them",
])
def test_a_breakdown_asked_for_and_later_confirmed_sent_is_done(minutebook: object, question: str) -> None:
    answer = answered(minutebook, question, said=["9 February 2035"])
    assert answer.status == ActionStatus.COMPLETED


@pytest.mark.real_model
def test_what_a_body_is_doing_about_a_matter_is_its_resolution(minutebook: object) -> None:
    answered(minutebook, "pellworth licensing panel - what are they doing about taxi drivers letting licences lapse",
             said=["reminder be sent"])
