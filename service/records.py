"""Answers from a meeting's attendance record: who attended, sent apologies, stood in, came late or left early,
and who was in the chair; and what the other record routes share (the meetings asked, a record's lines). Each quotes
the clerk's words and cites the meeting's minutes (or agenda). Declarations are answered in
:mod:`service.declarations_answered`, the next meeting in :mod:`service.next_meeting`."""

from __future__ import annotations

import re

from index.fusion import Hit
from index.nodes import IndexNode, NodeKind
from index.query import Relative, in_periods
from minutebook.dates import MONTHS
from minutebook.lexicon import forms_index
from minutebook.model import Citation, Meeting, MinuteItem
from minutebook.vocabulary import (
    APOLOGIES_AS_ABOVE,
    APOLOGY_SENTENCES,
    CAME_LATE,
    DECLARATIONS_TITLE,
    ELECTORS_MEETING,
    HONORIFICS,
    ITEM_ROLES,
    JOINED_FROM_AFAR,
    LATER_SITTING_ASKED,
    LEFT_EARLY,
    LEFT_QUORUM_ASKED,
    REMOTE_ATTENDANCE,
    SAT_FOR_SAID,
    TIME_OF_COMING_OR_GOING,
    compiled,
)
from service.chair_taken import chair_lines, present_part
from service.drafting import Draft, not_found, when
from service.evidence import asks_quantity, sentences, stems
from service.papers import Asked, Papers
from service.record_parts import (
    ABSENCE_ASKED,
    LATE_ASKED,
    LATE_SAID,
    PART_ASKED,
    SUBSTITUTES_ASKED,
    asked_part,
    away_asked,
    both_asked,
    item_record,
    listed_away,
    rows_absent,
)
from service.schemas import Answer
from service.sittings_asked import later_sitting, sat_again, sitting_noted
from service.took_part import event_attendance

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
    if sat := venue_words(papers, asked):  # "the dalwhinnie village hall meeting", "the meeting at dalwhinnie": a
        # meeting named by where it sat, in words only its heading prints: the meetings held there
        summaries = [s for s in summaries if sat <= papers.meeting_where.get(s.key, set())] or summaries
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
    # "what time did mr rosewarne leave": of the meetings he sat at, the one whose record notes him going first
    noting = {s.key for s in chosen[:SITTINGS_LOOKED] if only_late_asked(plan.corrected)
              and came_or_went(papers.meeting(s.key, filters.audience), plan.corrected)}
    chosen = sorted(chosen, key=lambda s: (s.key not in noting, -printed(s.key),
                                           0 if latest else rank.get(s.key, 3 * len(hits)),
                                           s.date.toordinal() * (1 if first else -1)))
    if not asked.periods and LATER_SITTING.search(plan.corrected):
        # "who didn't come back when the fire authority reconvened": of the meetings first in line, those adjourned and
        # reconvened (the sitting asked about names the meeting), else as ranked
        looked = [papers.meeting(s.key, filters.audience) for s in chosen[:SITTINGS_LOOKED]]
        if again := [m for m in looked if sat_again(m, plan.corrected)]:
            return again[:most]
    return [papers.meeting(s.key, filters.audience) for s in chosen[:most]]


LATER_SITTING = re.compile(LATER_SITTING_ASKED.form, re.I)


def venue_words(papers: Papers, asked: Asked) -> set[str]:
    """The question's words naming where a meeting sat that only meetings' headings print (its venue): its terms
    (:meth:`Papers.venue_named`) and the place it names as where ("at dalwhinnie", read as a place, not a subject)."""
    # (not the manner it sat in, "remotely", "on teams", which a question asks about and no venue line names it by;
    # and only a word naming the meeting, "the X meeting", "at X", not one the question asks about: "cllr ellis's link
    # to the farm application", whose "link" a meeting's venue line prints)
    return {w for w in [*papers.venue_named(asked), *(w for w in asked.plan.scope_words if w in papers.where_words
                                                      and papers.printed_nowhere(w))]
            if not FROM_AFAR.search(w) and re.search(
                rf"\b(?:at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{re.escape(w)}\b|"
                rf"\b{re.escape(w)}(?:\s+[\w'’-]+){{0,3}}?\s+(?:meeting|mtg|session|sitting)s?\b",
                asked.question, re.I)}


def sitting_day_asked(papers: Papers, asked: Asked, m: Meeting) -> bool:
    """Does the question name the day of a later sitting of ``m`` (its minutes print the day the meeting reconvened)
    and not the meeting's own first day?"""
    periods = asked.plan.periods
    return bool(periods) and not in_periods(m.date.isoformat(), periods) and any(
        in_periods(d.isoformat(), periods) for d in papers.sitting_days.get(m.key, ()))
SITTINGS_LOOKED = 6  # meetings read for a later sitting, of those first in line (a body's recent meetings)


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
    "along couldn't make off late sub subs "
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
    if (went := event_attendance(papers, asked)) is not None:  # "which councillors attended the site visit": the
        return went  # item reporting it names them
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
        day_asked = sitting_day_asked(papers, asked, m)  # "wenlow 3 april - apologies?": the later sitting's day
        if (sitting := later_sitting(m, asked.plan.corrected, day_asked=day_asked)) is not None:
            # "who sent apologies for the reconvened sitting": the later day's record, under its heading
            for n, s in enumerate(asked_part(sitting.text, asked.plan.corrected, person_words(papers, asked, m))):
                draft.say(f"{m.committee}, {when(m.date)}, {sitting.title}: {s}" if n == 0 else s,
                          papers.item_citation(m, sitting, s))
            continue
        if (noted := sitting_noted(m, asked.plan.corrected, day_asked=day_asked)) is not None:
            # "was anybody missing when it restarted": the later day noted in the item it resumed, with who was there
            resumed, lines = noted
            for n, s in enumerate(lines):
                draft.say(f"{lead} {s}" if n == 0 else s, papers.item_citation(m, resumed, s))
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
        apologies = minute_of_apologies(m) if away or also_away else None
        if apologies is not None:
            minuted_lines = sentences(rejoined(apologies.text))
            if not APOLOGIES_ITEM.search(apologies.title):  # said in passing: those sentences alone
                minuted_lines = [s for s in minuted_lines if APOLOGY_SENTENCE.search(s)]
            # from the first line saying apologies, or naming one who sent them ("Councillor Huw Meredydd (holiday).
            # Councillor Carys Llwyd was absent without apology.": the minute's list comes before any such word)
            named = [a.split()[-1] for a in m.apologies]
            start = next((n for n, s in enumerate(minuted_lines) if APOLOGY_SAID.search(s)
                          or any(re.search(rf"\b{re.escape(a)}\b", s) for a in named)), 0)
            for n, s in enumerate(minuted_lines[start:start + 4]):  # names may run on past an initial's full stop
                draft.say(f"{lead} {s}" if n == 0 else s, papers.item_citation(m, apologies, s))
            if any(AS_ABOVE.search(s) for s in minuted_lines[start:start + 4]):
                # "Apologies were received from the above members": the record's line naming them
                for line in record_lines(m.attendance_text):
                    if APOLOGY_SAID.match(line.strip()) and not any(line in part for part in draft.parts):
                        draft.say(line, cite.model_copy(update={"quote": line}))
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
                # (and who came late, asked with them: "the absentees, plus the member who joined at 7.20")
                if PART_ASKED.search(asked.plan.corrected):
                    noted_apart(papers, asked, m, draft, lead, only=LATE_SAID)
                # (and who sat in for them, asked with them: "X couldn't come - who came instead": the record's lines
                # noting the substitutes, "Deputy Mayor A O'Byrne (Substitute for Mayor J Anderson OBE)")
                if SUBSTITUTES_ASKED.search(asked.plan.corrected):
                    for s in quoted:
                        if SAT_FOR.search(s) and not any(s in part for part in draft.parts):
                            draft.say(s, cite.model_copy(update={"quote": s}))
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
            # of someone named ("did cllr dobson stay to the end", "did hughes leave early"): their own line, not
            # another member's going; where none notes them going, the record's line of them (present throughout)
            names = {w for w in person_words(papers, asked, m) if not TITLED.fullmatch(w)} - late_words(asked.question)
            if (whose := named_in(names, late, [*quoted, *record_lines(m.attendance_text)])) is not None:
                quoted = whose
            elif late or any(LATE_SAID.search(s) for i in m.items for s in sentences(i.text)):
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
        noted_apart(papers, asked, m, draft, lead)
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
SAT_FOR = re.compile(SAT_FOR_SAID.form, re.I)  # a record's line noting a substitute
FROM_AFAR = re.compile(REMOTE_ATTENDANCE.form, re.I)


def minute_of_apologies(m: Meeting) -> MinuteItem | None:
    """The minute that records who sent apologies: the item of apologies that names them ("118/11 APOLOGIES FOR
    ABSENCE: Apologies were received and accepted from Cllr G. Attwater"), else an opening item of another title that
    reports them in passing ("1. Chair's welcome: ... reported that apologies had been received from ..."), as the
    ingest reads them into the record."""
    titled = next((i for i in m.items if APOLOGIES_ITEM.search(i.title) and APOLOGY_SAID.search(i.text)
                   and not AS_ABOVE.search(i.text)), None)
    if titled is not None or any(APOLOGIES_ITEM.search(i.title) for i in m.items):
        return titled
    recorded = " ".join(m.attendance_text.split())
    return next((i for i in m.items[:OPENING_ITEMS] if APOLOGY_SENTENCE.search(i.text) and any(
        APOLOGY_SENTENCE.search(s) and " ".join(s.split()) in recorded for s in sentences(i.text))), None)


APOLOGY_SENTENCE = compiled(APOLOGY_SENTENCES)
OPENING_ITEMS = 2  # the first items, read for apologies reported in passing (as the ingest reads them)


def none_apologised(m: Meeting) -> bool:
    """Do the minutes of ``m`` say nothing of anyone away: no apologies read from the record, and no word of
    apologies or absence in the record or any item ("Apologies: none" says it: none were sent)?"""
    return not m.apologies and not APOLOGY_SAID.search(m.attendance_text) \
        and not any(APOLOGY_SAID.search(i.title) or APOLOGY_SAID.search(i.text) for i in m.items)


SUBS_WORDS = 5  # a sentence of no more words is a heading ("(a) Declarations of Substitutes"), not who stood in
# ("Cllr Victor Sallis attended in his place")
SUBS_SAID = re.compile(r"\b(?:substitut\w*|in\s+place\s+of|in\s+(?:his|her|their)\s+place|deputising)\b", re.I)
NOTED = ((SUBSTITUTES_ASKED, SUBS_SAID), (LATE_ASKED, LATE_SAID))  # what is asked, and how minutes note it


def noted_apart(papers: Papers, asked: Asked, m: Meeting, draft: Draft, lead: str, *,
                only: re.Pattern[str] | None = None) -> None:
    """Say who substituted for whom, or came late or left early, where the question asks it and the minutes note it
    in an item rather than the attendance record ("Councillor Bernie Spoor joined the meeting at 11.15am (noted in item
    8)"); ``only``: of those notes, the one kind. Each sentence once (led by the meeting where nothing of it is said
    yet)."""
    recorded = " ".join(m.attendance_text.split())
    for asks, noted in NOTED:
        if asks.search(asked.question) and (only is None or noted is only):
            for item in m.items:
                for s in sentences(item.text):
                    if noted.search(s) and len(s.split()) > SUBS_WORDS and " ".join(s.split()) not in recorded:
                        said_yet = any(c.meeting_date == m.date for c in draft.citations)
                        draft.say(s if said_yet else f"{lead} {s}".strip(), papers.item_citation(m, item, s))


ELECTORS_ASKED = re.compile(ELECTORS_MEETING.form, re.I)
# coming late or going early asked alone ("who turned up late", "did anyone leave early"), not with who was there or
# away ("who sent apologies, and did anyone turn up late")
# (not a time of year: "met in late June", "early years")
LATE_ONLY_ASKED = re.compile(r"\b(?:(?:turn\w*\s+up|arriv\w*|came|com\w*|join\w*|got\s+(?:there|in)|was|were|"
                             r"any(?:one|body))(?:\s+in)?\s+late|late\s+(?:in|arrivals?|comers?)|(?:left|leav\w*|went|go\w*)\s+early|"
                             + CAME_LATE.form + "|" + LEFT_EARLY.form + r")\b|"
                             # "who walked out so they lost quorum": who left, and what it cost (LEFT_QUORUM_ASKED)
                             + LEFT_QUORUM_ASKED.form + "|"
                             # "what time did mr rosewarne leave": when, of someone's coming or going
                             + TIME_OF_COMING_OR_GOING.form, re.I)


def late_words(question: str) -> set[str]:
    """The words asking of coming late or going early ("head off before the end"): no one's name."""
    return {w for m in LATE_ONLY_ASKED.finditer(question) for w in re.findall(r"[a-z]+", m.group(0).lower())}


TITLED = re.compile(rf"(?:{HONORIFICS.form})", re.I)  # "cllr": how a name is titled, no name


def named_in(names: set[str], late: list[str], quoted: list[str]) -> list[str] | None:
    """Where the question names members (``names``), the lines of ``late`` naming one, else those of ``quoted``
    naming one; None where it names no one, or no line names them."""
    if not names:
        return None

    def naming(s: str) -> bool:
        return any(re.search(rf"\b{re.escape(n)}\b", s, re.I) for n in names)
    return [s for s in late if naming(s)] or [s for s in quoted if naming(s)] or None


def came_or_went(m: Meeting, question: str) -> bool:
    """Does the record of ``m`` note someone the question names coming late or leaving early ("Mr J. Rosewarne (left
    at 11.20 am, after Minute 6)"): a line saying it, whose name (a capitalised word, not a title) the question
    types?"""
    typed = {w.lower() for w in re.findall(r"[\w'’-]+", question)}
    return any(LATE_SAID.search(line) and any(w.lower() in typed and not TITLED.fullmatch(w)
                                              for w in re.findall(r"\b[A-Z][\w'’-]{2,}", line))
               for line in record_lines(m.attendance_text))


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


def printed_whole(papers: Papers, asked: Asked, m: Meeting, item: MinuteItem, flat: str) -> bool:
    """Is ``flat`` (a line of the record, its spaces single) printed whole in one passage of ``item`` as indexed, so
    that a citation of the item quotes it? A record run on across a long minute may straddle two passages."""
    nodes = papers.index.item_nodes(m.key_of(item), asked.filters.audience)
    return not nodes or any(flat in " ".join(n.body.split()) for n in nodes)
