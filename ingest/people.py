"""The people an attendance list names: "Councillors K. Hatton, J.W. Thomas and Mrs. M.R. Wilkinson".

Names come with honorifics, initials, honours ("MBE"), particles ("de", "van"), roles beside them ("Dr Avi Bhatia AB
Clinical Chair", "Director of Finance (Neil Castellan)"), chair marks ("(in the Chair)") and notes that the person
is not a member ("Clerk"). :func:`people` reads a list into :class:`Person` rows; :mod:`ingest.attendance` reads the
record (labels, tables, sentences) that holds such lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from minutebook import vocabulary as v

_CHAIR_MARK = re.compile(v.CHAIR_MARKS[0].form + "|" + v.CHAIR_MARKS[2].form, re.I)
_NON_MEMBER = re.compile(v.NON_MEMBER_NOTES.form, re.I)
_SUBSTITUTE_FOR = re.compile(r"\(\s*substitute\s+for\s+[^)]*\)", re.I)
HONORIFIC = re.compile(rf"^(?:{v.HONORIFICS.form})\.?$", re.I)
# ("Aldermen" and the Scottish "Bailies", plurals, head a list of names as "Councillors" does: "Aldermen Gordon Boyd
# and Ruth Kerr")
_COUNCILLOR = re.compile(
    r"^(?:(?:county|city|district|borough|parish|town)\s+)?(?:councillors?|cllrs?|aldermen|bailies)\.?$", re.I
)
_HONOURS = re.compile(rf"^(?-i:{v.HONOURS.form})\.?,?$")
PARTICLE = re.compile(rf"^(?:{v.NAME_PARTICLES.form})$", re.I)
_INITIALS = re.compile(r"^(?:[A-Z]\.?){1,3}$|^(?:[A-Z]\.){1,4}[A-Z]?$")
_ROLE_INITIALS = re.compile(r"^[A-Z]{2,3}[a-z]{0,2}$")  # "AB", "RCp", "MWh" after a name on one line
_ROLE_WORDS = re.compile(
    r"^(?:vice|deputy|chair(?:man|person|woman)?|clerk|convenor|leader|cabinet|director|head|officer|executive|"
    r"commissioner|manager|independent|"
    r"lay|governing|chief|member|lead|secretary|treasurer|representative|advisor|adviser|mayoral|co-opted|"
    r"solicitor|planner|engineer|accountant|auditor|administrator|co-?ordinator)$",
    re.I,
)
_ROLE_OPENERS = {
    "cabinet",
    "strategic",
    "assistant",
    "service",
    "manager",
    "senior",
    "portfolio",
    "corporate",
    "principal",
}
_NOT_NAMES = {
    "action",
    "independent",
    "noted",
    "received",
    "substitutes",
    "witnesses",
    "absent",
    "none",
    "nil",
    "apologies",
    "present",
    "members",
    "officers",
    "councillors",
    "council",
    "also",
    "others",
    "public",
    "chair",
    "chairman",
    "the",
    "and",
    "all",
    "n/a",
}
# Words of bodies and roles, never of a person's name: "Peterborough Integrated Care Board", "Mayoral Advisors".
_BODY_WORDS = re.compile(
    r"^(?:board|council|authority|committee|group|services?|trust|team|integrated|care|police|department|"
    r"advisors?|advisers?|officers?|members|councillors|partnership|commission|panel|school|hall|ltd|limited|plc)$",
    re.I,
)
# Bodies known by their initials, which a name's words never are: "Moira Haldane, Non-Executive Director, NHS
# Ardnacross" (the body she sits for), "OPCC"
_BODY_INITIALS = re.compile(r"^(?:nhs|hscp|icb|ccg|opcc|opfcc)$", re.I)
LEADING_LABEL = re.compile(
    r"^(?:(?:the\s+)?(?:(?:parish|town|county|city|co-opted|independent|other)\s+){0,2}"  # "independent co-opted"
    r"(?:councillors?|cllrs?\.?|members?)\s*[:–-]?\s*)+",
    re.I,
)




_TITLE_MODIFIERS = {
    "metro", "deputy", "depute", "county", "city", "district", "borough", "lord", "vice", "parish", "town", "chief"
}


def _merge_titles(words: list[str]) -> list[str]:
    """ "Metro Mayor", "County Cllr": a modifier and the title it qualifies are one title."""
    out: list[str] = []
    for w in words:
        if out and out[-1].lower() in _TITLE_MODIFIERS and HONORIFIC.match(w):
            out[-1] = f"{out[-1]} {w}"
        else:
            out.append(w)
    return out


def _is_title(w: str) -> bool:
    return bool(HONORIFIC.match(w)) or (" " in w and bool(HONORIFIC.match(w.split(" ")[-1])))


def _words_to_names(words: list[str]) -> list[list[str]]:
    """Names run together without commas: a new name starts at a title, or at an initial after a surname;
    with neither, a run of capitalised words is read in pairs ("Eric Baird Willie McKenna ...")."""
    words = _merge_titles(words)
    titles = sum(1 for w in words if _is_title(w))
    initials = sum(1 for w in words[1:] if _INITIALS.match(w))
    if not titles and not initials:
        if len(words) >= 4 and len(words) % 2 == 0 and all(w[:1].isupper() for w in words):
            return [words[k : k + 2] for k in range(0, len(words), 2)]
        return [words]
    names: list[list[str]] = [[]]
    for w in words:
        current = names[-1]
        prev = current[-1] if current else None
        # an initial starts a new name after a surname, i.e. after a word that followed a title or initials
        has_surname = (
            prev is not None
            and not _is_title(prev)
            and not _INITIALS.match(prev)
            and any(_is_title(x) or _INITIALS.match(x) for x in current[:-1])
        )
        if prev is not None and ((_is_title(w) and not _is_title(prev)) or (_INITIALS.match(w) and has_surname)):
            names.append([])
        names[-1].append(w)
    return [n for n in names if n]


def clean_name(words: list[str]) -> str | None:
    """A person's name from its words, without trailing roles, honours or notes."""
    out: list[str] = []
    for k, w in enumerate(words):
        bare = w.strip(",.;:")
        if not bare:
            continue
        role = _ROLE_WORDS.match(bare.split("-")[0])
        if k and (role or (_ROLE_INITIALS.match(bare) and out and not HONORIFIC.match(out[-1]))):
            break
        if _HONOURS.match(bare) and out:
            continue
        if bare[0].islower() and not PARTICLE.match(bare):
            break
        out.append(w.rstrip(",;:"))
    while out and _is_title(out[-1]):
        out.pop()
    while out and _COUNCILLOR.match(out[0]) and len(out) > 1:
        out.pop(0)  # councillors are listed by name: "Councillor Brookes" -> "Brookes"
    name = " ".join(out).strip(" .-–")
    body = [w for w in out if not _is_title(w) and not _INITIALS.match(w.strip("."))]
    if not name or not body or len(out) > 6 or name.lower() in _NOT_NAMES or not name[0].isupper():
        return None
    if all(w.lower().strip(".") in _NOT_NAMES for w in body) or any(_BODY_WORDS.match(w.strip(".,")) for w in body) \
            or any(_BODY_INITIALS.match(w.strip(".,")) for w in out):
        return None
    return name


_SEPARATOR = re.compile(r"\s*(?:[,;]|\band\b|&|\s[–-]\s(?=[A-Z]))\s*")


def _chunks(text: str) -> list[tuple[str, str]]:
    """A list split at commas, "and" and "&", but not inside brackets ("(Lengthsman & Footpath Officer)").

    Each chunk comes with the separator before it ("", ",", "and", ...).
    """
    out: list[tuple[str, str]] = []
    depth, start, k, before = 0, 0, 0, ""
    while k < len(text):
        c = text[k]
        depth += (c == "(") - (c == ")" and depth > 0)
        m = _SEPARATOR.match(text, k) if depth == 0 else None
        sep = m.group(0).strip() if m else ""
        if m and m.end() > k and (k == 0 or text[k - 1].isspace() or sep in {",", ";", "–", "-", "&"}):
            out.append((before, text[start:k]))
            before, start = m.group(0).strip().lower(), m.end()
            k = start
            continue
        k += 1
    out.append((before, text[start:]))
    return [(sep, c) for sep, c in out if c.strip()]


@dataclass(frozen=True)
class Person:
    """A name read from an attendance list, with what the list says beside it."""

    name: str
    chair: bool = False
    member: bool = True


_ROLE_LINE = re.compile(
    rf"^(?P<name>(?:(?:{v.HONORIFICS.form})\.?\s+)?(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){{1,3}})"
    r"\s+(?-i:[A-Z]{2,3}[a-z]{0,2})\s+(?P<role>\S.*)$",
    re.I,
)
# the Welsh half of a bilingual pair: "Y Cynghorydd / Cllr ...", "Cyfarwyddwr Addysg / Director of Education"
_BILINGUAL_TITLE = re.compile(r"(?:(?<=^)|(?<=[,;:]))[^,;:()/]{1,40}\s/\s(?=\S)")
# an officer's role that its holder's name follows: "together with the Clerk, Mrs N. Earnshaw", "and the Town Clerk,
# Mr P Hale" (parish minutes written as a sentence)
_INTRODUCED_ROLE = re.compile(r"(?i)^(?:(?:together|along)\s+)?with\s+(?:the|our)\s+")
_ARTICLE = re.compile(r"(?i)^(?:the|our)\s+")
_VICE = re.compile(r"(?i)\b(?:vice|deputy)[-\s]+chair")
_CLERK = re.compile(r"(?i)\bclerk\b|minute[-\s]?taker")


def people(text: str) -> list[Person]:
    """The people named in a list: "Councillors K. Hatton, J.W. Thomas and Mrs. M.R. Wilkinson"."""
    led = bool(LEADING_LABEL.match(text.strip()))  # "Cllr Purves ...": the first name was titled
    plain = LEADING_LABEL.sub("", text.strip())
    text = LEADING_LABEL.sub("", _BILINGUAL_TITLE.sub("", text.strip()))
    # one person a line: name, initials, role ("Dr Avi Bhatia AB Clinical Chair")
    if m := _ROLE_LINE.match(plain) or _ROLE_LINE.match(text):
        role = m.group("role")
        chair = bool(re.search(r"(?i)\bchair", role)) and not _VICE.search(role)
        name = clean_name(m.group("name").split())
        return [Person(name, chair, not _CLERK.search(role))] if name else []
    text = _SUBSTITUTE_FOR.sub("", text)
    out: list[Person] = []
    in_role = False  # within "Councillor Gethin, Cabinet Member for Children and Families"
    introduced = False  # the role just read came with its article, its holder after it: "with the Clerk, Mrs X"
    bare: Person | None = None  # a lone word read as a name just before: "Minerals" of "Minerals and Waste Planner"
    chunks = _chunks(text)
    for at, (separator, chunk) in enumerate(chunks):
        dash_next = at + 1 < len(chunks) and chunks[at + 1][0] in ("–", "-")
        opening = _merge_titles(re.sub(r"\([^)]*\)?", " ", LEADING_LABEL.sub("", chunk.strip())).split())
        first = opening[0].strip(",.") if opening else ""
        role_start = _ROLE_WORDS.match(first.split("-")[0]) or first.lower() in _ROLE_OPENERS
        role_first = len(opening) >= 1 and not _is_title(opening[0]) and bool(role_start)
        before_bracket = chunk.split("(")[0].split()
        role_named = bool(before_bracket) and not _is_title(before_bracket[0]) and any(
            _ROLE_WORDS.match(w.strip(",.")) for w in before_bracket
        )
        if (role_first or role_named) and (held := _holder(chunk) or _trailing_holder(chunk)):
            if bare is not None and separator in ("and", "&") and out and out[-1] is bare:
                out.pop()  # the word before "and" was the role's first half, not a person
            # "Chief Executive (Dr Ruth Emberton)": an officer by role; "The Deputy Lord Mayor (Councillor B Ruck)": a
            # civic office a councillor holds, a member
            out.append(Person(held, False, _councillor_in_bracket(chunk)))
            in_role, bare = False, None
            continue
        titled = bool(opening) and _is_title(opening[0])
        untitled_name = 2 <= len(opening) <= 3 and all(w[:1].isupper() and not _ROLE_WORDS.match(w.strip(",."))
                                                        for w in opening)
        # "Head of Housing - Mr T Ruddock", "Licensing Officer - Kieran Dowd; Legal Adviser - Miriam Glass"
        if in_role and separator in ("–", "-") and (titled or untitled_name) and (name := clean_name(opening)):
            out.append(Person(name, False, False))  # "Head of Housing - Mr T Ruddock": the role's holder
            in_role, bare = False, None
            continue
        role_only = bool(before_bracket) and bool(_ROLE_WORDS.match(before_bracket[-1].strip(",.")))
        if in_role and introduced and titled and separator == "," and not _COUNCILLOR.match(opening[0]) \
                and (name := clean_name(opening)):
            out.append(Person(name, False, False))  # "together with the Clerk, Mrs N. Earnshaw": the role's holder
            in_role = introduced = False
            continue
        introduced = bool(_NON_MEMBER.search(chunk)) and not titled and bool(
            _INTRODUCED_ROLE.match(chunk.strip()) or (separator in ("and", "&") and _ARTICLE.match(chunk.strip())))
        if introduced:
            in_role = True  # "... together with the Clerk," / "... and the Clerk,": a name follows
            continue
        if role_named and not titled and ((separator == "," and out) or (dash_next and role_only and (
                not out or separator == ";"))):  # "...; Legal Adviser - Miriam Glass": the next office, its holder
            in_role, bare = True, None  # "Mrs Joanne Pettifer, Town Clerk", "Scrutiny Officer - Ms P Allen": a role
            if separator == "," and out:  # what the role's brackets say is of its holder: "X, Mayor of Y (Chair)"
                notes = " ".join(re.findall(r"\(([^)]*)\)", chunk))
                out[-1] = replace(out[-1], chair=out[-1].chair or bool(_CHAIR_MARK.search(chunk)),
                                  member=out[-1].member and not _NON_MEMBER.search(notes))
            continue
        bare = None
        if opening and "(" not in chunk and all(_ROLE_WORDS.match(w.strip(",.")) for w in opening):
            continue  # "Clerk" of "Clerk and Monitoring Officer (X)": a role, no one's name
        if (len(opening) >= 2 and role_first) or separator in ("–", "-"):
            in_role = True  # "Cabinet Member for Children", "– Police and Crime Commissioner": a role, not a person
            continue
        if in_role and separator in ("and", "&") and not titled:  # "... and Ms Claire Moorhouse": a person
            # "Director of Law and Governance (Monitoring Officer) (Priya Seth)"; "Head of Administration and Law K.
            # Thomas": a flattened list of officers, the role's last word, then its holder by initials
            if held := _holder(chunk) or _initialled_holder(chunk):
                out.append(Person(held, False, False))
                in_role = False
            continue
        in_role = False
        chair = bool(_CHAIR_MARK.search(chunk))
        chunk_before = chunk
        notes = " ".join(n for n in re.findall(r"\(([^)]*)\)", chunk) if not _names_a_person(n))
        member = not _NON_MEMBER.search(notes)
        chunk = re.sub(r"\([^)]*\)?", " ", chunk)
        chunk = LEADING_LABEL.sub("", chunk.strip())
        words = [w for w in chunk.split() if w not in {"-", "–"}]
        if not words:
            continue
        if _CLERK.search(" ".join(words[2:])):
            member = False
        groups = _words_to_names(words)
        named_before = len(out)
        for k, group in enumerate(groups):
            described = "(" in chunk_before or any(w[:1].islower() and not PARTICLE.match(w) for w in group)
            titled_before = k == 0 and (bool(LEADING_LABEL.match(chunk_before.strip())) or (at == 0 and led))
            seat = described and not titled_before and not _is_title(group[0]) \
                and not any(_INITIALS.match(w) for w in group)  # "M Young (Director ...) Mrs X": initials name one
            if seat and any(_is_title(g[0]) for g in groups[k + 1 :]):
                continue  # "Maintained primary governor Mr Derek Sowden", "Diocese (Church of England) Rev X": a seat
            name = clean_name(group)
            if name:
                out.append(Person(name, chair, member))
                bare = out[-1] if len(words) == 1 and not _is_title(words[0]) else None
        if len(out) == named_before and separator == "," and out and (chair or not member):
            # "Adaeze Kalu, Mayor of Harbridge City Region (Chair)": an office naming no one, its brackets of the
            # name before it
            out[-1] = replace(out[-1], chair=out[-1].chair or chair, member=out[-1].member and member)
    return out


def _councillor_in_bracket(chunk: str) -> bool:
    """A role's holder in brackets is titled a councillor: "The Deputy Lord Mayor (Councillor Benedict Ruck)"."""
    return any(_COUNCILLOR.match(note.split()[0]) for note in re.findall(r"\(([^()]+)\)", chunk) if note.split())


def _holder(chunk: str) -> str | None:
    """The person a role names in brackets after it, as officers are listed: "Director of Finance (Section 151
    Officer) (Neil Castellan)" -> "Neil Castellan"; a bracket that is another role names no one."""
    for note in reversed(re.findall(r"\(([^()]*)\)", chunk)):
        words = note.split()
        if _names_a_person(note) or looks_like_name(note.strip()):
            return clean_name(words)
    return None


_HOLDER_AFTER_ROLE = re.compile(r"(?:(?:[A-Z]\.?\s*){1,3}\s|(?-i:[A-Z][a-z][\w'’-]*)\s+)(?-i:[A-Z][\w'’-]+)$")


_RANKS = {"constable", "superintendent", "inspector", "sergeant", "commander"}  # after "Chief", "Assistant"


def _trailing_holder(chunk: str) -> str | None:
    """The person a role names after it, with no bracket or comma between, as officers are listed by office: "Chief
    Fire Officer Dawn Ketteridge", "Treasurer Alan Sowerby", "Head of Finance H Iqbal" -> the holder; a role that
    ends in its own words ("Cabinet Member for Housing", "Director of Public Health") names no one."""
    chunk = re.sub(r"(?:\s*\([^()]*\))+[\s.,;]*$", "", chunk)  # "... Imran Siddique (Orlesdon Police)": the force
    if "(" in chunk:
        return None
    words = chunk.strip().rstrip(".,;").split()
    roles = [k for k, w in enumerate(words) if _ROLE_WORDS.match(w.split("-")[0])]
    if not roles:
        return None
    after = words[roles[-1] + 1 :]
    bodies = [k for k, w in enumerate(after) if _BODY_WORDS.match(w)]
    if after and after[0].lower() == "to" and bodies:
        after = after[bodies[-1] + 1 :]  # "Clerk to the Authority Margaret Hume": the office ends with the body's name
    elif after and after[0].lower() in {"of", "for"}:  # "Head of Finance H Iqbal": the holder written with initials
        m = _HOLDER_AFTER_ROLE.search(" ".join(after))
        after = m.group(0).split() if m and _INITIALS.match(m.group(0).split()[0]) else []
    while len(after) > 2 and after[0].lower() in _RANKS:
        after = after[1:]  # "Chief Constable Helen Marwood": the rank's last word is the office's
    if not 2 <= len(after) <= 3 or not all(w[:1].isupper() for w in after) or any(_is_title(w) for w in after):
        return None  # a titled holder ("co-opted member Mrs L Okafor", "Deputy Mayor A Byrne") is read as a name
    if any(_BODY_WORDS.match(w) or _ROLE_WORDS.match(w) or w.lower() in _NOT_NAMES for w in after):
        return None
    return clean_name(after)


def _initialled_holder(chunk: str) -> str | None:
    """The person written with initials at the end of a role's words, with no bracket or comma between: "Law K.
    Thomas" of "Head of Administration and Law K. Thomas" -> "K. Thomas"; None where the chunk does not end so."""
    m = _HOLDER_AFTER_ROLE.search(chunk.strip().rstrip(".,;"))
    return clean_name(m.group(0).split()) if m and "(" not in chunk and _INITIALS.match(m.group(0).split()[0]) else None


def _names_a_person(note: str) -> bool:
    """A bracket that is a remark about someone else: "(Cllr James Owers attended via Zoom ...)"."""
    first = note.strip().split(" ")[0] if note.strip() else ""
    return bool(HONORIFIC.match(first))


def surname_list(text: str) -> list[str]:
    return [p.name for p in people(text)]


def looks_like_name(cell: str) -> bool:
    words = re.sub(r"\([^)]*\)", "", cell).split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not _BODY_WORDS.match(words[-1])
        and not _is_title(words[-1])
        and not _ROLE_WORDS.match(words[-1])
    )


# a role set before its holder, as prose names the office first: "The Police and Crime Commissioner, Mr Ian Jessop,"
_ROLE_BEFORE_NAME = re.compile(
    rf"(?:^|(?<=\s))(?:the|his|her|their|its)\s+(?P<role>(?-i:[A-Z])[^,()]{{2,60}}?),\s+"
    rf"(?P<name>(?:{v.HONORIFICS.form})\.?\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){{0,3}}(?-i:[A-Z])[\w'’-]+),?",
    re.I,
)


def holders_first(text: str) -> str:
    """ "The Police and Crime Commissioner, Mr Ian Jessop," -> "Mr Ian Jessop (Police and Crime Commissioner)": a
    role named before its holder, as a list writes it."""
    return _ROLE_BEFORE_NAME.sub(lambda m: f"{m.group('name')} ({m.group('role')}),", text).strip().rstrip(",.")
