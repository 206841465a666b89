"""A question answered right is answered the same when typed as chat messages are: opened with a greeting and closed
with thanks ("hi, ... thx", "morning all, ... cheers"), with two letters swapped ("turend up late", "the feb
minuets"), with a meeting's minutes clipped after their date ("the feb 2033 mins"), with a possessive typed without
its apostrophe ("farrowdales play area", "the town councils mayor"); and a council whose minutes never print its
name, only their file name does ("staning-parish-council-..."), is not "corrected" to a word the papers print
("standing").

The papers are written for the test (tests/fixtures/typed-in-chat): a town council's March minutes and a parish
council's April minutes whose text never names the parish. Ingested with the real model into a real store, asked
through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.query import SearchFilters
from index.spelling import Speller
from minutebook.model import Audience
from minutebook.vocabulary import unframed, written_out
from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "typed-in-chat"
typed = papers_fixture(PAPERS)


def _cited(minutebook: Minutebook, question: str) -> list[str]:
    answer = minutebook.ask(question)
    assert answer.found, (question, answer.answer)
    return [c.minute or c.item_title for c in answer.citations]


@pytest.mark.real_model
@pytest.mark.parametrize(("plain", "as_typed", "minute"), [
    ("what did farrowdale agree about the play area resurfacing?",
     "hi, what did farrowdale agree about the play area resurfacing? thx", "115"),
    ("who sent apologies to farrowdale town council in march?",
     "morning all, who sent apologies to farrowdale town council in march? cheers", "112"),
    ("what did farrowdale decide on allotment rents?",
     "hey there what did farrowdale decide on allotment rents pls", "116"),
    ("who turned up late to farrowdale in march?", "who turend up late to farrowdale in march?", "112"),
    ("were the february 2033 minutes at farrowdale signed off as they were?",
     "were the feb 2033 mins at farrowdale signed off as they were?", "114"),
    ("what did farrowdale agree about the play area?", "farrowdales play area - what did they agree?", "115"),
])
def test_asked_as_typed_cites_as_asked_plainly(typed: Minutebook, plain: str, as_typed: str, minute: str) -> None:
    first = _cited(typed, plain)
    assert first[0] == minute, (plain, first)
    assert _cited(typed, as_typed)[0] == first[0], as_typed


@pytest.mark.real_model
@pytest.mark.parametrize(("plain", "as_typed"), [
    ("did farrowdale accept a quote for the play area?", "hi, did farrowdale accept a quote for the play area? thx"),
    ("who chaired farrowdale in march?", "hey there, who chaired farrowdale in march? many thanks"),
    ("when is staning's next meeting?", "sorry to bother you but when is staning's next meeting? cheers"),
])
def test_greeting_and_thanks_weigh_nothing(typed: Minutebook, plain: str, as_typed: str) -> None:
    """The words the support test weighs, and the question every route reads, are the plain question's: a greeting
    that is no word of the papers would otherwise count as a word the item lacks, and hide the question's opening."""
    def read(question: str) -> tuple[str, set[str]]:
        asked = typed.answerer.ask(question, SearchFilters(audience=Audience.public()))  # type: ignore[attr-defined]
        return asked.question, set(asked.terms)

    assert read(as_typed) == read(plain)


@pytest.mark.real_model
def test_council_named_only_by_its_file_name_is_no_misspelt_word(typed: Minutebook) -> None:
    """Staning's minutes print "standing orders" but never "Staning": the question keeps the council it names (its
    papers' file name names it), though the speller would put "staning" right to "standing"."""
    question = "when is staning parish council's next meeting?"
    answer = typed.ask(question)
    assert answer.found and "5 June 2033" in answer.answer, answer.answer


@pytest.mark.parametrize(("typed_text", "meant"), [
    ("hi quick one - has the defib been checked thx", "quick one - has the defib been checked"),
    ("Hi there, what was agreed? Many thanks in advance.", "what was agreed?"),
    ("morning all, who chaired? ta", "who chaired?"),
    ("sorry to bother you but when is the next meeting pls", "when is the next meeting"),
    ("hi-vis jackets for the litter pick?", "hi-vis jackets for the litter pick?"),  # no greeting: a word
    ("morning session start time?", "morning session start time?"),  # "morning" is what is asked
    ("thanks", "thanks"),  # nothing else typed: the message as it is
])
def test_greeting_and_thanks_are_no_part_of_the_question(typed_text: str, meant: str) -> None:
    assert unframed(typed_text) == meant


def test_minutes_clipped_after_a_year_are_minutes_not_a_time() -> None:
    assert written_out("were the jan 2019 mins signed off") == "were the jan 2019 minutes signed off"
    assert written_out("she left after 20 mins") == "she left after 20 mins"


def test_a_swap_of_two_letters_is_put_right_before_a_nearer_common_word() -> None:
    """"turend" is one edit from "turned" (two letters swapped) and from "trend" (a letter dropped); the swap keeps
    the very letters typed, and is what a slip of the keys makes."""
    speller = Speller(["trend"] * 9 + ["trends"] * 5 + ["turned"])
    assert speller.correct_word("turend") == "turned"
