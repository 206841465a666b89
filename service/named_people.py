"""Whether a quote speaks of a person the question names in full, where minutes call them otherwise.

Minutes name a member in full once (the record of attendance, the election: "Cllr Alan Green", "Cllrs M Cain,
Mrs L Williams") and then by title and surname ("Cllr Green signed the Declaration of Acceptance of Office") or
by the chair's office ("The Chairman signed the Acceptance of Office form", "signed by the Chair as a correct
record"). A question names them as people do, given name and surname ("did alan green sign ..."). The quote speaks
of them where the meeting's own papers say who that is: one person of that surname, whose given name or initial
is the one asked; the meeting's chair, for the chair's office. Nothing here names a council or a person: the forms
are how minutes are written.
"""

from __future__ import annotations

import datetime as dt
import re

from minutebook.errors import NotFoundError
from minutebook.model import Action, Audience, Citation, Meeting, meeting_key
from minutebook.vocabulary import HONORIFICS, OFFICES
from service.papers import Asked, Papers

# the chair's office, as minutes call whoever holds it: "The Chairman signed", "signed by the Chair", "the
# Chairperson"; not another's office ("the Vice Chairman", "the Chair of the Integrated Care Board")
CHAIR_OFFICE = re.compile(r"(?<![\w-])(?<!vice[\s-])(?:the\s+)(?:chair(?:man|person|woman)?|presiding\s+member)\b"
                          r"(?!\s+of\b|\s*-)", re.I)
OFFICE_SAID = re.compile(rf"\b(?:{OFFICES.form})\b", re.I)
# the council an office is of, which says nothing of which office: "Parish Clerk" is the clerk
OF_COUNCIL = re.compile(r"^(?:parish|town|community)\s+")
TITLE_WORD = re.compile(rf"^(?:{HONORIFICS.form})\.?$", re.I)
# what minutes print before a surname: given names or initials ("Alan", "M", "J.W.", "Mrs L"), a title, or other words
BEFORE = r"((?:[\w'’.-]+\s+){0,3})"


def called_otherwise(papers: Papers, name: list[str], cite: Citation) -> bool:
    """Does ``cite``'s quote speak of the person ``name`` (the question's words: given names, then surname) by their
    title and surname ("Cllr Green") or by the chair's office ("The Chairman"), where the meeting's own papers say
    that is them?"""
    if not name or not all(w.isalpha() for w in name):
        return False
    surname = name[-1]
    titled = re.search(rf"\b(?:{HONORIFICS.form})\.?\s+{re.escape(surname)}\b", cite.quote, re.I)
    chair = CHAIR_OFFICE.search(cite.quote)
    offices = {plain_office(m.group(0)) for m in OFFICE_SAID.finditer(cite.quote)}
    if not (titled and len(name) > 1) and not chair and not offices:
        return False
    meeting = meeting_cited(papers, cite)
    if meeting is None:
        return False
    if offices & offices_held(meeting, name):
        return True  # "Action: Clerk to obtain quotes" where the record lists "Barry Rooks(Parish Clerk)"
    if not (titled and len(name) > 1) and not chair:
        return False
    if titled and len(name) > 1 and one_such(meeting_text(meeting), name):
        return True  # "Cllr Green" where the meeting's papers name one Green, Alan ("Cllr Alan Green", "A Green")
    return bool(chair) and meeting.chair is not None and is_chair(meeting, name)


def plain_office(office: str) -> str:
    """An office as one name, whatever council's it is called ("Parish Clerk", "clerk": "clerk"; "Vice Chair" stays
    itself)."""
    return OF_COUNCIL.sub("", " ".join(office.lower().split()))


def offices_held(meeting: Meeting, name: list[str]) -> set[str]:
    """The offices (:func:`plain_office`) the meeting's header and record of attendance print beside the person
    ``name`` (the question's words, given names then surname): "Barry Rooks(Parish Clerk)", "Mrs J Hale, Clerk",
    "Clerk: Barry Rooks". Given names asked must be the ones printed (or their initials)."""
    text = f"{meeting.header_text}\n{meeting.attendance_text}"
    held: set[str] = set()
    surname = re.escape(name[-1])
    after = re.compile(rf"{BEFORE}(?-i:{surname[:1].upper()}){surname[1:]}\b\s*(?:\(|,|[-–—:])\s*"
                       rf"(?:the\s+)?({OFFICES.form})\b", re.I)
    before = re.compile(rf"\b({OFFICES.form})\s*(?:[-–—:(]|\s)\s*{BEFORE}(?-i:{surname[:1].upper()}){surname[1:]}\b",
                        re.I)
    for pattern, given_at, office_at in ((after, 1, 2), (before, 2, 1)):
        for m in pattern.finditer(text):
            given = [w for w in m.group(given_at).split() if not TITLE_WORD.match(w)]
            if len(name) == 1 or (given and matches(name[:-1], given[-1 if len(given) == 1 else 0])):
                held.add(plain_office(m.group(office_at)))
    return held


def meeting_cited(papers: Papers, cite: Citation) -> Meeting | None:
    """The meeting ``cite`` quotes, as its public papers record it; None where the catalogue does not hold it."""
    return meeting_held(papers, cite.committee, cite.meeting_date)


def meeting_held(papers: Papers, committee: str, date: dt.date) -> Meeting | None:
    """The committee's meeting of ``date``, as its public papers record it; None where the catalogue does not hold
    it."""
    try:
        return papers.meeting(meeting_key(committee, date), Audience.public())
    except NotFoundError:
        return None


def meeting_text(meeting: Meeting) -> str:
    """All a meeting's public papers print: its header, its record of attendance, its items."""
    return "\n".join([meeting.header_text, meeting.attendance_text, *(i.text for i in meeting.items)])


def given_forms(text: str, surname: str) -> list[list[str]]:
    """The given names or initials printed just before each ``surname`` in ``text`` ("Alan" in "Cllr Alan Green",
    "M" in "Cllrs M Cain", "J.W." in "J.W. Thomas"); none where a title (or nothing) stands before it ("Cllr
    Green")."""
    found: list[list[str]] = []
    for m in re.finditer(rf"{BEFORE}(?-i:{re.escape(surname[:1].upper())}){re.escape(surname[1:])}\b", text, re.I):
        # the words just before the surname, back to a title, a list's separator or the start: "Cllrs M Cain, Mrs L"
        # -> "L"; "Cllr Alan" -> "Alan"; "Councillors Iain Angus" -> "Iain Angus"
        run: list[str] = []
        for w in reversed(m.group(1).split()):
            if TITLE_WORD.match(w) or not w[:1].isupper() or w[-1] in ",;:()":
                break
            run.insert(0, w)
        if run:
            found.append(run)
    return found


def matches(given: list[str], printed: str) -> bool:
    """Is ``printed`` (a given name or initials, "Alan", "A", "J.W.") the first of the given names asked?"""
    letters = printed.strip(".")
    if len(letters.replace(".", "")) <= 2 or "." in letters:  # initials: "A", "J.W.", "AB"
        return letters[:1].lower() == given[0][:1].lower()
    return letters.lower() == given[0].lower()


def one_such(text: str, name: list[str]) -> bool:
    """Does ``text`` print the person ``name`` with their given name or initial, and no one else of that surname
    with another ("Mrs L Williams" and "R Williams": two Williamses, so "Cllr Williams" is not said to be either)?"""
    printed = given_forms(text, name[-1])
    return bool(printed) and all(any(matches(name[:-1], w) for w in run) for run in printed)


def is_chair(meeting: Meeting, name: list[str]) -> bool:
    """Is the person ``name`` the meeting's chair, as its record prints the chair ("M Cain", "Alan Green",
    "Williams")? Where it prints only a surname, and a given name is asked, the meeting's papers must print that
    surname with the given name asked, and with no other."""
    chair = meeting.chair or ""
    words = [w for w in re.findall(r"[\w'’.-]+", chair) if not TITLE_WORD.match(w)]
    if not words or words[-1].lower() != name[-1].lower():
        return False
    if len(name) == 1:
        return True
    if len(words) > 1:
        return any(matches(name[:-1], w) for w in words[:-1])
    return one_such(meeting_text(meeting), name)


def owner_as_named(papers: Papers, asked: Asked, action: Action) -> str:
    """The question's name for the action's owner where the owner is an office ("Action: Clerk to obtain quotes")
    that the meeting's record prints beside a person the question names ("via barry rooks": "Barry Rooks(Parish
    Clerk)"): that name, read with the action's words; empty where the question names no one holding it."""
    owner = OFFICE_SAID.fullmatch((action.owner or "").strip())
    if owner is None:
        return ""
    meeting = meeting_held(papers, action.committee, action.meeting_date)
    if meeting is None:
        return ""
    for run in names_typed(asked):
        if plain_office(owner.group(0)) in offices_held(meeting, run):
            return " ".join(run)
    return ""


def names_typed(asked: Asked) -> list[list[str]]:
    """The runs of two or more words the question names someone or something by, as typed ("barry rooks")."""
    typed = re.findall(r"[A-Za-z][\w'’-]*", asked.question)
    runs: list[list[str]] = []
    run: list[str] = []
    for w in [*typed, ""]:
        if w and w.lower() in asked.plan.names and not TITLE_WORD.match(w):
            run.append(w)
            continue
        if len(run) > 1:
            runs.append(run)
        run = []
    return runs

