"""What a paper holds, asked where the minutes say only that it is still to be made.

"What's in the recovery plan" met by "instructed the Chief Officer to bring a recovery plan to the October meeting";
"what's going in the newsletter" by "Action: Cllr Leone to draft a newsletter to residents"; "what was in the
deficit recovery plan" by "AGREED that the deficit recovery plan would come to the September meeting". The quotes
name the paper, and every time they do, it is to be brought, drafted or prepared: what it holds is not in the papers.
A quote that says something of the paper itself ("the plan sets out three savings") answers.
"""

from __future__ import annotations

import re

from minutebook.vocabulary import PAPER_TO_COME, STATUS_DONE, STATUS_OPEN, compiled
from service.asked import Asked
from service.evidence import ROW_CELLS, sentences, stems
from service.schemas import Answer

# the nouns papers are called by ("recovery plan", "estates strategy", "annual report")
PAPER_NOUN = r"(?:plans?|strateg(?:y|ies)|reports?|newsletters?|polic(?:y|ies)|programmes?|reviews?|proposals?|" \
    r"documents?|statements?|frameworks?|protocols?|charters?|briefings?|surveys?|audits?|assessments?|studies|" \
    r"study|evaluations?|consultations?)\b"
# what a paper holds, asked: "what's in the recovery plan", "whats going in the newsletter", "what will the strategy
# include" (not "what did the county council say": a body, not a paper)
CONTENTS_ASKED = re.compile(
    # the paper named by its noun and said more of after it: "what's in the discharge plan the board signed off"
    # (first: the words after it are no part of its name)
    r"\bwhat(?:['’]?s|\s+is|\s+was|\s+are|\s+were)\s+in\s+(?:the|their|our|its|this|that)\s+"
    r"(?P<d>(?:[\w'’&-]+\s+){0,5}?" + PAPER_NOUN + r")\s+(?!(?:of|on|for|to)\b)[a-z]|"
    r"\bwhat(?:['’]?s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be)?\s+(?:going\s+|gonna\s+go\s+|actually\s+)?in(?:to)?\s+"
    r"(?:the|their|our|its|this|that)\s+(?P<a>(?:[\w'’&-]+\s+){0,5}?[\w'’-]+)\s*(?:[?,.;]|$|\bto\b|\bfor\b|\bfrom\b)"
    r"|\bwhat\s+(?:will|does|did|would)\s+(?:the|their|our|its)\s+(?P<b>(?:[\w'’&-]+\s+){0,5}?[\w'’-]+)\s+"
    r"(?:include|contain|cover|set\s+out|propose)\b"
    # "what's the parish council putting in its newsletter", "what are they going to include in the plan"
    r"|\bwhat(?:['’]?s|\s+is|\s+are|\s+will)\s+(?:[\w'’&-]+\s+){1,5}?(?:putting|including|going\s+to\s+(?:put|include)|"
    r"gonna\s+(?:put|include))\s+in(?:to)?\s+(?:the|their|our|its|this|that)\s+"
    r"(?P<c>(?:[\w'’&-]+\s+){0,5}?[\w'’-]+)\s*(?:[?,.;]|$|\bto\b|\bfor\b|\bfrom\b)"
    # what a paper found: "what did the economic impact survey show", "what has the review found"
    r"|\bwhat\s+(?:did|does|has|have|had|will)\s+(?:the|their|our|its|this|that)\s+"
    r"(?P<e>(?:[\w'’&-]+\s+){0,5}?" + PAPER_NOUN + r")\s*(?:show(?:ed|n)?|f(?:ou|i)nd|reveal(?:ed)?|conclude[ds]?|"
    r"highlight(?:ed)?)\b"
    # what a paper said, named by its subject and whom it went to: "what did the 101 call handling briefing to the pcp
    # actually say", "what did the drainage report for the parish tell them"
    r"|\bwhat\s+(?:did|does|has|have|had)\s+(?:the|their|our|its|this|that)\s+"
    r"(?P<f>(?:[\w'’&-]+\s+){0,7}?" + PAPER_NOUN + r")(?:\s+(?:to|for|from|on|about)\s+(?:[\w'’&-]+\s+){0,6}?)?\s*"
    r"(?:actually\s+|really\s+|even\s+)?(?:say|said|tell|told|recommend(?:ed)?|conclude[ds]?|cover(?:ed)?|"
    r"contain(?:ed)?)\b", re.I)
# a paper that is only asked for, or awaited: "requested a written briefing on 101 call handling times", "asked for a
# report on", "awaiting the survey"
ASKED_FOR = re.compile(r"\b(?:request(?:ed|s|ing)?|asked\s+for|call(?:ed|s)?\s+for|sought|seek(?:s|ing)?|"
                       r"await(?:ed|ing|s)?|commission(?:ed|s|ing)?)\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?$",
                       re.I)
# an action log's row on the paper with its status ("Written briefing on 101 call handling times | Completed -
# circulated 3 March 2037"): that it went out, not what it said
LOG_STATUS = compiled((*STATUS_DONE, *STATUS_OPEN), r"\b{}")
# what a paper said, in a row's cells ("Closed - the audit found 92% of discharge letters were sent within 24 hours")
CONTENT_SAID = re.compile(r"\b(?:found|showed|shows|set\s+out|sets\s+out|concluded|stated|said|says|reported\s+that|"
                          r"recommended|highlighted|revealed|indicated|confirmed\s+that)\b", re.I)
# a verb's form of a paper's noun ("The Clerk reported that ..."), not the paper ("a report on the bandstand")
VERB_FORM = re.compile(r"[a-z]+(?:ed|ing)$", re.I)
TO_COME = compiled(PAPER_TO_COME, r"\b(?:{})")
ON_SUBJECT = re.compile(r"\s+(?:on|about|into|regarding|concerning|of)\s+((?:[\w'’&-]+\s*){1,6})", re.I)
KIND_WORDS = 3  # words before a paper's name that say which paper ("deficit recovery plan")
NEAR = 60  # characters between the words that say a paper is to come and its name


def contents_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the answer does not give what the paper asked about holds: every quote naming it says it is still to be
    made. None where one says something of it, none names it, or the question asks for no paper's contents."""
    found = CONTENTS_ASKED.search(asked.plan.corrected)
    if found is None or route not in ("facts", "resolved", "resolved_on_point") or not answer.citations:
        return None
    named = found.group("a") or found.group("b") or found.group("c") or found.group("d") or found.group("e") \
        or found.group("f") or ""
    typed = named.split()[-1] if named.split() else ""  # "briefing" asked: the paper, not a verb's form
    # (a noun the search reads as too common to weigh, "report", is the paper all the same)
    paper = stems(named) if stems(typed) else [*stems(named), typed.lower().rstrip("s")]
    if not paper or not typed:
        return None
    # "the strathmorran ijb recovery plan": a plan, of recovery (the council's name says where, not which paper)
    noun, kind = paper[-1], set(paper[:-1]) & set(asked.subject)
    mentions = 0
    for c in answer.citations:
        for s in (line for text in sentences(c.quote) for line in text.split("\n")):
            row = bool(ROW_CELLS.search(s) and LOG_STATUS.search(s) and not CONTENT_SAID.search(s))
            words = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z][\w'’-]*", s)
                     if (stems(m.group(0)) == [noun] or m.group(0).lower().rstrip("s") == noun)
                     and (not VERB_FORM.fullmatch(m.group(0)) or VERB_FORM.fullmatch(typed))]
            for start, end in words:
                on = ON_SUBJECT.match(s[end:])  # "a written briefing on 101 call handling times": its subject after it
                if kind and not kind & set(stems(" ".join(s[:start].split()[-KIND_WORDS:]))) \
                        and not (on and kind & set(stems(on.group(1)))):
                    continue  # "the agency reduction plan" is not the recovery plan asked about
                mentions += 1
                before, after = s[max(0, start - NEAR):start], s[end:end + NEAR]
                if not (TO_COME.search(before) or TO_COME.match(after.lstrip(" ,")) or ASKED_FOR.search(before)
                        or row):
                    return None
    return NOT_HELD if mentions else None


NOT_HELD = "The papers say only that it was asked for or is still to be prepared, not what it holds."
