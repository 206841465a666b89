"""Pay asked of a post or a person, and whether a quote gives that pay.

"What's the chief fire officer paid", "how much is each new aerial ladder platform", "how much will the rate rise
cost": a route finds the item (the pay policy, the budget) and quotes its sums, but none of them is the sum of the
thing asked (the budget's grant and reserves, the capital programme as a whole). A quote answers only where a
sentence that prints a sum also names what the question asks the sum of (its words, or the lexicon's other names
for them), read with its item's title.
"""

from __future__ import annotations

import re

from service.evidence import has_money, sentences, stems
from service.papers import Asked, Papers
from service.schemas import Answer

# pay asked of a post or a person: "what's the chief fire officer paid", "how much does the clerk earn", "the deputy
# pcc's salary"
# (not what money earns: "what are they earning on it", of an investment, asks a return)
PAY_ASKED = re.compile(r"\bwhat(?:['’]s|\s+is|\s+are|\s+was)\s+(?:[\w'’-]+\s+){1,6}?(?:paid|earning)\b(?!\s+on\b)"
                       r"|\bhow\s+much\s+(?:is|are|was|does|do|did)\s+[^?]{1,60}?\b(?:paid|earn|earns|get\s+paid)\b"
                       r"|\b(?:salary|salaries|wages?)\b"
                       # the noun ("the pay for the clerk"), not the verb ("how much did they pay for insurance")
                       r"|\b(?:the|their|his|her|its|[a-z]+['’]s)\s+pay\s+(?:of|for)\b", re.I)
# the words of asking for a sum, not what it is a sum of
MONEY_WORDS = frozenset(stems("how much cost costs costing spend spent spending pay paid pays salary salaries wage "
                              "wages earn earns money price priced worth budget fund funds funding sum amount total "
                              "each apiece"))
# pay, as minutes print it: "at a salary of £58,000", "the Clerk's pay (SCP 24)", "an allowance of £2,100",
# "remuneration of £41,500"
PAY_SAID = re.compile(r"\b(?:salar(?:y|ies)|pay|paid|wages?|remuneration|allowances?|honorari(?:um|a)|scp|"
                      r"spinal\s+column\s+point|grade|band)\b", re.I)
# a word that makes an office another one ("Deputy Police and Crime Commissioner", "Vice Chair", "Acting Clerk")
OTHER_OFFICE = re.compile(r"\b(?:deputy|depute|vice|assistant|acting|interim|locum)\b", re.I)
SUM = re.compile(r"[£€$]\s?\d")  # a sum as pay is printed: "£62,000", "€48,500"
WORDS = re.compile(r"[A-Za-z][\w'’-]*")
OFFICE_BEFORE = 10  # "as Deputy Police and Crime Commissioner, at a salary of": the office a few words before the sum
NO_SUM = "The papers give no sum of money for that."  # also the check of any sum at all (service.asks)
SUBJECT_SHARE = 0.5  # least share of the subject's words a sentence with a sum must hold, with its item's title


def sum_unmet(papers: Papers, asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the quotes do not give the pay asked: no sentence prints a sum as pay of the post or person asked of ("The
    Finance Officer reported income of £184,200" is not what the Finance Officer is paid)."""
    if route == "next_meeting" or not answer.citations:
        return None
    if not PAY_ASKED.search(asked.question):  # read for pay alone: a sum asked of a thing in other words ("how much
        # does the borough chip in") is often printed in a table without its words or a currency sign
        return None
    lines = [(c, line) for c in answer.citations for line in sentences(c.quote)]
    if not any(has_money(line) for _, line in lines):
        return NO_SUM  # "Officers: Town Clerk, ...": the post, no sum at all
    subject = [t for t in asked.terms if t not in MONEY_WORDS]
    if not subject:
        return None
    qualified = bool(OTHER_OFFICE.search(asked.question))  # "the deputy pcc's salary": the other office is asked
    for c, line in lines:
        if has_money(line) and PAY_SAID.search(line) \
                and papers.cover(asked, (c.item_title, line), subject) >= SUBJECT_SHARE \
                and (qualified or not another_office_paid(line)):
            return None
    return NO_SUM


def another_office_paid(line: str) -> bool:
    """Is each sum ``line`` prints as pay printed just after an office another word makes another one ("to appoint Ms
    Greatbatch as Deputy Police and Crime Commissioner, at a salary of £62,000": the deputy's pay, not the
    commissioner's, though the sentence names the commissioner too)?"""
    sums = list(SUM.finditer(line))
    return bool(sums) and all(OTHER_OFFICE.search(" ".join(WORDS.findall(line[:m.start()])[-OFFICE_BEFORE:]))
                              for m in sums)
