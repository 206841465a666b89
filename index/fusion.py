"""Fusing the dense and lexical rankings into hits: reciprocal rank fusion, boosts from the question, one hit
per citable item, and the hard filters (including who may see exempt material) checked on every node."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from index.nodes import IndexNode, NodeKind
from index.query import QueryPlan, SearchFilters, in_periods
from minutebook.model import Citation

RRF_K = 60


@dataclass
class Hit:
    """A retrieved node with its fused score and the evidence behind it."""

    node: IndexNode
    score: float
    dense: float | None = None  # cosine similarity to the question
    lexical: float | None = None  # bm25 score
    reasons: list[str] = field(default_factory=list)

    @property
    def citation(self) -> Citation:
        """Where the hit is printed (quote empty: see :meth:`IndexNode.quoting`)."""
        return self.node.citation


def passes(node: IndexNode, filters: SearchFilters) -> bool:
    """Does ``node`` meet the hard filters, and may the filters' audience see it?"""
    if not filters.audience.may_see(node.exempt):
        return False
    if filters.committee and node.citation.committee.lower() != filters.committee.lower():
        return False
    if filters.doc_kind and node.doc_kind != filters.doc_kind:
        return False
    d = node.meeting_date
    if filters.date_from and d < filters.date_from:
        return False
    return not (filters.date_to and d > filters.date_to)


def rank(
    plan: QueryPlan,
    filters: SearchFilters,
    dense: list[tuple[str, float]],
    lexical: list[tuple[str, float]],
    nodes: dict[str, IndexNode],
    direct: list[str],
    k: int,
) -> list[Hit]:
    """Reciprocal rank fusion by node id, boosts from the question, one hit per citable item."""
    hits: dict[str, Hit] = {}
    if not plan.asks_particulars:  # a meeting's header answers only what it prints of the meeting (see the plan)
        nodes = {i: n for i, n in nodes.items() if n.kind != NodeKind.HEADER}
        dense = [(i, s) for i, s in dense if i in nodes]
        lexical = [(i, s) for i, s in lexical if i in nodes]
    allowed = {i: n for i, n in nodes.items() if passes(n, filters)}  # each node checked once, not once a list

    def hit(node_id: str) -> Hit | None:
        h = hits.get(node_id)
        if h is None and (node := allowed.get(node_id)) is not None:
            h = hits[node_id] = Hit(node=node, score=0.0)
        return h

    for rank_no, (node_id, sim) in enumerate(dense):
        if (h := hit(node_id)) is not None:
            h.score += 1.0 / (RRF_K + rank_no)
            h.dense = sim
    kept = [(i, s) for i, s in lexical if i in allowed]
    for rank_no, (node_id, score) in enumerate(kept):
        if (h := hit(node_id)) is not None:
            h.score += 1.0 / (RRF_K + rank_no)
            h.lexical = score
    # a node one list did not return ranks, in that list, just after the last it did (not nowhere): a minute
    # whose words match but whose meaning is far off ("public question" above a question about EHC plans) is
    # not beaten by every node the other list happened to return
    for ranked, field_name in ((dense, "dense"), (kept, "lexical")):
        missing = 1.0 / (RRF_K + len(ranked))
        for h in hits.values():
            if getattr(h, field_name) is None:
                h.score += missing
    for node_id in direct:
        if (h := hit(node_id)) is not None:
            h.score += 1.0 / RRF_K
            h.reasons.append("minute number")
    wants = plan.wants
    dated: dict[dt.date, bool] = {}  # meeting day -> in the question's periods (hits share a few meetings)
    for h in hits.values():
        _boost(plan, wants, dated, h)
    best: dict[str, Hit] = {}
    for h in sorted(hits.values(), key=lambda x: -x.score):
        first = best.get(h.node.item_key)
        if first is None:
            best[h.node.item_key] = h
        elif first.node.citation.page is None and h.node.citation.page is not None and h.node.kind == first.node.kind:
            first.node = h.node  # the same item in a rendering with page numbers: cite that one
    return sorted(best.values(), key=lambda x: -x.score)[:k]


def _boost(plan: QueryPlan, wants: set[str], dated: dict[dt.date, bool], h: Hit) -> None:
    """Raise a hit the question's dates and intents point at (``wants``: the plan's, read once per ranking;
    ``dated``: whether each meeting day is in the plan's periods, filled as the ranking reads them)."""
    node = h.node
    kind = node.kind
    factor = 1.0
    if plan.periods:
        day = node.meeting_date
        if day not in dated:
            dated[day] = in_periods(day.isoformat(), plan.periods)
        if dated[day]:
            factor *= 1.6
            h.reasons.append("date")
    if "attendance" in wants and kind == NodeKind.ATTENDANCE:
        factor *= 1.6
    if kind == NodeKind.HEADER:  # ranked at all only for a question asking what a header prints (see :func:`rank`)
        factor *= 1.6
    if "declaration" in wants and (kind == NodeKind.DECLARATION or "declaration" in node.citation.item_title.lower()):
        factor *= 1.4
    if "next_meeting" in wants and "next meeting" in node.citation.item_title.lower():
        factor *= 1.6
    if "resolution" in wants and kind == NodeKind.RESOLUTION:
        factor *= 1.15
    if "followup" in wants and node.doc_kind == "monitoring_schedule":
        factor *= 1.3
    h.score *= factor
