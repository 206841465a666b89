"""An item whose business is set out in numbered sub-items of its own, its heading printing nothing else: "4. MATTERS
ARISING FROM THE MINUTES (IF ANY)" over "4.1 Minute 6 - Annual Report of the Police and Crime Commissioner", "4.2
Minute 9 - ..." (each point headed by the earlier minute it arises from); "7. FINANCE" over "7.1 Payments", "7.2
Budget monitoring". A question the heading answers ("matters arising from july's minutes - which minute, what was
asked") is answered by what its sub-items say, each cited to its own number.
"""

from __future__ import annotations

from index.fusion import Hit
from index.nodes import IndexNode
from service.papers import Asked, Papers

SUB_ITEMS_MOST = 9  # sub-items of one item looked for ("4.1" to "4.9")
LINES_EACH = 2  # sentences said of each sub-item: its opening, which says what the point was
SAID_MOST = 6  # sentences said in all
SAYS_SOMETHING = 12  # characters: a shorter line ("Minutes:") says nothing of the point


def sub_item_hits(papers: Papers, asked: Asked, hits: list[Hit]) -> list[Hit]:
    """A hit for each sub-item ("4.1", "4.2", ...) of each of ``hits`` whose item is numbered ("4"), in order, for the
    item's business where its heading says nothing more; none where the items have no sub-items."""
    out: list[Hit] = []
    for h in hits:
        number = (h.node.citation.minute or "").strip().rstrip(".")
        if not number or h.node.kind.name == "ATTENDANCE":
            continue
        meeting = h.node.meeting_key
        for n in range(1, SUB_ITEMS_MOST + 1):
            nodes = papers.index.item_nodes(f"{meeting}/{number}.{n}", asked.filters.audience)
            if not nodes:
                break
            out.append(Hit(nodes[0], h.score, h.dense, h.lexical, ["sub-item"]))
    return out


def sub_items_said(papers: Papers, asked: Asked, subs: list[Hit]) -> list[tuple[int, IndexNode, str]]:
    """The opening sentences of each sub-item, in order, as (rank, node, verbatim span): what each point of the item
    was ("Information was requested on the Commissioner's pledge to re-invest in the CCTV infrastructure ..."), which
    the question asks of the item as a whole, not of one point's words."""
    out: list[tuple[int, IndexNode, str]] = []
    for rank, h in enumerate(subs):
        taken = 0
        for segment in papers.segments(papers.index.item_nodes(h.node.item_key, asked.filters.audience)):
            for line in segment.lines:
                if taken == LINES_EACH or len(out) == SAID_MOST:
                    break
                if line.is_heading or len(line.text.strip()) < SAYS_SOMETHING:
                    continue
                pieces = segment.pieces(line.start, line.end)
                out += [(rank, node, node.body[a:b]) for node, a, b in pieces]
                taken += 1
    return out
