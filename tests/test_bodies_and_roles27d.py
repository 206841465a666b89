"""Bodies, people and roles named in the question as people name them (class 27d of round 27):

- an outside body the council appoints a member to, named before the seat or the representing asked of it ("the
  playing fields trust - which councillor carries on representing us there", "his former college board seat"): the
  council's own minutes appointing or declaring, not a body whose meetings the papers must hold;
- a month's possessive ("july's panel") names a meeting, not a body of a council the question names;
- a chair's deputy asked as "deputy chair" and printed "Vice Chairman";
- substitutes asked by who replaced the members away ("replaced by whom?", "who filled in as a sub");
- "may" before a body's name ("ravensby's may cabinet") is the month, not the verb;
- "why'd X walk out": "walk" a verb, not a street's name; "what topics did the briefing deal with" and "the may
  sitting" ask of the briefing at that meeting.

The papers are written for the test (tests/fixtures/bodies-and-roles-27d), ingested with the real model into a real
store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from index.query import understand
from service.bodies_asked import kinds_owned, sent_to
from service.core import Minutebook
from service.who_where import holds_office
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "bodies-and-roles-27d"


asked = papers_fixture(PAPERS)


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("hollinsford playing fields trust - which councillor carries on representing us there, and is it short of "
     "volunteers", ["Dana Whitlock", "struggling to find volunteers"], []),
    ("pryce's former merewood college board seat and item 9 - which dispensation is he relying on",
     ["paragraph 4.2"], []),
    ("hollinsford annual meeting: deputy chair - who, and who proposed and seconded them",
     ["Cllr Pryce proposed Cllr Lindqvist, seconded by Cllr Whitlock"], []),
    ("ravensby licensing in june: hurst and dunleavy were away - replaced by whom?", ["Lydia Mabey", "Frances Orme"],
     []),
    ("ravensby licensing - who filled in as a sub in june", ["Lydia Mabey", "Frances Orme"], []),
    ("why'd kemble walk out halfway through the fare review", ["his brother operates two hackney carriages"], []),
    ("ravensby's may cabinet - any interests declared?", ["trustee of Ravensby Lido"], ["None."]),
    ("hollinsford: before the may sitting, what topics did the clerk's briefing deal with",
     ["Mill Lane footpath diversion order", "grass cutting contract"], []),
])
def test_answered(asked: Minutebook, question: str, said: list[str], unsaid: list[str]) -> None:
    answered(asked, question, said, unsaid)


@pytest.mark.parametrize(("question", "body", "sent"), [
    ("the village hall committee - who represents us there?", "village hall committee", True),
    ("her old merewood college board seat - did she declare it", "merewood college board", True),
    ("who is our rep on the burial committee", "burial committee", True),
    ("what did the burial committee decide in march", "burial committee", False),
    ("the finance committee - who chaired it", "finance committee", False),
])
def test_outside_body_named(question: str, body: str, sent: bool) -> None:
    assert sent_to(question, body) is sent


@pytest.mark.parametrize(("question", "kinds"), [
    ("matters arising from july's panel - what was asked", []),
    ("what did sept's cabinet decide", []),
    ("her old college's board seat", []),
    ("what did surrey's panel ask the commissioner", ["panel"]),
])
def test_kinds_owned(question: str, kinds: list[str]) -> None:
    assert kinds_owned(question) == kinds


@pytest.mark.parametrize(("office", "said", "holds"), [
    ("deputy chair", "it was resolved that Cllr Holt be Vice Chairman", True),
    ("vice chair", "Cllr Holt was elected Deputy Chairman", True),
    ("deputy chair", "Cllr Holt was elected Chairman", False),
    ("deputy leader", "Cllr Holt, Vice Chair of the Board", False),
])
def test_chairs_deputy_either_way(office: str, said: str, holds: bool) -> None:
    assert holds_office(office, said) is holds


@pytest.mark.parametrize(("question", "attendance"), [
    ("ashby and cole were off - replaced by whom?", True),
    ("who filled in as a sub at planning", True),
    ("two members sent apologies, who replaced them", True),
    ("who replaced her as chair of the trust", False),
])
def test_substitutes_asked(question: str, attendance: bool) -> None:
    assert (Intent.ATTENDANCE in cue_intents(question)) is attendance


@pytest.mark.parametrize(("question", "months"), [
    ("any interests at ravensby's may cabinet", [5]),
    ("the march full council - who chaired", [3]),
    ("may the council approve it", []),
    ("they may march on the town hall", []),
])
def test_month_before_a_body(question: str, months: list[int]) -> None:
    assert understand(question, [], dt.date(2031, 12, 31)).months == months
