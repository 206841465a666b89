"""A figure asked of a thing the paragraph names in its opening sentence, given two or more sentences later, over
fictional papers written for this test (tests/fixtures/figures-after-subject): "The Revenues and Benefits Manager
reported on the Single Person Discount Review ... Some 3,240 accounts had been checked ... Discounts worth £42,650 had
been removed". The figure's sentence names the thing no more; read with only the sentence before it, the answerer
refused ("the papers give no figure of that"). The paragraph's opening frames its figures, and the answer quotes the
paragraph from it, so that the reader sees what the sum is of."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "figures-after-subject"


asked = papers_fixture(PAPERS)


@pytest.mark.parametrize(("question", "figure", "named"), [
    ("harrowdene audit cttee - how much in discounts did the single person discount review take off",
     "£42,650", "Single Person Discount Review"),
    ("how much money did the Single Person Discount Review remove from bills?", "£42,650",
     "Single Person Discount Review"),
    ("pellbury environment - how much has the hedgerow heritage grant scheme paid out in grants",
     "£18,400", "Hedgerow Heritage Grant"),
])
def test_figure_framed_by_paragraph_opening(asked: Minutebook, question: str, figure: str, named: str) -> None:
    answer = asked.ask(question)
    assert answer.found, answer.answer
    assert figure in answer.answer, answer.answer
    # quoted from the sentence naming what the sum is of, in the same item
    assert named in answer.answer and answer.answer.index(named) < answer.answer.index(figure), answer.answer
    items = {c.item_title for c in answer.citations if figure in c.quote or named in c.quote}
    assert len(items) == 1, items


@pytest.mark.parametrize("question", [
    # a scheme the paragraph does not name: its opening names another
    "how much did the orchard heritage grant scheme pay out in grants at pellbury",
    # a decision's sum names what it is spent on itself (bunting and a bench), not the beacon reported before it
    "how much did the pellbury ve day beacon cost",
])
def test_figure_of_another_thing_still_refused(asked: Minutebook, question: str) -> None:
    answer = asked.ask(question)
    assert "£18,400" not in answer.answer and "£450" not in answer.answer, answer.answer
