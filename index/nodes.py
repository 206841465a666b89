"""Index units that follow the minute book, each a citable place in the papers.

One node per resolution (short, high value); one or more passages per minute
item, each repeating the item's header (committee, date, minute number and
title) so it stands on its own; the attendance record; each declaration; each
agenda item; and passages of the reports in a pack. Every node's metadata is
its citation. Passages stay well under MiniLM's 256-token window.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from minutebook.model import DocumentKind, Meeting, MinuteItem, ParsedDocument, item_key

MAX_WORDS = 120  # with the header, about 200 MiniLM tokens: under the 256 it truncates at

ATTENDANCE_TITLE = "Attendance and apologies"


@dataclass
class IndexNode:
    """A unit of retrieval: text to embed and match, the verbatim body to quote, and its citation."""

    id: str
    text: str
    body: str
    meta: dict[str, str | int | float | bool] = field(default_factory=dict)

    @property
    def exempt(self) -> bool:
        return bool(self.meta.get("exempt"))


def _node_id(source: str, *parts: object) -> str:
    raw = "\x1f".join([source, *map(str, parts)])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20]


def _header(meeting: Meeting, minute: str | None, title: str) -> str:
    when = f"{meeting.date.day} {meeting.date:%B %Y}"
    label = f"Minute {minute}" if minute else "Item"
    return f"{meeting.committee} · {when} · {label}: {title}"


def split_passages(text: str, max_words: int = MAX_WORDS) -> list[str]:
    """Split text at paragraph, then sentence, boundaries into passages of at most ``max_words``."""
    units: list[str] = []
    for para in (p.strip() for p in text.split("\n")):
        if not para:
            continue
        if len(para.split()) <= max_words:
            units.append(para)
            continue
        sentence: list[str] = []
        for s in re.split(r"(?<=[.;!?])\s+(?=[A-Z(“\"'‘-])", para):
            words = s.split()
            while len(words) > max_words:  # one run-on sentence: cut by words
                units.append(" ".join(words[:max_words]))
                words = words[max_words:]
            if len(" ".join(sentence).split()) + len(words) > max_words and sentence:
                units.append(" ".join(sentence))
                sentence = []
            sentence.append(" ".join(words))
        if sentence:
            units.append(" ".join(sentence))
    passages: list[str] = []
    current: list[str] = []
    count = 0
    for unit in units:
        n = len(unit.split())
        if current and count + n > max_words:
            passages.append("\n".join(current))
            current, count = [], 0
        current.append(unit)
        count += n
    if current:
        passages.append("\n".join(current))
    return passages


def build_nodes(doc: ParsedDocument) -> list[IndexNode]:
    """All index nodes for one parsed paper."""
    nodes: list[IndexNode] = []
    document = Path(doc.source).name
    for meeting in doc.meetings:
        base: dict[str, str | int | float | bool] = {
            "committee": meeting.committee,
            "meeting_date": meeting.date.isoformat(),
            "date_int": int(meeting.date.strftime("%Y%m%d")),
            "meeting_key": meeting.key,
            "document": document,
            "source": doc.source,
        }
        if meeting.attendance_text:
            nodes.append(_attendance_node(doc, meeting, base))
        for item in meeting.items:
            nodes.extend(_item_nodes(doc, meeting, item, base))
        for agenda in meeting.agenda:
            key = item_key(meeting.key, agenda.number, agenda.title)
            meta: dict[str, str | int | float | bool] = {
                **base,
                "minute": "",
                "agenda_item": agenda.number or "",
                "item_title": agenda.title,
            }
            meta |= {"item_key": key, "exempt": agenda.exempt}
            body = "\n".join(x for x in (agenda.title, agenda.text) if x)
            nodes.append(
                _node(
                    doc.source,
                    (key, "agenda"),
                    _header(meeting, None, agenda.title),
                    body,
                    meta,
                    "agenda",
                    DocumentKind.AGENDA,
                    agenda.pages,
                )
            )
            for s_no, section in enumerate(agenda.sections):
                for p_no, passage in enumerate(split_passages(section.text)):
                    smeta: dict[str, str | int | float | bool] = {
                        **meta,
                        "exempt": section.exempt or agenda.exempt,
                        "section_title": section.title,
                    }
                    nodes.append(
                        _node(
                            doc.source,
                            (key, "section", s_no, p_no),
                            _header(meeting, None, agenda.title),
                            passage,
                            smeta,
                            "section",
                            section.kind,
                            section.pages,
                        )
                    )
    return nodes


def _node(
    source: str,
    key: tuple[object, ...],
    header: str,
    body: str,
    meta: dict[str, str | int | float | bool],
    node_kind: str,
    doc_kind: DocumentKind,
    pages: list[int],
) -> IndexNode:
    meta = {**meta, "node_kind": node_kind, "doc_kind": doc_kind.value, "page": pages[0] if pages else -1}
    meta.setdefault("resolution", "")
    meta["exempt"] = int(bool(meta.get("exempt")))  # 0/1: vector-store filters take numbers, not booleans
    return IndexNode(id=_node_id(source, *key), text=f"{header}\n{body}", body=body, meta=meta)


def _attendance_node(doc: ParsedDocument, meeting: Meeting, base: dict[str, str | int | float | bool]) -> IndexNode:
    meta: dict[str, str | int | float | bool] = {
        **base,
        "minute": "",
        "item_title": ATTENDANCE_TITLE,
        "item_key": f"{meeting.key}/attendance",
    }
    summary = []
    if meeting.chair:
        summary.append(f"Chair: {meeting.chair}.")
    if meeting.apologies:
        summary.append("Apologies: " + ", ".join(meeting.apologies) + ".")
    header = _header(meeting, None, ATTENDANCE_TITLE) + (" " + " ".join(summary) if summary else "")
    kind = DocumentKind.MINUTES
    return _node(
        doc.source,
        (meeting.key, "attendance"),
        header,
        meeting.attendance_text,
        meta,
        "attendance",
        kind,
        meeting.pages[:1],
    )


def _item_nodes(
    doc: ParsedDocument, meeting: Meeting, item: MinuteItem, base: dict[str, str | int | float | bool]
) -> list[IndexNode]:
    key = item_key(meeting.key, item.number, item.title)
    meta: dict[str, str | int | float | bool] = {
        **base,
        "minute": item.number or "",
        "item_title": item.title,
        "item_key": key,
        "exempt": item.exempt,
    }
    header = _header(meeting, item.number, item.title)
    kind = DocumentKind.MINUTES
    nodes = [
        _node(doc.source, (key, "passage", n), header, passage, meta, "passage", kind, item.pages)
        for n, passage in enumerate(split_passages(item.text) or [item.title])
    ]
    for r_no, res in enumerate(item.resolutions):
        label = f"Resolved ({res.number})" if res.number else "Resolved"
        for p_no, passage in enumerate(split_passages(res.text)):
            rmeta = {**meta, "resolution": res.number or ""}
            nodes.append(
                _node(
                    doc.source,
                    (key, "resolution", r_no, p_no),
                    f"{header}\n{label}:",
                    passage,
                    rmeta,
                    "resolution",
                    kind,
                    item.pages,
                )
            )
    for d_no, decl in enumerate(meeting.declarations):
        if decl.text and decl.text[:80] in item.text:
            dmeta = {**meta, "member": decl.member, "interest": decl.kind.value}
            nodes.append(
                _node(
                    doc.source,
                    (key, "declaration", d_no),
                    f"{header}\nDeclaration of interest:",
                    decl.text,
                    dmeta,
                    "declaration",
                    kind,
                    item.pages,
                )
            )
    return nodes
