"""What a heading line reads as: an item title or a sentence, and where a title run into its text ends.

Minutes print an item's title on its own line ("Declarations of Interest"), run into its text ("Apologies: Cllr R
Eccles.", "CORRESPONDENCE – Noted.", "4. CODE COMPLIANCE DATA Further to ..."), or in capitals before the decision
("MINUTES RESOLVED: That ..."). :func:`split_title` tells which; :mod:`ingest.headings` decides where items begin.
"""

from __future__ import annotations

import re

from ingest.cleaning import strip_link_noise
from minutebook import vocabulary as v

SMALL_WORDS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "into",
    "of",
    "on",
    "or",
    "the",
    "to",
    "with",
    "&",
    "-",
    "–",
    "—",
    "/",
    "per",
    "via",
    "under",
    "over",
    "re",
}
_FUNCTION_CAPS = {
    "The",
    "This",
    "These",
    "There",
    "It",
    "He",
    "She",
    "They",
    "We",
    "Following",
    "As",
    "In",
    "On",
    "At",
    "Further",
    "With",
    "All",
    "No",
    "Members",
    "Councillors",
}
HONORIFIC = re.compile(rf"^(?:{v.HONORIFICS.form})\.?$", re.I)
_ROLE = {role: re.compile(term.form, re.I) for role, term in v.ITEM_ROLES.items()}
_AGENDA_VERB = re.compile(rf"^{v.AGENDA_VERB_TITLE.form}", re.I)
SECTION_LABEL = v.compiled(v.SECTION_LABELS, r"^{}\s*:\s*$")
DECISION_START = v.compiled(v.DECISION_LABELS, r"^(?:\d+(?:\.\d+)*\.?\s+)?{}\b")


_AUXILIARIES = {"was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "should", "did", "does",
                "been", "be"}  # fmt: skip


def sentence_like(text: str) -> bool:
    """A sentence, not a title: a verb where a title has none ("The Monitoring Officer presented the ...")."""
    words = [w.strip(",;:()") for w in text.split()]
    lower = [w for w in words if w[:1].islower() and w.lower() not in SMALL_WORDS]
    if any(w in _AUXILIARIES for w in lower) or DECISION_START.match(text):
        return True
    opener = bool(words) and (words[0] in _FUNCTION_CAPS or bool(HONORIFIC.match(words[0])))
    verbed = any(w.endswith("ed") for w in lower)
    return verbed and (opener or text.rstrip().endswith("."))


def heading_like(title: str, level: int = 0) -> bool:
    """Does this read as an item title rather than a sentence?"""
    title = title.strip()
    if level:
        return len(title) <= 250
    if not title or len(title) > 200 or re.match(r"(?i)that\b", title) or sentence_like(title):
        return False
    if title.endswith(".") and len(title.split()) == 1 and not title.isupper():
        return False  # "None."
    letters = [c for c in title if c.isalpha()]
    if len(letters) < 3:
        return False
    if sum(c.isupper() for c in letters) / len(letters) >= 0.6:
        return True
    opening = title.split(" ")[:2]
    if len(opening) == 2 and opening[0] in _FUNCTION_CAPS and opening[1][:1].islower():
        return False  # "There were apologies from ...": a sentence, however many names it holds
    if title.endswith((",", ";", ":-")) or (title.endswith(".") and len(title) > 80):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", title) if w.lower() not in SMALL_WORDS]
    return bool(words) and len(words) <= 20 and sum(w[0].isupper() for w in words) / len(words) >= 0.7


def role_of(title: str) -> str | None:
    """What kind of item a title names: apologies, declarations, previous minutes, exclusion ..."""
    for role, pattern in _ROLE.items():
        if pattern.search(title):
            return role
    return None


def title_like(text: str) -> bool:
    """A title as an agenda or a clerk writes it: in title case, a known item, or a task ("To approve ...")."""
    if sentence_like(text.strip()):
        return False
    sentence = text.strip().endswith(".")
    label = text.strip().endswith(":")
    text = text.strip().rstrip(".:")
    if not text or len(text) > 250 or (label and SECTION_LABEL.match(text + ":")) or DECISION_START.match(text):
        return False
    if heading_like(text):
        return True
    if re.search(r"[.!?]\s", text) or text.split(" ")[0] in _FUNCTION_CAPS:
        return False
    if _AGENDA_VERB.match(text) and text[:1].isupper() and len(text) <= 200:
        return True  # "Receive /accept apologies and welcome to the public."
    return not sentence and len(text) <= 120 and role_of(text) is not None


def _short_title(text: str) -> bool:
    """A short line in sentence case with no full stop after a number: "Election of other offices"."""
    words = text.split()
    return (
        1 <= len(words) <= 8
        and text[:1].isupper()
        and not text.rstrip().endswith((".", ",", ";"))
        and (words[0] not in _FUNCTION_CAPS)
        and not DECISION_START.match(text)
    )


# a verb or a word of outcome: "Apologies were received.", "Report noted.", "No objection.": text, not a title
SENTENCE_WORD = re.compile(
    r"(?i)\b(?:\w+ed|was|were|is|are|had|has|have|be|been|will|would|did|no|none|nil|not|nothing)\b"
)


def _phrase_title(text: str) -> bool:
    """A short phrase with a full stop and no verb: "Public participation.", "District Councillor's report."."""
    words = text.split()
    return (
        2 <= len(words) <= 6
        and text[:1].isupper()
        and text.rstrip().endswith(".")
        and words[0] not in _FUNCTION_CAPS
        and not SENTENCE_WORD.search(text)
        and not DECISION_START.match(text)
    )


# a planning application's heading: its reference, then the site and the proposal ("23/00789/FUL – 12 High St – ...")
_APPLICATION = re.compile(r"^[A-Z0-9]{1,6}(?:/[A-Z0-9.]{1,8}){1,3}\s+[–—-]\s+\S")


def _application(text: str) -> bool:
    """A planning application's heading, whatever the case of its proposal."""
    return bool(_APPLICATION.match(text)) and any(c.isdigit() for c in text.split()[0]) and len(text) <= 250


_BODY_NOUNS = re.compile(
    r"^(?:committee|sub-committee|subcommittee|panel|board|council|meeting|group|forum|cabinet|commission|authority|"
    r"body|public|partnership|session|hearing|executive|assembly|trust|scrutiny|overview|select|joint)$",
    re.I,
)


def committee_like(text: str) -> bool:
    """A committee name line: words, mostly capitals or title case, no date, no sentence.

    Lower-case words are only the small words of a name and the nouns of bodies ("Planning committee").
    """
    t = text.strip().strip("*#").strip()
    if not (3 <= len(t) <= 120) or re.search(r"\d", re.sub(r"(?i)\bact\s+\d{4}|\(part\s+\w{1,2}\)", "", t)) \
            or t.endswith("."):
        return False  # a date is no committee; "Licensing Act 2003 Sub-Committee" and "Trust Board (Part 1)" are
    lower = [w for w in re.findall(r"[A-Za-z][\w'’-]*", t) if w[0].islower() and w.lower() not in SMALL_WORDS]
    if any(not _BODY_NOUNS.match(w) for w in lower):
        return False
    low = t.lower()
    if low.startswith(("present", "apolog", "agenda", "date", "venue", "time", "minutes of", "membership", "contact")):
        return False
    if re.fullmatch(r"(?:draft\s+|public\s+|confirmed\s+|approved\s+)?(?:minutes|agenda|decisions)", low):
        return False  # "MINUTES" between a committee line and its date names the paper, not the committee
    return heading_like(t)



_CAPS_DECISION = re.compile(r"(?<=\s)(?:[–—-]\s+)?(?=(?:UNANIMOUSLY\s+)?(?:RESOLVED|AGREED|DECISION|DECIDED|NOTED)\b)")
_CAPS_RUN = re.compile(r"^(?:(?:[A-Z0-9][A-Z0-9’'&,()/-]*|[–—]|/(?=\s+[A-Z]))(?:\s+|$))+")  # "WELSH / ENGLISH"
_DASH_TITLE = re.compile(r"^(?P<title>[^–—:]{2,80}?)\s+[–—-]\s+(?P<rest>\S.*)$")


def _short_run_in(title: str, rest: str) -> bool:
    """A short title run into its text after a colon: "Apologies: Cllr R Eccles.", "Minutes: the minutes of ..."."""
    if DECISION_START.match(title) or re.search(r"[.!?]\s", title) or len(title.split()) > 6:
        return False
    texty = rest.rstrip().endswith(".") or bool(HONORIFIC.match(rest.split(" ")[0])) or rest[:1].islower()
    return texty and (role_of(title) is not None or title_like(title))


_DECIDES = re.compile(
    rf"^(?:the\s+)?(?:{v.alternation(v.DECIDING_BODIES)})\s+(?:resolved|agreed|decided|approved|noted)\b", re.I)


def _dash_run_in(title: str, rest: str) -> bool:
    """A title run into its text after a dash: the rest is text (a sentence, a name, an outcome), not more title."""
    # "Planning application 24/01987/FUL, The Old Forge - Council agreed to support the": what was decided, run on
    decides = bool(_DECIDES.search(rest))
    if (re.search(r"\d", title) and not role_of(title) and not decides) or re.search(r"[.!?]\s", title) \
            or DECISION_START.match(title):
        return False
    short = len(title.split()) <= 6 and title[:1].isupper()
    # a name after the dash is the item's text where the title is a role's ("Apologies – Cllr Frank Goddard"); after
    # another title, with nothing more, it names who presented the item, part of its heading ("TraCC – Mr Rhydian
    # Mason", "Presentation – Mrs J Hill")
    named = bool(HONORIFIC.match(rest.split(" ")[0])) and (role_of(title) is not None or len(rest.split()) > 4)
    texty = rest.rstrip().endswith(".") or named or decides
    return (short or title_like(title)) and texty


# a title in capitals (no lower-case letter, no colon), a spaced dash, then text whose first word is in lower or
# sentence case: "LOW MEADOW – LEASE TO THE RUGBY CLUB – Members considered ..."
_CAPS_DASH_TITLE = re.compile(
    r"^(?P<title>[^a-z:]{2,160}?)\s+[–—-]\s+(?P<rest>[A-Z(“\"]?[a-z’'.]*[a-z][^\s]*(?:\s.*)?)$"
)
_COLON_TITLE = re.compile(r"^(?P<title>[^:]{2,120}?)\s*:-?\s+(?P<rest>\S.*)$")
_AGENDA_REF = re.compile(r"^(?:agenda\s+)?item\s+\d{1,3}[a-z]?\s*[:.]?\s*", re.I)


def _title_case_run(text: str) -> tuple[str, str]:
    """The title opening a run-in line: "Apologies for Absence Apologies for absence were ..." -> title, rest."""
    words = text.split(" ")
    end = 0
    for k, word in enumerate(words):
        bare = word.strip(",;:()")
        if not bare:
            break
        lower = bare[0].islower() and bare.lower() not in SMALL_WORDS
        if lower or (k and (HONORIFIC.match(bare) or bare in _FUNCTION_CAPS)):
            break
        following = [w for w in words[k + 1 : k + 4] if w.lower() not in SMALL_WORDS]
        if k and bare[0].isupper() and len(following) >= 2 and all(w[:1].islower() for w in following[:2]):
            break  # a capitalised word that opens a sentence
        end = k + 1
    while end and words[end - 1].lower() in SMALL_WORDS:
        end -= 1
    return " ".join(words[:end]), " ".join(words[end:])


_LABELLED_TITLE = re.compile(r"^(?P<label>\w+)\s+[–—-]\s+(?P<rest>\S.*)$")


def _decision_on(text: str) -> bool:
    """A decision word and a dash before a name, not before what was decided: "Decision - The Vault, 22 Market Street"
    (licensing and planning hearings give the decision on an application as an item of its own), unlike "Decision -
    That the application be granted."."""
    m = _LABELLED_TITLE.match(text)
    if not m or not DECISION_START.match(m.group("label")):
        return False
    rest = m.group("rest").strip()
    return not re.match(r"(?i)that\b", rest) and not rest.endswith(".") and heading_like(rest)


def split_title(text: str) -> tuple[str, str, str]:
    """A heading line's text after its number as (title, rest, layout)."""
    text = strip_link_noise(_AGENDA_REF.sub("", text.strip()))
    if not text:
        return "", "", "alone"
    if _decision_on(text):  # "Decision - The Vault, 22 Market Street": the item where a hearing's decision is given
        return text.rstrip(" :-"), "", "line"
    decision = _CAPS_DECISION.search(text, 0, 160)
    if decision and title_like(text[: decision.start()]):  # "MINUTES RESOLVED: That ...", "MINUTES – RESOLVED that"
        return text[: decision.start()].strip(" –—-:"), text[decision.end() :], "runin"
    one_sentence = not re.search(r"[.!?]\s+\S", text.rstrip("."))
    caps = _CAPS_DASH_TITLE.match(text)
    if (caps and len(re.findall(r"[A-Z]", caps.group("title"))) >= 4 and not DECISION_START.match(caps.group("rest"))
            and not DECISION_START.match(caps.group("title"))  # "RESOLVED – That ...": a decision, not a title
            # "NP/27/0392/MIN - Kettlesike Quarry, Garthby - Extension of ...": an application's reference, its site
            # and proposal, all one title
            and not (one_sentence and _application(text))):
        # "PROGRESS ON PREVIOUS RESOLUTIONS – The Clerk reported:", "LOW MEADOW – LEASE TO X (CONFIDENTIAL) – Members
        # considered ...": a title in capitals, however many dashes it holds, run into text in sentence case
        return caps.group("title"), caps.group("rest"), "runin"
    dash = _DASH_TITLE.match(text)
    if dash and _dash_run_in(dash.group("title"), dash.group("rest")):
        return dash.group("title"), dash.group("rest"), "runin"  # "Apologies – Cllr X.", "CORRESPONDENCE – Noted."
    colon = _COLON_TITLE.match(text)
    if colon and _short_run_in(colon.group("title"), colon.group("rest")):
        return colon.group("title"), colon.group("rest"), "runin"  # "Apologies: Cllr R Eccles."
    if one_sentence and heading_like(text):
        return text.rstrip(" :-"), "", "line"
    colon = _COLON_TITLE.match(text)
    if (
        colon
        and not DECISION_START.match(colon.group("title"))
        and not re.search(r"[.!?]\s", colon.group("title"))
        and (title_like(colon.group("title")) or len(colon.group("title").split()) <= 8)
    ):
        return colon.group("title"), colon.group("rest"), "runin"
    if dash and _dash_run_in(dash.group("title"), dash.group("rest")):  # "Apologies – Cllr Frank Goddard."
        return dash.group("title"), dash.group("rest"), "runin"
    if dash and one_sentence and not text.rstrip().endswith(".") and heading_like(dash.group("title")) \
            and dash.group("rest")[:1].islower() and len(text) <= 120:
        return text.rstrip(" :-"), "", "line"  # "Police and Crime Plan - performance report, quarter 3": a subtitle
    if one_sentence and (title_like(text) or _short_title(text) or _phrase_title(text) or _application(text)):
        return text.rstrip(" :-"), "", "line"
    caps = _CAPS_RUN.match(text)
    if caps and len(re.sub(r"[^A-Z]", "", caps.group(0))) >= 4:
        title = _caps_title(caps.group(0))
        if title:
            return title, text[len(title) :].strip().lstrip("–—-:").strip(), "runin"
    first = re.match(r"^(?P<title>[^.:]{3,200}?)[.:]\s+(?P<rest>[A-Z(“\"].*)$", text)
    if first and (heading_like(first.group("title")) or _AGENDA_VERB.match(first.group("title"))):
        return first.group("title"), first.group("rest"), "runin"
    title, rest = _title_case_run(text)
    if len(title.split()) >= 2 and heading_like(title) and (not rest or not rest[:1].islower()):
        return title, rest, "runin"
    return "", text, "sentence"


def _caps_title(run: str) -> str:
    """An all-capitals title, stopping before decision words and paragraph numbers run into it."""
    words = run.split()
    out: list[str] = []
    for w in words:
        if DECISION_START.match(w) or re.fullmatch(r"UNANIMOUSLY", w) or re.fullmatch(r"\d+\.", w):
            break
        if len(w) == 1 and w.isalpha() and w not in {"A", "I", "&"} and out:
            break
        out.append(w)
    if out and len(out[-1]) == 1 and out[-1].isalpha() and out[-1] not in {"&"}:
        out.pop()  # "... DATA A letter ..."
    return " ".join(out).strip(" ,-–")
