"""Answerable questions asked loosely and at length (class 29a of round 29): the body named by its building or town,
the meeting by how it was held, the ask typed as chatter after a dash, people named in the question who are in the item.

- the ask typed after a dash ("- next steps agreed?", "- outcome?", "- reception?", "- result pls") and a request's
  framing after one ("- pls list the ...") are what is asked, not words the minute must print;
- a meeting named by its building as its venue line prints it ("the standards lot at shire hall", "ashcombe civic
  centre cabinet"), or by the platform its opening line names ("the teams meeting of tollbridge": "a Teams meeting
  because of the flood damage"), is that meeting, whatever else in the papers prints those words;
- a title a comma parts from a name is no part of it ("nominated somebody for deputy, price seconded");
- chat's words for people ("folk"), figures ("numbers"), a quarter ("q3"), fitting ("who fitted it": "installed by"),
  a decision not to act ("opted not to call in"), and a count shaped like a year ("over 1900 signatures");
- and, the other way, a list asked for whose things no quote names ("list the conditions") is refused.

The papers are written for the test (tests/fixtures/asked-loosely-29a): a flattened PDF's standards committee, a town
council's markdown minutes with a table, a ModernGov cabinet page and a planning committee's call-in table; ingested
with the real model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutebook.vocabulary import ASKED_AFTER_DASH, CHOSE_NOT_TO, NUMBERS_ASKED
from service.core import Minutebook
from service.places import building_named
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "asked-loosely-29a"


asked = papers_fixture(PAPERS)


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said"), [
    # a building and a dash's ask; "parishes" for the papers' town and community councils, "ignoring" for yet to respond
    ("brackley standards lot at shire hall (oct 32): 11 parishes still ignoring the interests returns - next steps "
     "agreed?", ["write to the Chairs"]),
    # the platform the opening line names, "replacement" asked, a co-option in a table
    ("teams meeting of tollbridge 14/4/32 - name of the replacement councillor co-opted?", ["Pargeter"]),
    # a title the comma parts from the seconder's name
    ("tollbridge tc april 2032: ward nominated somebody for deputy, price seconded - outcome?", ["Cllr Hale"]),
    ("market st noticeboard in tollbridge, who fitted it and what did it cost", ["Fenwick Signs", "£1,240"]),
    # a ModernGov page's venue, "folk", and the body's reception of a report
    ("ashcombe civic centre cabinet 3/2/32: ruth noakes's scrutiny review on helping older folk stay at home - "
     "reception?", ["warmly welcomed"]),
    ("ashcombe cabinet feb 2032 - eastgate library petition: how many signed + who presented it",
     ["over 1900 signatures", "Darren Pike"]),
    ("ashcombe homelessness q3 numbers?", ["243"]),
    # a request's framing after a dash, and a decision not to act
    ("kelderby planning cttee - pls list the applications they opted not to call in", ["32/101/CP", "32/103/CP"]),
])
def test_answered(asked: Minutebook, question: str, said: list[str]) -> None:
    answered(asked, question, said)


@pytest.mark.real_model
@pytest.mark.parametrize("question", [
    # the call-in table names no conditions: the item on the application is not a list of them
    "kelderby planning cttee - list the conditions they put on the low moss barn",
])
def test_refused(asked: Minutebook, question: str) -> None:
    answer = asked.ask(question)
    assert not answer.found, (question, answer.answer)


@pytest.mark.parametrize(("question", "ask"), [
    ("the report went to cabinet - reception?", "reception"),
    ("15 councils still not replying - next step agreed?", "next step agreed"),
    ("welton: x nominated y - outcome", "outcome"),
    ("the minutes - result pls", "result"),
    ("what was the outcome of the appeal", None),
])
def test_ask_after_dash(question: str, ask: str | None) -> None:
    found = re.search(ASKED_AFTER_DASH.form, question, re.I)
    assert (found and re.sub(r"^\W+", "", found.group(0)).strip()) == ask if ask else found is None


@pytest.mark.parametrize(("question", "found"), [
    ("the applications they chose not to call in", True),
    ("which ones did the panel opt not to take up", True),
    ("did they choose the cheaper quote", False),
])
def test_chose_not_to(question: str, found: bool) -> None:
    assert bool(re.search(CHOSE_NOT_TO.form, question, re.I)) is found


@pytest.mark.parametrize(("run", "venue", "named"), [
    (["county", "hall"], ("chamber", "county", "hall", "county", "hall", "carmarthen"), ["county", "hall"]),
    (["woking", "civic", "offices"], ("council", "chamber", "civic", "offices"), ["civic", "offices"]),
    (["county", "lines"], ("chamber", "county", "hall"), []),  # not a building's name
    (["village", "hall"], ("council", "chamber", "civic", "offices"), []),  # not this meeting's venue
])
def test_building_named(run: list[str], venue: tuple[str, ...], named: list[str]) -> None:
    assert building_named(run, venue) == named


@pytest.mark.parametrize(("question", "found"), [
    ("ashcombe homelessness q3 numbers?", True),
    ("pcso numbers for next year vs now", True),
    ("what are the april minutes numbered", False),  # a minute's number is asked, not figures
    ("how has the number of children in care changed", False),
    ("which annual meeting number was it", False),
])
def test_numbers_asked(question: str, found: bool) -> None:
    assert bool(re.search(NUMBERS_ASKED.form, question, re.I)) is found
