"""One meeting read twice in a paper is one meeting.

A paper can print the same meeting's heading more than once: the minutes reprinted whole (a pack that carries the
draft and then the signed copy), or a running head on every page that reads like a fresh header ("Environment Panel
- 8 October 2024"), which splits one meeting's minutes in two. Both halves have the same identity
(:attr:`~minutebook.model.Meeting.key`), so they are joined here: the first reading keeps what it has, the second
adds what the first lacks, and an item printed twice (same number, title and text) is kept once. Nothing with text
is dropped, and no two parts of the paper end up with one identity.
"""

from __future__ import annotations

from minutebook.model import AgendaItem, Meeting, MinuteItem

_SCALARS = ("council", "time", "venue", "contact", "chair")
_LISTS = ("present", "in_attendance", "apologies", "declarations", "items", "agenda")


def join_repeated_meetings(meetings: list[Meeting]) -> list[Meeting]:
    """``meetings`` in their order, each meeting once: a later reading of a meeting already read is joined to it."""
    joined: dict[str, Meeting] = {}
    for meeting in meetings:
        first = joined.get(meeting.key)
        if first is None:
            joined[meeting.key] = meeting
        else:
            joined[meeting.key] = _join(first, meeting)
    return list(joined.values())


def _join(first: Meeting, again: Meeting) -> Meeting:
    update: dict[str, object] = {}
    for name in _SCALARS:
        if getattr(first, name) is None and getattr(again, name) is not None:
            update[name] = getattr(again, name)
    for name in _LISTS:
        mine = list(getattr(first, name))
        more = [x for x in getattr(again, name) if x not in mine and not any(_reprinted(x, y) for y in mine)]
        if more:
            update[name] = mine + more
    for name in ("attendance_text", "header_text"):
        mine_text, more_text = getattr(first, name), getattr(again, name)
        if more_text and more_text not in mine_text:
            update[name] = f"{mine_text}\n{more_text}" if mine_text else more_text
    update["pages"] = sorted({*first.pages, *again.pages})
    return first.model_copy(update=update)


def _reprinted(x: object, y: object) -> bool:
    """Two items (or agenda entries) with one number and title, one's text the start of the other's: the same item,
    one copy running on into what the paper printed after it (the next copy's heading)."""
    if not (isinstance(x, MinuteItem | AgendaItem) and isinstance(y, type(x))):
        return False
    a, b = x.text.strip(), y.text.strip()
    return (x.number, x.title) == (y.number, y.title) and (a.startswith(b) or b.startswith(a))
