"""The answerer's reading of an item, given to the index so that it prepares at ingest what answers need.

:class:`AnswerReading` is the index's :class:`~index.text_vectors.ItemReader`: the texts the answer routes
compare with a question (each sentence of an item read with what frames it, as :mod:`service.facts` scores
it, and the item's words, as :meth:`service.papers.Papers.support` checks paraphrases) and the terms whose
document frequencies weigh a question's words (:class:`service.evidence.TermWeights`). It calls the same
functions the routes do, so a change to how sentences are read changes what is prepared with it.
"""

from __future__ import annotations

from index.nodes import IndexNode
from service.evidence import stems
from service.item_words import item_vocab
from service.reading import Candidate, segments


class AnswerReading:
    """What the answerer reads out of the nodes (see the module docstring)."""

    def texts(self, nodes: list[IndexNode]) -> list[str]:
        out = [Candidate(0, segment, j).reading for segment in segments(nodes) for j in range(len(segment.lines))]
        return out + item_vocab(nodes)

    def terms(self, body: str) -> set[str]:
        return set(stems(body))
