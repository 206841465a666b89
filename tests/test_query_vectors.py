"""A question gets the same answer whatever was asked before it: every query is embedded alone.

With int8 weights a batch quantises its activations over all its texts, so a text's vector moved by up to 0.011 in
cosine with the texts embedded beside it. A two-part question's queries were embedded together, so its answer
depended on whether its words had been embedded before, alone (a search of the same words, over HTTP or in an
evaluation run) or with its parts. Here, after a two-part question, every vector the answerer searched with is the
one its text gets alone.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MINUTES = """Ravensby Town Council

Minutes of the meeting held on 9 May 2023

1. Apologies
Apologies were received from Cllr Dora Penn.

2. Allotments
The Committee considered the waiting list for the allotments at Mill Field, which stood at forty-two households.
RESOLVED that a second allotment site be sought at Church Lane.
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"ravensby-town-council-2023-05-09.txt": MINUTES}) as opened:
        yield opened


def test_every_query_of_a_two_part_question_is_its_vector_alone(town: Minutebook, embedder: Embedder) -> None:
    model = getattr(embedder, "model", embedder)  # the encoder itself, under the test session's memory of texts
    model.forget_queries()
    answer = town.ask("how many households were on the mill field allotment waiting list, and who sent apologies?")
    assert answer.found
    cached: dict[str, list[float]] = dict(vars(model)["_queries"])  # its query cache (QueryCache)
    assert len(cached) >= 2  # the whole question and its later part at least
    for text, vector in cached.items():
        alone = np.asarray(model.embed([text])[0])
        assert float(np.max(np.abs(np.asarray(vector) - alone))) == 0.0, text
