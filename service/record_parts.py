"""The part of a meeting's attendance record a question asks about: those present, those in attendance (officers,
guests, the public) or those who sent apologies, or the lines that name the person or role asked about.

Records print their parts under labels ("Present:", "Apologies:", "In attendance:", "- Others:"), a name a line or
a list a line. "Who sent apologies?" is answered with the apologies, not the thirty names above them; "was Helen
Hipkiss there?" with the line that names her and the label it is under.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from minutebook.vocabulary import (
    APOLOGY_LABELS,
    ATTENDANCE_LABELS,
    CAME_LATE,
    LEFT_EARLY,
    MARK_KEY,
    POST_ASKED,
    PRESENT_LABELS,
    REMOTE_ATTENDANCE,
    SAT_FOR_SAID,
    SAT_IN_ASKED,
    SET_ASIDE,
    SITTING_DAY,
    STAYED_AWAY,
    SUBSTITUTE_LABELS,
    alternation,
)
from service.evidence import stems


class Part(Enum):
    """What a labelled part of the record lists."""

    PRESENT = "present"
    OTHERS = "others"  # officers, guests, the public: in attendance, not members
    ABSENT = "absent"  # apologies, absent
    SUBSTITUTES = "substitutes"  # members sitting for others, under a label of their own ("SUBSTITUTES:")


@dataclass(frozen=True)
class Section:
    """One labelled part of the record: ``text[start:end]`` of the record, its label's line first."""

    part: Part | None  # None: what the record prints before its first label
    start: int
    end: int


# a label at the start of a line, with its colon or standing alone ("Apologies:", "- Members:", "In attendance:-",
# "Apologies" over the names); officers' and
# apologies' labels are tried before members', whose forms are looser ("Members in attendance" is not "Members")
_LABEL = re.compile(
    r"^[ \t]*(?:[-•*][ \t]*)?(?:(?P<absent>" + alternation(APOLOGY_LABELS) + r")|(?P<subs>"
    + alternation(SUBSTITUTE_LABELS) + r")|(?P<others>"
    + alternation(ATTENDANCE_LABELS) + r")|(?P<present>" + alternation(PRESENT_LABELS) + r"))"
    + r"(?:[ \t]*" + SITTING_DAY.form + r")?[ \t]*(?::-?|–|$)",  # "Apologies (9 March 2026):": a sitting's list
    # (or the label alone on its line, as a heading prints it: "### Apologies" over the names)
    re.I | re.M,
)

# who was away, as asked ("who sent apologies", "who couldn't make it", "who was off", "wasn't there"), and as a
# minute's title names them ("Apologies for Absence"); "who sent regrets": apologies in the older word
ABSENCE_ASKED = re.compile(r"\b(?:apolog\w*|regrets|absent|absen(?:ce|ces|tees?)|couldn'?t|could\s+not|missing|missed|"
                           # (not going before the end: "did someone head off early", "who went off before the
                           # close"; nor "signed off", "kicked off")
                           r"(?<!head\s)(?<!heads\s)(?<!headed\s)(?<!heading\s)(?<!went\s)(?<!gone\s)(?<!go\s)"
                           r"(?<!nipped\s)(?<!dashed\s)(?<!slipped\s)(?<!signed\s)(?<!sign\s)(?<!kicked\s)off|"
                           r"(?<!slipped\s)(?<!slip\s)(?<!snuck\s)(?<!sneaked\s)away|"
                           r"(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:there|present|at)|"
                           rf"{STAYED_AWAY.form}|not\s+there)\b", re.I)
PRESENCE_ASKED = re.compile(r"\b(?:chair\w*|presid\w*|present|attended|attending|attendees|"
                            r"who\s+(?:was|were)\s+(?:there|at)|"
                            # "were any city or county councillors at the meeting, or did they send apologies"
                            # (not "was anyone absent at the meeting": who was away)
                            r"(?:was|were)\s+any(?:one|body)?\s+(?:(?!(?:absent|missing|off|away|not)\b)[\w&'’-]+\s+)"
                            r"{0,5}?(?:there|at))\b",
                            re.I)  # not "in attendance": officers
OTHERS_ASKED = re.compile(r"\b(?:officers?|staff|in\s+attendance|public|press|guests?|observers?|clerk|"
                          r"minute[-\s]?tak\w*|(?:took|take|taking|takes)\s+(?:the\s+)?minutes|translator)\b", re.I)
# a role the question names, and how a record notes it beside a name ("Dawn Litchfield ... / Minute Taker")
# a substitute asked after, in everyday words: "who subbed in", "sub in for", "who stood in for", "filled in for" (not
# "the licensing sub": a sub-committee)
SUBSTITUTES_ASKED = re.compile(r"\b(?:sub\s+in\s+for|subbed|subbing|substitut\w*|deputi[sz]\w*|stood\s+in|"
                               r"standing\s+in|" + SAT_IN_ASKED.form + "|"
                               r"(?:filled|filling|fill)\s+in\s+for|in\s+place\s+of)\b", re.I)
# who came late or left early, or was there for part of the meeting, and how minutes note it: "(part meeting)" beside a
# name in the record, "Cllr Hollick (arrived at 7.01pm)", "joined the meeting at 11.15am"
LATE_ASKED = re.compile(r"\b(?:late|part\s+of|part\s+meeting|early|arriv\w*|join\w*|left|leave|"
                        + LEFT_EARLY.form + "|" + CAME_LATE.form + r")\b", re.I)  # ("who turned up at 7.20pm")
LATE_SAID = re.compile(r"\b(?:joined|arrived|left)\s+(?:the\s+meeting\s+)?(?:late\b|(?:at|during|after|before|from)\b|"
                       r"\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b)|\(part\s+meeting\)", re.I)  # "(arrived 7.20pm)"
# the same, asked in so many words (not "was she part of the panel", "who left the council": no coming or going)
PART_ASKED = re.compile(r"\bpart\s+of\s+(?:the\s+|that\s+)?(?:[\w&'’-]+\s+){0,6}?(?:meeting|mtg|session|sitting)\b|"
                        r"\bpart\s+meeting\b|\b(?:only|just)\s+(?:(?:in|there|present)\s+)?(?:at|for)\s+part\b|"
                        r"\b" + CAME_LATE.form + r"\b|\barriv\w*\s+after\b|"
                        # "anybody late to the town council?": coming late, asked without its verb
                        r"\bany(?:one|body)\s+late\b(?!\s+(?:with|in\s+paying)\b)|"
                        r"\b(?:left|leave|leaving)\s+(?:early|before|during|part)\b|\b" + LEFT_EARLY.form + r"\b", re.I)
ROLE_ASKED = (
    (re.compile(r"\bminute[-\s]?tak\w*|\b(?:took|take|taking|takes)\s+(?:the\s+)?minutes\b", re.I),
     re.compile(r"\bminute[-\s]?tak\w*|\bminutes\b", re.I)),
    (re.compile(r"\bclerk\b", re.I), re.compile(r"\bclerk\b", re.I)),
    (re.compile(r"\btranslat\w*|\binterpret\w*", re.I), re.compile(r"\btranslat\w*|\binterpret\w*", re.I)),
    # "who joined online", "who was on the zoom": the lines noting who took part from elsewhere
    (re.compile(REMOTE_ATTENDANCE.form, re.I), re.compile(REMOTE_ATTENDANCE.form, re.I)),
    # "who subbed in and for who", "did anyone stand in for cllr rourke": the lines noting who sat for whom
    # ("Councillor Dev Anand | Substitute for Cllr Rourke", "(Councillor Dev Anand substituting)")
    (SUBSTITUTES_ASKED, re.compile(SAT_FOR_SAID.form, re.I)),
    # "which board people were only in for part of the session": the lines noting it ("Dr Chris Clayton ... (part
    # meeting)"), not the whole record (tried last: "who joined online" is the remote attendance's)
    (PART_ASKED, LATE_SAID),
)


# who chaired, asked beside a role ("who chaired, and who joined online"), and how a record notes it ("In the Chair:",
# "Presiding:", "Cllr P. Abel (Chairman)")
CHAIR_ASKED_TOO = re.compile(r"\bchair(?:ed|ing|man|woman|person)?\b|\bpresid\w*", re.I)
CHAIR_NOTED = re.compile(r"\bin\s+the\s+chair\b|\bpresiding\b|"
                         r"(?<!vice-)(?<!vice\s)(?<!deputy\s)\bchair(?:man|woman|person)?\b", re.I)


def sections(text: str) -> list[Section]:
    """The record's labelled parts, in order (one unlabelled section where it prints no label)."""
    # a label is one line: a form that runs over lines ("... Cllr Thomas\nIn attendance:") starts on its last
    found = [(m.start() + m.group(0).rfind("\n") + 1, m) for m in _LABEL.finditer(text)]
    out: list[Section] = []
    if not found or found[0][0] > 0:
        out.append(Section(None, 0, found[0][0] if found else len(text)))
    for n, (start, m) in enumerate(found):
        part = Part.ABSENT if m.group("absent") else Part.SUBSTITUTES if m.group("subs") else \
            Part.OTHERS if m.group("others") else Part.PRESENT
        out.append(Section(part, start, found[n + 1][0] if n + 1 < len(found) else len(text)))
    return out


def listed_away(text: str, line: str) -> bool:
    """Is ``line`` (its spaces single) printed in the record's part listing those away ("Apologies: Dr Robyn Dewis
    ... Director of Public Health"), or a members table's row marking one away ("Councillor Owen Trevelyan | Vice-Chair
    | Apologies"), so that the minute of apologies minutes it?"""
    return any(s.part == Part.ABSENT and line in " ".join(text[s.start:s.end].split()) for s in sections(text)) or \
        any(line == " ".join(r.split()) for r in _rows_away(text))


# a post asked after, with the words before it that say which ("the two public health directors") and the field after
# it ("the director of finance"): the words a record prints beside the names of those who hold it
_POST = re.compile(r"(?:[\w&'’-]+\s+){0,3}" + POST_ASKED.form + r"\b"
                   r"(?P<field>\s+(?:of|for)\s+(?:the\s+)?(?!(?:at|in|on|the|this|that|meeting)\b)[\w&'’-]+)?", re.I)
_EITHER = re.compile(r"\s+(?:and|or|&)\s+", re.I)  # "the finance and nursing directors": two posts
_GROUPS = set(stems("officers representatives reps members councillors cllrs"))  # kinds of people, not posts
_STEM = 5  # letters two words share at their start to be one word as typed and printed ("directers", "Director")


def _same_word(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one word, a stem and its word ("nurs", "nursing"), or one mistyped ("directers")?"""
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short) >= _STEM - 1 and long_.startswith(short)) or \
        (len(short) >= _STEM and a[:_STEM] == b[:_STEM])


# "who was in the chair for the planning committee": chairing, the meeting after it, not a post "chair for planning"
_IN_THE_CHAIR = re.compile(r"\bin\s+the\s+chair\b(?:\s+(?:for|of|at)\b)?", re.I)


def _posts(question: str) -> list[tuple[list[str], list[str]]]:
    """The posts a question asks after, each as its words (stemmed) and the words it must print: the post's own and
    its field's ("director", "of state"): "were the finance and nursing directors there": (["financ", "director"],
    ["director"]), (["nurs", "director"], ["director"])."""
    out: list[tuple[list[str], list[str]]] = []
    for m in _POST.finditer(_IN_THE_CHAIR.sub(" chaired ", question)):
        field = stems(m.group("field") or "")
        *before, last = _EITHER.split(m.group(0)[:m.start("field") - m.start() if m.group("field") else None])
        noun = stems(re.sub(r"^(?:[\w&'’-]+\s+)*?(?=" + POST_ASKED.form + r"\b)", "", last, flags=re.I))
        out += [([*stems(b), *noun], [*noun, *field]) for b in before] + [(stems(last), [*noun, *field])]
    return out


_TITLED = re.compile(r"\b(?:cllrs?|councillors?|mr|mrs|ms|miss|dr|prof)\b", re.I)


def post_words(question: str) -> set[str]:
    """The words (lower case) of the posts a question asks after, as typed ("the director of estates"), less those
    of a person it names by title before one ("cllr smith or the clerk": "smith" names a person)."""
    return {w.lower() for m in _POST.finditer(_IN_THE_CHAIR.sub(" chaired ", question))
            for part in _EITHER.split(m.group(0)) if not _TITLED.search(part) for w in re.findall(r"[\w'’-]+", part)}


def post_lines(text: str, question: str) -> list[str]:
    """The lines of the record naming a post the question asks after ("were the two public health directors there":
    "Dr Robyn Dewis RD Director of Public Health - Derby City Council", and the other), each after its part's label:
    the lines printing every word of the post that the record prints at all ("public health", not "ccg"), and its
    field ("director of finance"); none where the question names no post the record prints, or only a kind of people
    the record's labels list ("were any officers there")."""
    printed = [w.lower() for w in re.findall(r"[A-Za-z][\w'’]+", text)]

    def in_(words: list[str], said: list[str]) -> list[str]:
        return [w for w in dict.fromkeys(words) if any(_same_word(w, p) for p in said)]

    posts = [list(dict.fromkeys([*kept, *must])) for words, must in _posts(question)
             if set(kept := in_(words, printed)) - _GROUPS and in_(must, printed) == must]
    if not posts:
        return []

    def holds(line: str) -> bool:
        said = [w.lower() for w in re.findall(r"[A-Za-z][\w'’]+", line)]
        return any(len(in_(words, said)) == len(words) for words in posts)

    return _lines(text, sections(text), holds)


_AWAY_SAID = re.compile(r"\bapolog\w*|\babsent\b", re.I)  # a line of the record saying who was away


def both_asked(question: str) -> bool:
    """Does the question ask who was there and who sent apologies ("were any county councillors there, or did they
    send apologies?")?"""
    return bool(ABSENCE_ASKED.search(question)) and bool(PRESENCE_ASKED.search(question))


def away_asked(question: str) -> bool:
    """Does the question ask who was away, and not also who was there ("who sent apologies", not "who chaired, and
    who sent apologies")?"""
    return bool(ABSENCE_ASKED.search(question)) and not PRESENCE_ASKED.search(question)


# whom a question leaves out: "apart from the licensing officer", "other than the chair", "except cllr bell"
EXCEPTED = re.compile(SET_ASIDE.form, re.I)


def asked_part(text: str, question: str, names: set[str]) -> list[str]:
    """The pieces of the record the question asks about, each verbatim: the lines naming the person or role asked
    about (each after its part's label), else the parts asked for (apologies; officers and others), else the whole
    record. ``names``: the question's words that may name a person (lower case). Whom the question leaves out
    ("apart from the licensing officer") names no one asked about."""
    left_out = {w.lower() for m in EXCEPTED.finditer(question) for w in re.findall(r"[\w'’-]+", m.group(0))}
    question = EXCEPTED.sub(" ", question)
    names = names - left_out
    if away_asked(question) and (away := _rows_away(text)):
        return away
    parts = sections(text)
    # the lines listed under a label of substitutes, each one member sitting for another though only the first prints
    # the label ("SUBSTITUTES: Councillor D. Orrell (for Councillor A. Quine)" / "Councillor F. Yeoman (for ...)")
    listed = {line.strip() for s in parts if s.part == Part.SUBSTITUTES for line in text[s.start:s.end].split("\n")}
    for asks, role_noted in ROLE_ASKED:  # the lines noting the role asked about, labelled or not
        subs = asks is SUBSTITUTES_ASKED
        notes = keyed(text, role_noted) if asks.search(question) else role_noted
        if asks.search(question) and (named := _lines(text, parts, _noting(notes, listed if subs else set()))):
            entries = [e for line in named for e in _entries(line, notes)]
            entries = [e for e in entries if notes.search(e)] or entries  # not the label line of names above them
            if subs:  # "Councillor Brian Grocock, for whom Councillor Khan was substitute;":
                entries = _substitute_entries(named, notes, listed)  # the line whole, who sent apologies and who sat
            # and who chaired, asked with it ("who was in the chair, and was anyone on Teams"): the line naming them
            chaired = [e for line in _lines(text, parts, _noting(CHAIR_NOTED)) for e in _entries(line, CHAIR_NOTED)
                       if e not in entries] if CHAIR_ASKED_TOO.search(question) else []
            # and for whom a substitute sat, where a members table marks them away beside a row saying only
            # "(substitute)": "Cllr Graham Tait | Hexholme Council (substitute) | Yes" over "Cllr David Charlton |
            # Hexholme Council | Apologies"
            sat_for = _sat_for(text, parts, entries) if asks is SUBSTITUTES_ASKED else []
            return [*chaired, *entries, *sat_for]
    if len(parts) < 2:
        return [text]
    # (the words of a post asked after name no one: "was the director of estates there" asks of the post's holder)
    person = [re.compile(rf"\b{re.escape(w)}\b", re.I) for w in names - post_words(question) if len(w) > 2]
    person = [p for p in person if p.search(text)]
    lines = [line for line in text.split("\n") if line.strip()]
    most = max((sum(bool(p.search(line)) for p in person) for line in lines), default=0)
    # "helen hipkiss": the line naming Helen Hipkiss, not every Helen
    if most and (named := _lines(text, parts, lambda line: sum(bool(p.search(line)) for p in person) == most)):
        return _with_away(named, text, parts, question)
    if posts := post_lines(text, question):  # "were the two public health directors there"
        return _with_away(posts, text, parts, question)  # "chair + apologies": who chaired, and who was away
    if PRESENCE_ASKED.search(question):  # "who chaired, and who sent apologies?": the record whole
        return [text]
    want = Part.ABSENT if ABSENCE_ASKED.search(question) else Part.OTHERS if OTHERS_ASKED.search(question) else None
    chosen = [text[s.start:s.end].strip() for s in parts if want is not None and s.part == want]
    return chosen or [text]


_MARK_KEY = re.compile(MARK_KEY.form, re.I | re.M)


def keyed(text: str, notes: re.Pattern[str]) -> re.Pattern[str]:
    """``notes``, and the mark a key in the record says it of ("members marked (R) attended remotely": "(R)"), so
    that the names printed with the mark are picked ("Councillor Gregor Blaine (Highways and Transport) (R)")."""
    marks = {m.group("mark") or m.group("lead") for line in text.split("\n") if notes.search(line)
             for m in _MARK_KEY.finditer(line)}
    forms = ["\\*" if mark in ("*", "asterisk") else re.escape(mark) for mark in sorted(marks)]
    return re.compile(f"{notes.pattern}|{'|'.join(forms)}", notes.flags) if forms else notes


def _with_away(named: list[str], text: str, parts: list[Section], question: str) -> list[str]:
    """``named`` (the record's lines of the people asked about), and where the question asks who was away as well
    ("were any county councillors there, or did they send apologies", "chair + apologies pls") the record's lines of
    those away."""
    if not both_asked(question):
        return named
    away = [text[s.start:s.end].strip() for s in parts if s.part == Part.ABSENT] or \
        [line.strip() for line in text.split("\n") if line.strip() and _AWAY_SAID.search(line)]
    return named + [a for a in away if not any(a in n for n in named)]


# a members table's attendance column ("Cllr Ann Lee | Brenton City Council | Apologies"): a cell that says the
# member was away
_AWAY_CELL = re.compile(rf"(?:{alternation(APOLOGY_LABELS)}|not\s+present|sent\s+apologies)", re.I)


def _substitute_entries(lines: list[str], notes: re.Pattern[str], listed: set[str]) -> list[str]:
    """The entries of ``lines`` noting a substitute ("Victor Sallis (sub)" of "Present: Cllrs Gage, Linsey, Victor
    Sallis (sub)"); the line whole where the entry carries on the one before ("Councillor Brian Grocock, for whom
    Councillor Neghat Nawaz Khan was substitute;": who sent apologies, with who sat for them), or where it is
    ``listed`` under a label of substitutes."""
    out: list[str] = []
    for line in lines:
        if line in listed:
            if line not in out:
                out.append(line)
            continue
        for e in _entries(line, notes):
            if notes.search(e):
                whole = e[:1].islower()
                if (line if whole else e) not in out:
                    out.append(line if whole else e)
    return out


# a substitute's line that says for whom: "Substitute for Cllr Rourke", "Apologies ... (Councillor Anand substituting)"
_SAT_FOR_SAID = re.compile(r"\b(?:for|of)\s+(?:the\s+)?(?:cllr|councillor|mr|mrs|ms|dr)\b|\bapolog", re.I)


def _sat_for(text: str, parts: list[Section], entries: list[str]) -> list[str]:
    """The record's lines of those away, where the lines noting a substitute do not say for whom ("Cllr Graham Tait
    Hexholme Council (substitute) Yes", the member sat for marked "Apologies" in another row)."""
    if any(_SAT_FOR_SAID.search(e) for e in entries):
        return []
    away = [text[p.start:p.end].strip() for p in parts if p.part == Part.ABSENT] or \
        [line.strip() for line in text.split("\n") if _AWAY_SAID.search(line)]
    return [a for a in away if a and a not in entries]


def _rows_away(text: str) -> list[str]:
    """The rows of a members table whose attendance cell says the member was away, after the table's header row;
    none where the record is not such a table."""
    rows = [line.strip() for line in text.split("\n") if "\t" in line]
    away = [r for r in rows if any(_AWAY_CELL.fullmatch(c.strip()) for c in r.split("\t")[1:])]
    if not away or len(away) == len(rows):
        return []
    header = rows[0] if rows[0] not in away and not any(
        re.fullmatch(alternation(PRESENT_LABELS), c.strip(), re.I) for c in rows[0].split("\t")[1:]) else None
    return [header, *away] if header else away


# a members table's cell for a member away who sent no apologies ("Absent", "Not present", "Did not attend")
_ABSENT_CELL = re.compile(r"absent|not\s+present|did\s+not\s+attend|no\s+apologies", re.I)


def rows_absent(text: str) -> list[str]:
    """The rows of a members table whose attendance cell says the member was absent (not "Apologies"): away
    without sending apologies, which a minute of apologies does not name."""
    return [r for r in _rows_away(text) if any(_ABSENT_CELL.fullmatch(c.strip()) for c in r.split("\t")[1:])]


def _entries(line: str, notes: re.Pattern[str]) -> list[str]:
    """A list line's entries that ``notes`` picks ("Present: Cllr P. Abel (Chairman), Cllr S. Cole (by telephone),
    Cllr T. Dunn": "Cllr S. Cole (by telephone)"), each as printed; the line whole where it is no list, or where its
    label is what ``notes`` picks ("Members attending online: Cllr L. Price")."""
    label = re.match(r"^[^:]{1,60}:\s*", line)
    if label and notes.search(label.group(0)):
        return [line]
    rest = line[label.end():] if label else line
    entries = [e.strip(" .") for e in _top_level(rest) if e.strip(" .")]
    if len(entries) == 1 and len(named := _NAME_STARTS.split(rest)) > 2:
        # a roll printed without commas, a title opening each name ("Mr G Adam Mrs D Mackay Mr W MacKay (V/C)")
        entries = [e.strip(" .") for e in named if e.strip(" .")]
    picked = [_with_name(entries, n, line) for n, e in enumerate(entries) if notes.search(e)]
    return picked if len(entries) > 1 and picked else [line]


def _with_name(entries: list[str], n: int, line: str) -> str:
    """Entry ``n``, with the name before it where it is only a role printed after its holder's name and a comma ("Mr
    Hefin Jones, Translator"), as printed in ``line``."""
    entry = entries[n]
    if n == 0 or re.search(r"\b[A-Z][a-z]", re.sub(r"^\W*\w+", "", entry)) or len(entry.split()) > 3:
        return entry
    whole = f"{entries[n - 1]}, {entry}"
    return whole if whole in line else entry


# where each name in a roll printed without commas begins: at a title ("Mr", "Mrs", "Dr", "Cllr"), not inside brackets
_NAME_STARTS = re.compile(r"\s+(?![^()]*\))(?=(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor)\.?\s+[A-Z])")


def _top_level(text: str) -> list[str]:
    """``text`` cut at its commas, semicolons and "and"s outside brackets ("A, B (attended via Zoom and had no
    vote)": "A", "B (attended via Zoom and had no vote)")."""
    out, depth, start = [], 0, 0
    for m in re.finditer(r"[()]|,|;|\s+and\s+", text):
        if m.group(0) == "(":
            depth += 1
        elif m.group(0) == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(text[start:m.start()])
            start = m.end()
    return [*out, text[start:]]


def _noting(pattern: re.Pattern[str], listed: frozenset[str] | set[str] = frozenset()) -> Callable[[str], bool]:
    """Picks the lines ``pattern`` finds in, and those ``listed`` (under a label that says it for them)."""
    return lambda line: bool(pattern.search(line)) or line in listed


def _lines(text: str, parts: list[Section], wanted: Callable[[str], bool]) -> list[str]:
    """The lines of ``text`` that ``wanted`` picks, each part's label line before the first of them (a list printed
    on its label's line is that line whole)."""
    out: list[str] = []
    for s in parts:
        lines = [line.strip() for line in text[s.start:s.end].split("\n") if line.strip()]
        picked = [n for n, line in enumerate(lines) if wanted(line)]
        if not picked:
            continue
        if s.part is not None and picked[0] != 0:
            out.append(lines[0])
        out.extend(lines[n] for n in picked)
    return out


def item_record(text: str) -> list[str]:
    """The lines of an item's own record of who attended for it, as a hearing's minute prints the parties under its
    title ("Also present: Mr. I. Gardner (Other Person); ... Mr. J. Greatrex (Applicant ...)"): each line of its
    first paragraph that opens with a label of those present or in attendance (apologies are the meeting's)."""
    first = text.strip().split("\n\n", 1)[0]
    return [line.strip() for line in first.split("\n")
            if (m := _LABEL.match(line)) is not None and not m.group("absent") and line[m.end():].strip()]
