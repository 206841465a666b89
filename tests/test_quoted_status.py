"""A follow-up asked after and answered from the minute that asked for it (another route than the follow-ups
route found it: the resolutions, the facts) carries the register's status for the action it quotes, where that
action is the one asked about: "did the clerk ever send Councillor Vane a thank-you letter" quotes "Action: Clerk to
send a thank-you letter to Councillor Vane." (outstanding: no later paper shows it done); "was Mrs Webb ever
co-opted" quotes the same action beside the co-option, and the letter's status is not the co-option's.

The paper is written for the test (a fictional parish council), ingested with the real model into a real store and
asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from minutebook.model import ActionStatus
from service.core import Minutebook
from tests.conftest import papers_minutebook

FERNLEY = """FERNLEY PARISH COUNCIL
MONDAY, 14TH MARCH, 2022

Present:- Councillor Orme (in the Chair); Councillors Pell, Rudd and Sayer.

31. APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillor Tull.

32. COUNCILLOR CHANGES

Councillor Vane had resigned. Action: Clerk to send a thank-you letter to Councillor Vane. Council resolved \
to co-opt Mrs Webb.

33. INTERNAL AUDITOR

The Clerk informed the Council that Mr Yeo would not be able to continue as internal auditor and suggested \
two names she would contact. Clerk to report back at next meeting.

34. MINUTES OF THE PREVIOUS MEETING

The minutes of the meeting held on 14th February, 2022 were approved. Action: Councillor Pell to place the \
approved minutes on the noticeboard.
"""


@pytest.fixture(scope="module")
def fernley(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder,
                           {"fernley-parish-council-minutes-2022-03-14.txt": FERNLEY}) as opened:
        yield opened


def test_a_quoted_action_asked_after_carries_its_status(fernley: Minutebook) -> None:
    answered = fernley.ask("did the clerk ever send councillor vane a thank you letter?")
    assert answered.found and "thank-you letter" in answered.answer
    assert answered.status == ActionStatus.OUTSTANDING and "Status: outstanding" in answered.answer
    answered = fernley.ask("has councillor pell put the approved minutes on the noticeboard yet?")
    assert answered.found and answered.status == ActionStatus.OUTSTANDING


def test_an_action_quoted_beside_what_is_asked_gives_no_status(fernley: Minutebook) -> None:
    # the letter's action is quoted with the co-option it sits beside: it is not what is asked after
    answered = fernley.ask("was mrs webb ever co-opted onto fernley parish council?")
    assert answered.found and "co-opt Mrs Webb" in answered.answer
    assert answered.status is None
