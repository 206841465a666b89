"""A figure whose sentence names the thing by its head noun, after a sentence naming it in full: a public question
("How many Education, Health and Care Plans were issued ...?") and its reply ("... 412 new plans had been issued, of
which 37% within 20 weeks"), a report's opening and its figures ("... looked after children placed outside the
county." then "There were 84 children placed more than 20 miles from home"). Asked by the initials ("how many ehcps",
"how many cla"), the figure answers; where the sentence before names another thing of the same head ("child
protection plans"), it does not. The papers are written for the test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

PANEL = """<html><body>
<h1>Harrowgate Borough Council</h1>
<h2>Children's Services Scrutiny Panel - Tuesday, 11 February 2025 6.00 pm</h2>
<p>Present: Councillor J. Ellery (Chair), Councillors Moss, Nwosu and Pike.</p>
<h2>12. Public Questions</h2>
<p>One question had been received from Mr Dan Weller, a parent from Northfield:</p>
<blockquote>"How many Education, Health and Care Plans were issued within the 20-week limit last year?"</blockquote>
<p>The Head of SEND replied that in 2024 412 new plans had been issued, of which 37% were issued within 20 weeks,
compared with 52% in 2023. The fall was put down to a shortage of educational psychologists.</p>
<h2>13. Placements Sufficiency</h2>
<p>The Service Manager presented the report on looked after children placed outside the county.
There were 84 children placed more than 20 miles from home at the end of December.</p>
</body></html>
"""

OTHER = """OAKFIELD DISTRICT COUNCIL
Minutes of the Children and Families Panel held on Monday 3 March 2025 at 7.00pm, Oakfield Hall

Present: Councillor R. Dane (Chair), Councillors Amos and Finch.

7. CHILD PROTECTION

The Safeguarding Manager reported on child protection plans lasting two years or more.
Some 23 plans had lasted over two years at the year end.
"""


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "harrowgate-borough-council-childrens-services-scrutiny-panel-2025-02-11.html": PANEL,
            "oakfield-district-council-children-and-families-panel-2025-03-03.txt": OTHER,
    }) as opened:
        yield opened


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "figure"), [
    ("a parent asked the harrowgate childrens panel how many ehcps were done within 20 weeks last year - the answer?",
     "37%"),
    ("harrowgate - how many cla were placed more than 20 miles from home at the end of december", "84"),
])
def test_a_figure_of_the_thing_named_in_full_the_sentence_before_answers(panel: Minutebook, question: str,
                                                                        figure: str) -> None:
    answer = panel.ask(question)
    assert answer.found, answer.answer
    assert figure in answer.answer


@pytest.mark.real_model
def test_a_figure_of_another_thing_with_the_same_head_noun_does_not(panel: Minutebook) -> None:
    answer = panel.ask("oakfield children and families panel - how many ehcps had lasted over two years")
    assert not answer.found, answer.answer
