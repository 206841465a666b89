"""Dates as committee papers write them.

"18th September, 2018", "Tuesday, 22 September 2020", "22/09/2020", "28/07/20",
"September 2018", and year-less "22 September" resolved against the paper's own
date. A regex covers the written forms exactly (dateparser is too eager on
prose: it reads "may" and "March" in sentences as dates).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
# Welsh month names, in the bilingual minutes of Welsh councils ("Dydd Iau, 19 Hydref 2023 / Thursday, 19 October 2023")
MONTHS |= {m: i + 1 for i, m in enumerate(["ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf",
                                           "awst", "medi", "hydref", "tachwedd", "rhagfyr"])}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# "15th May", "15thMay" (run together in flattened text), "4.00pm12 March", "the 14th of June", and the formal
# "the 4th day of March 2025" of borough councils' minutes
_DAY = r"(?<!\d)(?P<day>[0-3]?\d)(?:\s*(?:st|nd|rd|th|h)\b|(?:st|nd|rd|th)(?=[A-Z]))?"
_WEEKDAY = r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# "Tuesday, 28th July, 2020" / "22 September 2020" / "6th November not 30th October, 2018"
# The patterns start at the day or the month, so the regex engine can skip ahead to them; a weekday written
# before the date is taken in afterwards (``_WEEKDAY_BEFORE``), so a found date's span still covers it.
_MONTH_WORD = re.compile(
    r"[JFMASONDICEGHRTjfmasondicreghrt](?i:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec|on|hw|aw|br|ai|eh|or|ws|ed|yd|ac|ha)"
)
_MONTH_THEN_DAY = re.compile(r"[JFMASONDjfmasond](?i:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)[a-zA-Z]*\.?\s+\d")
DAY_MONTH_YEAR = re.compile(
    _DAY + r"(?:\s+day)?(?:\s+of)?\s*(?<=[\sa-z])" + _MONTH + r",?(?:\s+" + _YEAR + r")?\b", re.I
)
# "July 28, 2020" (rare in UK papers, but seen in exports)
MONTH_DAY_YEAR = re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.I)
_WEEKDAY_BEFORE = re.compile(_WEEKDAY.removesuffix("?") + r"$", re.I)
NUMERIC = re.compile(
    r"\b(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)[/.](?P<year>(?:19|20)?\d\d)\b"
    r"|\b(?P<iyear>(?:19|20)\d\d)-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d)\b"  # ISO 8601, in web exports
)
MONTH_YEAR = re.compile(r"\b" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I)

# "Tuesday the fourth of March 2025", "the twenty-first day of May, two thousand and twenty-four": the formal minutes
# of some borough and town councils write the meeting's date out in words (ceremonial and annual meetings most of all)
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORDINALS = {w: i + 1 for i, w in enumerate([*_UNITS, "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                                                      "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                                      "nineteenth"])}
_ORDINALS |= {"twentieth": 20, "thirtieth": 30} | {f"twenty{sep}{w}": 20 + i + 1 for sep in ("-", " ", "")
                                                   for i, w in enumerate(_UNITS)}
_ORDINALS |= {f"thirty{sep}first": 31 for sep in ("-", " ", "")}
_CARDINALS = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                          "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                          "sixteen", "seventeen", "eighteen", "nineteen"])}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_YEAR_WORDS = r"two\s+thousand(?:\s+and)?(?:\s+[a-z]+(?:[-\s][a-z]+)?)?"
DAY_WORD_MONTH = re.compile(
    r"\b(?P<day>" + "|".join(sorted((re.escape(w).replace("\\ ", "\\s+") for w in _ORDINALS), key=len, reverse=True))
    + r")(?:\s+day)?\s+of\s+" + _MONTH + r",?\s+(?:" + _YEAR + r"|(?P<yearw>" + _YEAR_WORDS + r"))\b",
    re.I,
)
_ORDINAL_OF = re.compile(r"(?:st|nd|rd|th)(?:\s+day)?\s+of\s", re.I)  # a cheap test before DAY_WORD_MONTH


def _year_in_words(words: str) -> int | None:
    """2025 for "two thousand and twenty-five"; None for words that are not a year of this century."""
    rest = re.sub(r"^two\s+thousand(?:\s+and)?", "", words.strip().lower()).strip()
    if not rest:
        return 2000
    parts = re.split(r"[-\s]+", rest)
    if len(parts) == 1 and parts[0] in _CARDINALS:
        return 2000 + _CARDINALS[parts[0]]
    if parts[0] in _TENS and (len(parts) == 1 or (len(parts) == 2 and parts[1] in _CARDINALS)):
        return 2000 + _TENS[parts[0]] + (_CARDINALS[parts[1]] if len(parts) == 2 else 0)
    return None


@dataclass(frozen=True)
class FoundDate:
    """A date found in text, with where it was and whether the year was written."""

    date: dt.date
    start: int
    end: int
    explicit_year: bool
    day_given: bool = True


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, ref: dt.date | None, prefer_future: bool) -> int | None:
    if ref is None:
        return None
    candidate = _make(ref.year, month, day)
    if candidate is None:
        return None
    if prefer_future and candidate < ref - dt.timedelta(days=60):
        return ref.year + 1
    if not prefer_future and candidate > ref + dt.timedelta(days=60):
        return ref.year - 1
    return ref.year


# "jan 22", "sept 20", "nov '17", "Dec-15": a month with the year's last two digits, as people write it in a question
# or a spreadsheet's column head (UK usage: a day is written before its month, "22 jan", as :data:`DAY_MONTH_YEAR`
# reads it); not "May 24th", "march 12:30", "dec 17 2015", nor a month's name as a word ("may", "march" as verbs)
_SHORT_YEAR = re.compile(r"\b" + _MONTH + r"(?:\s+|\s*[-'’]\s*|\s+['’])(?P<yy>\d\d)\b(?!\s*(?:st|nd|rd|th)\b)"
                         r"(?![.:/-]?\d)(?!,?\s+(?:19|20)\d\d\b)(?!\s*(?:am|pm|a\.m|p\.m|hrs|hours|mins|minutes)\b)",
                         re.I)
CENTURY_TURN = 70  # "sep 98" is 1998, "sep 08" 2008
_VERB_MONTHS = frozenset(["may", "march", "mar"])  # words more often a verb than a month: only with "in" or "of"


def short_years(text: str) -> list[FoundDate]:
    """The months ``text`` names with a two-digit year ("jan 22": January 2022), each a month (``day_given`` false)."""
    out = []
    for m in _SHORT_YEAR.finditer(text):
        word = m.group("month").lower()
        if word in _VERB_MONTHS and not re.search(r"\b(?:in|of|since|from|during|the)\s*\(?\s*$",
                                                  text[:m.start()], re.I) and text[m.start() - 1:m.start()] != "(":
            continue
        yy = int(m.group("yy"))
        found = _make((1900 if yy >= CENTURY_TURN else 2000) + yy, MONTHS[word], 1)
        if found is not None:
            out.append(FoundDate(found, m.start(), m.end(), True, day_given=False))
    return out


# "27 sept 23", "5 march 19": a day and month read without their year, then the year's last two digits
_DAY_MONTH_YY = re.compile(r"\s*['’]?(?P<yy>\d\d)\b(?![.:/-]?\d)(?!\s*(?:am|pm|a\.m|p\.m|hrs|hours|mins|minutes)\b)",
                           re.I)


def with_short_years(text: str, found: list[FoundDate], latest: dt.date | None) -> list[FoundDate]:
    """``found`` with a day and month given without a year but followed by a two-digit one ("after the mtg on 27
    sept 23") read as of that year, as "sept 23" alone is (:func:`short_years`); not where that would be after
    ``latest`` (the papers' newest: "on 3 june 45 people came")."""
    out = []
    for f in found:
        m = _DAY_MONTH_YY.match(text, f.end) if not f.explicit_year and f.day_given else None
        when = _make((1900 if int(m.group("yy")) >= CENTURY_TURN else 2000) + int(m.group("yy")), f.date.month,
                     f.date.day) if m else None
        ok = m is not None and when is not None and (latest is None or when <= latest)
        out.append(FoundDate(when, f.start, m.end(), True) if ok and m and when else f)
    return out


# "on 23/9", "the 4/2 meeting": a day and month in figures, without a year, as people type them in chat; after a word
# that introduces a date, so that "2/3 of members" or "13/14" (a financial year) are not read as one; nor a reference
# run on into letters ("the 28/11x applications": planning references 28/110 to 28/119)
_DAY_MONTH = re.compile(r"(?i:\b(?:on|of|from|for|since|the|at|held|meeting|mtg)\s+)([0-3]?\d)/([01]?\d)"
                        r"(?![\w/]|\.\d)")


def day_months(text: str, ref: dt.date | None) -> list[FoundDate]:
    """The days ``text`` gives as day/month figures without a year ("who was at aberystwyth on 23/9"), each of the
    year that makes it the latest such day on or before ``ref`` (the papers' latest): the year is a guess."""
    out = []
    for m in _DAY_MONTH.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        year = ref.year if ref is not None else dt.date.today().year
        found = _make(year, month, day)
        if found is not None and ref is not None and found > ref:
            found = _make(year - 1, month, day)
        if found is not None:
            out.append(FoundDate(found, m.start(1), m.end(2), False))
    return out


# "the august ninth record", "june the 3rd": a month then its day, as people say a date (the ordinal in words or
# figures), without a year; read in questions only (papers print the day first or give the year)
_MONTH_THEN_ORDINAL = re.compile(
    r"\b" + _MONTH + r"\s+(?:the\s+)?(?P<day>"
    + "|".join(sorted((re.escape(w).replace("\\ ", "\\s+") for w in _ORDINALS), key=len, reverse=True))
    + r"|[0-3]?\d(?:st|nd|rd|th))\b(?!,?\s+(?:19|20)\d\d)", re.I)


def month_days(text: str, ref: dt.date | None) -> list[FoundDate]:
    """The days ``text`` says month first with an ordinal and no year ("the august ninth record", "june 3rd"), each of
    the year that makes it the latest such day on or before ``ref`` (the year is a guess, as in :func:`day_months`)."""
    out = []
    for m in _MONTH_THEN_ORDINAL.finditer(text):
        if m.group("month").lower() in _VERB_MONTHS and not re.search(r"\b(?:the|on|of|in|from|since)\s+$",
                                                                      text[:m.start()], re.I):
            continue  # "they may second it", "march 4th": a verb, unless a date's word stands before it
        said = re.sub(r"\s+", " ", m.group("day").lower())
        day = _ORDINALS.get(said) or int(re.sub(r"\D", "", said) or 0)
        year = ref.year if ref is not None else dt.date.today().year
        found = _make(year, MONTHS[m.group("month").lower()], day)
        if found is not None and ref is not None and found > ref:
            found = _make(year - 1, found.month, found.day)
        if found is not None:
            out.append(FoundDate(found, m.start(), m.end(), False))
    return out


def find_dates(text: str, ref: dt.date | None = None, *, prefer_future: bool = True) -> list[FoundDate]:
    """Every date written in ``text``, in order. Year-less dates take their year from ``ref``."""
    if len(text) > CACHED_TEXT:
        return list(_found_dates.__wrapped__(text, ref, prefer_future))
    return list(_found_dates(text, ref, prefer_future))


CACHED_TEXT = 2_000  # sentences and lines: the answerer reads the same ones' dates for every question reaching them


@lru_cache(maxsize=16_384)
def _found_dates(text: str, ref: dt.date | None, prefer_future: bool) -> tuple[FoundDate, ...]:
    found: list[FoundDate] = []
    covered = bytearray(len(text))  # 1 where a date was found: a check costs the match's length, not the count

    def free(a: int, b: int) -> bool:
        return 1 not in covered[a:b]

    def take(a: int, b: int) -> None:
        covered[a:b] = b"\x01" * (b - a)

    named = bool(_MONTH_WORD.search(text))  # most text names no month: skip the patterns that need one
    for rx in (DAY_MONTH_YEAR, MONTH_DAY_YEAR) if named else ():
        if rx is MONTH_DAY_YEAR and not _MONTH_THEN_DAY.search(text):
            continue
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            month, day = MONTHS[m.group("month").lower()], int(m.group("day"))
            year_s = m.group("year")
            year = int(year_s) if year_s else _infer_year(month, day, ref, prefer_future)
            d = _make(year, month, day) if year else None
            if d:
                weekday = _WEEKDAY_BEFORE.search(text, max(0, m.start() - 14), m.start())
                start = weekday.start() if weekday else m.start()
                found.append(FoundDate(d, start, m.end(), bool(year_s)))
                take(start, m.end())
    for m in DAY_WORD_MONTH.finditer(text) if named and _ORDINAL_OF.search(text) else ():
        year_w = int(m.group("year")) if m.group("year") else _year_in_words(m.group("yearw"))
        day_w = _ORDINALS.get(re.sub(r"\s+", " ", m.group("day").lower()))
        d = _make(year_w, MONTHS[m.group("month").lower()], day_w) if year_w and day_w else None
        if d and free(m.start(), m.end()):
            weekday = _WEEKDAY_BEFORE.search(text, max(0, m.start() - 14), m.start())
            start = weekday.start() if weekday else m.start()
            found.append(FoundDate(d, start, m.end(), True))
            take(start, m.end())
    for m in NUMERIC.finditer(text):
        if not free(m.start(), m.end()):
            continue
        iso = m.group("iyear") is not None
        y = int(m.group("iyear") if iso else m.group("year"))
        y = y + 2000 if y < 100 else y
        d = _make(y, int(m.group("imonth" if iso else "month")), int(m.group("iday" if iso else "day")))
        if d:
            found.append(FoundDate(d, m.start(), m.end(), True))
            take(m.start(), m.end())
    for m in MONTH_YEAR.finditer(text) if named else ():
        if not free(m.start(), m.end()):
            continue
        d = _make(int(m.group("year")), MONTHS[m.group("month").lower()], 1)
        if d:
            found.append(FoundDate(d, m.start(), m.end(), True, day_given=False))
            take(m.start(), m.end())
    found.sort(key=lambda f: f.start)
    return tuple(found)


def first_date(text: str, ref: dt.date | None = None) -> dt.date | None:
    """The first full date (with a day) in ``text``, or None."""
    for f in find_dates(text, ref):
        if f.day_given and (f.explicit_year or ref is not None):
            return f.date
    return None


_TIME = re.compile(r"\b(\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|noon)|\d{1,2}[.:]\d{2})", re.I)


def find_time(text: str) -> str | None:
    """The first time of day written in ``text`` ("5.30 p.m."), as written."""
    m = _TIME.search(text)
    return m.group(1).strip() if m else None


def month_periods(text: str) -> Iterator[tuple[dt.date, dt.date]]:
    """Calendar months named with a year ("July 2020") as (first day, last day) spans."""
    for f in find_dates(text):
        if not f.day_given:
            start = f.date
            nxt = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
            yield start, nxt - dt.timedelta(days=1)
