"""What the pages may show: the minute book with exempt (Part 2) material taken out unless the deployment is entitled.

Every page reads meetings, items and papers through here (answers, hits and actions come from
``Minutebook``, which applies the same rule), so there is one place that decides.
"""

from __future__ import annotations

from ingest.catalogue import ItemRecord
from minutebook.errors import NotFoundError
from minutebook.model import AgendaItem, Meeting
from minutebook.settings import Settings
from service.core import Minutebook


def entitled(settings: Settings) -> bool:
    return settings.include_exempt


def meeting(mb: Minutebook, key: str) -> tuple[Meeting, bool]:
    """The meeting ``key`` as this deployment may show it, and whether anything exempt was left out."""
    m = mb.catalogue.meeting(key)
    if entitled(mb.settings):
        return m, False
    agenda = [a.model_copy(update={"sections": [s for s in a.sections if not s.exempt]})
              for a in m.agenda if not a.exempt]
    items = [i for i in m.items if not i.exempt]
    left_out = len(items) < len(m.items) or len(agenda) < len(m.agenda) or \
        sum(len(a.sections) for a in agenda) < sum(len(a.sections) for a in m.agenda if not a.exempt)
    return m.model_copy(update={"items": items, "agenda": agenda}), left_out


def item(mb: Minutebook, key: str) -> ItemRecord:
    """The item ``key`` as this deployment may show it; an exempt item is not found (as the API answers)."""
    rec = mb.catalogue.item(key)
    if entitled(mb.settings):
        return rec
    if rec.item.exempt:
        raise NotFoundError(f"no item {key!r}")
    if isinstance(rec.item, AgendaItem):
        rec = rec.model_copy(update={"item": rec.item.model_copy(
            update={"sections": [s for s in rec.item.sections if not s.exempt]})})
    return rec


def paper_shown(mb: Minutebook, exempt: bool) -> bool:
    """May the paper's own file be handed out? Not when it prints exempt material, unless entitled."""
    return entitled(mb.settings) or not exempt
