""""Who got the job": the sentence that gives it to someone, in whichever item the answer's sentences come from (the
best may be a matters-arising line, "quotes obtained (see item 8)", ranked above the item that awarded it)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MINUTES = """# Cyngor Cymuned Llanfair Isaf / Llanfair Isaf Community Council

Minutes of the meeting held on Monday 9 September 2024 at 7.00pm in the Memorial Hall

**Present:** Councillor H. Pugh (Chair), Councillors Ellis, Morgan and Rees.

**5. Materion yn codi / Matters arising**

(a) The job of repairing the bus shelter — quotations obtained for the repair job (see item 8).
(b) Dog bin on Heol Fawr — ordered.

**8. Cysgodfan bws / Bus shelter**

Three quotations had been received for repairing the bus shelter on Heol Fawr before the winter:

- Tegid Joinery, £1,240;
- R. Hughes & Daughter, £980;
- Glanrhyd Builders, £1,510 (including a new roof).

Councillor Ellis said the side panels were unsafe. It was moved, seconded and carried that the quotation of
R. Hughes & Daughter (£980) be accepted. Councillor Rees voted against.
"""


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"llanfair-isaf-cc-2024-09-09.md": MINUTES}) as opened:
        yield opened


@pytest.mark.parametrize("question", [
    "llanfair isaf community council - who got the job repairing the bus shelter and for how much",
    "who got the bus shelter repair job at llanfair isaf?",
])
def test_who_got_the_job_is_the_sentence_that_gave_it(council: Minutebook, question: str) -> None:
    answer = council.ask(question)
    assert answer.found
    assert "quotation of R. Hughes & Daughter (£980) be accepted" in " ".join(answer.answer.split())
