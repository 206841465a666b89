"""Votes asked about, and the lines of the minutes that record them.

Clerks record a vote as the count in a sentence ("the amendment was lost (2 for, 4 against)"), as a division set
out a side a line ("FOR: Cllrs Hargreaves, Sadiq ...", "Against (1): Councillor Hussain", "For the motion (3): ..."),
and with how a tie was broken ("the Chair used her casting vote"). A question about the vote ("who voted against the
precept", "how did the vote go") is answered by all of those lines, not the first sentence that says "voted".
"""

from __future__ import annotations

import re

from minutebook.vocabulary import ITEM_ROLES, VOTE_OUTCOME_ASKED
from service.evidence import records_decision
from service.papers import Asked
from service.schemas import Answer

# "who voted against", "how did the vote go", "was it unanimous", "did anyone abstain", "what was the division"
VOTE_ASKED = re.compile(r"\b(?:vot(?:e|es|ed|ing)|division|unanimous(?:ly)?|abstain\w*|abstentions?)\b", re.I)
# how a vote came out: a count in a sentence ("(2 for, 4 against)", "by 7 votes to 3"), or the tie broken ("the votes
# being equal, the Chair used his casting vote")
VOTE_OUTCOME = re.compile(r"\b\d+\s+(?:votes?\s+)?(?:for|in\s+favour)\s*,\s*\d+\s+(?:votes?\s+)?against\b"
                          r"|\bby\s+\d+\s+votes?\s+to\s+\d+\b|\bcasting\s+vote\b|\bequality\s+of\s+votes\b"
                          r"|\bvotes\s+being\s+equal\b", re.I)
# a side of a division, a line of its own ("FOR:", "Against (1):", "In favour (6):", "For the amendment (3):",
# "ABSTAINED: none"), members counted ("6 members voted in favour, 2 against"), or how the vote came out
VOTE_LINE = re.compile(
    r"^\W*(?:for|against|abstain(?:ed|ing)?|abstentions?|in\s+favour|voting\s+(?:for|against)|"
    r"for\s+the\s+(?:motion|amendment|recommendations?))\s*(?:\(\s*\d+\s*\))?\s*[:–—-]"
    # "On a vote, 7 members voted in favour and 2 against", "6 members voted in favour, 2 against and 1 abstained"
    r"|\b\d+\s+(?:members|councillors|cllrs)\s+voted\s+(?:for|in\s+favour)\s*(?:,|and)\s*\d+\s+(?:voted\s+)?"
    r"against\b|" + VOTE_OUTCOME.pattern,
    re.I,
)
VOTE_LINES_MOST = 6  # a division's sides and its outcome


def vote_asked(question: str) -> bool:
    return bool(VOTE_ASKED.search(question))


def records_vote(text: str) -> bool:
    return bool(VOTE_LINE.search(text))


def decides_vote(text: str) -> bool:
    """Does the line say how a vote came out ("the Chair used his casting vote against the motion", "lost by 3 votes
    to 7"), not only who was on one side?"""
    return bool(VOTE_OUTCOME.search(text))


_OUTCOME_ASKED = re.compile(VOTE_OUTCOME_ASKED.form, re.I)
_VOTED_ON = re.compile(r"\b(?:vot\w*|motion|amendment|division)\b", re.I)  # the vote, or what was put to it
_DECLARATIONS_ITEM = re.compile(ITEM_ROLES["declarations"].form, re.I)


def outcome_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """"The council's vote on the bypass motion - which way did it go": a quote must record the outcome, a vote's
    count or side ("carried by 40 votes to 20", "FOR: ...") or a decision ("RESOLVED", "the motion was lost"), outside
    the declarations item, which names the motion only as what a member declared an interest in."""
    question = asked.question
    if route in ("attendance", "declarations") or not answer.citations or not _OUTCOME_ASKED.search(question) \
            or not _VOTED_ON.search(question):
        return None
    if any((records_vote(c.quote) or records_decision(c.quote, "decision") or c.resolution)
           and not _DECLARATIONS_ITEM.search(c.item_title) for c in answer.citations):
        return None
    return "The papers do not record how the vote went."
