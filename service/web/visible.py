"""What the pages may show, as the minute book's audience decides it (:class:`~minutebook.model.Audience`).

The audience is the one place exemption is decided; these read through it and only say what it changed.
"""

from __future__ import annotations

from minutebook.model import Meeting
from service.core import Minutebook


def meeting(mb: Minutebook, key: str) -> tuple[Meeting, bool]:
    """The meeting ``key`` as the minute book's audience may see it, and whether anything was left out."""
    whole = mb.catalogue.meeting(key)
    shown = mb.audience.meeting(whole)
    return shown, _parts(shown) != _parts(whole)


def paper_shown(mb: Minutebook, exempt: bool) -> bool:
    """May the paper's own file be handed out? Not when it prints exempt material the audience may not see."""
    return mb.audience.may_see(exempt)


def _parts(m: Meeting) -> tuple[int, int, int]:
    return len(m.items), len(m.agenda), sum(len(a.sections) for a in m.agenda)
