"""Planning and licensing case references as a question gives them and the papers print them: compared without
their numbers' leading noughts ("18/335/FUL" is "18/00335/FUL"), and a run of references asked at once with its last
digits left open ("the five 08/30x applications": 08/305/CP to 08/309/CP) or its first and last serials given ("any of
08/305-309/CP": the same five). A minute numbered with its council year after the serial ("Cou/287/07-08", "C032/19")
is asked by the number without the year as often as with it ("cou/287"), as clerks cite it within the year."""

from __future__ import annotations

import re

from minutebook.vocabulary import CASE_REFERENCE

REFERENCE = re.compile(CASE_REFERENCE.form)
# a reference's part with its last digits left open, each "x" a digit (general usage for a series of numbers)
OPEN_DIGITS = re.compile(r"^(\d*)(x+)$", re.I)
# a reference's part giving a run's first and last numbers ("305-309" of "08/305-309/CP"; general usage)
RUN_DIGITS = re.compile(r"^(\d+)-(\d+)$")


def canonical(reference: str) -> str:
    """A reference as compared: lower case, each number without leading noughts ("08/0310/cp" -> "8/310/cp")."""
    return "/".join(p.lstrip("0") or "0" if p.isdigit() else p for p in reference.lower().strip(".-").split("/"))


def same_case(asked: str, said: str) -> bool:
    """Is the reference ``said`` (canonical) the one ``asked`` (canonical), or one of the run it names with its last
    digits left open ("8/30x": "8/305/cp", "8/309/cp") or by its ends ("8/305-309/cp")?"""
    if asked == said:
        return True
    parts, printed = asked.split("/"), said.split("/")
    if not any(OPEN_DIGITS.match(p) or RUN_DIGITS.match(p) for p in parts) or len(printed) < len(parts):
        return False
    for part, had in zip(parts, printed, strict=False):
        run, ends = OPEN_DIGITS.match(part), RUN_DIGITS.match(part)
        if ends is not None:
            if not had.isdigit() or not int(ends.group(1)) <= int(had) <= int(ends.group(2)):
                return False
        elif run is None:
            if part != had:
                return False
        elif not re.fullmatch(rf"{run.group(1).lstrip('0')}\d{{{len(run.group(2))}}}", had):
            return False
    return True


def open_runs_printed(question: str, text: str) -> set[str]:
    """The open parts ("30x", lower case) of the question's references left open that ``text`` prints one of the
    run of."""
    asked_refs = list(REFERENCE.finditer(question))
    if not asked_refs:  # (most questions name none: the text is not read)
        return set()
    said = [canonical(m.group(0)) for m in REFERENCE.finditer(text)]
    out: set[str] = set()
    for m in asked_refs:
        asked = canonical(m.group(0))
        opened = [p for p in asked.split("/") if OPEN_DIGITS.match(p)]
        if opened and any(same_case(asked, s) for s in said):
            out.update(opened)
    return out


# the council or financial year a minute's number ends in: "07-08" of "Cou/287/07-08", "19" of "C032/19", "2019-20"
# (parish and district minute numbering: serials restart each council year)
YEAR_PART = re.compile(r"\d{1,2}(?:\d{2})?(?:-\d{2}(?:\d{2})?)?")


def same_minute(asked: str, said: str) -> bool:
    """Is the reference ``said`` (canonical) the one ``asked`` (canonical), or the minute ``asked`` names without the
    year its number ends in ("cou/287" for "cou/287/7-08")?"""
    if same_case(asked, said):
        return True
    parts, printed = asked.split("/"), said.split("/")
    return len(printed) == len(parts) + 1 and printed[:-1] == parts and bool(YEAR_PART.fullmatch(printed[-1])) \
        and not parts[-1].isalpha()
