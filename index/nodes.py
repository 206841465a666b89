"""Index units that follow the minute book, each a citable place in the papers.

One node per resolution (short, high value); one or more passages per minute
item, each repeating the item's header (committee, date, minute number and
title) so it stands on its own; the attendance record; each declaration; each
agenda item; and passages of the reports in a pack. Every node carries its
:class:`~minutebook.model.Citation`. Passages stay well under MiniLM's 256-token window.

A node is typed everywhere; only the stores inside ``index/`` see it as the flat
metadata dict they keep (:meth:`IndexNode.metadata`, :meth:`IndexNode.from_stored`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from minutebook import vocabulary as v
from minutebook.model import Citation, DocumentKind, Meeting, MinuteItem, ParsedDocument, unique_keys
from minutebook.vocabulary import ABOUT, UNTITLED_BUSINESS

MAX_WORDS = 120  # with the header, about 200 MiniLM tokens: under the 256 it truncates at

ATTENDANCE_TITLE = "Attendance and apologies"
# The labels a record of attendance is printed under ("Members present:", "In the Chair:", "BOARD MEMBERS PRESENT",
# "SUBSTITUTES:"):
# a reader looks for the record by them, so its citation names them after the title
_RECORD_LABEL = v.compiled(
    v.PRESENT_LABELS + v.ATTENDANCE_LABELS + v.CHAIR_LABELS + v.APOLOGY_LABELS + v.SUBSTITUTE_LABELS,
    r"^(?:-\s*)?(?P<label>(?:[A-Z][\w-]*\s+){0,2}?(?:{}))\s*(?::|\t|$)",
)

_BILINGUAL_LABEL = re.compile(v.BILINGUAL_LABEL.form)
# a label printed with no colon before the names it heads: in capitals at a line's start ("PRESENT Eric Baird Willie
# McKenna": two columns a PDF flattened), or run on after the last sentence of the part before it ("... (Co-opted
# Member - Transport). Mayoral Advisors in attendance Janet Beer (Higher Education)"); only a label that says
# presence or absence is read so (not "Mayor J Anderson", "Clerk Mrs K Hughes": a name and a post)
_BARE_LABEL = v.compiled(
    v.PRESENT_LABELS + v.ATTENDANCE_LABELS + v.APOLOGY_LABELS,
    r"(?:^|(?<=[.;)]\s))(?:-\s*)?(?P<label>(?:[A-Z][\w-]*\s+){0,2}?(?:{}))\s+"
    r"(?=(?-i:[A-Z])(?:(?-i:[a-z])|[.\s'’]))",
)
_SAYS_PRESENCE = re.compile(r"\b(?:present|attend\w*|apolog\w*|absent|sederunt)\b", re.I)


def _bare_labels(line: str) -> list[tuple[int, str]]:
    """The labels a record's line prints with no colon (see ``_BARE_LABEL``), with where each stands."""
    out = []
    for m in _BARE_LABEL.finditer(line):
        label = m.group("label")
        if not _SAYS_PRESENCE.search(label) or not label[0].isupper():
            continue
        if m.start("label") == 0 and not label.isupper():
            continue  # "Present Councillor Smith" at a line's start may be a sentence; in capitals it is a label
        out.append((m.start("label"), label))
    return out


_APOLOGY_LABEL = re.compile(rf"^(?:{v.alternation(v.APOLOGY_LABELS)})$", re.I)
_RECORD_LABELS_MOST = 4


def record_title(meeting: Meeting) -> str:
    """The title a meeting's record of attendance is cited by: "Attendance and apologies", and the labels the paper
    prints it under when it has any ("Attendance and apologies (Members present; In the Chair)"). Where it prints
    more than the title has room for, the apologies' label is named the last: a reader asking who sent apologies
    looks for it, and groups of the members ("Local authority members:", "Parish members:") printed above it do not
    crowd it out."""
    labels: list[str] = []
    for line in meeting.attendance_text.split("\n"):
        # "YN BRESENNOL / PRESENT:": read by the English half, and named as printed, both halves (a reader may look for
        # either)
        welsh = bilingual.group(0) if (bilingual := _BILINGUAL_LABEL.match(line.strip())) else ""
        line = line.strip()[len(welsh):]
        m = _RECORD_LABEL.match(line)
        found = ([(0, m.group("label"))] if m else []) + _bare_labels(line)
        for at, label in sorted(found):
            label = re.sub(r"\s+", " ", (welsh if at == 0 else "") + label).strip()
            if label and label.lower() not in {x.lower() for x in labels}:
                labels.append(label)
    apologies = next((x for x in labels if _APOLOGY_LABEL.match(x)), None)
    labels = labels[:_RECORD_LABELS_MOST]
    if apologies and apologies not in labels:
        labels[-1] = apologies
    return f"{ATTENDANCE_TITLE} ({'; '.join(labels)})" if labels else ATTENDANCE_TITLE

Metadata = dict[str, str | int | float | bool]


class NodeKind(StrEnum):
    """What part of the minute book a node is."""

    PASSAGE = "passage"  # a passage of a minute item's text
    RESOLUTION = "resolution"
    ATTENDANCE = "attendance"
    DECLARATION = "declaration"
    AGENDA = "agenda"  # an agenda item's own words
    SECTION = "section"  # a passage of a report, work programme or schedule in a pack
    HEADER = "header"  # what the minutes print above their items: heading, venue, contact, call-in deadline


@dataclass(frozen=True)
class IndexNode:
    """A unit of retrieval: text to embed and match, the verbatim body to quote, and its citation."""

    id: str
    text: str
    body: str
    citation: Citation  # where the body is printed; its quote is empty (a hit's quote is chosen later)
    item_key: str  # the citable item: hits are one per item
    meeting_key: str
    source: str  # the file it was read from (the document's identity in the store)
    kind: NodeKind
    doc_kind: str  # a DocumentKind value
    exempt: bool = False
    agenda_item: str | None = None
    section_title: str | None = None
    member: str | None = None
    interest: str | None = None

    @property
    def meeting_date(self) -> dt.date:
        return self.citation.meeting_date

    def quoting(self, quote: str) -> Citation:
        """The node's citation with ``quote`` (verbatim words of its body)."""
        return self.citation.model_copy(update={"quote": quote})

    def metadata(self) -> Metadata:
        """The flat form the stores keep (registry rows, Chroma metadata: numbers, not booleans or None)."""
        c = self.citation
        meta: Metadata = {
            "committee": c.committee,
            "meeting_date": c.meeting_date.isoformat(),
            "date_int": int(c.meeting_date.strftime("%Y%m%d")),
            "meeting_key": self.meeting_key,
            "document": c.document,
            "source": self.source,
            "minute": c.minute or "",
            "item_title": c.item_title,
            "item_key": self.item_key,
            "exempt": int(self.exempt),
            "node_kind": self.kind.value,
            "doc_kind": self.doc_kind,
            "page": c.page if c.page is not None else -1,
            "resolution": c.resolution or "",
        }
        for key in ("agenda_item", "section_title", "member", "interest"):
            value = getattr(self, key)
            if value is not None:
                meta[key] = value
        return meta

    @classmethod
    def from_stored(cls, id: str, text: str, body: str, meta: dict[str, Any]) -> IndexNode:
        """A node from its stored form (see :meth:`metadata`): every value is converted here, so the citation is
        built without pydantic's validation (a tenth of the time; searches read a few hundred nodes)."""
        page = meta.get("page")
        citation = Citation.model_construct(
            committee=str(meta["committee"]),
            meeting_date=dt.date.fromisoformat(str(meta["meeting_date"])),
            minute=str(meta.get("minute") or "") or None,
            resolution=str(meta.get("resolution") or "") or None,
            item_title=str(meta.get("item_title")),
            document=str(meta.get("document")),
            page=int(page) if isinstance(page, int) and page >= 0 else None,
        )
        extra = {k: str(meta[k]) for k in ("agenda_item", "section_title", "member", "interest") if k in meta}
        return cls(id=id, text=text, body=body, citation=citation, item_key=str(meta.get("item_key", id)),
                   meeting_key=str(meta.get("meeting_key", "")), source=str(meta.get("source", "")),
                   kind=NodeKind(str(meta.get("node_kind", "passage"))), doc_kind=str(meta.get("doc_kind", "")),
                   exempt=bool(meta.get("exempt")), **extra)


def _node_id(source: str, *parts: object) -> str:
    raw = "\x1f".join([source, *map(str, parts)])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20]


def _header(meeting: Meeting, minute: str | None, title: str) -> str:
    when = f"{meeting.date.day} {meeting.date:%B %Y}"
    label = f"Minute {minute}" if minute else "Item"
    return f"{meeting.committee} · {when} · {label}: {title}"


# where a long paragraph is cut: after a sentence's end, and before a record's label run on after other text ("... Mr R
# MacDonald In Attendance: Chief Executive ... Also in Attendance: Chief Superintendent G MacDonald": a PDF's lines
# flattened into one), so that a label's line is read, and quoted, whole
_RUN_ON = re.compile(r"(?<=[.;!?])\s+(?=[A-Z(“\"'‘-])|(?<!Also)\s+(?=(?:Also\s+)?(?:[Ii]n\s+[Aa]ttendance|Present|"
                     r"Apologies(?:\s+for\s+[Aa]bsence)?|Absent|Officers(?:\s+[Pp]resent)?)\s*:)")


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
        for s in _RUN_ON.split(para):
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
        base: Metadata = {
            "committee": meeting.committee,
            "meeting_date": meeting.date.isoformat(),
            "date_int": int(meeting.date.strftime("%Y%m%d")),
            "meeting_key": meeting.key,
            "document": document,
            "source": doc.source,
        }
        if meeting.attendance_text:
            nodes.append(_attendance_node(doc, meeting, base))
        if meeting.header_text:
            nodes.extend(_header_nodes(doc, meeting, base))
        # two items of one meeting with one key (every item "1.", or neither a number nor a title) are two items:
        # the second is keyed by its place, so its nodes are its own (one key made the store refuse the paper); an
        # agenda printing one number and title twice has two entries, as with items
        keys: set[str] = set()
        for item, key in zip(meeting.items, unique_keys(meeting.key, [(i.cited, i.title) for i in meeting.items],
                                                       keys), strict=True):
            nodes.extend(_item_nodes(doc, meeting, item, base, key))
        agenda_keys = unique_keys(meeting.key, [(a.number, a.title) for a in meeting.agenda], keys)
        for agenda, key in zip(meeting.agenda, agenda_keys, strict=True):
            meta: Metadata = {
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
                    smeta: Metadata = {
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
    meta: Metadata,
    node_kind: str,
    doc_kind: DocumentKind,
    pages: list[int],
) -> IndexNode:
    meta = {**meta, "node_kind": node_kind, "doc_kind": doc_kind.value, "page": pages[0] if pages else -1}
    meta.setdefault("resolution", "")
    meta["exempt"] = int(bool(meta.get("exempt")))  # 0/1: vector-store filters take numbers, not booleans
    return IndexNode.from_stored(_node_id(source, *key), f"{header}\n{body}", body, meta)


def _attendance_node(doc: ParsedDocument, meeting: Meeting, base: Metadata) -> IndexNode:
    meta: Metadata = {
        **base,
        "minute": "",
        "item_title": record_title(meeting),
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


HEADING_WORDS = 14  # a header's heading is cited by its first words ("Combined Authority Board - Wednesday, ...")


HEADING_LINES = 6  # a letterhead's heading follows within a few lines (a blank or two, the committee's name)
# a heading's "Minutes of a Meeting of ...", "MINUTES OF THE ANNUAL MEETING"; not a sentence's "recorded in the minutes
# of the Meeting at which they are approved"
_MINUTES_OF = re.compile(r"\b(?-i:Minutes|MINUTES)\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+){0,3}?(?:meeting|proceedings)\b",
                         re.I)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


_PAGE_WORDS = frozenset(["formal", "meeting", "meetings", "minutes", "agenda", "and", "draft", "approved", "page",
                         "contents", "documents", "papers", "of", "the"])  # a site's page title, naming no meeting


def page_title(line: str, council: str | None, committee: str | None) -> bool:
    """Is ``line`` a website's page title above the minutes ("Formal Meeting Minutes", "Agenda and minutes"): words
    of a kind of paper alone, no date, the council's or committee's name not among them?"""
    words = _words(line)
    named = _words(council or "") | _words(committee or "")
    return bool(words) and words <= _PAGE_WORDS and not (words & named - _PAGE_WORDS)


def header_title(header_text: str, council: str | None = None, committee: str | None = None) -> str:
    """The title a meeting's header is cited by: its first line as printed, to its first full stop and at most a
    few words ("Planning Regulatory Committee - Monday, 4th February 2019 10.30 a.m."). A paper that opens with
    the council's name alone, as a letterhead ("Brighton & Hove City Council", "MAGHERAFELT DISTRICT COUNCIL"), is
    cited by the heading that names the meeting below it: the committee's name ("Policy & Resources Urgency
    Sub-Committee") or the minutes' own heading ("Minutes of a meeting of the South Hams Council held on")."""
    lines = [line.strip() for line in header_text.strip().split("\n") if line.strip()]
    first = lines[0] if lines else ""
    if page_title(first, council, committee):
        # a site's page title ("Formal Meeting Minutes") over the minutes' own heading: the heading names the meeting
        for line in lines[1:HEADING_LINES]:
            if (minutes := _MINUTES_OF.search(line)) is not None:
                first = line[minutes.start():]
                break
    elif council and _words(first) == _words(council):
        for line in lines[1:HEADING_LINES]:
            minutes = _MINUTES_OF.search(line)
            if minutes is not None:  # "1 (These minutes are published ...) Groby Parish Council Minutes of a Meeting"
                first = line[minutes.start():]
                break
            if committee and _words(committee) <= _words(line) and _words(committee) != _words(council):
                first = line
                break
    first = re.split(r"(?<=[a-z)]{2}[.!?])\s+", first, maxsplit=1)[0]
    words = first.split()
    return " ".join(words[:HEADING_WORDS]).rstrip(" ,;:") + (" …" if len(words) > HEADING_WORDS else "")


def _header_nodes(doc: ParsedDocument, meeting: Meeting, base: Metadata) -> list[IndexNode]:
    """The meeting's header (:attr:`Meeting.header_text`): where and when it met, who to contact, a call-in
    deadline, and whatever the paper prints ahead of its minutes; cited by its heading."""
    title = header_title(meeting.header_text, meeting.council, meeting.committee)
    meta: Metadata = {**base, "minute": "", "item_title": title, "item_key": f"{meeting.key}/header"}
    return [_node(doc.source, (meeting.key, "header", n), _header(meeting, None, title), passage, meta, "header",
                  DocumentKind.MINUTES, meeting.pages[:1])
            for n, passage in enumerate(split_passages(meeting.header_text))]


def _item_nodes(
    doc: ParsedDocument, meeting: Meeting, item: MinuteItem, base: Metadata, key: str
) -> list[IndexNode]:
    meta: Metadata = {
        **base,
        "minute": item.cited or "",
        "item_title": item.title or untitled_label(item.text),
        "item_key": key,
        "exempt": item.exempt,
    }
    header = _header(meeting, item.cited, item.title)
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


UNTITLED_KIND = re.compile(rf"\b({UNTITLED_BUSINESS.form})\b[^.]*?\b((?:{ABOUT.form})\s+[^.;:]+)", re.I)
LABEL_WORDS = 12  # an untitled item's label: at most this many words of what its business is about


def untitled_label(text: str) -> str:
    """What an item minuted without a heading is cited as, where its first sentence names the kind of business and
    its subject: "Petition in respect of proposed cuts to Campbeltown Nursery ..."; else nothing (a sentence quoted
    as its own item's title would read as no answer). The item itself keeps no title: the paper prints none."""
    first = re.split(r"(?<=[.!?])\s+|\n", text.strip(), maxsplit=1)[0].strip()
    m = UNTITLED_KIND.search(first)
    if not m:
        return ""
    words = m.group(2).split()
    label = " ".join([m.group(1)[0].upper() + m.group(1)[1:], *words[:LABEL_WORDS]]).rstrip(" .,;:")
    return label + (" …" if len(words) > LABEL_WORDS else "")
