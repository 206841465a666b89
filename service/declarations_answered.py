"""Answers to who declared an interest, and in what: the meeting's declarations as the clerk recorded them, each
with what the minutes say of it, cited."""

from __future__ import annotations

import re

from minutebook.dates import MONTHS
from minutebook.model import Declaration, Meeting, MinuteItem
from minutebook.vocabulary import (
    DECLARATION_REMINDER,
    DECLARED,
    NO_DECLARATIONS,
)
from service.asked_beyond import asks_beyond, says_only_known, set_aside
from service.drafting import not_found, when
from service.evidence import sentences, stems
from service.papers import Asked, Papers
from service.records import (
    DECLARATIONS,
    RECORDS_STEMS,
    RECORDS_WORDS,
    asked_names,
    meetings_asked,
    topical,
)
from service.schemas import Answer


def declarations(papers: Papers, asked: Asked) -> Answer | None:
    if OTHER_DECLARATION.search(asked.question):
        return None  # "his declaration of acceptance of office", "the declaration of a climate emergency": no interest
    meetings = meetings_asked(papers, asked)
    if meetings is None:
        return not_found("No meeting on that date is in the papers.")
    draft = papers.draft()
    for m in declared_on(papers, asked, meetings):
        where = next((i for i in m.items if DECLARATIONS.search(whole_title(i))), None)
        lead = f"{m.committee}, {when(m.date)}:"
        if m.declarations:
            named = [d for d in m.declarations if surname(d.member) and re.search(
                rf"\b{re.escape(surname(d.member))}\b", asked.question, re.I)]
            member = titled_member(asked)
            if member and not named and not any(member & set(re.findall(r"[a-z]+", d.member.lower()))
                                                for d in m.declarations) \
                    and not (where is not None and member & set(re.findall(r"[a-z]+", where.title.lower()))):
                # "what did Cllr Edward Thomas declare on the Llandeilo bypass motion": the record's declarations
                # are others' (A. Davies's, on the motion Councillors Edward Thomas and Hefin Jones proposed); a
                # member named in what a declaration is on did not make it (a name in the item's own title is
                # the record's, read there when the list was not)
                return not_found(f"The minutes record no interest declared by {' '.join(member_as(asked)).title()}.")
            for d in named or m.declarations:  # "did Cllr Venn have to leave the room": Cllr Venn's
                item = next((i for i in m.items if d.text[:60] in i.text), where)
                if item is None:
                    continue
                quoted = on_item(item.text, d)
                draft.say(f"{lead} {quoted}", papers.item_citation(m, item, quoted))
                lead = ""
                # (all that follows on it, where the question asks beyond what it sets aside: "besides the parish
                # council thing, what else did she say about her interest": not the sentence on that)
                known = set_aside(asked.question)
                most = ABOUT_MOST + BEYOND_MORE if asks_beyond(asked.question) else ABOUT_MOST
                for s in after(item.text, d, most):  # "Councillor Venn remained in the meeting."
                    if not says_only_known(s, known):
                        draft.say(s, papers.item_citation(m, item, s))
        elif where is not None and (SAYS_DECLARED.search(where.text) or NONE_SAID.search(where.text)
                                    or (ACCOUNT_ASKED.search(asked.question) and REMINDED.search(where.text))):
            said = [s for s in sentences(where.text) if re.search(r"[A-Za-z]", s)]  # not a paragraph number alone
            # what the minutes record ("There were none."), before any form of words about what to declare; but a
            # question about what else the item says ("did they have to update their declaration forms?") is
            # answered by the item's sentences in order, when one besides the record shares two of its terms
            recorded = [s for s in said if SAYS_DECLARED.search(s) or NONE_SAID.search(s)] \
                or [s for s in said if REMINDED.search(s)]  # the chair's reminder, where nothing else is recorded
            terms = set(asked.terms)  # all of them: "Register of Interests" is printed as a name, and asked about
            if not any(s not in recorded and len(terms & set(stems(s))) >= 2 for s in said):
                said = recorded or said
            for s in said[:3] or [where.title]:
                draft.say(f"{lead} {s}".strip(), papers.item_citation(m, where, s))
                lead = ""
    if not draft.parts:
        member = {w for w in asked.plan.names if w not in RECORDS_WORDS and w not in MONTHS}
        member -= {w for m in meetings for w in re.findall(r"[a-z]+", m.committee.lower())}
        if not member and not topical(papers, asked) and any(DECLARATIONS.search(whole_title(i)) for m in meetings
                                                              for i in m.items):
            # its declarations item says nothing of an interest declared (a form of words, a page cut short)
            return not_found("The minutes' declarations item records no interest declared that I can quote.")
        return None  # nothing said of interests: a member's may be in the minutes' words on the item
    return draft.done()


# the words of a capitals title run on into its item's text where a flattened paper's line broke it ("2.
# DECLARATIONS OF PERSONAL" over "INTEREST. There were no declarations ..."): capitals up to a full stop
TITLE_RUN_ON = re.compile(r"^(?:[A-Z][A-Z'’-]*\s+){0,3}[A-Z][A-Z'’-]*\.")


def whole_title(item: MinuteItem) -> str:
    """The item's title with the capitals its text begins with, where a capitals title runs on into the text."""
    run_on = TITLE_RUN_ON.match(item.text) if item.title.isupper() else None
    return f"{item.title} {run_on.group(0)}" if run_on else item.title


def declared_on(papers: Papers, asked: Asked, meetings: list[Meeting]) -> list[Meeting]:
    """The meetings a declarations question is about: those asked, unless the question names what an interest was
    on ("declare an interest on the new chief constable"), the one meeting chosen records no declaration on it and
    another of the meetings it could be about does (the subject came up at one, the declaration was at the next)."""
    subject = set(asked.terms) - RECORDS_STEMS - set(stems(" ".join(asked.plan.scope_words)))

    def on_it(m: Meeting) -> bool:
        named = subject - set(stems(f"{m.committee} {m.council or ''}"))
        return bool(named) and any(named & set(stems(d.text)) for d in m.declarations)

    if len(meetings) != 1 or not subject or on_it(meetings[0]):
        return meetings
    return next(([m] for m in (meetings_asked(papers, asked, most=3) or [])[1:] if on_it(m)), meetings)


# a declaration of something other than an interest: "the declaration of acceptance of office" a new councillor
# signs, "the council's declaration of a climate emergency", "the declaration of the poll"
OTHER_DECLARATION = re.compile(r"\bdeclarations?\s+of\s+(?!(?:[\w'’-]+\s+){0,2}?interests?\b)", re.I)


SAYS_DECLARED = re.compile(rf"\b(?:{DECLARED.form})\b[^.]{{0,80}}\binterest|{NO_DECLARATIONS.form}|\bdeclar\w*"
                           r"[^.]{0,40}\b(?:made|received|none)\b", re.I | re.M)


REMINDED = re.compile(DECLARATION_REMINDER.form, re.I)  # "AB reminded Committee members ... of"


# the item's account asked, not whether anyone declared: "what happened under the declarations item", "what was said
# at declarations", "what did the minutes record under interests"
ACCOUNT_ASKED = re.compile(r"\bwhat\s+(?:happened|went\s+on|was\s+(?:said|done|minuted|recorded|noted))\b|"
                           r"\bwhat\s+did\s+(?:it|they|the\s+\w+)\s+(?:say|record|minute|note)\b", re.I)


NONE_SAID = re.compile(r"^\s*(?:there\s+were\s+(?:none|no\s+\w+)|none(?:\s+(?:were\s+)?(?:declared|made|received))?|"
                       r"nil|no\s+declarations?\b[^.]*)\s*\.?\s*$", re.I | re.M)


# how a question calls a member: "Cllr Edward Thomas", "Councillor Pryce", "Mrs Woods"
DECLARING = re.compile(r"\b(?:declar\w*|interests?)\b", re.I)


MEMBER_TITLE = re.compile(r"\b(?:cllrs?|councillors?|mr|mrs|ms|miss|dr)\.?\s+((?:[a-z][\w'’-]*\s*){1,3})", re.I)


# a member named without a title, by whose declaration is asked: "andrew dru-something's declaration - what was it?"
MEMBER_DECLARING = re.compile(r"\b((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)['’]s\s+(?:declarations?|interests?)\b", re.I)


def member_as(asked: Asked) -> list[str]:
    """The words of the member the question asks what they declared, as typed ("what did Cllr Edward Thomas declare":
    "edward thomas"): after a title, those the question's plan reads as names, up to the first that is not, where
    the declaring is asked after them ("did anyone declare on Cllr Fenn's motion" names the motion's proposer)."""
    found = MEMBER_TITLE.search(asked.question)
    if found is None and (named := MEMBER_DECLARING.search(asked.question)):
        # the capitalised words before "'s declaration", as typed ("feb: Andrew Dru-something's"): a name
        return [w.lower() for w in named.group(1).split() if w[:1].isupper()][-2:]
    words = found.group(1).lower().split() if found else []
    names = asked_names(asked)
    out: list[str] = []
    for w in words:
        if w not in names:
            break
        out.append(w)
    rest = asked.question[found.start(1):] if found else ""
    return out if DECLARING.search(rest) else []


def titled_member(asked: Asked) -> set[str]:
    """The words naming the member the question calls by a title, each part of a hyphenated name on its own."""
    return {p for w in member_as(asked) for p in re.findall(r"[a-z]+", w)}


def surname(member: str) -> str:
    words = re.findall(r"[A-Za-z][\w'’-]+", member)
    return words[-1] if words else ""


# what names the item a declaration is on, printed before it on its line: "Agenda Item 14. Cllr H Davies declared
# ...", "Minute 52 - Councillor Venn declared ...", "Item 6: ..."
ITEM_NAMED_BEFORE = re.compile(r"[\s•·*-]*((?:agenda\s+)?(?:item|minute)s?\s*(?:no\.?\s*)?[\w./]{1,12}\s*[.:)–—-]?\s*)",
                               re.I)


def on_item(text: str, d: Declaration) -> str:
    """A declaration as quoted: with the item it is on, where its line names that item before it ("Agenda Item 14.
    Cllr H Davies declared ..."), verbatim from ``text``."""
    at = text.find(d.text)
    if at <= 0 or d.item is None:
        return d.text
    line_start = text.rfind("\n", 0, at) + 1
    named = ITEM_NAMED_BEFORE.fullmatch(text[line_start:at])
    if named is None:
        return d.text
    return text[line_start + named.start(1):at] + d.text


def after(text: str, d: Declaration, most: int = 0) -> list[str]:
    """The sentences after a declaration that are about it (``most`` at most, ABOUT_MOST where not given): why, and
    whether the member stayed ("The reason being that she is a Member of Ellel Parish Council ...", "Councillor Venn
    remained in the meeting."); after a declaration printed as a bare name, the line that gives the interest."""
    said = sentences(text)
    # (a sentence of the declaration's own, not a table's heading cell inside it: "Councillor" of "Proposed by
    # Councillors ...")
    at = next((n for n, s in enumerate(said) if (len(s) >= SAID_LEAST and s[:40] in d.text) or d.text[:40] in s),
              None)
    if at is None:
        return []
    bare = not DECLARED_WORDS.search(d.text)  # "Councillor W. Morris-Twiddy", then the interest on its own line
    name = surname(d.member)
    out: list[str] = []
    for nxt in said[at + 1:at + 1 + (most or ABOUT_MOST)]:
        about = ABOUT.match(nxt) or (name and re.search(rf"\b{re.escape(name)}\b", nxt))
        other = OTHER_MEMBER.match(nxt) and not (name and name in nxt)
        if other or nxt in d.text or not (about or (bare and not out)):
            break
        out.append(nxt)
    return out


ABOUT_MOST = 4  # sentences after a declaration that may be quoted with it (while they are about it: its member)


BEYOND_MORE = 2  # ... and more, where the question asks what else was said of it


SAID_LEAST = 20  # characters: a line shorter is a heading cell, not a sentence of the declaration


# ("As she was no longer a trustee she would claim the dispensation": the reason before the member's word)
ABOUT = re.compile(r"(?:he|she|they|the\s+reason|this\s+was|as\s+(?:a|an|the|he|she|they)\b)", re.I)


DECLARED_WORDS = re.compile(r"\b(?:declar\w*|interest\w*)\b", re.I)


OTHER_MEMBER = re.compile(r"(?:councillors?|cllrs?\.?|mr|mrs|ms|dr)\s", re.I)
