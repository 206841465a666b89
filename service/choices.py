"""Which of two things, where the question offers them: the quotes must say one of them of what is asked about.

"Was John Wear for or against plans list item 2" met by "Plans List Item 2 – John Wear" (a list of who spoke, no side
taken); "what sort of interest did Munro and Heggie declare on item 18, financial or non-financial?" met by "Item 18 –
Ms L Munro, Mr T Heggie ... (all" (the kind cut off); "was the grant paid in cash or by cheque" met by "the grant be
paid": the subject is there, the choice asked is not. The check reads the question for two alternatives set as a
choice (at its end, after a comma, a dash or "what sort of", or in a question put yes-or-no: "was it approved or
refused"), and the sentences of the quotes that say most of the subject for either alternative. A side taken ("for or
against", "and which side?": minutebook.vocabulary.STANCE_ASKED) is read as minutes say it
(minutebook.vocabulary.STANCE_SAID).
"""

from __future__ import annotations

import re

from minutebook.vocabulary import STANCE_ASKED, STANCE_SAID
from service.evidence import sentences, stems
from service.papers import Asked
from service.schemas import Answer

# "..., financial or non-financial?", "- approved or refused?", "in person or online?": two alternatives closing the
# question, each a word or two
CHOICE_END = re.compile(r"(?P<lead>[,;:–—-]|\bsort\s+of\b[^?]*|\bkind\s+of\b[^?]*|\btype\s+of\b[^?]*|^)?\s*"
                        r"\b(?P<a>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+or\s+(?P<b>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)"
                        # (then who or when, which the choice is asked of: "were the cuts approved or dropped by the
                        # councillors on 21/1/16?", "approved or only noted at the council?")
                        r"(?P<tail>\s+(?:by|on|at|in|during|last|this)\s+[^?,;:–—]*?)?"
                        r"\s*[?.!]*\s*$", re.I)
# a question (or its last clause: "sept 2019 - was the letter sent by post or by email?") put yes-or-no ("was it
# ...", "did they ...") whose two closing words are the choice
YES_NO = re.compile(r"(?:^|[–—:;?]|\s-|,)\s*(?:and\s+|so\s+)?(?:was|were|is|are|did|does|do|has|have|had|will|would)\b"
                    r"[^–—:;?,]*[?.!]*\s*$", re.I)
# "for or against", "which side?": a side taken, wherever it stands in the question
FOR_AGAINST = re.compile(STANCE_ASKED.form, re.I)
# a second "alternative" that only turns the question yes-or-no, or leaves it open: "or not", "or what", "or both"
OPEN = re.compile(r"^(?:not|no|otherwise|else|both|neither|either|what|anything|something|whatever|so|later|"
                  r"never|none|nothing|only)\b", re.I)
STANCE = tuple(re.compile(rf"\b(?:{t.form})", re.I) for t in STANCE_SAID)
NOT_CHOSEN = "The papers do not say which."  # neither alternative said of what is asked about
LEAD_IN = re.compile(r"[:：]\s*[-–—]?\s*$")  # a sentence that opens a list: "... the Plans List Items indicated:"


def side_words(question: str) -> list[str]:
    """The words of ``question`` that ask which side someone took ("and which side?", "for or against"): the ask, which
    records say in their own words ("spoke in favour of the application"), not words an item must print."""
    return [m.group(0) for m in FOR_AGAINST.finditer(question)]


def choice_unmet(asked: Asked, answer: Answer) -> str | None:
    """Two alternatives asked for as a choice, neither said in the sentences of the quotes that say most of what is
    asked about."""
    if not answer.citations:
        return None
    question = asked.question
    if FOR_AGAINST.search(question):
        offered: list[re.Pattern[str]] = list(STANCE)
        said_as: list[set[str]] = []
        words = {"for", "against"}
    else:
        found = CHOICE_END.search(question)
        if found is None or OPEN.match(found.group("b")) or (found.group("lead") is None and
                                                              not YES_NO.search(question)):
            return None
        a, b = found.group("a"), found.group("b")
        if found.group("tail") and len(b.split()) == 1:
            # one word against one before who or when: "were the cuts approved or dropped by ..." offers approved or
            # dropped, not the cuts
            a = a.split()[-1]
        forms = [set(stems(a)) - {"non"}, set(stems(b)) - {"non"}]
        if not all(forms):
            return None
        offered = [re.compile(r"\b(?:" + "|".join(re.escape(t) for t in f) + r")", re.I) for f in forms]
        said_as = forms  # each alternative's stems: "pecuniari" is "pecuniary" read, not its prefix
        words = {w.lower() for w in re.findall(r"[\w'’-]+", f"{a} {b}")}
    chosen = set(stems(" ".join(words)))
    subject = [t for t in asked.terms if t not in chosen]  # what is asked about, and whom ("Munro, Heggie")
    if not subject:
        return None
    best: list[str] = []
    top = 0
    lead, of = "", None  # the lead-in a list's entries follow, and its item
    for c in answer.citations:
        item = (c.meeting_date, c.item_title)
        if item != of:
            lead, of = "", item
        for s in sentences(c.quote):
            # an entry of a list is read with its lead-in ("The following members of the public addressed the
            # meeting regarding the Plans List Items indicated:" / "Plans List Item 1 – J Smith spoke in favour")
            present = set(stems(s)) | (set(stems(lead)) if lead and LEAD_IN.search(lead) else set())
            if LEAD_IN.search(s):
                lead = s
            n = sum(1 for t in subject if asked.has(t, present))
            if n > top:
                best, top = [s], n
            elif n == top and n:
                best.append(s)
    if not top or any(any(o.search(s) for o in offered) or any(f <= set(stems(s)) for f in said_as)
                      or said_otherwise(asked, said_as, set(stems(s))) for s in best):
        return None
    return NOT_CHOSEN


def said_otherwise(asked: Asked, said_as: list[set[str]], present: set[str]) -> bool:
    """Is an alternative said in another wording of it (:mod:`minutebook.lexicon`)? "were the minutes signed off ok or
    changed" is answered by "approved ... with no amendments" (ok: approved; changed: amended)."""
    return any(t in asked.alternatives and asked.has(t, present) for f in said_as for t in f)
