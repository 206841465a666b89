"""Questions about a meeting adjourned and reconvened on a later day, asked of the papers in
tests/fixtures/sittings/ (a district licensing committee and a parish council, written for these tests), ingested
with the real model and asked through the ``Minutebook`` the service uses:

* who came to, or sent apologies for, the later sitting ("the resumed meeting", "the reconvened session", "when they
  came back"): the later day's record under its heading, not the first day's;
* when and why the meeting stopped and picked up again, in everyday words ("broke off", "pick it back up", "start
  again"): the clerk's account under the adjournment heading;
* whether a body "went ahead with" what it decided asks for the decision, not whether a meeting went ahead;
* how far a figure is over its budget or behind its target: a quote saying how it stands against the mark, never a
  cost printed with nothing of the mark.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import REPO, papers_minutebook

PAPERS = sorted((REPO / "tests" / "fixtures" / "sittings").iterdir())


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {p.name: p.read_text(encoding="utf-8") for p in PAPERS}) as mb:
        yield mb


@pytest.mark.parametrize(("question", "named", "not_named"), [
    ("brenhallow licensing cttee - who sent apologies for the resumed meeting", ["Sunita Rao", "Brian Oddie"],
     ["Paul Gedney"]),
    ("who gave apologies when the brenhallow licensing committee reconvened", ["Sunita Rao", "Brian Oddie"],
     ["Paul Gedney"]),
    ("cordale parish council - apologies for the reconvened session in may?", ["Bridget Nunn", "Fiona Sayer"],
     ["Graham Wilde"]),
    ("who was there when cordale parish council came back to finish the annual meeting", ["Graham Wilde"], []),
])
def test_the_later_sittings_attendance(opened: Minutebook, question: str, named: list[str],
                                       not_named: list[str]) -> None:
    answer = opened.ask(question)
    assert answer.found, answer.answer
    assert all(n in answer.answer for n in named), answer.answer
    assert not any(n in answer.answer for n in not_named), answer.answer
    assert any(c.item_title.lower().startswith(("resumed meeting", "meeting reconvened")) for c in answer.citations)


def test_the_first_days_apologies_when_no_sitting_is_asked(opened: Minutebook) -> None:
    answer = opened.ask("who sent apologies to the brenhallow licensing committee in march 2026")
    assert answer.found and "Paul Gedney" in answer.answer and "Brian Oddie" not in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "said"), [
    ("brenhallow licensing committee broke off in march - why did they stop and when did they pick it back up",
     ["fire alarm", "9 March 2026"]),
    ("cordale parish council's annual meeting got adjourned, when did they start again", ["21 May 2025"]),
])
def test_why_a_meeting_stopped_and_when_it_started_again(opened: Minutebook, question: str,
                                                         said: list[str]) -> None:
    answer = opened.ask(question)
    assert answer.found, answer.answer
    assert all(s in answer.answer for s in said), answer.answer
    assert any(c.item_title.lower().startswith("adjournment") for c in answer.citations)


def test_going_ahead_with_a_decision_asks_for_the_decision(opened: Minutebook) -> None:
    answer = opened.ask("did brenhallow licensing go ahead with consulting on the new taxi fares")
    assert answer.found, answer.answer
    assert "16 March 2026" in answer.answer and any(c.minute == "44" for c in answer.citations), answer.answer


@pytest.mark.parametrize("question", [
    "how far over budget is the cordale village hall car park resurfacing",
    "how much over budget did the brenhallow taxi policy review go",
])
def test_how_far_over_a_budget_no_paper_mentions(opened: Minutebook, question: str) -> None:
    answer = opened.ask(question)
    assert not answer.found, answer.answer
