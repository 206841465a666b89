"""Who speaks for a body: "what did the opcc say their reserves were" asks what the body said, which the minutes
record its officers saying ("... which the Chief Finance Officer confirmed stood at £21.9 million"), where the
meeting's papers name that post as the body's ("Also present: ... Chief Finance Officer of the OPCC Martin Ambler").

A body asked of by name or initials seldom speaks in minutes under that name: a commissioner's office, a trust, a
county highways authority or a fire service speaks through its chief executive, finance officer or director, whom
the attendance record names with the body ("Director of Finance, Northmoor NHS Trust", "the OPCC's Chief Executive").
"""

from __future__ import annotations

import re

from minutebook.vocabulary import POSTS_OF_BODIES
from service.papers import Asked, Papers
from service.schemas import Answer

POST = POSTS_OF_BODIES.form
NAMED = r"(?:(?-i:[A-Z])[\w&'’-]*\s+){0,3}?"  # the body's own name before its kind: "Northmoor NHS Trust"


def body_posts(text: str, body: str) -> set[str]:
    """The posts ``text`` names as ``body``'s (lower case): "Chief Finance Officer of the OPCC", "the OPCC's Chief
    Executive", "Director of Finance (Northmoor Trust)", "Head of Highways, Wessex County Council"."""
    b = r"\s+".join(re.escape(w) for w in body.split())
    forms = (
        rf"(?P<post>{POST})\s*(?:of|to|for|at|from)\s+(?:the\s+)?{NAMED}{b}\b",  # "Chief Finance Officer of the OPCC"
        rf"\b{b}(?:['’]s)?\s+(?P<post>{POST})",  # "the OPCC's Chief Executive", "OPCC Chief Finance Officer"
        rf"(?P<post>{POST})\s*(?:,|\(|-|–)\s*(?:the\s+)?{NAMED}{b}\b",  # "Director of Finance (Northmoor Trust)"
    )
    return {" ".join(m.group("post").lower().split()) for f in forms for m in re.finditer(f, text, re.I)}


def spoke_for(papers: Papers, asked: Asked, answer: Answer, body: str, said_after: re.Pattern[str]) -> bool:
    """Does a quote of ``answer`` have one of ``body``'s posts (as its meeting's papers name them, :func:`body_posts`)
    say something (``said_after`` matching the words after the post)?"""
    posts: dict[str, set[str]] = {}  # each meeting's, read once: several quotes come from one meeting
    for c in answer.citations:
        keys = {h.node.meeting_key for h in asked.hits if h.node.meeting_date == c.meeting_date
                and h.node.citation.document == c.document}
        for key in keys:
            if key not in posts:
                m = papers.meeting(key, asked.filters.audience)
                posts[key] = body_posts("\n".join([m.attendance_text or "", *(i.text for i in m.items)]), body)
            for post in posts[key]:
                # the post as the quote prints it, its last words at least ("the Chief Finance Officer", "the Chief
                # Executive"), followed by what they said
                words = post.split()
                for n in range(len(words), 0, -1):
                    tail = r"\s+".join(re.escape(w) for w in words[-n:])
                    if n < len(words) and n < 2:
                        break
                    for found in re.finditer(rf"\b{tail}\b", c.quote, re.I):
                        if said_after.match(c.quote[found.end():]):
                            return True
    return False
