"""The minute book: a typed model of committee papers that every stage shares.

The vocabulary is the council's own. A *committee* holds *meetings*; the
clerk's *minutes* of a meeting are a sequence of numbered *minute items*
("83. LOOKED AFTER CHILDREN SUFFICIENCY STRATEGY"); each item may end in
*resolutions* ("Resolved:- (1) That the report be noted."). The minutes
also record who was *present*, who was *in attendance*, who sent *apologies*
and which members *declared an interest*.

An *agenda pack* is what members receive before a meeting: the agenda (a list
of *agenda items* with the pack's page ranges), usually the minutes of the
previous meeting for approval, and the officers' *reports* and briefing
papers. One file can therefore yield several meetings: the pack's own
meeting (with its agenda) and the earlier meeting whose minutes it reprints.

*Exempt* material is business taken after the press and public were excluded
(Part 2, Schedule 12A of the Local Government Act 1972). It is flagged here
and never served to someone not entitled to it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from minutebook.vocabulary import MINUTE_REFERENCE_LINE as _MINUTE_REFERENCE_LINE


class SourceFormat(StrEnum):
    """How a paper was published: detected from its bytes, not its name."""

    PDF = "pdf"
    DOCX = "docx"
    HTML = "html"
    MARKDOWN = "markdown"
    TEXT = "text"


class DocumentKind(StrEnum):
    """What a paper, or a section of one, is."""

    MINUTES = "minutes"
    AGENDA = "agenda"  # an agenda pack, or the agenda part of one
    REPORT = "report"  # an officer's report or briefing paper in a pack
    WORK_PROGRAMME = "work_programme"
    MONITORING_SCHEDULE = "monitoring_schedule"  # the "implementation monitoring schedule"


class InterestKind(StrEnum):
    """The kinds of interest a member may declare, as the codes of conduct name them."""

    PERSONAL = "personal"
    NON_PECUNIARY = "non-pecuniary"
    PECUNIARY = "pecuniary"
    DISCLOSABLE_PECUNIARY = "disclosable pecuniary"
    OTHER = "other"


class Line(BaseModel):
    """One paragraph or line of a paper's text, with the page it is printed on.

    Readers of every format produce these; ``level`` is a heading level (1-6)
    when the source marks the line as a heading, else 0.
    """

    text: str
    page: int | None = None
    level: int = 0


class SourceText(BaseModel):
    """The text of one paper as read from its file, before any structure is found."""

    format: SourceFormat
    lines: list[Line]
    page_count: int | None = None
    title: str | None = None  # e.g. an HTML page's <h1>
    site_title: str | None = None  # an HTML page's <title>, which often names the council: "X Council | Cabinet | ..."


class MinuteReference(BaseModel):
    """A pointer from one minute to an earlier one: "Further to Minute No. 53 of ... 22nd March, 2017"."""

    minute: str
    resolution: str | None = None
    meeting_date: dt.date | None = None
    municipal_year: str | None = None  # "Minute No. 40 2019/20"
    text: str


class Resolution(BaseModel):
    """What the meeting decided: one numbered part of a "Resolved:-" block, or one decision in the text.

    Clerks record decisions as "Resolved:- (1) That ...", "It was agreed that ...",
    "The Committee confirmed ...", "the minutes ... were approved", and tag follow-ups
    "Action: Clerk to ...". ``number`` is as printed ("1", "2", "(a)" is kept as "a", a
    paragraph number such as "6.2"); it is ``None`` for a single unnumbered decision.
    ``owner`` is whoever the minutes ask to act, when a tag or the decision names them
    ("Clerk to report back", "that the clerk should find out ...").
    """

    number: str | None = None
    text: str
    owner: str | None = None
    due: str | None = None  # when a follow-up line sets it, as written: "30 June 2022", "before the next meeting"


class Declaration(BaseModel):
    """A member's declaration of interest, and the item it concerns."""

    member: str
    kind: InterestKind = InterestKind.OTHER
    item: str | None = None  # minute number, or the item's title where none is given
    text: str
    withdrew: bool = False


# (minutebook.vocabulary)
MINUTE_REFERENCE_LINE = re.compile(_MINUTE_REFERENCE_LINE.form, re.I)
_FIRST_LINE = re.compile(r"\s*([^\n]*)")  # a text's first line after its leading blank space, the text not copied


class MinuteItem(BaseModel):
    """One numbered item of the minutes: its title, the clerk's account and its resolutions."""

    number: str | None = None  # "83"; web exports may carry none, and then the title identifies it
    title: str
    text: str
    pages: list[int] = Field(default_factory=list)
    resolutions: list[Resolution] = Field(default_factory=list)
    references: list[MinuteReference] = Field(default_factory=list)
    exempt: bool = False

    @property
    def minute_reference(self) -> str | None:
        """The minute's own reference where the item is headed by its agenda number and prints its minute's on the
        line below ("1. Election of the Chairman" / "01/22": "01/22"); None where it prints one number only."""
        if not self.number:
            return None
        # (read each time an item is keyed or cited: its first line matched, not its whole text split)
        line = _FIRST_LINE.match(self.text).group(1)  # type: ignore[union-attr]
        m = MINUTE_REFERENCE_LINE.match(line)
        if m is None:
            return None
        ref = re.sub(r"\s+", "", m.group("ref"))
        return ref if ref != self.number else None

    @property
    def cited(self) -> str | None:
        """The number the item is cited and keyed by: its minute's reference where it prints one beside its agenda
        number (members quote "Minute 01/22"), else its number."""
        return self.minute_reference or self.number


class ArisingEntry(BaseModel):
    """A later meeting's word on an earlier minute, as its matters arising (or a progress list on past actions) give
    it: "Minute 17 (Gallows Lane) - the CCTV camera was put up on 2 September 2024. Action completed.", "- *Bus shelter
    (PH67c):* The side panel was replaced ... Complete.", "5. Letter to Minister (M.15/19) - Cathaoirleach / The letter
    was sent on 13th February 2019. No reply has been received. / OUTSTANDING." """

    minute: str  # the earlier minute it names
    part: str | None = None  # the part of it named: "c" of "(PH67c)", "a" of "P45(a)"
    text: str  # verbatim, from the mention's sentence to the end of its point
    at: int  # where in the item's text it starts


class ReportSection(BaseModel):
    """A report, briefing paper, work programme or schedule printed in an agenda pack."""

    title: str
    kind: DocumentKind = DocumentKind.REPORT
    text: str
    pages: list[int] = Field(default_factory=list)
    exempt: bool = False


class AgendaItem(BaseModel):
    """An item on a meeting's agenda, with the pack pages and papers that go with it."""

    number: str | None = None
    title: str
    text: str = ""  # the agenda's own words under the title
    pack_pages: str | None = None  # as printed: "1 - 11"
    pages: list[int] = Field(default_factory=list)  # pages of the source file
    sections: list[ReportSection] = Field(default_factory=list)
    exempt: bool = False


class Meeting(BaseModel):
    """A meeting of a committee, as its minutes or its agenda record it.

    ``committee`` is the meeting's own name as the paper gives it ("Planning Committee",
    "Annual Meeting of the Salford Priors Parish Council"); ``council`` is the council or
    authority when the paper names it apart ("Cairngorms National Park Authority").
    """

    committee: str
    council: str | None = None
    date: dt.date
    time: str | None = None
    venue: str | None = None
    contact: str | None = None  # the officer the published papers name for enquiries ("Contact: Frank Jeffrey")
    chair: str | None = None
    present: list[str] = Field(default_factory=list)
    in_attendance: list[str] = Field(default_factory=list)
    apologies: list[str] = Field(default_factory=list)
    attendance_text: str = ""  # the clerk's own words for present / attendance / apologies
    # what the minutes print above their items besides the record of attendance, as printed: the heading, when and
    # where ("Venue: Remote"), the contact officer, a call-in deadline, a summary printed ahead of the minutes; and the
    # closing line printed at the end of business taken in private ("The meeting concluded at 4.30pm")
    header_text: str = ""
    declarations: list[Declaration] = Field(default_factory=list)
    items: list[MinuteItem] = Field(default_factory=list)
    agenda: list[AgendaItem] = Field(default_factory=list)
    pages: list[int] = Field(default_factory=list)

    @property
    def key(self) -> str:
        """Identity across papers: the same meeting reprinted in a pack is the same meeting."""
        return meeting_key(self.committee, self.date)

    @property
    def has_minutes(self) -> bool:
        return bool(self.items)

    def item_keys(self) -> list[str]:
        """The key of each of the minutes' items, in order (see :func:`unique_keys`)."""
        return unique_keys(self.key, [(i.cited, i.title) for i in self.items])

    def keyed_items(self) -> dict[str, MinuteItem]:
        """The minutes' items by their keys."""
        return dict(zip(self.item_keys(), self.items, strict=True))

    def item_cited(self, minute: str | None, title: str) -> MinuteItem | None:
        """The item a citation names: by its number (of those printing it, the one of the citation's title: a list
        that lost its numbering prints every item "1."), else by its title."""
        same = [i for i in self.items if i.title.lower() == title.lower()]
        if not minute:
            return same[0] if same else None
        # (by the minute's reference it is cited by, or the agenda number it is headed by: "01/22" or "1")
        numbered = [i for i in self.items if i.cited == minute] or [i for i in self.items if i.number == minute]
        return next((i for i in numbered if i in same), numbered[0] if numbered else None)

    def key_of(self, item: MinuteItem) -> str:
        """The key of one of the minutes' items (this very item: two may print the same number and title); of an
        item not among them, its :func:`item_key`."""
        return next((key for key, i in zip(self.item_keys(), self.items, strict=True) if i is item),
                    item_key(self.key, item.cited, item.title))


class ParsedDocument(BaseModel):
    """Everything understood from one file."""

    source: str
    sha256: str
    format: SourceFormat
    kind: DocumentKind  # MINUTES or AGENDA (a pack)
    title: str | None = None
    page_count: int | None = None
    meetings: list[Meeting] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)  # what could not be understood, for the ingest summary


class ActionStatus(StrEnum):
    """Where a follow-up stands, from the evidence in later papers."""

    OUTSTANDING = "outstanding"
    OVERDUE = "overdue"
    SCHEDULED = "scheduled"
    COMPLETED = "completed"


class Citation(BaseModel):
    """A citable place in the papers: the minute, the resolution and the exact words."""

    n: int = 0
    committee: str
    meeting_date: dt.date
    minute: str | None = None
    resolution: str | None = None
    item_title: str
    document: str
    page: int | None = None
    quote: str = ""
    url: str | None = None


class Action(BaseModel):
    """A follow-up arising from a resolution: something someone must do or bring back."""

    id: str
    committee: str
    meeting_date: dt.date
    minute: str | None = None
    resolution: str | None = None
    item_title: str
    text: str
    owner: str | None = None
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.OUTSTANDING
    evidence: list[Citation] = Field(default_factory=list)


class Audience(BaseModel):
    """Who an answer is for, and so what of the papers they may see: the one exempt-material policy.

    Exempt (Part 2) business is seen only by an *entitled* audience (a private deployment with
    ``MINUTEBOOK_INCLUDE_EXEMPT=true``); everyone else, and always a Slack channel, is the *public*.
    The composition root gives each surface its audience; the reads (index queries, catalogue queries,
    the follow-up register) apply it, so no route or surface checks exemption itself.
    """

    model_config = ConfigDict(frozen=True)

    entitled: bool = False

    @classmethod
    def public(cls) -> Audience:
        return cls(entitled=False)

    @classmethod
    def of_deployment(cls, include_exempt: bool) -> Audience:
        """The audience a deployment serves: entitled only where it is configured to serve exempt material."""
        return cls(entitled=include_exempt)

    def may_see(self, exempt: bool) -> bool:
        return self.entitled or not exempt

    def agenda_item(self, item: AgendaItem) -> AgendaItem:
        """The agenda item without the report sections this audience may not see."""
        if self.entitled:
            return item
        return item.model_copy(update={"sections": [s for s in item.sections if not s.exempt]})

    def meeting(self, meeting: Meeting) -> Meeting:
        """The meeting without the items, agenda items and report sections this audience may not see."""
        if self.entitled:
            return meeting
        return meeting.model_copy(update={
            "items": [i for i in meeting.items if not i.exempt],
            "agenda": [self.agenda_item(a) for a in meeting.agenda if not a.exempt],
        })


_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """A stable lower-case identifier made from words: "Improving Lives" -> "improving-lives"."""
    return _SLUG.sub("-", text.lower()).strip("-")


# a meeting's kind before the body that held it: "Annual Meeting of the Town Council", "Extraordinary Meeting of the
# Parish Council" (kinds of meeting: Local Government Act 1972 Sch. 12, the annual and other meetings of a council)
_MEETING_OF = re.compile(r"^\s*(?:the\s+)?(?:(?:annual|special|extraordinary|ordinary|statutory|adjourned|reconvened|"
                         r"general)\s+)+(?:meeting|session)\s+of\s+(?:the\s+)?", re.I)


# the council itself, sitting whole: "Full Council", "Town Council", "Parish Council", "Council" (not one of its
# committees)
_WHOLE_COUNCIL = re.compile(r"^\s*(?:full\s+|(?:town|parish|city|borough|district|county|community|county\s+borough)"
                            r"\s+)?council\s*$", re.I)


def standing_body(committee: str) -> str:
    """The body that held a meeting, whatever kind of meeting it was: "Annual Meeting of the Town Council" and "Town
    Council" are one council's meetings (its annual meeting and its ordinary ones), as a key; and "Full Council" is
    the town council sitting whole, as its papers name either."""
    body = _MEETING_OF.sub("", committee)
    return "council" if _WHOLE_COUNCIL.match(body) else slug(body)


def meeting_key(committee: str, date: dt.date) -> str:
    return f"{slug(committee)}/{date.isoformat()}"


def item_key(meeting: str, number: str | None, title: str) -> str:
    """Identity of a minute or agenda item within its meeting: its number, else its title."""
    return f"{meeting}/{number}" if number else f"{meeting}/{slug(title)[:80]}"


def unique_keys(meeting: str, entries: list[tuple[str | None, str]], taken: set[str] | None = None) -> list[str]:
    """The keys of a meeting's entries (number, title) in order, each its :func:`item_key`, one repeating a key
    already given (in ``taken`` or before it) told apart by its place: a list whose automatic numbering was lost
    prints every item "1.", and the number is kept as printed; two items with neither number nor title are two.
    ``taken`` gains the keys given."""
    taken = set() if taken is None else taken
    out = []
    for number, title in entries:
        key = item_key(meeting, number, title)
        if key in taken:
            key = f"{key}~{len(taken) + 1}"
        taken.add(key)
        out.append(key)
    return out


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
