"""Reading evidence without an LLM: sentences, the words a question turns on, and how well text supports it.

A question's *content terms* are its words minus question words, generic
council vocabulary ("commission", "meeting", "resolve", ...), month names and
the committee's own name: the words a supporting passage must also contain.
Each term is weighted by its inverse document frequency over the store, so a
rare word the papers never use ("overspend") counts for more than a common one.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import Stemmer  # PyStemmer, as bm25s uses

from minutebook.dates import find_dates
from minutebook.vocabulary import (
    COUNT_MODIFIERS,
    DECIDED_BY_ALL,
    HONORIFICS,
    OFFICER_ADVICE,
    REVIEW_TAKEN,
    SPEED_OF_DECIDING,
    TERM_OF_OFFICE,
    initials_written,
)

_WORD = re.compile(r"[a-z0-9][a-z0-9%'’.,-]*[a-z0-9%]|[a-z0-9]", re.I)
# Words no paper need print for an item to answer: function words, the words of meetings and asking, and (the last
# lines) how people frame a question around what they ask ("according to the hwb", "what did they reckon it'd cost",
# "any news on", "what did they put in later", "re the fen road houses", "what was the upshot"): general usage in
# speech and chat, none of it what a minute is about ("went" is not among them: "went out" is how people say a plan
# was issued); and the prepositions and pronouns of chat ("besides the councils along the route", "who took everyone
# through it"); "the cctv setup" is the cctv: a vague noun, as "stuff" is; a meeting's other name ("the leader's
# decisions session"; not "sitting", whose stem is who "sits on" a body, its membership); how a figure is framed
# ("how many of its kind exist across wales", "a couple of guests", "how much to fix it properly") and who a meeting
# "heard" from, which minutes print as the speaker and subject ("heard" only: "hearing" is a licensing sub-committee's);
# a day "pencilled in" is when something is planned, which the papers say with its date ("would be held on the 16th
# February"); "regarding" says what a question is about, as "about" does ("to whom did they resolve to write
# regarding the returns"; not "concerning", whose stem is "concerns" raised), and "goes" is "go" ("what goes on the
# noticeboards"). "why'd", "how'd" are question words typed short ("why'd they shut the public out"), as "who'd" is;
# "till" and "til" are "until" as people type it ("chair till when?").
# "anywhere", "somewhere" ask where without naming a place ("are they being sent anywhere": to whom, which the papers
# name); "folk" and "folks" are "people" as people say it ("helping folk live independently"; chat usage).
# "plus" joins two things asked as "and" does ("the absentees, plus the member who came late"; chat usage).
# "afterwards" says when, as "later" does ("is the item kept private afterwards": after the meeting).
_STOP_WORDS = (
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing done down during each either ever few for from further get got
    had has have having he her here hers him his how i if in into is it its itself just least let like made make
    many may me might more most much must my no nor not now of off on once only or other our ours out over own
    per quite rather really said same say says she should since so some still such than that the their theirs
    them then there these they this those through to too under until up upon us very was we well were what when
    where whether which while who whom whose why will with within would yet you your yours
    commission committee council council's councillor councillors cllr cllrs member members meeting meetings panel board
    session sessions
    pc tc cc dc bc mbc cbc
    cabinet resolve resolved resolution resolutions decide decided decision decisions agree agreed ask asked
    asking want wanted tell told discuss discussed discussion item items minute minutes report reports paper
    papers update updates latest last next first happen happened anyone anybody someone somebody people thing things
    kind sort way ways go going come came back latest lined line set due one follow follows following else gave
    give given took take taken part come coming big roughly end late early get put include included including
    new old look looked looking carry carrying anything something happening say saying talk talked
    spring summer autumn winter today yesterday recently recent
    two three four five six seven eight nine ten eleven twelve
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec year years month months week weeks day days
    didn't couldn't wasn't weren't isn't aren't hasn't haven't hadn't don't doesn't won't can't shouldn't
    didnt couldnt wasnt werent isnt arent hasnt havent hadnt dont doesnt wont cant shouldnt whats what's
    who's how's where's when's there's it's that's we've we're i'm
    earlier previous prior preceding
    compare compared compares comparing comparison versus vs
    figure figures stats statistics
    st kick matter going actually basically stuff bit lot ever anyway exactly overall currently please tell
    according reckon reckoned reckons news later afterwards afterward re meant supposed upshot
    it'd they'd we'd i'd you'd he'd she'd that'd there'd who'd why'd how'd where'd what'd when'd
    besides beside along alongside among amongst around across everyone everybody everything nothing
    setup setups
    exist exists existed couple properly heard
    pencilled penciled pencil
    regarding goes till til
    plus
    anywhere somewhere folk folks"""
)
_STOP = frozenset(_STOP_WORDS.split())
_NUMBER = re.compile(r"(?<![\w/])(?:£\s?)?\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent|k|m|bn|million)?(?![\w/])", re.I)
_YEARLIKE = re.compile(r"^(?:19|20)\d\d$")
_AFTER_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d[-–]$")  # "2019-", "2029–": a year's span or a numbered reference
# a number a year's shape that a quantifier puts before is a count, not a year: "a Petition containing over 2000
# signatures", "some 1,950 responses" (general usage: a year is never "over" or "nearly" itself)
_COUNTED = re.compile(r"\b(?:over|more\s+than|fewer\s+than|less\s+than|under|nearly|almost|around|about|"
                      r"approximately|approx\.?|some|up\s+to|at\s+least)\s+$", re.I)
# a new level asked for: "what's the monthly membership going up to from april", "what are rents rising to", "what is
# the limit being cut to": a figure (set ahead of when it takes effect); "to" ends the ask, not "going up to the hall"
NEW_LEVEL_ASKED = re.compile(
    r"\b(?:(?:go(?:es|ing)?|went|gone)\s+(?:up|down)|ris(?:e|es|ing|en)|rose|f[ae]ll(?:s|ing|en)?|"
    r"increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|cut|put\s+up|rais(?:e|es|ed|ing))\s+to"
    r"(?=\s*(?:$|[?,;(]|(?:from|in|by|next|for|this|after|when|once)\b))",
    re.I,
)
# a count asked by its noun, opening the question or a clause of it: "I need the number of planning applications
# decided", "- number of objections?", "what was the number of ..." (not "a number of issues", some; nor how the
# number moved: "how has the number of children in care changed since March", where the number is what moved)
NUMBER_OF = (r"(?:^|\bthe\s+|\bwhat\s+|[-–—:]\s*)(?:total\s+)?number\s+of\b"
             r"(?![^?]*\b(?:chang\w*|since|over\s+time|trend\w*|r[io]se|fall|fell|gone\s+(?:up|down))\b)")
COUNT_BY_NOUN = re.compile(NUMBER_OF, re.I)
_QUANTITY = re.compile(
    r"\b(how\s+(?:many|much|big|large|long|often|high)|what\s+(?:proportion|percentage|share|number|rate|level|"
    r"figure|amount|cost)|what\s+was\s+the\s+(?:number|rate|cost)|percentage|proportion|median|average)\b"
    # or "what's the figure", "what was the total", "whats the final amount" (the noun after a copula, as typed)
    r"|\bwhat(?:['’]?s|\s+is|\s+was|\s+were)\s+the\s+(?:[\w'’&-]+\s+){0,2}?(?:figures?|amount|total|sum)\b"
    r"(?!\s+(?:of\s+)?(?:time|work|effort|support|interest|damage|disruption|confusion)\b)"
    r"|" + NUMBER_OF +  # a count asked by its noun
    # a sum asked by its noun, ending the question ("the mill cottage costs award: amount?", "their grant - how much",
    # "the precept figure") or by what it will cost ("what will it cost to swim at the lido")
    r"|(?:[-–—:]\s*|\b(?:the|their|its)\s+(?:\w+\s+){0,2}?)(?:amount|sum|total|figure)\s*\?*\s*$"
    r"|\bwhat\s+(?:will|would|did|does|do|is\s+(?:it|that)\s+going\s+to)\s+(?:it|that|this|they|\w+)\s+cost\b"
    # a budget asked by its noun for a thing: "west bergholt: budget agreed for additional play kit?"; and a figure,
    # amount, sum or total asked so, opening the question or a clause of it: "figure for the pavilion fund?", "amount
    # set aside for the defibrillator?" (how people type a number asked in chat, the noun first)
    r"|(?:^|[-–—:]\s*)(?:the\s+)?(?:budget|figure|amount|sum|total)\s+(?:(?:agreed|set|approved|allocated|"
    r"earmarked|given|quoted|put\s+aside|set\s+aside)\s+)?for\b"
    # a figure asked by what it is counted in: "missed bins per 100k", "spend per head"
    r"|\bper\s+(?:\d[\d,.]*\s*(?:k|m|thousand|million)?|head|capita|pupil|resident|household)\b"
    r"|" + NEW_LEVEL_ASKED.pattern,
    re.I,
)
_LABEL = re.compile(r"\b(?:year|minute|no\.?|item|page|paragraph|section|appendix|table|tier|key\s+stage|"
                    r"phase|level|ward|theme|option|recommendation)\s*$", re.I)  # "Year 7" is a name, not a figure
_SENTENCE_END = re.compile(r"(?<=[.;!?])[ \u00a0]+(?=[A-Z(“\"'‘•–-])|\n+")  # a table row stays whole
# a line set out in a table's cells, as a log or tracker prints its rows: tabs, pipes, or wide runs of spaces
# ("BT/37/012 – Mental health out-of-area placements review\tDirector of Strategy\tOpen – due May 2037")
ROW_CELLS = re.compile(r"\t|\s\|\s|\S\s{3,}\S")
# a report's paragraph number opening its line ("1.1 At its meeting on 13 July ...", "- 3.2 The Panel asked ..."):
# where the paragraph stands in the report, not a figure it gives (a figure opening a sentence has its unit or
# noun after it: "4.5% of pupils", "19 new households"; a paragraph number may open on a figure: "2.1 28 new ...")
_PARAGRAPH_NUMBER = re.compile(r"^[\s•*–-]*\d{1,2}(?:\.\d{1,2}){1,2}\.?(?=\s+[A-Z£\d])")


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def words(text: str) -> list[str]:
    """Lower-case word tokens (numbers kept whole: "11,801", "90.8%")."""
    return [w.lower().replace("’", "'").strip(".,'") for w in _WORD.findall(text)]


def _content(text: str) -> tuple[tuple[str, str], ...]:
    """(word, stem) for each content word of ``text``: stopwords, possessives, days and years removed.

    Remembered: the same words, sentences and items are read for every question that reaches them."""
    return _short_content(text) if len(text) <= 512 else _long_content(text)


# how a question asks for an amount in words of distance: "how far behind plan", "how far over budget" (not "so far",
# which names since when, and which the papers print: "have participated so far")
_HOW_FAR = re.compile(r"\bhow\s+far\b", re.I)


def _read_content(text: str) -> tuple[tuple[str, str], ...]:
    # words(text), lower-cased once for the whole text; "out-of-authority": out, authority
    stop, stop_stems = _STOP, _stop_stems()
    text = initials_written(_HOW_FAR.sub("how", text))  # "A&E" is read as "accident and emergency", as asked
    ws = [p for w in _WORD.findall(text.lower().replace("’", "'")) for p in w.strip(".,'").removesuffix("'s").split("-")
          if p and p not in stop  # nor a day of the month, a year's tail or a year: dates are read elsewhere
          and not (p.isdigit() and (len(p) <= 2 or (len(p) == 4 and p[:2] in ("19", "20"))))]
    if not ws:
        return ()
    return tuple((w, _figure(t)) for w, t in zip(ws, _stemmer().stemWords(ws), strict=True) if t not in stop_stems)


# a figure as people type it and as papers print it: "100k", "100,000" and "100000" are one number; "1.5m", 1500000
_FIGURE = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(k|m|bn)?$")
_MAGNITUDE = {"k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}


def _figure(token: str) -> str:
    """A number's one spelling (digits alone), whatever its commas or "k"/"m"/"bn"; any other token as it is."""
    m = _FIGURE.match(token)
    if m is None or (m.group(2) is None and "," not in m.group(1)):
        return token
    value = float(m.group(1).replace(",", "")) * _MAGNITUDE.get(m.group(2) or "", 1)
    return str(int(value)) if value == int(value) else token


_short_content = lru_cache(maxsize=16_384)(_read_content)  # words and sentences
_long_content = lru_cache(maxsize=512)(_read_content)  # items' whole texts


def stems(text: str) -> list[str]:
    """Stemmed content words of ``text``."""
    return [t for _, t in _content(text)]


@lru_cache(maxsize=16_384)  # titles, lead-ins and sentences: weighed against every question that reaches them
def stem_run(text: str) -> tuple[str, ...]:
    """:func:`stems` as a tuple, remembered."""
    return tuple(t for _, t in _content(text))


def content_words(text: str) -> set[str]:
    """The words of ``text`` that have a stem (neither stopwords nor years): ``{w for w in words(text) if
    stems(w)}`` for whole words, read with the text's stems rather than a word at a time."""
    return {w for w, _ in _content(text)}


@lru_cache(maxsize=1)
def _stop_stems() -> frozenset[str]:
    """The stopwords' own stems, so "reported" and "meets" go as "report" and "meet" do."""
    return frozenset(_stemmer().stemWords(sorted(_STOP)))


def stem_map(text: str) -> dict[str, str]:
    """Each content stem of ``text`` with the word it came from (for matching paraphrases)."""
    return {t: w for w, t in _content(text)}


_INITIAL = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Cllr|Prof|St|No|Rev|Revd|Hon|Co|Ltd|approx|cf|e\.g|i\.e)\.)$")


def sentences(text: str, *, semicolons: bool = True) -> list[str]:
    """Sentences, list entries and table cells of ``text``, each verbatim from it. A full stop after an initial
    or a title ("Councillors K. Evans", "Mr. R. Tennant") does not end a sentence; nor, with ``semicolons``
    false, does a semicolon (a list of names: "Cllr Williams (Chairman); Cllrs Hardcastle, Tong; Crome").

    Remembered, as :func:`_content` is: an item's text is split again by every check that reads its sentences."""
    return list(_split_sentences(text, semicolons))


@lru_cache(maxsize=4_096)
def _split_sentences(text: str, semicolons: bool) -> tuple[str, ...]:
    out = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group(0) and _INITIAL.search(text[max(0, m.start() - 8):m.start()]):
            continue
        if not semicolons and "\n" not in m.group(0) and text[m.start() - 1] == ";":
            continue
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return tuple(p.strip() for p in out if len(p.strip()) >= 3 and re.search(r"[A-Za-z0-9]", p))


_LEAD_IN = re.compile(r"(?::\s*-?|…:|\.\.\.:)$")  # "... highlighted 4 themes:", "outlined ...:-"
_PARAGRAPH_NO = re.compile(r"^\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]?\t", re.I)  # "2.10\tReoffending"
_LIST_ITEM = re.compile(r"^(?:[-–•·*▪◦]|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s|That\s)", re.I)


@dataclass(frozen=True)
class Line:
    """A sentence of a passage, where it sits, and what frames it.

    ``lead`` is the index of the lead-in ("... is as follows:", "Mr Smith asked:") whose list, table or
    quotation the sentence belongs to; ``header`` the index of the table's first row for a later row.
    """

    text: str
    start: int
    end: int
    lead: int | None = None
    header: int | None = None
    continues: bool = False  # a table row whose first cell is empty: it carries on the row above
    row: bool = False  # a table row: cells separated by tabs

    @property
    def is_lead_in(self) -> bool:
        return bool(_LEAD_IN.search(self.text))

    @property
    def is_heading(self) -> bool:
        """A slide-style heading that trails off into what follows: "4 Themes for 'Child Friendly Rotherham'..."."""
        return self.text.endswith(("...", "…")) and not _LIST_ITEM.match(self.text)


def framed_sentences(text: str) -> list[Line]:
    """:func:`sentences` with their offsets in ``text`` and the lead-in and table header that frame each."""
    out: list[Line] = []
    pos = 0
    lead: int | None = None
    header: int | None = None
    parts = sentences(text)
    # a table row has cells between tabs ("CIN\t10173\t9266\t91.1%"); one tab makes a row only next to one
    # (a header, or a row whose empty cells were trimmed), not in "2.10\tReoffending ..." numbered paragraphs
    rows = [p.count("\t") >= 2 for p in parts]
    for j, part in enumerate(parts):
        if not rows[j] and "\t" in part and not _PARAGRAPH_NO.match(part):
            rows[j] = (j > 0 and rows[j - 1]) or (j + 1 < len(parts) and parts[j + 1].count("\t") >= 2)
    # a row's last cell of several sentences ("2035/04 | Cawthorne Road petition | County highways carried out a
    # survey. A 20 mph order will be advertised in June."): the sentences after its first are the row's too, on its
    # line, and the table goes on after them
    at, ends = 0, []
    for part in parts:
        found = text.find(part, at)
        at = at if found < 0 else found + len(part)
        ends.append((found, at))
    for j in range(1, len(parts)):
        if not rows[j] and rows[j - 1] and ends[j][0] >= 0 and "\n" not in text[ends[j - 1][1]:ends[j][0]]:
            rows[j] = True
    for j, part in enumerate(parts):
        start = text.find(part, pos)
        start = pos if start < 0 else start
        pos = start + len(part)
        row = rows[j]
        framed = lead is not None and (
            j == lead + 1 or row or (out[lead].is_lead_in and (bool(_LIST_ITEM.match(part)) or (
                out[-1].lead == lead and _entry_line(text, start, part) and _entry_line(text, out[-1].start,
                                                                                          out[-1].text))))
        )
        if not framed:
            lead = header = None
            if row and out and not out[-1].row:  # a table straight after a sentence: that sentence leads it
                lead, framed = j - 1, True
        continues = row and text[max(0, start - 1):start] == "\t"
        out.append(Line(part, start, pos, lead, header if row and header != j else None, continues, row))
        if framed and row and header is None:
            header = j
        if out[-1].is_lead_in:
            lead, header = j, None
    return out


ENTRY_CHARS = 150  # a list entry printed a line each without its bullet is no longer than this


def _entry_line(text: str, start: int, part: str) -> bool:
    """Is ``part`` a list entry printed on a line of its own without a bullet ("Council Tax Reduction Scheme
    2016/17 (item 9 on the agenda)"): the whole line, short, not ending a sentence?"""
    own = (start == 0 or text[start - 1] == "\n") and text[start + len(part):start + len(part) + 1] in ("", "\n")
    return own and len(part) <= ENTRY_CHARS and not part.rstrip().endswith((".", "?", "!"))


# figures asked by their name: "recruitment numbers??", "what were the stats", "how did holiday club numbers compare"
# (not a phone number or a page number)
_FIGURES_NAMED = re.compile(r"(?<!phone\s)(?<!contact\s)(?<!reference\s)(?<!page\s)(?<!item\s)"
                            r"\b(?:numbers|figures|stats|statistics)\b", re.I)
# a question asking whether something happened: "did we ever get the domestic abuse figures we asked for"
_WHETHER = re.compile(r"^\W*(?:did|have|has|had|was|were|is|are|will|can|could)\b", re.I)


# whether someone learnt something, the thing learnt asked as a clause: "did the clerk ever find out what the gazebo
# would cost", "has anyone found out how many bins were missed", "did they establish whether the wall was safe" (a
# follow-up: whether it was found out, which the ask and its latest word say, with the figure or without it)
FOUND_OUT = re.compile(r"\b(?:did|has|have|had)\b[^?]{0,60}?\b(?:(?:find|found|finding)\s+out|establish(?:ed)?|"
                       r"ascertain(?:ed)?)\s+(?:what|how|whether|if)\b", re.I)


@lru_cache(maxsize=1024)  # a question's, asked again by several routes
def asks_quantity(question: str) -> bool:
    """Does the question want a number ("how many", "what proportion", "recruitment numbers??"), not whether
    something with figures in it happened ("did we ever get the figures we asked for", "did the clerk find out how
    many")?"""
    if FOUND_OUT.search(question):
        return False
    return bool(_QUANTITY.search(question)) or bool(_FIGURES_NAMED.search(question) and not _WHETHER.match(question))


# "how many people went to A&E", and a count asked by its noun: "number of people attending A&E in december?"
# ("how many of the wharfside homes are affordable": a part of a whole counts the whole's thing, homes)
# "how many of the wharfside homes are affordable": some of a set, the set named after "of the" (``of``); what is
# counted follows (``thing``), its head the set's thing ("30% of phase 1 homes (44 homes) would be affordable")
_HOW_MANY = re.compile(r"\bhow\s+many\s+(?P<of>of\s+(?:all\s+)?(?:the|those|these|its|their|our|your|his|her)\s+)?"
                       r"(?P<thing>.{1,60})|" + NUMBER_OF + r"\s+(?P<noun_thing>.{1,60})", re.I)


def counted(question: str) -> str | None:
    """The stem of what "how many ..." counts: its first content word ("how many new foster carers": foster), past
    the words saying how it is counted ("how many different schemes": scheme)."""
    found = counted_stems(question)
    return found[0] if found else None


def counted_stems(question: str) -> list[str]:
    """The stems of the noun phrase "how many ..." counts, past the words saying how it is counted ("how many
    affordable homes will it have": afford, home); [] where it asks no count."""
    m = _HOW_MANY.search(question)
    phrase = (m.group("thing") or m.group("noun_thing")) if m else ""
    # (within the noun phrase: "how many people went to the festival", "how many people turned out for the parade"
    # count people, a word too common to be a term, not what "went" or "turned" says: service.counted_by_verb reads
    # the turnout)
    end = _COUNTED_END.search(phrase)
    return stems(_COUNT_MODIFIER.sub(" ", phrase[:end.start()] if end else phrase))


_COUNT_MODIFIER = re.compile(rf"^\s*(?:(?:{COUNT_MODIFIERS.form})\s+)+", re.I)


# where the noun phrase "how many" counts ends: its verb, a preposition, a clause's end ("how many freedom to speak up
# concerns did they get", "how many children in care")
_COUNTED_END = re.compile(r"\b(?:(?:did|do|does|was|were|is|are|has|have|had|would|could)(?:n['’]?t)?|r|will|won['’]?t|"
                          r"can(?:['’]?t|not)?|in|at|on|of|for|from|with|by|between|since|during|last|this|so|there|"
                          r"got|get|came|went|turned|showed)\b|[?,;:(]", re.I)


def partitive(question: str) -> bool:
    """Does "how many" count some of a set ("how many of the wharfside homes")?"""
    m = _HOW_MANY.search(question)
    return bool(m and m.group("of"))


def counted_head(question: str) -> str | None:
    """The stem of the last content word of the noun phrase "how many" counts, its head ("how many freedom to speak
    up concerns did they get": concern); None where the phrase does not end before the question does."""
    m = _HOW_MANY.search(question)
    phrase = (m.group("thing") or m.group("noun_thing")) if m else ""
    end = _COUNTED_END.search(phrase) if m else None
    found = stems(_COUNT_MODIFIER.sub(" ", phrase[:end.start()])) if m and end else []
    return found[-1] if found else None


# ("how big a loan are they taking out": a loan is a sum)
# (and what a service is paid for with, a sum whatever its noun: "how much is the garden bin subscription", "the
# brown bin fee for 2027 - how much", "allotment rent next year, how much")
_MONEY_Q = re.compile(r"\bhow\s+(?:much|big)\b.*\b(spen[dt]\w*|cost\w*|budget\w*|pa(?:y|id)|fund\w*|money|"
                      r"overspen\w*|sav\w+|grant|loans?|borrow\w*|cash|invest\w*|fees?|charg\w*|pric\w*|"
                      r"subscriptions?|rents?|fares?|tariffs?|precepts?|levy|levies)\b|"
                      r"\b(cost|budget|overspend|spend|fees?|charges?|subscriptions?|rents?|fares?|tariffs?|precepts?|"
                      r"levy|levies)\b.*\bhow\s+(?:much|big)\b", re.I)
# (in any currency minutes print: "£38.4m", "EUR 3,184,000", "€2,400", "GBP 6.8 million", "$12,000")
_MONEY = re.compile(r"[£€$]\s?\d|\b(?:EUR|GBP|USD)\s?\d|\d\s?(?:m|bn|k)\b|"
                    r"\d\s+(?:million|billion|thousand|pounds|euros?)\b", re.I)
# a sum asked by its noun, opening the question or a clause of it: "cost of the parade?", "what's the fee for the
# hall", "price of the new minibus", "whats the budget for the new children's home", "what's the estimate for the
# temporary bridge" (not "the cost of living crisis", a
# subject)
_MONEY_NOUN = re.compile(r"(?:^|[-–:,;]\s*)\W*(?:(?:what(?:['’]s|\s+is|\s+was|\s+were|\s+will\s+be)|whats)\s+)?"
                         r"(?:the\s+)?(?:(?:total\s+|overall\s+|estimated\s+)?(?:cost|price|fee|charge|budget|estimate)s?\s+"
                         r"(?:of|for|to)\b"
                         r"(?!\s+living\b)"
                         # the sum by the money it is, as people type it: "amount of extra cash committed", "size of
                         # the new funding", "level of additional investment"
                         r"|(?:amount|sum|size|level|value)\s+of\s+(?:(?:the|any|extra|additional|new|further)\s+)*"
                         r"(?:cash|money|funding|funds|investment)\b)", re.I)
# a sum asked by the noun of a sum that is always money, after "what": "what precept is the parish looking at", "what
# fee will the hall charge", "what rent are tenants paying", "what fine did the authority give the owner" (a precept,
# fee, rent, price, levy or fine is a sum of money; a penalty may be a ban, and is not read so)
# (not a change in one: "what rent rises are tenants consulted on", "what fee increase was agreed" asks by how much,
# which minutes give as a percentage as often as a sum: "rent increases of 4%, 5.5% and 7%")
_WHAT_SUM = re.compile(r"\bwhat\s+(?:(?:was|were|is|are)\s+(?:the|its|their)\s+)?(?:(?:level|size|amount)\s+of\s+)?"
                       r"(?:(?:new|annual|weekly|proposed|draft|total|old|previous|former|original|existing|current)\s+)?(?:precept|fee|rent|price|levy|fine)s?\b(?!\s+(?:rise|increase|uplift|decrease|cut|"
                       r"reduction|change|freeze)s?\b)", re.I)
# whether the papers put a sum on it: "is a sum given?", "was any amount stated", "is there a cost put on it", "any
# price mentioned?" (how people check a figure before asking it)
_SUM_GIVEN = re.compile(r"\b(?:(?:is|was|are|were|has|had|have)\s+(?:there\s+)?(?:been\s+)?)?(?:a|an|any)\s+"
                        r"(?:sum|amount|cost|price|monetary\s+value|cash\s+figure)s?\s+(?:(?:been|being)\s+)?"
                        r"(?:given|stated|quoted|mentioned|specified|named|put\s+on|attached|set\s+out|printed)\b",
                        re.I)
# a sum asked by its unit, the currency sign standing for the figure ("£ figure approved?", "what's been spent so far
# in £", "cost (£)?") or the currency named ("in pounds", "how many euros"), as people type a money question; not a sum
# the question names ("the £5k grant"), whose sign a figure follows
_MONEY_UNIT = re.compile(r"[£€](?!\s?\d)|\b(?:in|how\s+many)\s+(?:pounds|euros|quid)\b", re.I)
# a sum asked after what it was for: "who is buying the old station and for how much", "sold at how much"
_FOR_HOW_MUCH = re.compile(r"\b(?:for|at)\s+how\s+much\b", re.I)
# "how much were the quotes", "how much did the youth club get", "how much is hillingdon putting in": "how much" and
# a verb, no noun between, asks for a sum; not "how much time", nor by how much something rose, fell or was cut, nor
# a measure of waste recycled or a share
_HOW_MUCH_VERB = re.compile(r"\bhow\s+much\s+(?:(?:extra|more)\s+)?(?:is|are|was|were|did|does|do|will|would|has|"
                            r"have|had|could|can)\b", re.I)
# a sum asked of what something is going to cost, the verb closing a "what" question: "what's the new water rescue
# team going to cost", "what will the roof repairs cost", "what did the idb reckon it'd cost" (not "what did they say
# about the cost", a noun, nor "what did the cost of living report say"; a cost reported, "what was it expected to
# cost", is read by the figure checks), or what it came to ("what did the unit cost to build")
_COST_VERB = re.compile(r"\bwhat(?:['’]s|\s+(?:is|are|will|would|might|could))?\b[^?.;]*?"
                        r"(?:\b(?:will|would|might|could|going\s+to|gonna)|['’](?:d|ll))\s+(?:[\w'’&-]+\s+){0,8}?"
                        r"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)cost\b(?!\s+of\b)"
                        # and in the past: "what did the new unit cost to build", "what does the contract cost"
                        r"|\bwhat\s+(?:did|does|do)\s+(?:[\w'’&-]+\s+){1,8}?"
                        r"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)cost\b(?!\s+of\b)", re.I)
# a sum asked in a few words after its matter, by the money noun alone: "marsh end sea wall scheme total cost
# estimate", "the pavilion roof - estimated cost?", "new play area, price tag", "the bypass: overall bill" (a note or
# search typed as a question)
_MONEY_TERSE = re.compile(r"\b(?:(?:total|overall|estimated|projected|likely|capital|whole[-\s]+life)\s+"
                          r"(?:cost|price|bill|spend)s?(?:\s+estimates?)?|cost\s+estimates?|price\s+tag)\s*\??\s*$",
                          re.I)
_CHANGED = re.compile(r"\b(?:f[ae]ll|falls|falling|r[io]se|risen|rises|rising|increas\w*|decreas\w*|drop\w*|gr[eo]w\w*|"
                      r"reduc\w*|cut|improv\w*|chang\w*|go|goes|went|gone|shr[iau]nk\w*|by|recycl\w*|weigh\w*|tonnes?|"
                      r"per\s?cent|%)", re.I)


# what a sum came to, or the amount of a sum: "what did the quotes for the tree work come to", "what amount of costs
# was awarded", "what sum did the trust get" (not "what did the talks come to", nor "what amount of time")
_CAME_TO = re.compile(r"\bwhat\s+(?:did|does|do|will|would)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,6}?(?:quotes?|quotations?|"
                      r"costs?|bills?|invoices?|fees?|charges?|works?|repairs?|spend|expenditure|total)\s+(?:[\w'’&-]+\s+){0,10}?"
                      r"(?:come|add\s+up|amount)\s+to\b"
                      r"|\bwhat\s+(?:amount|sum|level)\s+(?:of\s+(?:costs?|money|funding|grant|compensation|damages)|"
                      r"(?:was|were|is|did|will|has|had)\b)"
                      # "what did the town council pay to replace the ramp", "what will they spend on the hall"
                      r"|\bwhat\s+(?:did|does|do|will|would|has|have)\s+(?:[\w'’&-]+\s+){1,6}?(?:pay|paid|spend|spent|"
                      r"fork\s+out|shell\s+out)\b(?!\s+(?:attention|tribute|respects)\b)"
                      # "what's the parish paying the lengthsman for the verges", "what are they charging per hour"
                      # (who pays, before the verb: not "what was their view on charging for transport")
                      r"|\bwhat(?:['’]?s|\s+is|\s+are|\s+was|\s+were)\s+"
                      r"(?:(?!(?:on|about|of|for|in|to|with|by|over|view|views|position|stance)\b)[\w'’&-]+\s+){1,5}?"
                      r"(?:paying|spending|"
                      r"charging|being\s+paid|getting\s+paid|earning)\b(?!\s+(?:attention|tribute|respects)\b)", re.I)


@lru_cache(maxsize=1024)  # a question's, asked again by several routes
def asks_money(question: str) -> bool:
    """Does the question want a sum of money ("how much did we spend on ...", "how much were the quotes"), not
    whether someone found out a cost ("did the clerk ever find out what the gazebo would cost")?"""
    if FOUND_OUT.search(question):
        return False
    return any(p.search(question) for p in (_MONEY_Q, _MONEY_NOUN, _CAME_TO, _WHAT_SUM, _FOR_HOW_MUCH, _SUM_GIVEN,
                                            _COST_VERB, _MONEY_UNIT, _MONEY_TERSE)) \
        or bool(_HOW_MUCH_VERB.search(question) and not _CHANGED.search(question))


@lru_cache(maxsize=16_384)  # the sentences weighed, read again for each question reaching them
def has_money(text: str) -> bool:
    return bool(_MONEY.search(text))


_NUMBER_WORD = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                          r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
                          r"eighty|ninety|hundred|thousand|half|a\s+third|a\s+quarter|dozen|none|no\s+one)\b", re.I)
NUMBER_WORD = _NUMBER_WORD  # a number in words, read by what a figure counts (service.figure_things)


@lru_cache(maxsize=8_192)  # a pure reading of a sentence, asked again by every question that reaches it
def has_quantity(text: str) -> bool:
    """A figure that is not a year or a date: "11,801", "90.8%", "£2.3m", "354", "between three and eight"."""
    return bool(_NUMBER_WORD.search(text)) or bool(quantities(text))


def counted_at(text: str, start: int) -> bool:
    """Is the year-shaped number at ``start`` of ``text`` a count a quantifier puts before ("over 2000
    signatures"), not a year?"""
    return bool(_COUNTED.search(text[max(0, start - 14):start]))


@lru_cache(maxsize=8_192)
def quantities(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` prints a figure in digits that is not a year or a date (character spans)."""
    found: list[tuple[int, int]] = []
    numbered = _PARAGRAPH_NUMBER.match(text)
    for m in _NUMBER.finditer(text, numbered.end() if numbered else 0):
        token = m.group(0).strip().strip(",.")
        label = _LABEL.search(text[max(0, m.start() - 12):m.start()])
        year = _YEARLIKE.match(token) and not counted_at(text, m.start())
        # (the number after a year and a dash is of the year's name or a reference, "2019-20", action "2029-04")
        after_year = _AFTER_YEAR.search(text[max(0, m.start() - 6):m.start()])
        if text[m.end():m.end() + 1] == ")" or year or label or after_year:
            continue
        digits = re.sub(r"\D", "", token)
        after = text[m.end():m.end() + 12].lower()
        if len(digits) <= 2 and re.match(r"\s*(?:st|nd|rd|th)?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
                                         after):
            continue  # a date: "3 August"
        found.append(m.span())
    return tuple(found)


# "how long did she chair the board", "how long has the post been vacant": a time, which a span of dates gives
_DURATION_ASKED = re.compile(r"\bhow\s+long\b", re.I)
_TERM_OF_OFFICE = re.compile(TERM_OF_OFFICE.form, re.I)
_SPAN_FROM = re.compile(r"\b(?:since|from|between)\b", re.I)  # "from 13 July 2017 until ...", "since March 2019"


def asks_duration(question: str) -> bool:
    """Does the question ask how long something lasted ("how long did Cllr Wilson chair the board")?"""
    return bool(_DURATION_ASKED.search(question))


def has_duration(text: str) -> bool:
    """A figure, or a span of dates ("who had chaired the Board from 13 July 2017 until his death on 8 December
    2019", "in post since March 2019"), or an office's term ("elected Chairman for the period expiring on the date of
    the Annual Meeting in 2023"): how long something lasted, or lasts, as minutes give it."""
    if has_quantity(text) or _TERM_OF_OFFICE.search(text):
        return True
    found = find_dates(text)
    return len(found) >= 2 or bool(found and _SPAN_FROM.search(text[:found[0].start]))


class TermWeights:
    """Inverse document frequencies over the store's node bodies, for weighting a question's terms."""

    def __init__(self, bodies: Iterable[str]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for body in bodies:
            n += 1
            df.update(set(stems(body)))
        self._set(n, df)

    @classmethod
    def from_counts(cls, n: int, df: dict[str, int]) -> TermWeights:
        """Weights from counts kept at ingest: ``n`` bodies, ``df`` the bodies each stem is in."""
        weights = cls([])
        weights._set(n, df)
        return weights

    def _set(self, n: int, df: dict[str, int]) -> None:
        self.n = max(n, 1)
        self.df = df
        # A word no paper uses is often a paraphrase ("kids" for "children"): weigh it as the rarest known word.
        self.ceiling = math.log((self.n + 1) / 1.5)
        self._idf: dict[str, float] = {}  # each term's weight, worked out once (every sentence weighed asks it)

    def idf(self, term: str) -> float:
        weight = self._idf.get(term)
        if weight is None:
            weight = self._idf[term] = min(math.log((self.n + 1) / (self.df.get(term, 0) + 0.5)), self.ceiling)
        return weight

    def coverage(self, terms: list[str], text_stems: set[str],
                 meant: dict[str, list[set[str]]] | None = None) -> float:
        """Share of the question's term weight that ``text`` contains (1.0 = every term). A term no paper prints,
        typed for a word the papers spell otherwise (``meant``: "serivces" for services), weighs as that word: a
        slip of the keys makes no word rarer."""
        return self.covered(self.weighed(terms, meant), text_stems) if terms else 1.0

    def weighed(self, terms: list[str], meant: dict[str, list[set[str]]] | None = None) -> dict[str, float]:
        """Each of ``terms``'s weight in :meth:`coverage` (worked out once where many texts are weighed)."""
        return {t: self.meant_idf(t, meant[t]) if meant and t in meant else self.idf(t) for t in set(terms)}

    @staticmethod
    def covered(weight: dict[str, float], text_stems: set[str]) -> float:
        """:meth:`coverage` with the terms already weighed (:meth:`weighed`)."""
        total = sum(weight.values())
        return sum(w for t, w in weight.items() if t in text_stems) / total if total else 1.0

    def meant_idf(self, typed: str, fixed: list[set[str]]) -> float:
        """The weight of ``typed``, a term the papers spell as ``fixed`` (each spelling's stems): as the word meant,
        where no paper prints it as typed."""
        meant = set().union(*fixed)
        if self.df.get(typed, 0) or not meant:
            return self.idf(typed)
        return min(self.idf(typed), max(self.idf(f) for f in meant))

    def unknown(self, terms: list[str]) -> list[str]:
        """Terms no paper in the store contains at all."""
        return [t for t in dict.fromkeys(terms) if self.df.get(t, 0) == 0]


# "what did they resolve/decide", "what did the review recommend", "what conclusions", "did the sub-committee grant
# the licence": a decision, a recommendation or a finding is asked for, not what was said about the subject
_SPEED_OF_DECIDING = re.compile(SPEED_OF_DECIDING.form, re.I)  # "how long ... to decide": no decision asked
_DECISION_ASKED = (
    ("recommendation", re.compile(r"\brecommend(?:ed|s|ations?)?\b", re.I)),
    ("conclusion", re.compile(r"\bconclu\w*|\bfindings?\b|\boutcomes?\b", re.I)),
    # "what did they agree on the section 106 item", "what was agreed about the footpaths": what the decision was
    ("decision", re.compile(r"\b(?:resolv\w*|decid\w*|decisions?|agree(?:d|ment)?)\b", re.I)),
    # what a body voted for: "what did the council vote on the bypass motion", "did they vote to keep the nursery
    # open" (the outcome of the vote, which minutes record as a decision: "the motion was carried", "RESOLVED");
    # not who voted which way ("did cllr ames vote against", "how did the vote go": service.votes)
    ("decision", re.compile(r"\bwhat\s+did\s+(?:[\w'’&-]+\s+){1,8}?vote\s+(?:on|for|about)\b|"
                            r"\bdid\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,8}?vote\s+to\s+(?!the\b)[a-z]+", re.I)),
)
# ("did the panel back the proposal": everyday 'back', which minutes record as supported or endorsed; not the adverb
# of "what did we say back in Jan 2018", "did it go back to cabinet")
_DECISION_VERB = re.compile(r"\bdid\s+(?:[\w'’&-]+\s+){1,8}?(grant|approve|refuse|reject|adopt|accept|endorse|"
                            r"back(?!\s+(?:in|on|at|then|when|to|from|around|during|before|after|home|up|down|"
                            r"off|out|into)\b)|"
                            r"ratify|agree\s+to|uphold|dismiss|overturn|revoke|renew|suspend|rescind|defer|"
                            r"authori[sz]e|sanction|"
                            # a police and crime panel's power over the precept and a chief officer's appointment:
                            # "did the panel veto the precept"
                            r"veto|"
                            # everyday words for the same: "did they say yes to the late bar", "did they let the barn
                            # be converted", "did they give it the go-ahead", "did members OK / turn down" (not "sign
                            # off", which is asked of minutes signed as a true record as often as of a decision)
                            r"say\s+(?:yes|no)|allow|permit|ok|okay|turn\s+down|throw\s+out|"
                            r"give\s+(?:[\w'’-]+\s+){0,3}?(?:the\s+)?(?:go[- ]ahead|green\s+light|nod|thumbs\s+up)|"
                            r"let(?=\s+(?:[\w'’&-]+\s+){1,8}?(?:be|have|go\s+ahead|build|put|turn|convert|open|use|"
                            r"keep|extend|demolish|change|through(?=\s*(?:[,?.!]|$)))\b)|"
                            # "did the park let them through", "did they wave the lodges through", "did they bring
                            # anyone in to replace her"
                            r"wave(?=\s+(?:[\w'’&-]+\s+){0,4}?through\b)|"
                            r"bring(?=\s+(?:(?:anyone|anybody|someone|somebody)\s+in|in\s+(?:anyone|anybody|someone|"
                            r"somebody|a\s+replacement))\b))\b", re.I)
# (nor the 'back' of "did they write back", "did it come back", "did the clerk get back to them")
_NOT_A_VERB = frozenset(["a", "an", "the", "any", "get", "got", "receive", "for", "of", "no", "that", "this",
                         "write", "come", "go", "report", "call", "ring", "hear", "put", "bring", "take", "pay",
                         "give", "look", "hold", "send", "phone", "email", "feed", "cut", "scale", "hand", "play",
                         "say", "think", "date", "way", "step", "fight", "sit", "stand", "turn", "roll", "bounce"])
# the same asked of what was decided on: "was the licence granted in the end", "has the scheme been approved", "did the
# motion pass", "did the application get planning permission", "did it go through", "did it get through" (how people
# ask whether it was)
# (the words between may name a year or a reference as printed: "was the 2016/17 scheme adopted"; "did the parks
# department get its licence", "did the club get a premises licence": a licence or permit is granted by a decision)
# an outcome asked in one word closing the question, after a heading naming the matter ("the application he backed -
# granted?", "the late bar: refused or granted?"), as people type a question on a decision
_OUTCOME_VERB = re.compile(
    r"\b(?:was|were|is|are|has|have|had)\s+(?:[\w'’&/-]+\s+){1,8}?(?:been\s+)?(granted|approved|refused|rejected|"
    r"adopted|accepted|passed|carried|upheld|dismissed|overturned|revoked|renewed|ratified|endorsed|agreed|deferred|"
    r"rescinded|suspended|vetoed)\b"
    r"|\bdid\s+(?:[\w'’&/-]+\s+){1,8}?(pass|fail|succeed|go(?=\s+through\b)|"
    r"get(?=\s+(?:through|(?:(?:its|their|his|her|the|a|an)\s+(?:[\w'’&/-]+\s+){0,3}?)?"
    r"(?:(?:planning|listed\s+building|full|outline)\s+)?(?:permission|consent|approval|licen[cs]e|permit|"
    r"the\s+go[- ]ahead))\b))\b"
    r"|(?:\s[-–—]+|[:;,])\s*(?:and\s+|so\s+|but\s+)?(?:was\s+it\s+|it\s+)?(granted|approved|refused|rejected|"
    r"adopted|passed|carried|upheld|dismissed|allowed)\s*(?:or\s+(?:not|granted|approved|refused|rejected)\s*)?\?",
    re.I)
# how minutes record each: "Resolved:", "That the report be noted", "the licence was granted", "the Commission
# recommends", "concluded"; not "elected members", "It was noted that ..." (what was said, not decided)
# (a sum may lead it: "that £15,000 be transferred from the general reserve")
# (not a conditional "be": "objected that the barn would be seen", "said that it could be": what was said)
_RESOLVED = (r"\bresolved\b|\bthat\s+(?:the\s+)?(?:[\w\s'’,£$%-]|(?<=\d)\.(?=\d)){0,80}?"
             r"\b(?:(?<!would\s)(?<!could\s)(?<!might\s)be|"
             r"notes?|supports?|asks?|agrees?|approves?|recommends?)\b")
_DECIDED = {
    "decision": re.compile(_RESOLVED + r"|\b(?:agreed|decided|decision|approved|endorsed|granted|refused|"
                           # not a service's name: 'supported bus services', 'supported housing' (general usage)
                           r"supported(?!\s+(?:local\s+)?(?:bus|buses|housing|living|accommodation|employment|"
                           r"lodgings|internships?)\b)|"
                           r"rejected|adopted|accepted|deferred|carried|ratified|(?:was|were|be|been)\s+(?:re-?)?elected|"
                           r"upheld|dismissed|overturned|revoked|renewed|suspended|rescinded|authori[sz]ed|"
                           r"recommend\w*|noted(?!\s+that)|"
                           # "08/305/CP - No Call-in": a planning committee's decision not to call an application in;
                           # "This was confirmed": the answer to an agenda's "To confirm that ..." (not "it was
                           # confirmed that the meeting was quorate", which reports a fact)
                           r"no\s+call[- ]?in|(?:was|were|be|been)\s+confirmed(?!\s+that)|"
                           # a decision not to: "The Forum did not agree the transfer", "Members declined to approve
                           # the virement" (a refusal minuted in the active voice)
                           r"(?:did|does|do)\s+not\s+(?:agree|approve|support|endorse|accept|adopt)|"
                           r"declined\s+to\s+(?:agree|approve|support|endorse|accept|adopt)|"
                           # a motion put to the vote and lost: "On being put to the vote the motion to veto was
                           # lost (2 for, 8 against)", "the amendment fell", "the motion was defeated" (council,
                           # panel and parish minutes): the meeting decided not to
                           r"(?:motion|amendment|proposal)s?\b[^.;]{0,40}?\b(?:lost|fell|defeated|not\s+carried))\b|"
                           # who backed it, recorded as the outcome: "Cllr Green seconded, unanimous approval"
                           rf"{DECIDED_BY_ALL.form}",
                           re.I),
    "recommendation": re.compile(_RESOLVED + r"|\brecommend\w*", re.I),
    # (and what the body a review went to made of it: "which Cabinet warmly endorsed")
    "conclusion": re.compile(_RESOLVED + r"|\b(?:conclu\w*|found|findings?|recommend\w*|agreed)\b|"
                             + REVIEW_TAKEN.form + "|" + DECIDED_BY_ALL.form, re.I),
}


# a decision named as the subject of something else the question asks about: "who gave the oral presentation on the
# call-in decisions", "the report about leader decisions" (an item's subject, as agendas title it)
# a decision named as what something else was on ("what was said about the decision"), or as what a member took part
# in ("did cllr lomax take part in the short breaks contract award decision": her part, not what was decided)
_TOPIC_OF = re.compile(r"\b(?:on|about|regarding|concerning|into)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,3}$|"
                       r"\bpart\s+in\s+(?:the\s+|that\s+|this\s+)?(?:[\w'’&-]+\s+){0,5}$", re.I)


def asks_decision(question: str) -> str | None:
    """What the question asks to have been decided: a decision, a recommendation or a conclusion (not what was
    said on the subject, nor a decision named as what something else was on); None for anything else."""
    speed = [(k.start(), k.end()) for k in _SPEED_OF_DECIDING.finditer(question)]
    for kind, rx in _DECISION_ASKED:
        if any(not _TOPIC_OF.search(question[:m.start()]) and not any(a <= m.start() < b for a, b in speed)
               for m in rx.finditer(question)):
            return kind
    return "decision" if decision_verb(question) else None


_WH = re.compile(r"\b(?:what|which|who|whom|whose|how|why|when|where)\b[^,;?]*$", re.I)


@lru_cache(maxsize=1024)  # a question's, asked again by several routes
def decision_verb(question: str) -> str | None:
    """The verb of a decision a question asks about ("did the board approve ...": approve); None where it asks none."""
    m = _DECISION_VERB.search(question)
    before = question[:m.start(1)].split() if m else []
    if m and before and before[-1].lower() not in _NOT_A_VERB:
        return m.group(1)
    m = _OUTCOME_VERB.search(question)  # whether it was: "what was agreed" asks what the decision was
    if m is None or _WH.search(question[:m.start()]):
        return None
    before = question[:m.start(m.lastindex or 0)].split()
    return m.group(m.lastindex or 0) if before and before[-1].lower() not in _NOT_A_VERB else None


def whether_decided(question: str) -> str | None:
    """The verb of a decision the question asks whether it was taken ("did the board approve the strategy?":
    approve), which says what was decided, not what it was on; not "what did they agree to do about ...", which
    asks what the decision was."""
    verb = decision_verb(question)
    m = _DECISION_VERB.search(question) if verb else None
    if m is not None and m.group(1) == verb:
        return verb if not _WH.search(question[:m.start()]) else None
    return verb  # asked of what was decided on ("was the licence granted"): whether it was, always


# a sentence that opens with a named person ("Mrs Stott, for the parish meeting, supported the affordable homes", "Dr
# Garside agreed with the officers"): what they said or thought, where the verb is one of a view, not the meeting's
# decision ("Cllr Ames proposed ... and it was RESOLVED that ..." still records one)
_SPEAKER_OPENS = re.compile(rf"^\W*(?:{HONORIFICS.form})\.?\s+(?-i:[A-Z])", re.I)
_VIEW = re.compile(r"(?:supported|agreed|accepted|endorsed|backed|noted|recommend\w*|concluded|found)", re.I)


_OFFICER_ADVICE = re.compile(OFFICER_ADVICE.form, re.I)


def records_decision(text: str, kind: str = "decision") -> bool:
    """Does ``text`` record a decision (or the recommendation or conclusion ``kind`` names), and not only a named
    speaker's view ("Mrs Stott supported the affordable homes") or the officer's advice put to the meeting ("the
    application, which was recommended for refusal")?"""
    found = [m.group(0) for m in _DECIDED[kind].finditer(_OFFICER_ADVICE.sub(" ", text))]
    if found and _SPEAKER_OPENS.match(text):
        return not all(_VIEW.fullmatch(w) for w in found)
    return bool(found)
