"""Where a follow-up stands, read from the latest word on it, as people ask: a planning application put off for a site
visit and taken up as a "(DEFERRED ITEM)", a cabinet decision called in and confirmed, a panel's log row carried
forward to a day its due column fixes, a town council's log whose prose says when a row was done, and a parish
council's actions asked as "what was the clerk asked to", "- serviced? who ...", "have we got quotes in".

The papers (tests/fixtures/followups-27b/) are fictional, written for the test: a district planning committee's and a
borough cabinet's two meetings each, a police and crime panel's two meetings, a town council's and a parish council's
meeting.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from minutebook.model import ActionStatus
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "followups-27b"


minutebook = papers_fixture(PAPERS)


@pytest.mark.real_model
def test_an_application_put_off_is_done_where_the_deferred_item_decides_it(minutebook: Any) -> None:
    answer = answered(minutebook, "the lapwing close conservatory they put off - what became of it",
                      said=["APPROVED"])
    assert answer.status == ActionStatus.COMPLETED
    assert "2031-05-13" in {c.meeting_date.isoformat() for c in answer.citations}


@pytest.mark.real_model
def test_a_called_in_decision_confirmed_later_is_done(minutebook: Any) -> None:
    answer = answered(minutebook, "fernlea day centre closure was called in wasnt it - what did cabinet do after",
                      said=["confirms its decision"])
    assert answer.status == ActionStatus.COMPLETED


@pytest.mark.real_model
def test_a_row_carried_forward_to_a_day_is_scheduled(minutebook: Any) -> None:
    answer = answered(minutebook, "rural speed enforcement report for the panel - where's that got to",
                      said=["17 September 2031"])
    assert answer.status == ActionStatus.SCHEDULED


@pytest.mark.real_model
def test_a_log_row_done_is_quoted_with_the_prose_saying_when(minutebook: Any) -> None:
    answer = answered(minutebook, "paving near the war memorial, did it ever get sorted?", said=["9 May 2031"])
    assert answer.status == ActionStatus.COMPLETED


@pytest.mark.real_model
def test_an_action_asked_by_what_was_given_says_where_it_stands(minutebook: Any) -> None:
    answer = answered(minutebook, "bramwick benches on the green - what was the clerk asked to cost", said=["oak"])
    assert answer.status == ActionStatus.OUTSTANDING


@pytest.mark.real_model
def test_a_doing_asked_in_one_word_mid_question_says_where_it_stands(minutebook: Any) -> None:
    answer = answered(minutebook, "bramwick speed indicator sign - serviced? who is responsible for it now",
                      said=["Finch"])
    assert answer.status == ActionStatus.COMPLETED


@pytest.mark.real_model
def test_the_items_own_action_is_where_quotes_asked_after_stand(minutebook: Any) -> None:
    answer = answered(minutebook, "bramwick churchyard yews crown reduction - got the quotes in yet?",
                      said=["Clerk to obtain quotes"])
    assert answer.status == ActionStatus.OUTSTANDING
