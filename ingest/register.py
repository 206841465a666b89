"""The follow-up register as an audience may read it.

The register is computed from every paper (:mod:`ingest.actions`); what is read from it depends on who asks.
An action arising from an exempt (Part 2) minute is read only by an entitled audience, and so is one whose
minute is not among the papers (nothing vouches for it being public).
"""

from __future__ import annotations

import datetime as dt

from ingest.actions import register
from ingest.catalogue import Catalogue
from minutebook.errors import NotFoundError
from minutebook.model import Action, ActionStatus, Audience, item_key, meeting_key


def read_register(
    catalogue: Catalogue,
    audience: Audience,
    *,
    committee: str | None = None,
    status: ActionStatus | None = None,
    as_of: dt.date | None = None,
) -> list[Action]:
    """The register filtered as :func:`ingest.actions.register` filters it, less what ``audience`` may not see."""
    actions = register(catalogue, committee=committee, status=status, as_of=as_of)
    if audience.entitled:
        return actions
    return [a for a in actions if _public_minute(catalogue, a)]


def _public_minute(catalogue: Catalogue, a: Action) -> bool:
    key = item_key(meeting_key(a.committee, a.meeting_date), a.minute, a.item_title)
    try:
        return not catalogue.item(key, "minute").item.exempt
    except NotFoundError:
        return False  # not in the minutes we serve: do not vouch for it
