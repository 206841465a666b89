"""Decisions in a minute item: resolutions, decisions in running text, and tagged actions.

Clerks record what a meeting decided in three ways, and one item may use all three:

* a formal block: "RESOLVED", "Resolved:- (1) That ... (2) That ...", "UNANIMOUSLY RESOLVED
  4.1 That ... 4.2 That ...", "RESOLVED – That Cabinet: A: ...", on its own line or run into
  the text, with parts numbered, lettered or in roman numerals;
* running text: "It was resolved that ...", "Council resolved to co-opt ...", "The Committee
  confirmed ...", and outcomes without a subject: "the minutes ... were approved as a
  correct record", "Cllr X was elected", "The Action Log was noted";
* tags: "Action: Clerk to ...", "Cllr X to look at ...", "Clerk to action".

Where an item has a formal block, its decisions are the block's; what the discussion says
members agreed or noted is not counted again. Elsewhere each sentence that records a
decision is one. An outcome without a subject that repeats a formal decision (the minutes
"were signed as a correct record" after "Resolved: That the minutes ... be confirmed") is not
counted twice. The words come from :mod:`minutebook.vocabulary`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ingest.cleaning import Row
from ingest.sentences import sentence_spans, sentences
from minutebook import vocabulary as v
from minutebook.dates import MONTHS
from minutebook.model import Resolution

# "1.4 RESOLVED: ...", "RESOLVED – That", "Resolved:-", "UNANIMOUSLY RESOLVED that", "RESOLVED pursuant to ..."
_LABEL = re.compile(
    rf"(?P<label>(?=[A-Z])(?i:{v.alternation(v.DECISION_LABELS)}))\b"
    r"(?P<after>\s*(?::\s*-?|[-–—]|,|\.(?!\w))\s*|\s+(?=(?i:that|to|pursuant|unanimously|by\s+(?:a\s+)?(?:majority|vote))\b)"
    r"|\s*$|\s+(?=[(\d]))"
    rf"|(?P<welsh>(?i:{v.alternation(v.WELSH_DECISION_LABELS)}))\b\s*(?::\s*-?|[-–—])?\s*"
)
# "It was RESOLVED:" followed by its parts: a formal block, where "it was resolved that ..." is running text
_IT_WAS_LABEL = re.compile(r"(?i:it\s+was\s+(?:\w+\s+)?)(?P<label>(?i:resolved|agreed))\s*:-?\s*(?P<after>)")
_PARA = re.compile(r"^(?P<para>\(?\d{1,3}(?:\.\d{1,2})*\)?\.?)\s+(?=\S)")
# Parts of a block: "(1) That", "1) That", "- 2) That", "(a) notes", "1. That", "4.1 That", "(iii) that", "A: Welcomes",
# and a lettered list's "a. That", "ii. That" (an HTML <ol type="a"> as read)
MARKER = re.compile(
    r"^(?:[-•*·]\s*)?\(?(?P<mark>\d{1,2}|[a-z]|[ivx]{1,4})(?:\)|(?<=[a-z])\.(?=\s+[Tt]hat\b))\s*(?P<rest>.*)$"
    r"|^(?P<dmark>\d{1,2}(?:\.\d{1,2})?)\.?\s+(?P<drest>[Tt]hat\b.*)$"
    r"|^(?P<amark>[A-Z])\s*[:.)]\s+(?P<arest>\S.*)$"
)
_BULLET_MARK = "•"  # a bulleted part: it has no number of its own
_ANY_NUMBERED = re.compile(r"^(?P<dmark>\d{1,2}\.\d{1,2}|\d{1,2}(?=[.)]))[.)]?\s+(?P<drest>\S.*)$")
INLINE_MARKER = re.compile(r"(?:^|(?<=[;.:]\s)|(?<=\s))\((?P<mark>\d{1,2}|[a-z]|[ivx]{1,4})\)\s+(?=[Tt]hat\b)")
BULLET = re.compile(r"^(?:[-•*·▪◦]|:\s)")

_BODY_DECIDED = re.compile(
    r"(?:(?<=^)|(?<=[\s,;(]))(?:the\s+)?(?:(?-i:[A-Z])[\w&'’-]*\s+){0,4}?"
    # "The Board: NOTED the report", "The Board, as corporate trustee, APPROVED ...": a colon or comma after the body
    rf"{v.alternation(v.DECIDING_BODIES)}[:,]?\s+(?:(?:{v.alternation(v.DECISION_ADVERBS)})\s+)?(?:has\s+)?"
    rf"(?:{v.alternation(v.DECISION_VERBS)}|[^.;]{{0,80}}?\band\s+(?:(?:{v.alternation(v.DECISION_ADVERBS)})\s+)?"
    rf"(?:agreed|resolved|approved|noted|recommended|decided)|[^.;]{{0,60}}?\b{v.CAPITAL_DECISION_VERBS.form})\b",
    re.I,
)
_ELLIPTICAL = re.compile(v.ELLIPTICAL_OUTCOMES.form, re.I)
_RESPONSE = re.compile(v.PLANNING_RESPONSES.form, re.I)
_UNDERTAKING = re.compile(
    rf"^(?P<owner>{v.alternation(v.ACTION_OWNERS)})\s+(?:also\s+)?agreed\s+to\s+(?P<verb>[a-z]+)\b", re.I
)
_OBJECT_POSITION = re.compile(r"\b(?:to|of|by|from|with|for|informed|advised|told|asked|reminded|thanked|on)\s+$", re.I)
_IT_WAS_DECIDED = re.compile(r"\bit\s+was\s+(?:\w+\s+){0,2}?(?:resolved|agreed|decided|determined)\b", re.I)
_MOTION = v.compiled(v.MOTION_OUTCOMES)
_PASSIVE = [re.compile(t.form, re.I) for t in v.PASSIVE_OUTCOMES]
_NOT_DECISION = v.compiled(v.NOT_DECISIONS)
_MINUTES_APPROVED = re.compile(
    rf"{v.PASSIVE_OUTCOMES[0].form}|{v.PASSIVE_OUTCOMES[1].form}|\b(?:true|correct|accurate)\s+record\b"
    r"|\bminutes\b[^.;]{0,200}?\bbe\s+(?:\w+\s+){0,3}?(?:approved|confirmed|signed|adopted)\b",
    re.I,
)
_OWNER = v.alternation(v.ACTION_OWNERS)
_TAG = re.compile(rf"^(?:{v.ACTION_LABEL.form}\s*)?(?P<owner>{_OWNER})\s+(?:to|will)\s+(?P<verb>[a-z]+)\b", re.I)
_BARE_TAG = re.compile(
    rf"^(?:(?P<owner>{_OWNER})\s+to\s+action|{v.ACTION_LABEL.form}\s*(?P<owner2>{_OWNER}))\W*$", re.I
)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# "ACTION: Head of Highways - 31 March 2022", "ACTION BY: Dr Saeed / CCG - January 2020": whoever follows up the
# decision above, and by when (a date, a month, "next meeting"), on a line of their own (an owner holds no spaced
# dash: "ACTION: CFO - report on on-call availability after the campaign - June 2028" is an action line of its own,
# its owner, what they are to do and by when)
_DATED_TAG = re.compile(
    rf"^(?:{v.FOLLOW_UP_FIELDS[0].form})\s*[:–—-]\s*(?P<owner>(?-i:[A-Z])(?:(?!\s-\s)[^–—:;]){{1,80}}?)\s+[-–—]\s+"
    rf"(?P<due>(?:by\s+|before\s+)?(?:the\s+)?(?:\d|next\s+meeting|(?:{_MONTH_NAMES})\b).{{0,40}}?)\W*$",
    re.I,
)
_OWNER_FIELD = re.compile(rf"^{v.ACTION_OWNER_FIELD.form}\s*(?P<value>\S.{{0,80}}?)\W*$", re.I)
_DUE_FIELD = re.compile(rf"^{v.ACTION_DUE_FIELD.form}\s*(?P<value>\S.{{0,80}}?)\W*$", re.I)
# a field after another on one line: "Lead officer: Licensing Manager; deadline: 2 May 2025."
_NEXT_FIELD = re.compile(rf"(?<=[;,])\s+(?=(?:{v.ACTION_OWNER_FIELD.form}|{v.ACTION_DUE_FIELD.form}))", re.I)
# an action line of its own: "ACTION: Publish the consultation." (its owner and date on the next line as fields),
# "ACTION: Community Safety Manager - circulate the draft map by 30 September 2026."
_LABELLED = re.compile(rf"^{v.ACTION_LABEL.form}\s*(?P<what>(?-i:[A-Z0-9]).*)$", re.I)
# the owner before a dash: "Area Manager (Prevention and Protection) - ...", "Cllr Hext and Town Clerk - ..."
_NAMED = r"(?:(?-i:[A-Z])[\w.'’&/-]*|of|and|the|to|for|&|/|\([^()]{1,60}\))"
_OWNER_DASH = re.compile(rf"^(?P<owner>{_NAMED}(?:\s+{_NAMED}){{0,9}})\s+[-–—]\s+\S")
# or after it, with its date: "ACTION: Report on the roads to be circulated - Bethan Crowther - by 30 October 2026."
_DASH_OWNER = re.compile(
    rf"\s[-–—]\s+(?P<owner>{_NAMED}(?:\s+{_NAMED}){{0,6}})(?:\s+[-–—]\s+(?:by|before)\s[^–—]+)?\W*$")
# a verb in the base form, as a subjunctive decision has it ("that the Mayor write"): not a small word, not a
# past tense or third person ("that the Clerk reported", "that the Clerk writes" report what happened), not a
# verb of noting or of holding office ("that Members note the report", "that Cllr Williams remain as Chairman")
_BASE_VERB = (r"(?!(?:of|and|or|in|on|at|for|with|by|from|as|is|are|was|were|has|had|have|be|been|being|the|a|an"
              r"|who|which|that|said|also|not|note|receive|accept|agree|approve|endorse|support|welcome|adopt|confirm"
              r"|thank|remain|continue|serve|hold|stand)\b)(?-i:[a-z]+)\b(?<!ed)(?<![^s]s)")
_OWNER_FORMS = [re.compile(t.form.replace("{owner}", _OWNER).replace("{verb}", _BASE_VERB), re.I)
                for t in v.OWNER_FORMS]
_BODIES = tuple(t for t in v.DECIDING_BODIES if t is not v.SINGLE_DECIDER)  # a Leader can be asked to act
_BODY = re.compile(rf"(?:^|\s){v.alternation(_BODIES)}$|^(?:all\s+)?(?:members|councillors)$", re.I)
_NOT_VERBS = {"the", "a", "an", "be", "this", "that", "council", "parish", "meeting", "committee"}


# a lettered or numbered paragraph's title before its decision: "c) Tanners Row allocation: RESOLVED that ..."
_TITLE_BEFORE = re.compile(r"^(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?=[^.:;]{2,80}:\s)")  # a titled paragraph's letter
# (or opening it: "b) RESOLVED to approve the following payments:")
_TITLED = re.compile(r"^(?:\(?[a-z0-9]{1,3}[.)]\s+)?[^.:;]{2,80}:\s+(?=[A-Z])|^\(?[a-z]{1,2}\)\s+(?=[A-Z])")


def decision_label(text: str) -> re.Match[str] | None:
    """A formal decision label ("RESOLVED", "Resolved:-", "It was RESOLVED:") opening ``text`` or a sentence of it."""
    for a, _ in sentence_spans(text):
        m = _LABEL.match(text, a) or _IT_WAS_LABEL.match(text, a)
        if m:
            return m
    return None


def _paragraph_label(text: str) -> re.Match[str] | None:
    """A decision label of a paragraph of its own: as :func:`decision_label`, or after the paragraph's letter and
    title ("c) Tanners Row allocation: RESOLVED that ...", "b) RESOLVED to approve the following payments:"); not
    read inside a decision's block, whose parts are lettered too ("(ii) NOTED that ...")."""
    if found := decision_label(text):
        return found
    titled = _TITLED.match(text)
    return _LABEL.match(text, titled.end()) if titled else None


def _after_title(text: str) -> str:
    """A titled paragraph's decision without its title and label ("Tanners Row allocation: RESOLVED that a working
    group ..." -> "that a working group ..."); any other text as it is."""
    titled = _TITLED.match(text)
    label = _LABEL.match(text, titled.end()) if titled and decision_label(text) is None else None
    return text[label.end() :] if label else text


def _sibling(line: str, kind: str) -> bool:
    """Does the line open a paragraph lettered or numbered as the one before ("b) ..." after "a) ...")?"""
    m = MARKER.match(line)
    return bool(m and m.group("mark") and _marker_kind(m.group("mark")) == kind)


# a dashed list's line opening with a decision label ("- Resolved: to accept the quote", "- RESOLVED that ..."), not
# a label over parts ("- Resolved:- (1) ...")
_BULLETED_LABEL = re.compile(
    r"^[-•*·▪]\s+(?=(?i:resolved|agreed|decision|decided|penderfynwyd)(?:\s*:\s*[\w\"“‘']|\s+(?i:that|to)\b))")


def _labels_unbulleted(lines: list[str]) -> list[str]:
    """The lines as their labels are read: a dashed list's "- Resolved: ..." without its bullet, but not a part of a
    list a lead-in opened ("The Board:" / "- NOTED ..." / "- AGREED that ..."), which stays a part."""
    out: list[str] = []
    in_parts = False
    for line in lines:
        bulleted = bool(BULLET.match(line))
        in_parts = bulleted and (in_parts or (bool(out) and out[-1].rstrip().endswith((":", ":-"))))
        out.append(line if in_parts else _BULLETED_LABEL.sub("", line))
    return out


def _para(text: str) -> tuple[str | None, str]:
    """A paragraph number opening a row ("6.2 The Board agreed ...") and the text after it."""
    m = _PARA.match(text)
    # "(1) That ..." is a part of a decision block; "(5) RESOLVED that ...", a numbered paragraph that decides
    if not m or (MARKER.match(text) and not _LABEL.match(text, m.end())):
        return None, text
    return m.group("para").strip("().") or None, text[m.end() :]


def _tag(sentence: str) -> str | None:
    """The owner an action tag names: "Action: Clerk to obtain quotes" -> "Clerk"."""
    m = _TAG.match(sentence)
    if not m or m.group("verb").lower() in _NOT_VERBS:
        return None
    return _tidy_owner(m.group("owner"))


def _undertaking(sentence: str) -> str | None:
    """Someone at the meeting agreeing to act: "Cllr Gunn agreed to chase the roads department." -> "Cllr Gunn"."""
    m = _UNDERTAKING.match(sentence)
    if not m or m.group("verb").lower() in _NOT_VERBS or re.search(v.alternation(v.DECIDING_BODIES) + "$",
                                                                      m.group("owner"), re.I):  # fmt: skip
        return None
    return _tidy_owner(m.group("owner"))


def _tidy_owner(owner: str) -> str:
    return re.sub(r"\s+", " ", re.sub(rf"(?i)^{v.ACTION_LABEL.form}\s*", "", owner)).strip(" ,.")


def _decided(sentence: str) -> bool:
    """Does this sentence record a decision taken by the meeting (not discussion or a fact)?"""
    if _IT_WAS_DECIDED.search(sentence) or _MOTION.search(sentence) or _ELLIPTICAL.match(sentence.strip()):
        return True
    at = 0
    while m := _BODY_DECIDED.search(sentence, at):  # every subject, overlapping: "the meeting the Council RESOLVED"
        before, after = sentence[max(0, m.start() - 12) : m.start()], sentence[m.end() : m.end() + 40]
        if not _OBJECT_POSITION.search(before) and not re.search(r"(?i)\bapolog", after):
            return True
        at = m.start() + 1
    return False


def _outcome(sentence: str) -> bool:
    """A decision recorded without a deciding subject: "the minutes ... were approved", "X was elected"."""
    if _NOT_DECISION.search(sentence) or re.match(r"(?i)\s*it\s+was\b", sentence):
        return False
    return any(p.search(sentence) for p in _PASSIVE)


def _owner(text: str) -> str | None:
    """Whoever a decision asks to act (the first named), or a tag among its sentences names."""
    found = [m for p in _OWNER_FORMS if (m := p.search(text)) and not _BODY.search(_tidy_owner(m.group("owner")))]
    if found:
        return _tidy_owner(min(found, key=lambda m: m.start()).group("owner"))
    return next((t for s in sentences(text) if (t := _tag(s))), None)


@dataclass
class _Found:
    """Decisions found so far in one item, in order."""

    out: list[Resolution] = field(default_factory=list)
    outcomes: list[Resolution] = field(default_factory=list)  # kept unless a decision already covers them
    records: bool = False  # an apologies or attendance item: what it notes is about the apologies
    previous: str | None = None  # the last sentence of the line before, which an action tag on its own line follows

    def add(self, number: str | None, text: str, owner: str | None = None) -> None:
        text = text.strip()
        if text:
            self.out.append(Resolution(number=number, text=text, owner=owner or _owner(_after_title(text))))


def parse_resolutions(body: list[Row], role: str | None = None) -> list[Resolution]:
    """The decisions of one minute item, in the order the clerk wrote them.

    In an apologies or attendance item an outcome written alone ("Accepted.", "Noted as above.") is about the
    apologies, not a decision.
    """
    lines = _labels_unbulleted([r.text for r in body])
    formal = any(decision_label(_para(t)[1]) for t in lines)
    found = _Found(records=role in ("apologies", "attendance"))
    i = 0
    while i < len(lines):
        para, text = _para(lines[i])
        label = _paragraph_label(text)
        lead = label is None and _opens_parts(text, lines[i + 1 : i + 2])
        if label is None and not lead:
            _sentences(found, text, para, formal)
            i += 1
            continue
        found.previous = None  # a decision block's own tags are read with the block
        titled = _TITLE_BEFORE.match(text) if label is not None and decision_label(text) is None else None
        if titled is not None:  # "c) Tanners Row allocation: RESOLVED that ...": the decision with its subject
            rest = text[titled.end() :].strip()
        elif label is not None:
            _sentences(found, text[: label.start()], para, formal)
            rest = text[label.end() :].strip()
        else:
            rest = ""  # "The Committee agreed:-" / "The Cabinet:" over its numbered or bulleted decisions
        j = i + 1
        while j < len(lines) and not decision_label(_para(lines[j])[1]):
            j += 1
        own = MARKER.match(lines[i])
        if own and own.group("mark") and label is not None and label.start() > 0:
            # a decision inside a lettered paragraph ("a) 26/01184/FUL ... RESOLVED to support the application.")
            # ends where the next paragraph ("b) ...") starts: that is the item's next matter, not a part of it
            kind = _marker_kind(own.group("mark"))
            j = next((k for k in range(i + 1, j) if _sibling(lines[k], kind)), j)
        lead = lead or (not rest and i + 1 < j and _ANY_NUMBERED.match(lines[i + 1]) is not None)  # "RESOLVED:" alone
        parts, used = _split_block(([rest] if rest else []) + lines[i + 1 : j], lead=lead)
        if not parts:  # the label says it all: "Recommendations approved."
            parts = [(None, text[label.start() if label else 0 :].strip())]
        single = len(parts) == 1 and parts[0][0] is None
        for mark, part in parts:
            first, *more = _first_sentence_and_decisions(part)
            found.add(mark or (para if single else None), first)
            for extra in more:
                found.add(para if single else None, extra)
        consumed = used - (1 if rest else 0)
        after = i + 1 + max(consumed, 0)
        if after < j and (bare := _BARE_TAG.match(_para(lines[after])[1].strip())) and found.out:
            if found.out[-1].owner is None:  # "AGREED to request speed checks." / "Action: Secretary"
                found.out[-1] = found.out[-1].model_copy(update={"owner": _tidy_owner(bare.group("owner") or
                                                                                      bare.group("owner2"))})
            after += 1
        i = min(after, j)  # what follows the block is read again: narrative, or another lead-in and its parts
    return _finish(found)


def _sentences(found: _Found, text: str, para: str | None, formal: bool) -> None:
    """Decisions, outcomes and action tags in running text (outside a formal block)."""
    previous, found.previous = found.previous, None
    text = re.sub(r"^(?:[-•*·▪]\s+)", "", text)  # a bullet's text is the sentence
    for sentence in _clauses(text):
        if found.out and _follow_up_fields(found, sentence.strip()):
            previous = sentence
            continue
        bare = _BARE_TAG.match(sentence)
        if bare:
            owner = _tidy_owner(bare.group("owner") or bare.group("owner2"))
            if found.out and found.out[-1].owner is None and found.out[-1].text == previous:
                found.out[-1] = found.out[-1].model_copy(update={"owner": owner})
            elif previous and not (found.out and found.out[-1].text == previous):
                found.add(para, previous, owner)
            previous = sentence
            continue
        tagged = _tag(sentence) or _undertaking(sentence)
        if tagged:
            found.add(para, sentence, tagged)
        elif labelled := _LABELLED.match(sentence.strip()):  # an action of its own, whoever the lines after name
            named = _OWNER_DASH.match(labelled.group("what")) or _DASH_OWNER.search(labelled.group("what"))
            found.add(para, sentence, _tidy_owner(named.group("owner")) if named else None)
        elif not formal and _RESPONSE.match(sentence.strip()):  # the application it answers is the sentence before
            before = previous if previous and not (found.out and found.out[-1].text == previous) else None
            found.add(para, f"{before} {sentence}" if before else sentence)
        elif not formal and _decided(sentence) and not (found.records and _ELLIPTICAL.match(sentence.strip())) \
                and not _NOTED_THAT.search(sentence.strip()):  # "Members noted that:" opens the points noted
            found.add(para, sentence)
        elif not formal and _outcome(sentence):
            found.outcomes.append(Resolution(number=para, text=sentence))
            found.out.append(found.outcomes[-1])
        previous = sentence
    found.previous = previous


def _follow_up_fields(found: _Found, sentence: str) -> bool:
    """A follow-up line for the decision above: its owner and date ("ACTION: Town Clerk - 30 June 2022") or one
    field of them ("Owner: Ada Crane.", "Due: 31 May 2023."); a field names the owner even over a tag's role."""
    last = found.out[-1]
    if (m := _DATED_TAG.match(sentence)) and " to " not in f" {m.group('owner')} ":
        found.out[-1] = last.model_copy(update={"owner": last.owner or _tidy_owner(m.group("owner")),
                                                "due": m.group("due").strip()})
        return True
    if m := _OWNER_FIELD.match(sentence):
        update = {"owner": m.group("value").strip()}
    elif m := _DUE_FIELD.match(sentence):
        update = {"due": m.group("value").strip()}
    else:
        return False
    if _LABELLED.match(last.text):  # an action line's own fields are a part of it, quoted with it
        update["text"] = f"{last.text} {sentence.strip()}"
    found.out[-1] = last.model_copy(update=update)
    return True


def _clauses(text: str) -> list[str]:
    """Sentences, and a tag after a semicolon as its own: "Flooding reported again; Clerk to chase Highways."."""
    out: list[str] = []
    for sentence in sentences(text):
        head, sep, tail = sentence.partition("; ")
        if sep and _tag(tail):
            out.extend([head + ";", tail])
        elif _OWNER_FIELD.match(sentence) or _DUE_FIELD.match(sentence):
            out.extend(_NEXT_FIELD.split(sentence))  # "Lead officer: X; deadline: 2 May 2025."
        else:
            out.append(sentence)
    return out


def _finish(found: _Found) -> list[Resolution]:
    """Drop outcomes a decision already records, and a decision written twice (ModernGov's two blocks)."""
    decided_minutes = any(_MINUTES_APPROVED.search(r.text) for r in found.out if r not in found.outcomes)
    out: list[Resolution] = []
    seen: set[str] = set()
    for r in found.out:
        if r in found.outcomes and decided_minutes and _MINUTES_APPROVED.search(r.text):
            continue
        key = re.sub(r"\W+", " ", r.text.lower()).strip()
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return _unique_numbers(out)


def _unique_numbers(resolutions: list[Resolution]) -> list[Resolution]:
    """A paragraph number shared by two decisions of one paragraph names neither alone."""
    counts: dict[str | None, int] = {}
    for r in resolutions:
        counts[r.number] = counts.get(r.number, 0) + 1
    return [
        r if r.number is None or counts[r.number] == 1 else r.model_copy(update={"number": None}) for r in resolutions
    ]


def _first_sentence_and_decisions(part: str) -> list[str]:
    """A block part, split where a later sentence records a decision of its own.

    "That the report be noted. In relation to 5(a) Members supported ..." is two decisions;
    "That the minutes ... be confirmed. Following the meeting ... were updated" is one.
    """
    if "\n" in part:
        return [part]
    spans = sentence_spans(part)
    cuts = [a for a, b in spans[1:] if _decided(part[a:b])]
    if not cuts:
        return [part]
    bounds = [0, *cuts, len(part)]
    return [part[a:b].strip() for a, b in itertools.pairwise(bounds) if part[a:b].strip()]


_INLINE_PART = re.compile(r"(?:^|(?<=\s))\(?(?P<mark>[ivx]{1,4}|[a-z]|\d{1,2})\)\s+(?=\S)")


def _inline_sequence(line: str) -> list[int]:
    """Where a run of parts numbered in order starts on one line: "i) to grant ...; ii) that ..."."""
    found = [(m.start(), m.group("mark")) for m in _INLINE_PART.finditer(line)]
    marks = [mark for _, mark in found]
    cuts = [at for at, _ in found]
    if len(cuts) < 2:
        return []
    parts = [line[a:b] for a, b in zip(cuts, [*cuts[1:], len(line)], strict=True)]
    # each part a clause with its verb ("(2) the slippage be approved"), not a list of names ("(a) the Rowan Trust")
    # or a clause long enough to carry its own verb ("(b) the Chief Fire Officer publish the final plan by 31 May")
    substantial = all(re.search(r"\b(?:be|is|are|been)\s+\w+|\b\w+ed\b", p) or len(p.split()) >= 8 for p in parts)
    for series in (["i", "ii", "iii", "iv", "v", "vi"], list("abcdef"), list("123456")):
        if len(marks) >= 2 and marks == series[: len(marks)] and substantial:
            return cuts
    return []


def _explode_inline(lines: list[str]) -> list[str]:
    """Split "(1) That ...; (2) That ..." written on one line into one line per part."""
    out: list[str] = []
    for line in lines:
        cuts = [m.start() for m in INLINE_MARKER.finditer(line)] or _inline_sequence(line)
        if len(cuts) >= 2 or (cuts and cuts[0] > 0):
            bounds = [*cuts, len(line)]
            if bounds[0] > 0:
                out.append(line[: bounds[0]].strip())
            out.extend(line[a:b].strip() for a, b in itertools.pairwise(bounds))
        else:
            out.append(line)
    return [x for x in out if x]


_LEAD_SUBJECT = re.compile(
    rf"^(?:following\s+(?:discussion|debate|consideration),?\s+)?(?:(?:the|it\s+was)\s+)?(?:\w+\s+){{0,3}}?"
    rf"(?:{v.alternation(v.DECIDING_BODIES)}|resolved|agreed)\s*:-?$",
    re.I,
)
# a lead-in of what was noted as fact ("Members noted that:", "The Panel noted the following points:"), whose list is
# what the discussion brought out; "RESOLVED: That the Committee notes:" and "The Board noted:" list what it decided
_NOTED_THAT = re.compile(r"(?i)\bnoted\s+(?:that|the\s+following\s+points?)\s*:-?$")
_LIST_PART = re.compile(r"^(?:[-•*·▪]\s+|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)")


def _opens_parts(text: str, following: list[str]) -> bool:
    """A sentence ending in a colon that opens a list of decisions: "The Committee agreed:-", "The Cabinet:"."""
    text = text.strip()
    if not text.endswith((":", ":-")) or not following or not _LIST_PART.match(following[0]):
        return False
    if _NOTED_THAT.search(text):  # "Members noted that:": the points the debate brought out, not decisions
        return False
    return bool(_LEAD_SUBJECT.match(text)) or _decided(text)


def _split_block(lines: list[str], *, lead: bool = False) -> tuple[list[tuple[str | None, str]], int]:
    """The parts of a decision block, and how many of ``lines`` they used (the rest is narrative).

    ``lead``: the block follows a sentence that introduced it ("The Board:"), so numbered and bulleted lines
    are its parts whatever words they open with ("1. Approved ...", "• RATIFIED ...").
    """
    pieces = [(k, piece) for k, line in enumerate(lines) for piece in _explode_inline([line])]
    parts: list[tuple[str | None, list[str]]] = []
    top: str | None = None  # "digit", "alpha", "roman" or "upper": the kind of marker that numbers the parts
    used = 0
    for idx, (origin, line) in enumerate(pieces):
        opened = len(parts) == 1 and parts[0][0] is None and _is_lead_in(parts[0][1])
        m = MARKER.match(line) or (_ANY_NUMBERED.match(line) if lead or opened or top == "digit" else None)
        groups = m.groupdict() if m else {}
        mark = groups.get("mark") or groups.get("dmark") or groups.get("amark")
        rest = (groups.get("rest") or groups.get("drest") or groups.get("arest") or "") if m else line
        kind = _marker_kind(mark) if mark else None
        if mark is None and BULLET.match(line) and (top == "bullet" or (top is None and (not parts or opened))):
            mark, rest, kind = _BULLET_MARK, BULLET.sub("", line).strip(), "bullet"  # bullets under a decision
        lead_in = len(parts) == 1 and parts[0][0] is None and _is_lead_in(parts[0][1])
        if mark and top is None and lead_in and not _decides_itself(parts[0][1]):
            parts.clear()  # "RESOLVED that:" / "That Cabinet:" then "(1) ..." "(2) ...": the parts are the decisions
        if mark and ((top is None and not parts) or kind == top):
            top = kind
            parts.append((mark, [rest]))
        elif not parts:
            previous = pieces[idx - 1][1] if idx else ""
            if idx and _ends_sentence(previous) and not BULLET.match(line) and not previous.endswith(":"):
                break
            parts.append((None, [line]))
        elif BULLET.match(line) and not mark and _tag(BULLET.sub("", line).strip()):
            break  # "- Action: Clerk to instruct Safeplay." after "- Resolved: ...": a dashed list's next line
        elif mark or BULLET.match(line) or not _ends_sentence(parts[-1][1][-1]) or _continues(line):
            parts[-1][1].append(line)  # a sub-part "(a)", a bullet, a wrapped line, or the decision's reason
        else:
            break  # a new sentence that is not a part: narrative after the resolutions
        used = origin + 1
    return [(None if n == _BULLET_MARK else n, _join(t)) for n, t in parts if _join(t)], used


_EXPLAINS = re.compile(r"(?i)\b(?:reasons?|conditions?|grounds|informatives?)\b")
_REASON = re.compile(r"(?i)^(?:reasons?(?:\s+for\s+(?:the\s+)?decision)?|alternative\s+options?(?:\s+considered)?)\s*:")
# a vote's count ("(8 for, 1 against)"), with its figures: "to accept the quote ... for repairs." is no vote
_VOTE = re.compile(
    r"(?i)^(?=.*(?:\d\s*(?:votes?\s+)?(?:for|against|abst)|(?:for|against|abstain\w*|abstentions?)\s*[:=-]?\s*\d))"
    r"\(?[^()]*\b(?:for|against|abstain\w*|abstention\w*)\b[^()]*\)?\s*:?\s*-?$"
)


def _continues(line: str) -> bool:
    """A line that goes on with the part above: wrapped text, or "Reason: ..." under a decision."""
    return line[:1].islower() or bool(_REASON.match(line))


# a whole decision that ends by listing what it covers: "That the forward plan be agreed, with the following items
# added:", "that the grants be approved as follows:" -- the list below is the decision's content, not more decisions
_DECIDED_THEN_LIST = re.compile(
    r"(?i)\bbe\s+(?:\w+\s+){0,2}?\w+(?:ed|en|de)\b[^:]{0,80}?\b(?:following|below|as\s+follows)\b[^:]{0,40}:-?\s*$"
)


def _is_lead_in(lines: list[str]) -> bool:
    """An opener that only introduces the parts that follow: "that:", "That Cabinet:", "to", "(8 for, 1 against)",
    "On the proposal of ..., it was agreed to:". Not "REFUSED for the following reasons:": reasons explain a decision.
    """
    if len(lines) != 1 or _EXPLAINS.search(lines[0]) or _DECIDED_THEN_LIST.search(lines[0]):
        return False
    text = lines[0].strip()
    short = len(text) <= 60 and (bool(re.search(r"(?i)\b(?:that|to)$", text)) or bool(_VOTE.match(text)))
    return short or text.endswith((":", ":-"))


# a lead-in that is a decision in its own right, its numbered parts only what it is subject to: "That authority be
# delegated to the Development Manager to GRANT planning permission for application 24/0412/FUL subject to:" (planning
# and licensing committees' grants subject to a section 106 agreement and conditions); not "That Cabinet:" or "RESOLVED
# to approve:", whose parts are the decisions
_DECIDING_LEAD = re.compile(r"(?i)\bbe\s+(?:\w+\s+){0,2}?(?:delegated|granted|refused|approved|deferred|agreed|"
                            r"awarded|accepted|supported|authori[sz]ed)\b|\b(?-i:GRANT|REFUSE|APPROVE|AWARD)(?-i:ED)?\b")
# (with its colon or none: "That planning permission be GRANTED subject to" over "(a) the conditions ...")
_SUBJECT_TO = re.compile(r"(?i)\bsubject\s+to(?:\s+the\s+following)?\s*(?::-?)?$")


def _decides_itself(lines: list[str]) -> bool:
    """Does a lead-in record the decision itself, its numbered parts only what it is subject to?"""
    text = " ".join(x.strip() for x in lines).strip()
    return bool(_SUBJECT_TO.search(text)) and bool(_DECIDING_LEAD.search(text))


def _marker_kind(mark: str) -> str:
    if mark.isdigit() or re.fullmatch(r"\d+\.\d+", mark):
        return "digit"
    if len(mark) == 1 and mark.isupper():
        return "upper"
    if (re.fullmatch(r"[ivx]+", mark) and mark not in {"v", "x"}) or mark == "i":
        return "roman"
    return "alpha"


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "?", "!", '."', ".”", ".)"))


def _join(lines: list[str]) -> str:
    return "\n".join(x.strip() for x in lines if x.strip())
