"""A value asked for, where the papers give only a difference.

"What's the actual life expectancy for men in Harbourside ward" met by "life expectancy for men in Harbourside ward
was 9.6 years lower than in Westcliff ward"; "what's the total cost of the control room system" met by "the cost of
the new control room system, now £1.4 million over budget"; "how many referrals were there" met by "an increase of
33". The sentence is on the subject and prints a figure, but the figure is how far it differs from something else,
not the value asked. A figure is a difference where a comparison follows it straight away ("9.6 years lower than",
"£1.4m over budget", "12% up on last year") or an increase, fall or gap names it ("an increase of 33", "fell by
4%"); "15% of those attending, lower than in the summer (19%)" gives the value, compared afterwards.
"""

from __future__ import annotations

import re

from service.evidence import asks_money, asks_quantity, quantities, sentences
from service.papers import Asked, Papers
from service.schemas import Answer

# how a difference is asked for, which a difference answers: "how much more", "by how much", "what was the increase"
DIFFERENCE_ASKED = re.compile(
    r"\bhow\s+(?:much|many|far)\s+(?:more|less|fewer|higher|lower|over|under|above|below|up|down|extra|bigger|"
    r"smaller)\b|\bby\s+how\s+much\b|\b(?:difference|gap|increase\w*|decrease\w*|rise|rose|risen|fall|fell|fallen|"
    r"drop\w*|change\w*|growth|grew|compared?|comparison|versus|vs|overspen\w*|underspen\w*|shortfall|reduc\w*|"
    r"cut|saving\w*|up|down|rais(?:e|ed|es|ing)|uplift\w*|"
    # what went missing or was lost is a shortfall: "how much car park cash went missing" ("a shortfall of £6,800")
    r"(?:went|gone|go(?:es)?|going)\s+missing|unaccounted|lost|los(?:e|es|ing))\b"
    r"|\bby\s*\??\s*$", re.I)  # "how much was the charge put up by?"
# a value asked for in so many words: "what's the actual life expectancy", "the total cost" (besides "how many",
# "how much", "what proportion": evidence.asks_quantity)
VALUE_ASKED = re.compile(r"\b(?:actual|total|overall|exact|full|final)\b"
                         # what someone pays, charges or is paid: "whats castlemere paying level 3 foster carers a
                         # week", "what do they charge for a bulky waste collection", "what are members paid"
                         r"|\bwhat\s*(?:['’]?s|\s+is|\s+are|\s+do|\s+does|\s+did|\s+will)\s+(?:[\w'’-]+\s+){0,3}?"
                         r"(?:pay|paying|paid|charg(?:e|es|ed|ing)|earn\w*)\b", re.I)
UNIT = r"(?:\s*(?:%|per\s?cent|percentage\s+points?|points?|years?|months?|weeks?|days?|hours?|minutes?|k|m|bn|" \
       r"million|billion|thousand|pounds|places|people|children|pupils|cases))?"
COMPARED_AFTER = re.compile(rf"^{UNIT}\s+(?:lower|higher|more|less|fewer|greater|smaller|shorter|longer|over|under|"
                            r"above|below|up|down|better|worse)\b(?:\s+(?:than|on|from|budget|target|the))?", re.I)
DIFFERENCE_BEFORE = re.compile(r"\b(?:(?:an?\s+)?(?:increase|decrease|reduction|rise|fall|drop|growth|overspend|"
                               r"underspend|shortfall|gap|difference|variance|cut|saving)\s+of|(?:up|down|rose|risen|fell|fallen|gone\s+up|"
                               r"increased|decreased|reduced|dropped|grew|cut)\s+by)\s*(?:around|about|some|nearly|"
                               r"almost|over|under)?\s*$"
                               # the change's verb, then what it changes, then "by": "increasing the fee for Level 3
                               # foster carers by £50 a week", "to raise the precept by 3%"
                               r"|\b(?:increas\w*|rais(?:e|es|ed|ing)|uplift\w*|put\s+up|cut(?:s|ting)?|reduc\w*|"
                               r"decreas\w*|lower(?:s|ed|ing)?|ris(?:e|es|ing)|f[ae]ll(?:s|ing)?|go(?:es)?\s+(?:up|down))\b"
                               r"[^.;:]{0,60}?\bby\s*$", re.I)


def difference_unmet(papers: Papers, asked: Asked, answer: Answer) -> str | None:
    """The value asked, where every figure the quotes give in a sentence on the subject is a difference."""
    question = asked.plan.corrected
    if not answer.found or DIFFERENCE_ASKED.search(question) or not (
            VALUE_ASKED.search(question) or asks_quantity(question) or asks_money(question)):
        return None
    # the sentences that speak to the subject most: not the precept's in the same item, which shares only its title
    said = [(papers.cover(asked, (c.item_title, s), asked.subject), s) for c in answer.citations
            for s in sentences(c.quote)]
    figured = [(got, s, [difference(s, a, b) for a, b in quantities(s) if not enumerator(s, a, b)])
               for got, s in said if got > 0]
    figured = [(got, s, found) for got, s, found in figured if found]
    if not figured:
        return None
    most = max(got for got, _, _ in figured)
    found = [f for got, _, fs in figured if got == most for f in fs]
    return "The papers give only a difference, not the figure asked." if found and all(found) else None


def difference(sentence: str, start: int, end: int) -> bool:
    """Is the figure at ``start:end`` of ``sentence`` a difference (a comparison straight after it, or an increase,
    fall or gap naming it)?"""
    return bool(COMPARED_AFTER.match(sentence[end:]) or DIFFERENCE_BEFORE.search(sentence[:start]))


def enumerator(sentence: str, start: int, end: int) -> bool:
    """Is the figure at ``start:end`` the number of a list's entry ("1. increasing the fee ...", "2) to note")?"""
    return not sentence[:start].strip() and sentence[end:end + 1] in (".", ")") \
        and sentence[end + 1:end + 2] in (" ", "")
