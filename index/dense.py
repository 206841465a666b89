"""Similarity search with the caller's filters, without Chroma's slow metadata pre-filter where it can.

Exemption is never a filter: public queries search the public collection only (:mod:`index.vectors`). A
committee, date or document-kind filter is answered by over-fetching: the nearest ``n / share × OVERFETCH``
vectors unfiltered (``share``: the part of the store the filter keeps, counted in the registry), then the
registry keeps those meeting the filter, in order; when too few pass (the filter's nodes lie further from this
question than its share says), four times as many, up to :data:`RETRY_FETCH`. Only when the first fetch would
be too large (a filter keeping under about one node in ten) or too few pass even then does Chroma filter. A
condition every node of the store meets (the one committee of a one-committee store) is left out.

Measured at 101,419 nodes on two cores (``evals/bench-results.md``): Chroma's pre-filter costs 0.4-0.8 s
per query, an unfiltered query of 600 neighbours about as much as one of 60.
"""

from __future__ import annotations

import math

from index.query import SearchFilters
from index.registry import NodeRegistry
from index.vectors import VectorQuery, Vectors

OVERFETCH = 2.0  # fetch this many times the neighbours the filter's share says would be enough
MAX_FETCH = 1000  # more than this, and Chroma's own filter is the better way
RETRY_FETCH = 4000  # when too few pass, fetch again up to this many (4,000 neighbours: ~25 ms at 100k, against
# 100-600 ms for Chroma's filter) before asking Chroma to filter


class DenseSearch:
    """The dense list of a search: up to ``n`` (node id, cosine similarity) pairs meeting the filters."""

    def __init__(self, vectors: Vectors, registry: NodeRegistry) -> None:
        self.vectors = vectors
        self.registry = registry
        self._shares: dict[tuple[object, ...], float] = {}
        self._committees: list[str] | None = None
        self.last_way = ""  # how the last search was answered ("plain", "overfetch", "chroma"), for the bench

    def forget(self) -> None:
        """The store changed: shares are counted again."""
        self._shares.clear()
        self._committees = None

    def search(self, vector: list[float], n: int, filters: SearchFilters) -> list[tuple[str, float]]:
        exempt = filters.audience.entitled
        where = self.conditions(filters)
        if not where:
            self.last_way = "plain"
            return self.vectors.query(vector, n, exempt=exempt)
        share = self._share(where)
        if share == 0:
            self.last_way = "empty"
            return []
        fetch = math.ceil(n * OVERFETCH / share)
        if fetch <= MAX_FETCH:
            while True:
                found = self.vectors.query(vector, fetch, exempt=exempt)
                keep = self.registry.matching([i for i, _ in found], where.committee, where.doc_kind,
                                              where.date_from, where.date_to)
                kept = [(i, s) for i, s in found if i in keep][:n]
                if len(kept) == n or len(found) < fetch:  # enough, or every vector was looked at
                    self.last_way = "overfetch"
                    return kept
                if fetch >= RETRY_FETCH:
                    break
                fetch = min(fetch * 4, RETRY_FETCH)  # the filter's nodes lie further out for this question
        self.last_way = "chroma"
        return self.vectors.query(vector, n, where, exempt=exempt)

    def conditions(self, filters: SearchFilters) -> VectorQuery:
        """The filters as vector conditions, less a committee every node of the store belongs to."""
        committee = filters.committee
        if committee is not None and self._committees is None:
            self._committees = sorted(self.registry.committees())
        if committee is not None and self._committees == [committee]:
            committee = None
        return VectorQuery(
            committee=committee,
            doc_kind=filters.doc_kind,
            date_from=int(filters.date_from.strftime("%Y%m%d")) if filters.date_from else None,
            date_to=int(filters.date_to.strftime("%Y%m%d")) if filters.date_to else None,
        )

    def _share(self, where: VectorQuery) -> float:
        """The part of the store ``where`` keeps (each condition counted alone; their product for several)."""
        key = (where.committee, where.doc_kind, where.date_from, where.date_to)
        if key not in self._shares:
            total = max(self.registry.count(), 1)
            share = 1.0
            if where.committee is not None:
                share *= self.registry.committees().get(where.committee, 0) / total
            if where.doc_kind is not None:
                share *= self.registry.count_kind(where.doc_kind) / total
            if where.date_from is not None or where.date_to is not None:
                share *= self.registry.count_between(where.date_from, where.date_to) / total
            self._shares[key] = share
        return self._shares[key]
