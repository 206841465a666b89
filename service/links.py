"""Where links point: the service's pages for a citation, a meeting or an item, from wherever it is served.

A link is built as a path (``/items/...#r3``) and made absolute only when it leaves the service: in an HTTP
response against the address the request came to (its scheme, host and port), or against
``MINUTEBOOK_PUBLIC_URL`` when that is set (a proxy, a public name, the Slack bot).
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from starlette.requests import Request

from index.nodes import ATTENDANCE_TITLE, IndexNode, NodeKind
from minutebook.model import Citation, item_key, meeting_key
from minutebook.settings import Settings

ATTENDANCE_ANCHOR = "attendance"


def base_url(settings: Settings, request: Request) -> str:
    """The base for absolute links: ``MINUTEBOOK_PUBLIC_URL``, else the scheme, host and port asked for."""
    if settings.public_url:
        return settings.public_url.rstrip("/")
    return str(request.base_url).rstrip("/")


def absolute(base: str | None, path: str) -> str:
    """``path`` against ``base`` (a path stays a path when there is no base)."""
    if not base or not path.startswith("/"):
        return path
    return base.rstrip("/") + path


def meeting_path(key: str) -> str:
    return f"/meetings/{quote(key)}"


def item_path(key: str) -> str:
    return f"/items/{quote(key)}"


def citation_path(c: Citation, *, with_quote: bool = False) -> str:
    """The page a citation opens: its minute at the resolution cited (``#r3``), or the meeting's attendance record.

    ``with_quote`` adds the quoted words, which the minute's page highlights (the web page's links; the API's
    ``url`` stays the plain address of the minute).
    """
    meeting = meeting_key(c.committee, c.meeting_date)
    if not c.minute and c.item_title.startswith(ATTENDANCE_TITLE):  # "... (Members present; In the Chair)"
        path = meeting_path(meeting) + (f"?{urlencode({'quote': c.quote})}" if with_quote and c.quote else "")
        return f"{path}#{ATTENDANCE_ANCHOR}"
    path = item_path(item_key(meeting, c.minute, c.item_title))
    if with_quote and c.quote:
        path += "?" + urlencode({"quote": c.quote})
    if c.resolution:
        return f"{path}#r{c.resolution}"
    return f"{path}#quote" if with_quote and c.quote else path


def node_path(node: IndexNode, quote_text: str | None = None) -> str:
    """The page an index node (a search hit) opens: its item at its resolution, or its meeting's attendance record.

    With ``quote_text`` the page highlights those words (the web page's links).
    """
    if node.kind is NodeKind.ATTENDANCE:
        return f"{meeting_path(node.meeting_key)}#{ATTENDANCE_ANCHOR}"
    path = item_path(node.item_key)
    if quote_text:
        path += "?" + urlencode({"quote": quote_text})
    resolution = node.citation.resolution
    return f"{path}#r{resolution}" if resolution else f"{path}#quote" if quote_text else path


def citation_url(public_url: str | None, c: Citation) -> str:
    """A citation's ``url``: absolute against ``public_url`` when it is set, else a path made absolute per request."""
    return absolute(public_url, citation_path(c))


def absolute_citations(citations: list[Citation], base: str) -> list[Citation]:
    """The citations with their path ``url`` made absolute against ``base`` (absolute ones are left alone)."""
    return [c.model_copy(update={"url": absolute(base, c.url)}) if c.url else c for c in citations]
