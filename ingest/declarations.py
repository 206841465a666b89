"""Declarations of interest, and the item each concerns.

Members declare in sentences ("Councillor Lomax declared a disclosable pecuniary interest in
Minute No. 58 ... and left the meeting", "Councillors George and Judith Cooper both declared a
personal interest in Item 9 (minute 284)"), in lists under the Declarations item ("Item 3 – Mr
A Jarvie (Non-Financial) Item 9(i) Mr K Rosie (Non-Financial)"), in tables (Councillor /
Minute Number / Nature of Interest, often flattened to one cell a line), or as a bare name
over the matter declared. Where a declaration names a minute, that minute is the item; else the
agenda item as written; a declaration made inside an item without a reference concerns that item.
"""

from __future__ import annotations

import re

from ingest.cleaning import Row
from ingest.people import people
from ingest.sentences import sentence_spans
from minutebook import vocabulary as v
from minutebook.model import Declaration, InterestKind, Meeting, MinuteItem

_HON = v.HONORIFICS.form
_NAME = r"(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3}"
_MEMBERS = rf"(?P<members>(?:{_HON})\.?\s+{_NAME}(?:\s*(?:,|and|&)\s*(?:(?:{_HON})\.?\s+)?{_NAME})*)"
_KIND = rf"(?P<kind>(?:(?:{v.INTEREST_KINDS.form})[\s,]*(?:and\s+|but\s+not\s+|or\s+)?)*)"
DECLARED = re.compile(
    rf"{_MEMBERS}\s+(?:(?:both|each|also|then|had|has)\s+)*(?:{v.DECLARED.form})\s+(?:an?\s+)?{_KIND}\s*"
    rf"(?:{v.DECLARED_MATTER.form})\b(?P<tail>[^\n]{{0,400}})",
    re.I,
)
# "Cllr Brown and Cllr Carter declared the same interest": the declaration before it, made by them too
DECLARED_SAME = re.compile(
    rf"{_MEMBERS}\s+(?:(?:both|each|also|likewise)\s+)*(?:{v.DECLARED.form})\s+(?:the\s+same|a\s+similar|"
    r"an\s+identical)\s+(?:interests?|role)\b",
    re.I,
)
# "Councillor A advised that in respect of item 20 ..., she had declared a non-financial interest"
DECLARED_LATER = re.compile(
    rf"\b(?:{v.DECLARED.form})\s+(?:an?\s+)?{_KIND}\s*(?:{v.DECLARED_MATTER.form})\b", re.I
)
_OPENING_MEMBER = re.compile(rf"^\W*(?P<members>(?:{_HON})\.?\s+{_NAME})", re.I)
# A table or list that drops the verb: "Cllr Cartwright Personal Interest in item 4 (Clerks Report)"
UNVERBED = re.compile(
    rf"{_MEMBERS}\s+-?\s*{_KIND}\s*interests?\s+in\s+(?P<tail>(?:agenda\s+)?items?\b[^\n]{{0,200}})", re.I
)
# a minute or item number as written: "111", "9(vi)", "A5", "24/063", "C/23/107", "TVCA 50/23", "EX.60", "P&R 57"
_REF = r"(?:(?-i:[A-Z]{1,5}(?:&[A-Z]{1,4})?)(?:[ ./](?=\d)|/(?-i:[A-Z]{0,3})/?)?)?\d[\w/-]*(?:\.\d+)*(?:\([ivx\d]+\))?"
_MINUTE_REFS = re.compile(
    rf"\bminutes?\s+(?:no\.?\s*|nos\.?\s*|numbers?\s*)?(?P<refs>{_REF}(?:\s*(?:,|and|&)\s*{_REF})*)", re.I
)
_ITEM_REFS = re.compile(rf"\b(?:agenda\s+)?items?\s+(?:no\.?\s*)?(?P<refs>{_REF}(?:\s*(?:,|and|&)\s*{_REF})*)", re.I)
# "RL declared ...", "Neil Drummond declared ...": a member named by initials or without a title, opening the sentence
DECLARED_PLAIN = re.compile(
    rf"^\W*(?P<members>(?-i:[A-Z]{{2,3}}|[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){{1,2}}))\s+(?:also\s+)?"
    rf"(?:{v.DECLARED.form})\s+(?:an?\s+)?{_KIND}\s*(?:{v.DECLARED_MATTER.form})\b(?P<tail>[^\n]{{0,400}})",
    re.I,
)
# In a declarations item, "RL declared that he had been appointed a trustee of ...": what the interest is, not its kind
_DECLARED_THAT = (
    rf"(?P<members>(?-i:[A-Z]{{2,3}})|(?:{_HON})\.?\s+{_NAME}|"
    rf"(?!(?-i:The|This|These|Those|There|It|We|He|She|They)\b)(?-i:[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){{1,2}}))"
    r"\s+(?:also\s+)?(?:declared|disclosed)\s*,?\s+"
    rf"(?:(?P<point>{v.DECLARED_AT_POINT.form})\s*,?\s+)?that\s+(?P<kind>)(?P<tail>[^\n]{{0,400}})"
)
DECLARED_THAT = re.compile(rf"^\W*{_DECLARED_THAT}", re.I)
# in any item, the same said part-way through it: "During the debate Councillor Rudge declared that his son was
# employed by the battery supplier named in the application": an interest in that item
# (matched at a sentence's start, searched for in a line)
# (no leading ``\W*`` here: searched along a line, it would be tried at every character of a run of marks)
DECLARED_THAT_DURING = re.compile(rf"(?:{v.DECLARED_DURING.form}){_DECLARED_THAT}", re.I)
_LEADING_MARKS = re.compile(r"\W*")
_AT_POINT = re.compile(rf"\b(?:declared|disclosed)\s*,?\s+(?:{v.DECLARED_AT_POINT.form})\s*,?\s+that\b", re.I)
# "Cllr Frost – item PL37 (application ...) – other registrable interest": a declarations list by dashes
# a hyphen between words is part of a name ("Cllr W. Morris-Twiddy"); a dash before the tail is spaced or long
# an entry may open with its list marker ("(a)", "1.", "ii)"), and name its member before a colon instead of a dash
# ("Councillor Lacey: a director of ..."); a row of cells is a table's (read by _tabled)
_MARKER = r"(?:[-•]\s*)?(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+)?"
# (or before a comma and the item: "Cllr Sumner, item 5 (neighbour of applicant)")
DASHED = re.compile(
    rf"^(?!.*\t){_MARKER}(?P<members>(?:{_HON})\.?\s+{_NAME})(?:\s+[–—-]|\s*[–—:]|,(?=\s*(?:agenda\s+)?items?\s+\S))"
    r"\s*(?P<tail>\S.*)$", re.I
)
# the Welsh half of a bilingual title or word before its English: "Cyng. / Cllr Bowen - eitem / item C/25/09"
_WELSH_FIRST = re.compile(r"(?:(?<=^)|(?<=\s))[^\s/]{2,12}\.?\s/\s(?=\S)")
_RUN_ON_DASHED = re.compile(rf"(?<=[.;])\s+(?={_MARKER}(?:{_HON})\.?\s+{_NAME}(?:\s+[–—-]|\s*[–—])\s*\S)", re.I)
_MENTIONS = re.compile(r"(?i)interest|\brole\b|\btransparency\s+statement")
_THIS_ITEM = re.compile(r"(?i)\b(?:in|on)\s+(?:the\s+)?(?:above|this|that|the)\s+(?:item|matter|application)\b")
_WITHDREW = re.compile(r"(?i)\bleft\s+the\s+(?:meeting|room|chamber)|\bwithdrew\b|\bwithdrawn\b")
_LIST_ENTRY = re.compile(r"\bItem\s+(?P<ref>\d{1,3}[a-z]?(?:\([ivx\d]+\))?)\s*[–—-]?\s*(?P<names>.*?)(?=\bItem\s+\d|$)")
_TABLE_HEAD = re.compile(rf"^(?:{v.DECLARATION_TABLE_HEADS.form})$", re.I)
_NO_DECLARATIONS = re.compile(v.NO_DECLARATIONS.form, re.I)


def interest_kind(kind: str) -> InterestKind:
    """The code-of-conduct kind of an interest as written ("personal but not prejudicial", "Non-Financial")."""
    k = kind.lower()
    if "disclosable" in k:
        return InterestKind.DISCLOSABLE_PECUNIARY
    if re.search(r"non[-\s]?(?:pecuniary|financial)", k):
        return InterestKind.NON_PECUNIARY
    if re.search(r"pecuniary|financial", k) or (re.search(r"(?<!not\s)prejudicial", k) and "personal" not in k):
        return InterestKind.PECUNIARY
    if "personal" in k:
        return InterestKind.PERSONAL
    return InterestKind.OTHER


def _refs(text: str) -> list[str]:
    """The minutes (preferred) or agenda items a declaration names: "Items 15 and 17 (minutes 290 and 292)"."""
    for pattern in (_MINUTE_REFS, _ITEM_REFS):
        m = pattern.search(text)
        if m and m.start() < 120:
            # "&" between two numbers joins them ("items 4 & 5"); between capitals it is part of a code ("P&R 57")
            parts = re.split(r"\s*(?:,|and|(?<![A-Z])&(?![A-Z]))\s*", m.group("refs"))
            return [r.strip(" .") for r in parts if r.strip(" .")]
    return []


def _targets(refs: list[str]) -> list[str | None]:
    """The items a declaration concerns, or none named."""
    return [*refs] if refs else [None]


def _members(text: str) -> list[str]:
    """ "Councillors George and Judith Cooper" -> ["George Cooper", "Judith Cooper"]; initials stay ("RL")."""
    if re.fullmatch(r"[A-Z]{2,3}", text.strip()):
        return [text.strip()]
    names = [p.name for p in people(text)]
    last = _tidy(names[-1]).split() if names else []  # "Gedge and Mrs Scrace": a title opens another person's name
    if len(names) >= 2 and all(len(n.split()) == 1 for n in names[:-1]) and len(last) >= 2:
        surname = names[-1].split()[-1]
        return [f"{n} {surname}" for n in names[:-1]] + [names[-1]]
    return names


def _tidy(member: str) -> str:
    return re.sub(rf"(?i)^(?:(?:{_HON})\.?\s+)+", "", member).strip()


# the sentence after a declaration that says what the member then did, naming them by pronoun: "He left the room."
_PRONOUN_OPENS = re.compile(r"^\s*(?:he|she|they|the\s+(?:member|councillor))\b", re.I)


def _withdrew_after(line: str, end: int) -> bool:
    """Does the sentence after a declaration (ending at ``end`` of ``line``) say, of the same member by pronoun, that
    they left the room ("Cllr Webb - pecuniary interest in item 3. He left the room for item 3.")?"""
    spans = [(a, b) for a, b in sentence_spans(line) if a >= end]
    return bool(spans) and bool(_PRONOUN_OPENS.match(line[spans[0][0]:spans[0][1]])) and bool(
        _WITHDREW.search(line[spans[0][0]:spans[0][1]]))


def _marks_end(sentence: str) -> int:
    """Where ``sentence``'s leading marks (a list marker's brackets, a dash) end."""
    found = _LEADING_MARKS.match(sentence)
    return found.end() if found else 0


def _declarations_in(item: MinuteItem, in_declarations_item: bool) -> list[Declaration]:
    out: list[Declaration] = []
    lines = item.text.split("\n")
    for at, line in enumerate(lines):
        if not _MENTIONS.search(line) and not (
            in_declarations_item and re.search(r"(?i)\b(?:declared|disclosed)\s+that\b", line)
        ) and not DECLARED_THAT_DURING.search(line) and not _AT_POINT.search(line):
            continue
        for a, b in sentence_spans(line):
            sentence = line[a:b]
            matches = [*DECLARED.finditer(sentence), *(UNVERBED.finditer(sentence) if in_declarations_item else ())]
            if not matches and (plain := DECLARED_PLAIN.match(sentence)):
                matches = [plain]
            if not matches and in_declarations_item and (that := DECLARED_THAT.match(sentence)):
                matches = [that]
            if not matches and (during := DECLARED_THAT_DURING.match(sentence, _marks_end(sentence))):
                matches = [during]
            if not matches and (that := DECLARED_THAT.match(sentence)) and that.group("point"):
                matches = [that]  # "Councillor X declared at this point that he is a director of ..."
            if not matches and out and (same := DECLARED_SAME.search(sentence)):
                before = out[-1]
                out.extend(before.model_copy(update={"member": _tidy(member), "text": sentence.strip(),
                                                     "withdrew": bool(_WITHDREW.search(sentence))})
                           for member in _members(same.group("members")))
                continue
            if not matches and (later := DECLARED_LATER.search(sentence)) and (who := _OPENING_MEMBER.match(sentence)):
                member, kind = who.group("members"), later.group("kind") or ""
                refs = _refs(sentence) or ([item.number or item.title] if not in_declarations_item else [])
                text = sentence.strip()
                out.extend(
                    Declaration(
                        member=_tidy(member),
                        kind=interest_kind(kind),
                        item=ref,
                        text=text,
                        withdrew=bool(_WITHDREW.search(text)),
                    )
                    for ref in _targets(refs)
                )
            for m in matches:
                # "Item 4 - Councillor X declared a non-financial interest as ...": the item before the member
                refs = _refs(m.group("tail")) or _refs(sentence[: m.start()]) or (
                    _refs(line[:a]) if in_declarations_item else [])
                if (not refs and not in_declarations_item) or (not refs and _THIS_ITEM.search(m.group("tail"))):
                    refs = [r for r in [item.number or item.title] if r]  # an untitled opening names no item
                text = sentence[m.start() :].strip()
                if b == len(line) and (rest := _runs_on(line, lines[at + 1] if at + 1 < len(lines) else "")):
                    text = f"{text} {rest}"  # "... as a tenant of Holmbridge" / "Homes. She remained ...": wrapped
                for member in _members(m.group("members")):
                    for ref in _targets(refs):
                        out.append(
                            Declaration(
                                member=_tidy(member),
                                kind=interest_kind(m.group("kind") or ""),
                                item=ref,
                                text=text,
                                withdrew=bool(_WITHDREW.search(text)) or _withdrew_after(line, b),
                            )
                        )
    return out


# a line that ends a sentence, or a table's row; and a line that opens another entry (a member, a list marker)
_ENDED = re.compile(r"[.!?;:]\W*$|\t")
_OPENS_ENTRY = re.compile(rf"^\s*(?:{_MARKER}(?:{_HON})\.?\s|[-•]|\(?(?:[a-z]|[ivx]{{1,4}}|\d{{1,2}})[.)]\s|\t)", re.I)


def _runs_on(line: str, following: str) -> str:
    """The words of a declaration's sentence wrapped onto the next line as printed ("... declared a personal interest
    in Minute OSB.27 as a tenant of Holmbridge" / "Homes. She remained in the meeting ..."): the next line up to its
    first sentence's end; empty where the line ends the sentence or the next opens another entry (not inside a
    bracket the line opens)."""
    bracketed = line.count("(") > line.count(")")  # "in Item 8 (Kirkmuir Harbour Road Bridge" / "- Weight ...)"
    if _ENDED.search(line.rstrip()) or not following.strip() or "\t" in following \
            or (_OPENS_ENTRY.match(following) and not bracketed):
        return ""
    spans = sentence_spans(following)
    return following[spans[0][0]:spans[0][1]].strip() if spans else ""


def _listed(item: MinuteItem, kind: str) -> list[Declaration]:
    """ "Item 3 – Mr A Jarvie (Non-Financial) Item 9(i) Mr K Rosie (Non-Financial) ..."."""
    out: list[Declaration] = []
    for m in _LIST_ENTRY.finditer(item.text):
        for chunk in re.split(r"\s*(?:,|\band\b)\s*", m.group("names")):
            said = re.search(r"\(([^)]*)\)?", chunk)
            for p in people(chunk):
                out.append(
                    Declaration(
                        member=_tidy(p.name),
                        kind=interest_kind(said.group(1) if said else kind),
                        item=m.group("ref"),
                        text=m.group(0).strip(),
                    )
                )
    return out


_KIND_OPENING = re.compile(rf"^(?:(?:{v.INTEREST_KINDS.form})\b[\s,]*(?:and\s+|but\s+not\s+|or\s+)?)+", re.I)


def _tabled(rows: list[str], kind: str) -> list[Declaration]:
    """A declarations table, by cells in a row or flattened to one cell a line."""
    heads: list[str] = []
    start = 0
    for k, row in enumerate(rows):
        cells = row.split("\t")
        if all(_TABLE_HEAD.match(c.strip()) for c in cells) and len(cells) >= 2:
            heads, start = [c.strip().lower() for c in cells], k + 1
            break
        if _TABLE_HEAD.match(row.strip()):
            heads.append(row.strip().lower())
            start = k + 1
        elif heads:
            break
    if len(heads) < 2:
        return []
    celled = "\t" in "".join(rows[start:])
    body = [c for r in rows[start:] for c in r.split("\t")] if celled else rows[start:]
    # the row as printed, quoted verbatim: a table's row, or its cells a line each when the table was flattened
    printed = [r for r in rows[start:] for _ in r.split("\t")] if celled else None
    out: list[Declaration] = []
    for k in range(0, len(body) - len(heads) + 1, len(heads)):
        record = dict(zip(heads, body[k : k + len(heads)], strict=False))
        who = next((c for h, c in record.items() if re.search(r"councillor|member|name|trustee|governor|director", h)),
                   "")
        what = next((c for h, c in record.items() if re.search(r"minute|item", h)), "")
        names = people(who)
        if not names:
            continue
        # "24", "9b", or the item's code as the minutes number it ("ASC/24/014", "LIC.43", "P&R 52")
        ref = re.match(r"(?:[A-Z][A-Za-z&]{0,5}(?:[ ./]|(?=\d)))?\d[\w./-]*",
                       re.sub(r"(?i)^(?:min(?:ute)?\.?|item|no\.?)\s*", "", what.strip()))
        nature = next((c for h, c in record.items() if re.search(r"interest|nature|type|kind", h)), "")
        # "Personal - farms land adjoining ...": the row names its kind, in the interest's column or in what the
        # member did ("Personal and prejudicial; left the room for the item")
        said = _KIND_OPENING.match(nature.strip()) or next(
            (m for h, c in record.items() if re.search(r"action|outcome", h) and (m := _KIND_OPENING.match(c.strip()))),
            None)
        whole_row = printed is not None and len(set(printed[k : k + len(heads)])) == 1
        text = printed[k] if printed is not None and whole_row else " ".join(record.values())
        out.append(
            Declaration(
                member=_tidy(names[0].name),
                kind=interest_kind(said.group(0) if said else kind),
                item=ref.group(0) if ref else None,
                text=text,
                withdrew=bool(_WITHDREW.search(text)),
            )
        )
    return out


def _named(item: MinuteItem) -> list[Declaration]:
    """A bare name over the matter declared: "Councillor W. Morris-Twiddy" / "Expenses for a trip to ..."."""
    lines = item.text.split("\n")
    out: list[Declaration] = []
    for k, line in enumerate(lines):
        if re.match(rf"(?i)^(?:{_HON})\.?\s+\S+(?:\s+\S+){{0,3}}$", line.strip()) and not line.strip().endswith("."):
            for p in people(line):
                said = lines[k + 1] if k + 1 < len(lines) else line
                out.append(Declaration(member=_tidy(p.name), item=None, text=f"{line.strip()}: {said.strip()}"))
    return out


def parse_declarations(meeting: Meeting, roles: list[str | None]) -> None:
    """Declarations made anywhere in the minutes, each once per member and item."""
    found: list[Declaration] = []
    for item, role in zip(meeting.items, roles, strict=True):
        in_item = role == "declarations"
        got = _declarations_in(item, in_item)
        found.extend(got)
        if in_item and not got:
            kind = item.title if re.search(v.INTEREST_KINDS.form, item.title, re.I) else ""
            rows = [r for r in item.text.split("\n") if r.strip()]
            found.extend(_dashed(rows, kind) or _listed(item, kind) or _tabled(rows, kind) or _named(item))
    everyone = [*meeting.present, *meeting.in_attendance]
    seen: set[tuple[str, str | None]] = set()
    for d in (_by_initials(d, everyone) for d in found):
        if (d.member, d.item) not in seen:
            seen.add((d.member, d.item))
            meeting.declarations.append(d)


def _dashed(rows: list[str], kind: str) -> list[Declaration]:
    """ "Cllr Frost – item PL37 (application ...) – other registrable interest: member of ..." a line each."""
    out: list[Declaration] = []
    # a paragraph may run the list on, a sentence a member ("Cllr Jago – non-registerable interest, item 7. Cllr
    # Bolitho – registerable interest, item 8."): each sentence opening with a member and a dash is one line
    for whole, row in ((line, part) for line in rows for part in _RUN_ON_DASHED.split(_WELSH_FIRST.sub("", line))):
        printed = whole.strip() if _WELSH_FIRST.search(whole) else row.strip()  # quoted as printed, both languages
        if not (m := DASHED.match(row.strip())):
            continue
        said = re.search(v.INTEREST_KINDS.form, m.group("tail"), re.I)
        for member in _members(m.group("members")):
            for ref in _targets(_refs(m.group("tail"))):
                out.append(Declaration(member=_tidy(member), kind=interest_kind(said.group(0) if said else kind),
                                       item=ref, text=printed,
                                       withdrew=bool(_WITHDREW.search(m.group("tail")))))  # fmt: skip
    return out


def _by_initials(declaration: Declaration, everyone: list[str]) -> Declaration:
    """A member named by initials ("RL") is the person at the meeting with those initials ("Mr Richard Lamb")."""
    if not re.fullmatch(r"[A-Z]{2,3}", declaration.member):
        return declaration
    for name in everyone:
        words = [w for w in re.findall(r"[A-Z][\w'’-]*", name) if not re.fullmatch(rf"(?i:{_HON})", w)]
        if "".join(w[0] for w in words) == declaration.member:
            return declaration.model_copy(update={"member": _tidy(name)})
    return declaration


def no_declarations(rows: list[Row]) -> bool:
    return any(_NO_DECLARATIONS.search(r.text) for r in rows)
