"""Fusing the two rankings: an item whose words the lexical list finds far above every other item's (the one minute
naming "Lenny", in a store where every paper prints "chair" and "chairman") is not ranked below items both lists rank
middling because the dense list, led by the question's commoner words, did not return it. Rankings written for the
test, fused by the real :func:`index.fusion.rank`."""

from __future__ import annotations

import datetime as dt

from index.fusion import rank
from index.nodes import IndexNode, NodeKind
from index.query import QueryPlan, SearchFilters
from minutebook.model import Citation


def _node(n: int) -> IndexNode:
    citation = Citation(committee="Council", meeting_date=dt.date(2023, 9, 13), minute=str(n), item_title=f"Item {n}",
                        document="council.txt")
    return IndexNode(id=f"n{n}", text=f"item {n}", body=f"item {n}", citation=citation, item_key=f"council/{n}",
                     meeting_key="council/2023-09-13", source="council.txt", kind=NodeKind.PASSAGE,
                     doc_kind="minutes")


NODES = {f"n{n}": _node(n) for n in range(12)}
PLAN = QueryPlan(text="who did cllr lenny commend in the chairs announcements")


def test_a_clear_lexical_lead_is_not_lost_in_fusion() -> None:
    # the dense list ranks items 1-10 (chairs elected, attendance records); the lexical list finds item 0 far first
    dense = [(f"n{n}", 0.5 - n / 100) for n in range(1, 11)]
    lexical = [("n0", 9.5), ("n1", 6.5), ("n2", 6.3), ("n3", 5.8)]
    hits = rank(PLAN, SearchFilters(), dense, lexical, NODES, [], 10)
    assert hits[0].node.id == "n0"
    assert "lexical lead" in hits[0].reasons


def test_a_narrow_lexical_lead_is_fused_by_rank_alone() -> None:
    dense = [(f"n{n}", 0.5 - n / 100) for n in range(1, 11)]
    lexical = [("n0", 7.0), ("n1", 6.5), ("n2", 6.3), ("n3", 5.8)]
    hits = rank(PLAN, SearchFilters(), dense, lexical, NODES, [], 10)
    assert hits[0].node.id == "n1"
    assert not any("lexical lead" in h.reasons for h in hits)


def test_an_item_fusion_already_ranks_first_keeps_its_node() -> None:
    # item 0's lexical lead is clear, but both lists rank it high: nothing to rescue, its best node stands for it
    dense = [("n0", 0.6), *((f"n{n}", 0.5 - n / 100) for n in range(1, 11))]
    lexical = [("n0", 9.5), ("n1", 6.5), ("n2", 6.3)]
    hits = rank(PLAN, SearchFilters(), dense, lexical, NODES, [], 10)
    assert hits[0].node.id == "n0"
    assert not any("lexical lead" in h.reasons for h in hits)
