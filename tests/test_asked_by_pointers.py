"""Questions that point at what they ask about the way people remember it, answered from the item pointed at:

- an item named by the interest a member declared on it ("the one Mrs Okafor declared on", "the application Cllr
  Pryce declared an interest in"): the declaration names the item, whose decision is the answer (the clause's words
  are no subject the decision must print);
- an item named by its number ("what was item 6", "item 33, what was it about"): that item, and a refusal for a
  number the minutes do not hold (not another item's decision);
- a month without its year where two of a council's bodies met that month ("t&b in march"): both meetings, so
  each question is answered from the one it is about (the planning committee's apologies, not the later licensing
  hearing's none);
- a council named by the initials of its two names joined by an ampersand ("T&B", "w & c"), or by initials with
  its "and" ("BANES", "B&NES"), and a sub-committee typed as one word ("subcttee"): the council and body so named,
  where another council's committee of the same kind met the same month;
- "last year" and "next year" as a meeting's minutes use them, of that meeting's year: a question naming the
  meeting ("may 2023 - ... last year") is answered from it, not from the next year's meeting saying the same words.

The papers are written for the test (tests/fixtures/pointed-at: two fictional district and borough councils, three
meetings in March 2025, two cabinets in September 2024, and a drainage board's annual meetings of 2023 and 2024, in
plain text and Markdown), ingested with the real model into a real store and asked
through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "pointed-at"


councils = papers_fixture(PAPERS)


@pytest.mark.parametrize(("question", "minute", "said"), [
    ("t&b planning - what did they decide on sheep street, the one mrs okafor declared on?", "4",
     "outside the settlement boundary"),
    ("what happened to the application cllr pryce declared an interest in at wendle and coombe", "32",
     "deferred for a parking survey"),
])
def test_an_item_named_by_the_interest_declared_on_it_is_answered_with_its_decision(
        councils: Minutebook, question: str, minute: str, said: str) -> None:
    answer = councils.ask(question)
    assert answer.found, answer.answer
    assert answer.citations[0].minute == minute
    assert said in answer.answer


def test_a_question_about_the_declaration_itself_is_still_answered_by_it(councils: Minutebook) -> None:
    answer = councils.ask("which item did mrs okafor declare an interest in at tarrow?")
    assert answer.found and "Okafor declared" in answer.answer


@pytest.mark.parametrize(("question", "minute", "title"), [
    ("what was item 6 at tarrow and belling planning in march 2025", "6", "PLANNING APPEALS"),
    ("w&c planning - item 33, what was it about?", "33", "Tree works at Wendle Park"),
])
def test_an_item_asked_by_its_number_is_that_item(councils: Minutebook, question: str, minute: str,
                                                   title: str) -> None:
    answer = councils.ask(question)
    assert answer.found, answer.answer
    assert answer.citations[0].minute == minute and answer.citations[0].item_title == title
    assert title in answer.answer


def test_an_item_number_the_minutes_do_not_hold_is_refused(councils: Minutebook) -> None:
    answer = councils.ask("what was item 9 at t&b planning?")
    assert not answer.found
    assert "item 9" in answer.answer


def test_a_month_without_its_year_holds_each_of_the_councils_meetings_that_month(councils: Minutebook) -> None:
    # the licensing hearing, later in March, recorded no apologies; the planning committee's did
    answer = councils.ask("t&b in march - who sent apologies?")
    assert answer.found and "Lisle" in answer.answer
    answer = councils.ask("what time did the tarrow planning committee finish in march?")
    assert answer.found and "7.50pm" in answer.answer


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("w&c planning committee march 2025 - who chaired?", "Fairbairn", "Quarrie"),
    ("t&b planning cttee march 2025 - who chaired?", "Quarrie", "Fairbairn"),
    ("where did the t & b licensing subcttee meet in march?", "Mayor's Parlour", "Civic Centre"),
    # initials with the "and" in them, or the first name's initial joined to the rest's by an ampersand; another
    # council's cabinet met two days before
    ("who chaired the BANES cabinet in september 2024?", "Ambrose", "Gethin"),
    ("b&nes cabinet sept 24 - who sent apologies?", "Sutcliffe", "Gethin"),
])
def test_a_council_named_by_its_initials_joined_by_an_ampersand(councils: Minutebook, question: str, said: str,
                                                                  not_said: str) -> None:
    answer = councils.ask(question)
    assert answer.found, answer.answer
    assert said in answer.answer and not_said not in answer.answer


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("t&b planning march 2025 - what is the householder pre-app fee going up to next year?", "£120", None),
    ("how many appeals did tarrow and belling win last year?", "31 of the 38", None),
    # a board meeting each May, each minuting "last year" and "next year" of its own year
    ("brackenfold idb may 2023 - how much of the drainage rates got collected last year?", "96.1%", "98.4%"),
    ("brackenfold drainage board, may 2024: how many km of drains are they desilting next year?", "9 km", "14 km"),
    ("brackenfold drainage board 2023 - where did last year's surplus go?", "Pumping Station Reserve",
     "Plant Replacement"),
])
def test_next_and_last_year_are_of_the_meeting_asked_about(councils: Minutebook, question: str, said: str,
                                                            not_said: str | None) -> None:
    answer = councils.ask(question)
    assert answer.found and said in answer.answer
    assert not_said is None or not_said not in answer.answer
