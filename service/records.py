"""Answers from a meeting's own records: who attended and sent apologies, declarations of interest, and when
the committee meets next. Each quotes the clerk's words and cites the meeting's minutes (or agenda)."""

from __future__ import annotations

import re

from index.fusion import Hit
from index.nodes import IndexNode, NodeKind
from index.query import Relative, in_periods
from minutebook.dates import MONTHS, find_dates, first_date
from minutebook.lexicon import forms_index
from minutebook.model import Citation, Declaration, Meeting, MinuteItem
from minutebook.vocabulary import (
    APOLOGIES_AS_ABOVE,
    CAME_LATE,
    DECLARATION_REMINDER,
    DECLARATIONS_TITLE,
    DECLARED,
    ELECTORS_MEETING,
    ITEM_ROLES,
    JOINED_FROM_AFAR,
    LEFT_EARLY,
    MET_AGAIN,
    NO_DECLARATIONS,
    PART_TWO_DIVIDER,
    PREVIOUS_RECORD,
    REMOTE_ATTENDANCE,
)
from service.asked_beyond import asks_beyond, says_only_known, set_aside
from service.chair_taken import chair_lines, present_part
from service.drafting import Draft, held_where, not_found, when
from service.evidence import asks_quantity, sentences, stems
from service.held_between import WENT_AHEAD, held_between, moved_meeting
from service.papers import Asked, Papers
from service.record_parts import (
    ABSENCE_ASKED,
    LATE_ASKED,
    LATE_SAID,
    SUBSTITUTES_ASKED,
    asked_part,
    away_asked,
    both_asked,
    item_record,
    listed_away,
    rows_absent,
)
from service.schemas import Answer
from service.sittings_asked import later_sitting

# "Next meeting", "Next scheduled meeting", "Next Panel meeting" (a word or two naming which), "Date and time of ..."
NEXT_MEETING = re.compile(r"\bnext\s+(?:[a-z&'-]+\s+){0,2}?meeting\b|\bdate\s+(?:and|&)\s+time\b|\bfuture\s+meeting",
                          re.I)
DECLARATIONS = re.compile(DECLARATIONS_TITLE.form, re.I)


# the record's line of members away without sending apologies: "Not present: Cllr Owen Fairbairn (no apology
# received)", "Absent: Cllr J. Bell", "Absent without apology: ..."
NOT_PRESENT_LINE = re.compile(r"^\s*(?:not\s+present|absent(?:\s+without\s+apolog\w*)?)\s*:", re.I)


def meetings_asked(papers: Papers, asked: Asked, most: int = 1) -> list[Meeting] | None:
    """The meetings a records question is about, best first: of the committees it names, in the dates it names
    (a month without a year is the latest such meeting), the one its topic points at (the best hits' meeting),
    else the latest ("last time"); the first one for "when it first came up". ``None`` when it names dates no
    meeting in the papers was held on."""
    plan, filters, hits = asked.plan, asked.filters, asked.hits
    summaries = papers.in_where(asked, papers.meetings(filters.committee, filters.date_from, filters.date_to))
    if asked.periods:
        summaries = [s for s in summaries if in_periods(s.date.isoformat(), asked.periods)]
        if not summaries:
            return None
        most = max(most, sum(1 for a, b in asked.periods if a == b))
    chosen = [s for s in summaries if s.committee in asked.scope] or summaries
    if len(chosen) <= 1:  # the dates or places asked leave no choice to make
        return [papers.meeting(s.key, filters.audience) for s in chosen]
    rank: dict[str, int] = {}
    if topical(papers, asked):
        # the meeting a subject came up at (an item that speaks to it before one that only shares a word) before
        # the one whose records item matched best
        def order(h: Hit) -> int:
            return 2 * records_hit(h.node) + (not records_hit(h.node) and not papers.supports(asked, h))

        keys = {s.key for s in chosen}
        among = [(n, h) for n, h in enumerate(hits) if h.node.meeting_key in keys]  # only these can be chosen
        for n, h in sorted(among, key=lambda x: (order(x[1]), x[0])):
            rank.setdefault(h.node.meeting_key, n + len(hits) * order(h))
    # a name the question gives (a member, a place the council is named after) points at the meetings that print it
    names = asked_names(asked)

    def printed(key: str) -> int:
        return len(names & papers.meeting_words.get(key, set()))

    first = plan.relative == Relative.FIRST
    # "was cllr trevelyan at the panel last time", "who sent apologies to the latest meeting": the latest of those
    # that print the names asked, whatever the search ranked first
    latest = plan.relative == Relative.LATEST
    chosen = sorted(chosen, key=lambda s: (-printed(s.key), 0 if latest else rank.get(s.key, 3 * len(hits)),
                                           s.date.toordinal() * (1 if first else -1)))
    return [papers.meeting(s.key, filters.audience) for s in chosen[:most]]


_LABEL = r"(?![A-Z][\w ]{0,30}:|(?:Apolog|Present|Absent|Also|In attendance|Officers)\b)"  # a new record's label
_WRAP = re.compile(rf"(?<=[,&])[ \t]*\n[ \t]*{_LABEL}(?=\S)|(?<=\band)[ \t]*\n[ \t]*{_LABEL}(?=\S)|"
                   r"[ \t]*\n[ \t]*(?=[a-z])")


def unwrapped(text: str) -> str:
    """A list of names printed over several lines ("Councillors Begum, Carrick,\nFairclough and Lomax.") as one
    line: a line break after a comma, an ampersand or "and", or before a lower-case word, is a wrap."""
    return _WRAP.sub(" ", text)


_LINE_WRAP = re.compile(r"(?<![.:;!?\n])[ \t]*\n[ \t]*(?=[\w(£])")


def rejoined(text: str) -> str:
    """Text printed with its lines wrapped at a width ("... scheduled for Thursday, 14th December,\n2023 will not
    take place"): a single line break after anything but a sentence's end is a space, so a sentence is read whole
    (a blank line, or a line that ends a sentence, still ends it)."""
    return _LINE_WRAP.sub(" ", text)


# a line that is a name alone: "Cllr Baldry", "Vice Chairman Cllr Austen", "J Smith (Chair)"
_LABEL_LINE = re.compile(r"^[A-Z][\w ’'&/-]{0,30}:-?$")
_NAME_LINE = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*(?:\s*\([^)]{1,40}\))?$")


def record_lines(text: str) -> list[str]:
    """An attendance record as it is quoted: its sentences, a list kept whole (a list of names printed one a line,
    "Cllr Abbott / Cllr Baldry / ...", is one quote, not thirty), each verbatim from ``text`` once unwrapped."""
    text = unwrapped(text)
    out: list[str] = []
    run_start: int | None = None
    pos = 0
    for s in sentences(text, semicolons=False):
        at = text.find(s, pos)
        pos = at + len(s) if at >= 0 else pos
        if (_NAME_LINE.match(s) or _LABEL_LINE.match(s)) and at >= 0:  # "Present:" / "Councillors:" lead the list
            if run_start is None:
                run_start = at
                out.append(s)
            else:
                out[-1] = text[run_start:pos]
            continue
        run_start = None
        out.append(s)
    return out


def topical(papers: Papers, asked: Asked) -> bool:
    """Does the question name a subject beyond its records words ("where family hubs first came up")?"""
    rest = [t for t in asked.terms if t not in RECORDS_STEMS]
    return bool(rest) and any(papers.weights.idf(t) > 2.0 for t in rest)


RECORDS_TITLE = re.compile("|".join(ITEM_ROLES[r].form for r in ("attendance", "apologies", "declarations",
                                                                   "next_meeting")), re.I)
RECORDS_TEXT = (
    "who attended attendance attend present apologies apology sent gave chair chaired chairing chairman presided "
    "declare declared declaration declarations interest interests leave left room step stepped out withdrew "
    "next meeting meet meets when where date time held venue start started begin began kick contact turned up came "
    "reconvene reconvenes convene convenes show absentees absences "
    "along couldn't make off late "
    "substitutes substitute subbing councillors cllr anyone anything anybody actually still firm change changed "
    "co-opted members vice councillor councillors cllrs mr mrs ms dr")
RECORDS_WORDS = frozenset(RECORDS_TEXT.split(" "))
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
RECORDS_STEMS = set(stems(RECORDS_TEXT))


def records_hit(node: IndexNode) -> bool:
    """Is the hit a meeting's records (attendance, apologies, declarations, next meeting), not a subject?"""
    return node.kind in (NodeKind.ATTENDANCE, NodeKind.DECLARATION) or bool(RECORDS_TITLE.search(
        node.citation.item_title))


CHAIR_ASKED = re.compile(r"\b(chair\w*|presid\w*)\b", re.I)


def attendance(papers: Papers, asked: Asked) -> Answer | None:
    meetings = meetings_asked(papers, asked)
    if meetings is None:
        return not_found("No meeting on that date is in the papers.")
    draft = papers.draft()
    unapologised: list[Meeting] = []  # meetings asked who was away of, whose minutes record no apologies
    # "could ppl join remotely", "which had people joining online": a record noting no one taking part from elsewhere
    # does not say; the meeting's venue line may ("Chamber - County Hall, Carmarthen and remotely", "via Teams")
    afar = JOINED.search(asked.question)
    for m in (m for m in meetings if m.attendance_text and not (afar and not FROM_AFAR.search(m.attendance_text))):
        cite = papers.record_citation(m, "")
        lead = f"{m.committee}, {when(m.date)}:"
        if (sitting := later_sitting(m, asked.plan.corrected)) is not None:
            # "who sent apologies for the reconvened sitting": the later day's record, under its heading
            for n, s in enumerate(asked_part(sitting.text, asked.plan.corrected, person_words(papers, asked, m))):
                draft.say(f"{m.committee}, {when(m.date)}, {sitting.title}: {s}" if n == 0 else s,
                          papers.item_citation(m, sitting, s))
            continue
        if asks_quantity(asked.question) and (counted := head_count(asked.question, m)):
            said, first = counted  # a count made from the record, cited to the record's words that list them
            draft.say(f"{lead} {said}", cite.model_copy(update={
                "quote": next((s for s in record_lines(m.attendance_text) if first in s), m.attendance_text)}))
            continue
        asked_of = asked_part(m.attendance_text, asked.plan.corrected, person_words(papers, asked, m))
        quoted = [s for piece in asked_of for s in record_lines(piece)]
        # "who sent apologies": the minute of apologies, where the minutes have one that names them ("118/11
        # APOLOGIES FOR ABSENCE: Apologies were received and accepted from Cllr G. Attwater"), is where they are
        # minuted; the record's own lines of them are that minute's words
        # (asked with who was there: where the record lists no apologies of its own, the minute of them as well)
        away = away_asked(asked.plan.corrected)
        if away and none_apologised(m) and not person_words(papers, asked, m):
            unapologised.append(m)  # "who sent apologies": the record lists who came, and nothing says anyone was
            continue  # away (no apologies, nor "Apologies: none"): its list of those present is not the answer
        also_away = not away and both_asked(asked.plan.corrected) and not APOLOGY_SAID.search(m.attendance_text)
        apologies = next((i for i in m.items if APOLOGIES_ITEM.search(i.title) and APOLOGY_SAID.search(i.text)
                          and not AS_ABOVE.search(i.text)), None) \
            if away or also_away else None
        if apologies is not None:
            minuted_lines = sentences(rejoined(apologies.text))
            # from the first line saying apologies, or naming one who sent them ("Councillor Huw Meredydd (holiday).
            # Councillor Carys Llwyd was absent without apology.": the minute's list comes before any such word)
            named = [a.split()[-1] for a in m.apologies]
            start = next((n for n, s in enumerate(minuted_lines) if APOLOGY_SAID.search(s)
                          or any(re.search(rf"\b{re.escape(a)}\b", s) for a in named)), 0)
            for n, s in enumerate(minuted_lines[start:start + 4]):  # names may run on past an initial's full stop
                draft.say(f"{lead} {s}" if n == 0 else s, papers.item_citation(m, apologies, s))
            # and those the record marks absent whom that minute does not name: away without sending apologies
            minuted_text = " ".join(apologies.text.split()).lower()
            # (a members table's rows marked absent, or the record's line of them: "Not present: Cllr Owen Fairbairn
            # (no apology received)")
            for row in [*rows_absent(m.attendance_text),
                        *(line for line in record_lines(m.attendance_text) if NOT_PRESENT_LINE.match(line))]:
                surname = (row.split("\t")[0].split() or [""])[-1].lower()
                if NOT_PRESENT_LINE.match(row):
                    surname = next((w for w in re.findall(r"[A-Za-z][\w'’-]+", row.split(":", 1)[1])[::-1]
                                    if w[0].isupper()), "").lower()
                if surname and surname not in minuted_text:
                    draft.say(row, cite.model_copy(update={"quote": row}))
            if away:
                continue
            lead = ""
        # the minute of apologies that minutes them by the record above it ("Apologies were received and noted as
        # above"), for a question about apologies: the record's lines of them are that minute's
        as_above = next((i for i in m.items if AS_ABOVE.search(i.text) and ABSENCE_ASKED.search(i.title)), None)
        minuted = as_above if ABSENCE_ASKED.search(asked.question) else None
        # who chaired: the minute that appointed the chairman, or stood someone in for an absent one, first
        chaired_by: list[tuple[str, Citation]] = []
        if CHAIR_ASKED.search(asked.plan.corrected):
            chaired_by = [(s, papers.item_citation(m, i, s)) for i, s in chair_lines(m, asked.plan.corrected)]
        for n, (s, where) in enumerate(chaired_by):  # "Appointment of Chairman: Councillor Thomas ..."
            draft.say(f"{lead} {s}" if n == 0 else s, where)
        if CHAIR_ASKED.search(asked.plan.corrected) and not ABSENCE_ASKED.search(asked.plan.corrected):
            # "who chaired": not a line naming a chair among those away ("Apologies were received from John O'Brien,
            # Chair of the Integrated Care Board")
            quoted = [s for s in quoted if not (CHAIR_ASKED.search(s) and not CHAIR_ASKED.search(present_part(s)))]
        if only_late_asked(asked.question):
            # "who turned up late": the lines noting who came late or left early ("Councillor Hebden joined the
            # meeting at 7.24 pm"), not the list of those present; where the record notes no one and a minute does
            # ("Councillor Crossley ... joined the meeting at 6.52 pm"), that minute is the answer (below)
            late = [s for s in quoted if LATE_SAID.search(s)]
            if late or any(LATE_SAID.search(s) for i in m.items for s in sentences(i.text)):
                quoted = late
        for n, s in enumerate(quoted):
            # cite the minute that prints it ("1. Apologies for absence"), else the meeting's attendance record
            flat = " ".join(s.split())
            item = next((i for i in m.items if (flat in " ".join(i.text.split()) or flat in i.title)
                         and printed_whole(papers, asked, m, i, flat)), minuted)
            where = papers.item_citation(m, item, s) if item else cite.model_copy(update={"quote": s})
            draft.say(f"{lead} {s}" if n == 0 and not chaired_by else s, where)
        # asked whether someone was there, of one the record lists away: the minute of apologies that minutes them by
        # the record ("Apologies were received and noted as above")
        if minuted is None and as_above is not None and any(
                listed_away(m.attendance_text, " ".join(s.split())) for s in quoted):
            said = next(s for s in sentences(as_above.text) if AS_ABOVE.search(s))
            draft.say(said, papers.item_citation(m, as_above, said))
        if apologies is None and not away:
            for said in kind_apologised(m, quoted, asked.plan.corrected):
                flat = " ".join(said.split())  # cited where it is printed whole, else to the record
                item = next((i for i in m.items if flat in " ".join(i.text.split())
                             and printed_whole(papers, asked, m, i, flat)), None)
                draft.say(said, papers.item_citation(m, item, said) if item
                          else cite.model_copy(update={"quote": said}))
        # those who attended for one item, which its minute records under its title (a hearing's parties), where the
        # question is about that item: its best passages are the search's first
        asked_items = {h.node.item_key for h in asked.hits[:2]}
        for key, item in m.keyed_items().items():
            if key in asked_items and not away_asked(asked.plan.corrected):
                for s in item_record(item.text):
                    flat = " ".join(s.split())
                    if flat not in " ".join(m.attendance_text.split()) and printed_whole(papers, asked, m, item, flat):
                        draft.say(s, papers.item_citation(m, item, s))
        # who substituted for whom, who came late or left early, when the attendance record does not say: the
        # minutes that record it ("Councillor Williams declared she was attending in substitute for Councillor
        # Platts", "Councillor Bernie Spoor joined the meeting at 11.15am (noted in item 8)")
        recorded = " ".join(m.attendance_text.split())
        for asks, noted in NOTED:
            if asks.search(asked.question):
                for item in m.items:
                    for s in sentences(item.text):
                        if noted.search(s) and len(s.split()) > SUBS_WORDS and " ".join(s.split()) not in recorded:
                            # (led by the meeting where nothing of it is said yet)
                            said_yet = any(c.meeting_date == m.date for c in draft.citations)
                            draft.say(s if said_yet else f"{lead} {s}".strip(), papers.item_citation(m, item, s))
        # whether someone named was there, where the minutes say it apart from the record: a correction to an
        # earlier meeting's ("David Jeffels ... was not present at the March Planning Committee Meeting contrary to
        # the minutes"), or a note of their coming or going
        for item, s in presence_noted(m, asked.plan.corrected, person_words(papers, asked, m)):
            flat = " ".join(s.split())
            if flat not in recorded and not any(s in part for part in draft.parts) \
                    and printed_whole(papers, asked, m, item, flat):  # (cited where it is printed whole)
                draft.say(s, papers.item_citation(m, item, s))
    if not draft.parts and unapologised:
        listed = "; ".join(f"{m.committee}, {when(m.date)}" for m in unapologised)
        return not_found(f"The minutes record who was present and no apologies, nor anyone absent ({listed}).")
    if not draft.parts:
        if any(m.has_minutes for m in meetings):  # minutes that print no attendance record
            if CHAIR_ASKED.search(asked.plan.corrected):
                return not_found("The minutes print no attendance record and do not say who chaired that meeting.")
            return None  # what their minutes say of who came, if anything
        return not_found("The papers hold no minutes (and so no attendance record) of that meeting.")
    return draft.done()


JOINED = re.compile(JOINED_FROM_AFAR.form, re.I)
FROM_AFAR = re.compile(REMOTE_ATTENDANCE.form, re.I)


def none_apologised(m: Meeting) -> bool:
    """Do the minutes of ``m`` say nothing of anyone away: no apologies read from the record, and no word of
    apologies or absence in the record or any item ("Apologies: none" says it: none were sent)?"""
    return not m.apologies and not APOLOGY_SAID.search(m.attendance_text) \
        and not any(APOLOGY_SAID.search(i.title) or APOLOGY_SAID.search(i.text) for i in m.items)


SUBS_WORDS = 5  # a sentence of no more words is a heading ("(a) Declarations of Substitutes"), not who stood in
# ("Cllr Victor Sallis attended in his place")
SUBS_SAID = re.compile(r"\b(?:substitut\w*|in\s+place\s+of|in\s+(?:his|her|their)\s+place|deputising)\b", re.I)
NOTED = ((SUBSTITUTES_ASKED, SUBS_SAID), (LATE_ASKED, LATE_SAID))  # what is asked, and how minutes note it


ELECTORS_ASKED = re.compile(ELECTORS_MEETING.form, re.I)
# coming late or going early asked alone ("who turned up late", "did anyone leave early"), not with who was there or
# away ("who sent apologies, and did anyone turn up late")
# (not a time of year: "met in late June", "early years")
LATE_ONLY_ASKED = re.compile(r"\b(?:(?:turn\w*\s+up|arriv\w*|came|com\w*|join\w*|got\s+(?:there|in)|was|were)"
                             r"(?:\s+in)?\s+late|late\s+(?:in|arrivals?|comers?)|(?:left|leav\w*|went|go\w*)\s+early|"
                             + CAME_LATE.form + "|" + LEFT_EARLY.form + r")\b", re.I)


def only_late_asked(question: str) -> bool:
    """Does the question ask who came late or left early, and not also who was there or sent apologies?"""
    return bool(LATE_ONLY_ASKED.search(question)) and not ABSENCE_ASKED.search(question) \
        and not re.search(r"\b(?:present|there|attend\w*|apolog\w*)\b", question, re.I)


def kind_apologised(m: Meeting, quoted: list[str], question: str) -> list[str]:
    """Asked whether any of a kind of member came ("did any of the city or county councillors come"), where the
    record's line of them names those who came ("City & County Cllrs: City Cllr Dennis Willetts"): the lines of the
    record, or sentences of the minute of apologies, that name one of that kind away ("Apologies were received from
    County Cllr Lewis Barber"), who was asked after as much. ``quoted``: the record's lines the answer quotes; the
    kind is the words of a quoted line's label that the question uses (not the record's own words: "present",
    "attendance", "councillors")."""
    asked_words = {w for w in re.findall(r"[a-z]+", question.lower()) if len(w) >= NAME_LEAST} - RECORDS_WORDS
    labels = [line.split(":", 1)[0] for line in quoted if ":" in line[:LABEL_CHARS]]
    kind = [re.compile(rf"\b{re.escape(w)}\b", re.I) for w in asked_words
            if any(re.search(rf"\b{re.escape(w)}\b", label, re.I) for label in labels)]
    if not kind:
        return []
    said = [*record_lines(m.attendance_text),
            *(s for item in m.items if APOLOGIES_ITEM.search(item.title) for s in sentences(item.text))]
    out: list[str] = []
    for s in said:
        flat = " ".join(s.split())
        if APOLOGY_SAID.search(s) and any(k.search(s) for k in kind) and flat not in quoted \
                and flat not in (" ".join(o.split()) for o in out):
            out.append(s)
    return out


PRESENCE_SAID = re.compile(r"\b(?:present|attend(?:ed|ing|ance)?|apolog\w*|absent|absence)\b", re.I)
NAME_LEAST = 3  # letters of a name word to look for (not "de", "le")
LABEL_CHARS = 40  # a record line's label ("City & County Cllrs:") is short


def presence_noted(m: Meeting, question: str, names: set[str]) -> list[tuple[MinuteItem, str]]:
    """The sentences of the meeting's minutes that say whether someone the question names was at a meeting: their
    surname (the last of the ``names`` the question gives: "david jeffels") beside a word of presence or absence."""
    at = {w: found.start() for w in names if len(w) >= NAME_LEAST
          and (found := re.search(rf"\b{re.escape(w)}\b", question, re.I)) is not None}
    if not at:
        return []
    named = re.compile(rf"\b{re.escape(max(at, key=lambda w: at[w]))}\b", re.I)
    return [(item, s) for item in m.items for s in sentences(item.text)
            if named.search(s) and PRESENCE_SAID.search(s) and len(s.split()) > SUBS_WORDS]


APOLOGIES_ITEM = re.compile(ITEM_ROLES["apologies"].form, re.I)
APOLOGY_SAID = re.compile(r"\bapolog\w*|\babsent\b|\babsence\b", re.I)
# the minute of apologies that refers to the record above it ("noted as set out above", "see above")
AS_ABOVE = re.compile(APOLOGIES_AS_ABOVE.form, re.I)
NOT_MEMBERS_ASKED = re.compile(r"\b(?:public|press|residents|visitors|officers|staff|observers)\b", re.I)


def asked_names(asked: Asked) -> set[str]:
    """The names the question gives (a member, a place), less its records words and dates."""
    return {w for w in asked.plan.names if w not in RECORDS_WORDS and w not in MONTHS and w not in WEEKDAYS}


def person_words(papers: Papers, asked: Asked, m: Meeting) -> set[str]:
    """The question's names that may name a person in the meeting's record: not the words naming its committee or
    council, nor those the question names a body or place with ("nhs derby and derbyshire clinical commissioning
    group": not the "Clinical Chair" of the record)."""
    return (asked_names(asked) | posts_written_otherwise(asked.question, m.attendance_text or "")) \
        - set(re.findall(r"[a-z]+", m.committee.lower())) - papers.named_words({m.key}) - asked.plan.scope_words


FORMS = forms_index()


def posts_written_otherwise(question: str, record: str) -> set[str]:
    """The words (lower case) the record prints as a name, capitalised, that the lexicon gives for a word of the
    question the record does not print in any form ("was anyone from the comms team there": "Deputy Director
    Communications and Engagement"; not "who chaired": the record's "Chair" is the question's own word)."""
    printed = set(re.findall(r"\b[A-Z][a-z]+", record))
    own = set(stems(record))
    # (not the record's own words: "who sent regrets" is asked of the "Apologies:" part, which names no one)
    return {f for w in re.findall(r"[a-z]+", question.lower()) if not set(stems(w)) & own
            for g in FORMS.get(w, ()) for f in g.forms if f != w and " " not in f and f.capitalize() in printed
            and f not in RECORDS_WORDS}


def head_count(question: str, m: Meeting) -> tuple[str, str] | None:
    """How many "sent apologies" or "were present", counted from the meeting's attendance record, with the names
    ("how many councillors sent apologies?": "6 sent apologies: Allen, Cundy, ..."), and the first name listed;
    None without such a list."""
    if NOT_MEMBERS_ASKED.search(question):
        return None  # "how many members of the public came": the record says so itself ("3 members of the public.")
    absent = bool(ABSENCE_ASKED.search(question))
    names = m.apologies if absent else m.present
    if not names:
        return None
    return f"{len(names)} {'sent apologies' if absent else 'members present'}: {', '.join(names)}.", names[0]


def declarations(papers: Papers, asked: Asked) -> Answer | None:
    if OTHER_DECLARATION.search(asked.question):
        return None  # "his declaration of acceptance of office", "the declaration of a climate emergency": no interest
    meetings = meetings_asked(papers, asked)
    if meetings is None:
        return not_found("No meeting on that date is in the papers.")
    draft = papers.draft()
    for m in declared_on(papers, asked, meetings):
        where = next((i for i in m.items if DECLARATIONS.search(whole_title(i))), None)
        lead = f"{m.committee}, {when(m.date)}:"
        if m.declarations:
            named = [d for d in m.declarations if surname(d.member) and re.search(
                rf"\b{re.escape(surname(d.member))}\b", asked.question, re.I)]
            member = titled_member(asked)
            if member and not named and not any(member & set(re.findall(r"[a-z]+", d.member.lower()))
                                                for d in m.declarations) \
                    and not (where is not None and member & set(re.findall(r"[a-z]+", where.title.lower()))):
                # "what did Cllr Edward Thomas declare on the Llandeilo bypass motion": the record's declarations
                # are others' (A. Davies's, on the motion Councillors Edward Thomas and Hefin Jones proposed); a
                # member named in what a declaration is on did not make it (a name in the item's own title is
                # the record's, read there when the list was not)
                return not_found(f"The minutes record no interest declared by {' '.join(member_as(asked)).title()}.")
            for d in named or m.declarations:  # "did Cllr Venn have to leave the room": Cllr Venn's
                item = next((i for i in m.items if d.text[:60] in i.text), where)
                if item is None:
                    continue
                quoted = on_item(item.text, d)
                draft.say(f"{lead} {quoted}", papers.item_citation(m, item, quoted))
                lead = ""
                # (all that follows on it, where the question asks beyond what it sets aside: "besides the parish
                # council thing, what else did she say about her interest": not the sentence on that)
                known = set_aside(asked.question)
                most = ABOUT_MOST + BEYOND_MORE if asks_beyond(asked.question) else ABOUT_MOST
                for s in after(item.text, d, most):  # "Councillor Venn remained in the meeting."
                    if not says_only_known(s, known):
                        draft.say(s, papers.item_citation(m, item, s))
        elif where is not None and (SAYS_DECLARED.search(where.text) or NONE_SAID.search(where.text)
                                    or (ACCOUNT_ASKED.search(asked.question) and REMINDED.search(where.text))):
            said = [s for s in sentences(where.text) if re.search(r"[A-Za-z]", s)]  # not a paragraph number alone
            # what the minutes record ("There were none."), before any form of words about what to declare; but a
            # question about what else the item says ("did they have to update their declaration forms?") is
            # answered by the item's sentences in order, when one besides the record shares two of its terms
            recorded = [s for s in said if SAYS_DECLARED.search(s) or NONE_SAID.search(s)] \
                or [s for s in said if REMINDED.search(s)]  # the chair's reminder, where nothing else is recorded
            terms = set(asked.terms)  # all of them: "Register of Interests" is printed as a name, and asked about
            if not any(s not in recorded and len(terms & set(stems(s))) >= 2 for s in said):
                said = recorded or said
            for s in said[:3] or [where.title]:
                draft.say(f"{lead} {s}".strip(), papers.item_citation(m, where, s))
                lead = ""
    if not draft.parts:
        member = {w for w in asked.plan.names if w not in RECORDS_WORDS and w not in MONTHS}
        member -= {w for m in meetings for w in re.findall(r"[a-z]+", m.committee.lower())}
        if not member and not topical(papers, asked) and any(DECLARATIONS.search(whole_title(i)) for m in meetings
                                                              for i in m.items):
            # its declarations item says nothing of an interest declared (a form of words, a page cut short)
            return not_found("The minutes' declarations item records no interest declared that I can quote.")
        return None  # nothing said of interests: a member's may be in the minutes' words on the item
    return draft.done()


# the words of a capitals title run on into its item's text where a flattened paper's line broke it ("2.
# DECLARATIONS OF PERSONAL" over "INTEREST. There were no declarations ..."): capitals up to a full stop
TITLE_RUN_ON = re.compile(r"^(?:[A-Z][A-Z'’-]*\s+){0,3}[A-Z][A-Z'’-]*\.")


def whole_title(item: MinuteItem) -> str:
    """The item's title with the capitals its text begins with, where a capitals title runs on into the text."""
    run_on = TITLE_RUN_ON.match(item.text) if item.title.isupper() else None
    return f"{item.title} {run_on.group(0)}" if run_on else item.title


def declared_on(papers: Papers, asked: Asked, meetings: list[Meeting]) -> list[Meeting]:
    """The meetings a declarations question is about: those asked, unless the question names what an interest was
    on ("declare an interest on the new chief constable"), the one meeting chosen records no declaration on it and
    another of the meetings it could be about does (the subject came up at one, the declaration was at the next)."""
    subject = set(asked.terms) - RECORDS_STEMS - set(stems(" ".join(asked.plan.scope_words)))

    def on_it(m: Meeting) -> bool:
        named = subject - set(stems(f"{m.committee} {m.council or ''}"))
        return bool(named) and any(named & set(stems(d.text)) for d in m.declarations)

    if len(meetings) != 1 or not subject or on_it(meetings[0]):
        return meetings
    return next(([m] for m in (meetings_asked(papers, asked, most=3) or [])[1:] if on_it(m)), meetings)


# a declaration of something other than an interest: "the declaration of acceptance of office" a new councillor
# signs, "the council's declaration of a climate emergency", "the declaration of the poll"
OTHER_DECLARATION = re.compile(r"\bdeclarations?\s+of\s+(?!(?:[\w'’-]+\s+){0,2}?interests?\b)", re.I)


SAYS_DECLARED = re.compile(rf"\b(?:{DECLARED.form})\b[^.]{{0,80}}\binterest|{NO_DECLARATIONS.form}|\bdeclar\w*"
                           r"[^.]{0,40}\b(?:made|received|none)\b", re.I | re.M)


REMINDED = re.compile(DECLARATION_REMINDER.form, re.I)  # "AB reminded Committee members ... of"
# the item's account asked, not whether anyone declared: "what happened under the declarations item", "what was said
# at declarations", "what did the minutes record under interests"
ACCOUNT_ASKED = re.compile(r"\bwhat\s+(?:happened|went\s+on|was\s+(?:said|done|minuted|recorded|noted))\b|"
                           r"\bwhat\s+did\s+(?:it|they|the\s+\w+)\s+(?:say|record|minute|note)\b", re.I)
NONE_SAID = re.compile(r"^\s*(?:there\s+were\s+(?:none|no\s+\w+)|none(?:\s+(?:were\s+)?(?:declared|made|received))?|"
                       r"nil|no\s+declarations?\b[^.]*)\s*\.?\s*$", re.I | re.M)


# how a question calls a member: "Cllr Edward Thomas", "Councillor Pryce", "Mrs Woods"
DECLARING = re.compile(r"\b(?:declar\w*|interests?)\b", re.I)
MEMBER_TITLE = re.compile(r"\b(?:cllrs?|councillors?|mr|mrs|ms|miss|dr)\.?\s+((?:[a-z][\w'’-]*\s*){1,3})", re.I)
# a member named without a title, by whose declaration is asked: "andrew dru-something's declaration - what was it?"
MEMBER_DECLARING = re.compile(r"\b((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)['’]s\s+(?:declarations?|interests?)\b", re.I)


def member_as(asked: Asked) -> list[str]:
    """The words of the member the question asks what they declared, as typed ("what did Cllr Edward Thomas declare":
    "edward thomas"): after a title, those the question's plan reads as names, up to the first that is not, where
    the declaring is asked after them ("did anyone declare on Cllr Fenn's motion" names the motion's proposer)."""
    found = MEMBER_TITLE.search(asked.question)
    if found is None and (named := MEMBER_DECLARING.search(asked.question)):
        # the capitalised words before "'s declaration", as typed ("feb: Andrew Dru-something's"): a name
        return [w.lower() for w in named.group(1).split() if w[:1].isupper()][-2:]
    words = found.group(1).lower().split() if found else []
    names = asked_names(asked)
    out: list[str] = []
    for w in words:
        if w not in names:
            break
        out.append(w)
    rest = asked.question[found.start(1):] if found else ""
    return out if DECLARING.search(rest) else []


def titled_member(asked: Asked) -> set[str]:
    """The words naming the member the question calls by a title, each part of a hyphenated name on its own."""
    return {p for w in member_as(asked) for p in re.findall(r"[a-z]+", w)}


def surname(member: str) -> str:
    words = re.findall(r"[A-Za-z][\w'’-]+", member)
    return words[-1] if words else ""


# what names the item a declaration is on, printed before it on its line: "Agenda Item 14. Cllr H Davies declared
# ...", "Minute 52 - Councillor Venn declared ...", "Item 6: ..."
ITEM_NAMED_BEFORE = re.compile(r"[\s•·*-]*((?:agenda\s+)?(?:item|minute)s?\s*(?:no\.?\s*)?[\w./]{1,12}\s*[.:)–—-]?\s*)",
                               re.I)


def on_item(text: str, d: Declaration) -> str:
    """A declaration as quoted: with the item it is on, where its line names that item before it ("Agenda Item 14.
    Cllr H Davies declared ..."), verbatim from ``text``."""
    at = text.find(d.text)
    if at <= 0 or d.item is None:
        return d.text
    line_start = text.rfind("\n", 0, at) + 1
    named = ITEM_NAMED_BEFORE.fullmatch(text[line_start:at])
    if named is None:
        return d.text
    return text[line_start + named.start(1):at] + d.text


def after(text: str, d: Declaration, most: int = 0) -> list[str]:
    """The sentences after a declaration that are about it (``most`` at most, ABOUT_MOST where not given): why, and
    whether the member stayed ("The reason being that she is a Member of Ellel Parish Council ...", "Councillor Venn
    remained in the meeting."); after a declaration printed as a bare name, the line that gives the interest."""
    said = sentences(text)
    # (a sentence of the declaration's own, not a table's heading cell inside it: "Councillor" of "Proposed by
    # Councillors ...")
    at = next((n for n, s in enumerate(said) if (len(s) >= SAID_LEAST and s[:40] in d.text) or d.text[:40] in s),
              None)
    if at is None:
        return []
    bare = not DECLARED_WORDS.search(d.text)  # "Councillor W. Morris-Twiddy", then the interest on its own line
    name = surname(d.member)
    out: list[str] = []
    for nxt in said[at + 1:at + 1 + (most or ABOUT_MOST)]:
        about = ABOUT.match(nxt) or (name and re.search(rf"\b{re.escape(name)}\b", nxt))
        other = OTHER_MEMBER.match(nxt) and not (name and name in nxt)
        if other or nxt in d.text or not (about or (bare and not out)):
            break
        out.append(nxt)
    return out


ABOUT_MOST = 4  # sentences after a declaration that may be quoted with it (while they are about it: its member)
BEYOND_MORE = 2  # ... and more, where the question asks what else was said of it
SAID_LEAST = 20  # characters: a line shorter is a heading cell, not a sentence of the declaration
# ("As she was no longer a trustee she would claim the dispensation": the reason before the member's word)
ABOUT = re.compile(r"(?:he|she|they|the\s+reason|this\s+was|as\s+(?:a|an|the|he|she|they)\b)", re.I)
DECLARED_WORDS = re.compile(r"\b(?:declar\w*|interest\w*)\b", re.I)
OTHER_MEMBER = re.compile(r"(?:councillors?|cllrs?\.?|mr|mrs|ms|dr)\s", re.I)


# what someone is to bring to the next meeting, not when it is: "what's the clerk reporting back on at the next
# meeting", "what are officers bringing to the next one", "what is the clerk due to report on when they next get
# together"
BROUGHT_TO_NEXT = re.compile(r"\bwhat(?:['’]s|\s+is|\s+are|\s+will)?\s+(?:[\w'’-]+\s+){0,4}?(?:report\w*|bring\w*|"
                             r"present\w*|com(?:e|ing)\s+back|feed(?:ing)?\s+back|updat\w*)\b[^?]*?"
                             rf"(?:\bnext\s+(?:meeting|mtg|one)\b|{MET_AGAIN.form})", re.I)


def next_meeting(papers: Papers, asked: Asked) -> Answer | None:
    if BROUGHT_TO_NEXT.search(asked.question):
        return None  # the business put on it: the minute that put it there says
    meetings = meetings_asked(papers, asked, most=6)
    if meetings is None:
        # the date asked about is no meeting's: it may be the next meeting's own ("is the December meeting still
        # on?"), which the meeting before it announces
        start = min(a for a, _ in asked.periods)
        before = [s for s in papers.in_where(asked, papers.meetings(asked.filters.committee,
                                                                             asked.filters.date_from, start))
                  if s.date < start and (not asked.scope or s.committee in asked.scope)]
        # the latest that announces its next meeting (a meeting in between may have no such item)
        meetings = [papers.meeting(s.key, asked.filters.audience) for s in before[:3]]
    draft = papers.draft()
    if (electors := ELECTORS_ASKED.search(asked.question)) is not None:
        # "when is the annual town meeting": the electors' meeting, not the council's next; the minute arranging it by
        # that name ("RESOLVED that the Annual Town Meeting be held on Thursday 16th May 2024 at 7.00pm")
        named = re.compile(r"\b" + r"\s+".join(map(re.escape, electors.group(0).split())) + r"\b", re.I)
        for m in meetings:
            for arranging in m.items:
                said = [s for s in sentences(rejoined(arranging.text))
                        if named.search(s) or named.search(arranging.title)]
                if said and not draft.parts:
                    draft.say(f"{m.committee}, {when(m.date)}: {said[0]}", papers.item_citation(m, arranging, said[0]))
        if draft.parts:
            return draft.done()
    for m in meetings:
        if draft.parts:
            break
        lead = f"{m.committee}, {when(m.date)}:"
        item = next((i for i in m.items if NEXT_MEETING.search(i.title)), None)
        if item is not None:
            for s in sentences(rejoined(own_words(item.text)))[:2] or [item.title]:
                draft.say(f"{lead} {s}".strip(), papers.item_citation(m, item, s))
                lead = ""
            continue
        agenda = next((a for a in m.agenda if NEXT_MEETING.search(a.title)), None)
        if agenda is not None:
            # "11. Date and time of the next meeting - Tuesday 24 April, 2018 at 5.30 pm": the title is the
            # answer, and the words printed under it belong to whatever follows on the agenda page
            dated = first_date(agenda.title, m.date) is not None
            text = agenda.title if dated or not agenda.text.strip() else agenda.text.strip()
            cite = Citation(committee=m.committee, meeting_date=m.date, minute=None, item_title=agenda.title,
                            document=papers.minutes_document(m), page=agenda.pages[0] if agenda.pages else None)
            for s in sentences(text)[:2]:
                draft.say(f"{lead} {s}".strip(), cite.model_copy(update={"quote": s}))
                lead = ""
            continue
        announced = announcement(m)
        if announced is not None:  # "The Chair reminded members that the next meeting ... would be held on ..."
            item, s = announced
            draft.say(f"{lead} {s}", papers.item_citation(m, item, s))
    if not draft.parts and asked.periods:
        met_after(papers, asked, draft)
    elif draft.parts and meetings:
        next_held(papers, asked, meetings[0], draft)
    return draft.done() if draft.parts else None


# a divider before private business ("PART B - RESTRICTED ITEMS"), printed under the last public item with the
# motion to exclude: it and what follows head the business after it
DIVIDER = re.compile(PART_TWO_DIVIDER.form, re.I | re.M)


def own_words(text: str) -> str:
    """An item's text before a divider printed under it (:data:`DIVIDER`): the item's own words."""
    m = DIVIDER.search(text)
    return text[:m.start()] if m is not None and text[:m.start()].strip() else text


def next_held(papers: Papers, asked: Asked, m: Meeting, draft: Draft) -> None:
    """After the date ``m`` set for its next meeting, what the first later meeting of its body in the papers says of
    it, in its item approving earlier minutes: a meeting held in between, whose minutes it approves ("the minutes of
    the Extraordinary Meeting held on 23 September"), and, where the question asks whether the date set went ahead,
    that it was moved ("the meeting which had been arranged for 12th October, 2023 had been rearranged to this
    date")."""
    later = sorted((s for s in papers.in_where(asked, papers.meetings(m.committee))
                    if s.date > m.date and s.has_minutes), key=lambda s: s.date)
    if not later:
        return
    n = papers.meeting(later[0].key, asked.filters.audience)
    approving = [i for i in n.items if approves_record(i)]
    between = held_between(approving, n.committee, n.date, m.date)
    if between is not None:
        held, item, said = between
        draft.say(f"It met before that on {when(held)}, as its minutes of {when(n.date)} record: {said}",
                  papers.item_citation(n, item, said))
    moved = moved_meeting(approving) if WENT_AHEAD.search(asked.question) else None
    if moved is not None:  # "did the meeting they set for october actually go ahead"
        item, said = moved
        draft.say(f"{n.committee}, {when(n.date)}: {said}", papers.item_citation(n, item, said))


ANNOUNCED = re.compile(r"\bnext\s+(?:[\w-]+\s+){0,4}?meeting\b", re.I)  # "the next meeting of the County Council"


def announcement(m: Meeting) -> tuple[MinuteItem, str] | None:
    """A sentence of the minutes, under any heading, that gives the next meeting's date ("9.2 The Chair reminded
    members that the next meeting of the County Council would be held on Thursday, 21 April 2016"): the last."""
    for item in reversed(m.items):
        for s in reversed(sentences(rejoined(item.text))):
            when_said = first_date(s, m.date) if ANNOUNCED.search(s) else None
            if when_said is not None and when_said > m.date:
                return item, s
    return None


# the item approving the earlier meeting's record, whatever the record is called ("Minutes", "Decision records",
# "Notes of the last meeting"), and the sentence approving it ("the decision record ... be signed as correct records")
APPROVED_RECORD = re.compile(PREVIOUS_RECORD.form, re.I)
RECORD_SIGNED = re.compile(r"\b(?:correct|true|accurate)\s+records?\b", re.I)


def printed_whole(papers: Papers, asked: Asked, m: Meeting, item: MinuteItem, flat: str) -> bool:
    """Is ``flat`` (a line of the record, its spaces single) printed whole in one passage of ``item`` as indexed, so
    that a citation of the item quotes it? A record run on across a long minute may straddle two passages."""
    nodes = papers.index.item_nodes(m.key_of(item), asked.filters.audience)
    return not nodes or any(flat in " ".join(n.body.split()) for n in nodes)


def approves_record(item: MinuteItem) -> bool:
    """Is ``item`` the one approving an earlier meeting's record: by its title ("Minutes", "Decision records -17th and
    27th November"), or, untitled as printed, by its words ("the decision record of the meeting held on ... be signed
    as a correct record")?"""
    return bool(APPROVED_RECORD.search(item.title)) or any(
        APPROVED_RECORD.search(s) and RECORD_SIGNED.search(s) for s in sentences(item.text)[:3])


def dated_record(papers: Papers, m: Meeting) -> Citation:
    """The meeting's record where it prints when the meeting was held: its header's first line ("Minutes of a Meeting
    of Groby Parish Council held at 7.00pm on Monday 4 February 2008"), else its record of attendance."""
    printed = next((line for line in m.header_text.split("\n") if line.strip()), "")
    return papers.record_citation(m, printed or next(iter(record_lines(m.attendance_text)), ""))


def met_after(papers: Papers, asked: Asked, draft: Draft) -> None:
    """"When did they meet after the 7 January meeting?" where no paper announces it: the first meeting in the
    papers after the time asked (of the council and committee asked about), cited to its minute approving the
    earlier minutes when it has one ("The minutes of the meeting held on 7th January 2019 were signed ..."), else
    to the record that prints its date (:func:`dated_record`)."""
    end = max(b for _, b in asked.periods)
    later = sorted((s for s in papers.in_where(asked, papers.meetings(asked.filters.committee))
                    if s.date > end and s.has_minutes and (not asked.scope or s.committee in asked.scope)),
                   key=lambda s: s.date)
    if not later:
        return
    m = papers.meeting(later[0].key, asked.filters.audience)
    between = held_between([i for i in m.items if approves_record(i)], m.committee, m.date, end)
    if between is not None:  # a meeting held in between, whose minutes this one approves
        held, item, said = between
        draft.say(f"{m.committee} met next on {when(held)}, as its minutes of {when(m.date)} record: {said}",
                  papers.item_citation(m, item, said))
        return
    approving = next((i for i in m.items if approves_record(i) and any(
        in_periods(d.date.isoformat(), asked.periods) for d in find_dates(f"{i.title} {i.text}", m.date))), None)
    if approving is not None:
        said = next((s for s in sentences(approving.text) if RECORD_SIGNED.search(s)), None) \
            or next((s for s in sentences(approving.text) if APPROVED_RECORD.search(s)), approving.title)
        draft.say(f"{m.committee} met next on {when(m.date)}: {said}", papers.item_citation(m, approving, said))
    elif m.attendance_text or m.header_text:  # the record that prints when it met
        draft.say(f"{m.committee} met next on {when(m.date)}.", dated_record(papers, m))
    if draft.parts and m.venue and re.search(r"\bwhere\b", asked.question, re.I):  # "when and where"
        draft.say(f"It was {held_where(m.venue)}.", papers.record_citation(m, m.venue))
