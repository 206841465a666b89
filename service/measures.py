"""A measure asked for by its noun, where the quotes print no figure at all.

"What's the contamination rate now the campaign is running", "what was the cremation fee from April", "whats the
total cost of the control room": the question names the measure ("rate", "fee", "cost", "precept") rather than
saying "how many" or "how much", and is answered only by a figure ("14.2%", "£745", "£2.3m"). Items on the subject
that print none ("Members supported sending a robust letter ... in relation to the award of costs against the
Authority", "That the report be noted") say something of it, not the measure. A date, a year or a paragraph referred
to ("5(a)") is no figure.
"""

from __future__ import annotations

import re

from service.answer_types import item_texts
from service.evidence import has_money, has_quantity, sentences, stems
from service.papers import Asked, Papers
from service.schemas import Answer

# "what's the contamination rate", "what was the adult cremation fee", "whats the total cost of", "what is their
# band d precept", "whats the bus fare cap": the noun of a measure after "what is the", a few words in; not a number
# that is a name ("the application number"), a date ("the target date") or a level that may be a word ("the risk
# level"); nor a measure in what a noun before it is of ("what was the response to the inspectorate awarding costs")
_NOUN_WORD = r"(?!(?:to|of|for|on|about|over|with|from|by|into|towards?)\s)[\w'’&/-]+\s+"  # a word of the noun phrase
MEASURE_ASKED = re.compile(r"\bwhat(?:['’]?s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be)\s+(?:the\s+|their\s+|its\s+|"
                           rf"our\s+)?(?:{_NOUN_WORD}){{0,5}}?"
                           r"(rates?|percentages?|proportions?|totals?|figures?|"
                           r"fees?|salary|salaries|wages?|prices?|charges?|costs?|budgets?|precepts?|amounts?|"
                           r"balances?|sums?|caps?|values?|valuations?|proceeds)\b", re.I)

# the same noun straight after "what" and its words: "what hotel occupancy figure was given", "what vacancy rate did the
# report quote" (not "what figure of speech")
MEASURE_NAMED = re.compile(rf"\bwhat\s+(?:{_NOUN_WORD}){{1,4}}?(rates?|percentages?|proportions?|totals?|figures?|"
                           r"levels?|fees?|prices?|charges?|costs?|budgets?|amounts?|sums?)\s+(?:was|were|is|are|did|"
                           r"does|do|has|had|will|would)\b", re.I)

# a paragraph or item referred to, no figure: "In relation to 5(a)", "item 9(vi)", "paragraph 3.2(b)"
REFERENCE = re.compile(r"\b\d+(?:\.\d+)*\s*\((?:[a-z]{1,4}|[ivx]+)\)", re.I)


def measure_unmet(papers: Papers, asked: Asked, answer: Answer, route: str) -> str | None:
    """A measure asked for by its noun, and none of the sentences that say most of what it is asked of (in the quotes
    or the rest of the items they quote) prints a figure or a sum."""
    named = MEASURE_NAMED.search(asked.question)
    found = MEASURE_ASKED.search(asked.question) or named
    if route in ("attendance", "venue", "declarations") or not answer.citations or found is None:
        return None
    # what the measure is of, named just before it after "what" ("what hotel occupancy figure was given": occupancy): a
    # sentence that gives a figure must say of what ("only 410 serviced rooms" is no occupancy figure)
    before = stems(asked.question[:found.start(1)]) if found is named else []
    of = before[-1] if before and before[-1] in asked.terms else None
    terms = list(asked.terms)  # the measure and what it is of: "the costs awarded over Oak Cottage"
    best: list[tuple[str, set[str]]] = []  # the sentences saying most of it, each with the words it is read with
    top = 0
    for c in answer.citations:
        title = set(stems(c.item_title))  # a sentence speaks of its item ("COVID-19 Local Outbreak Response Update")
        # the item's other sentences may give it ("the precept for 2011/12, which was £38,214"), where the quote is
        # its resolution ("that the precept be noted")
        for text in (c.quote, *item_texts(papers, asked, c)):
            said = sentences(REFERENCE.sub(" ", text))
            for k, s in enumerate(said):
                # read with the sentence before it, which may say what its figure is of ("... presented data on vacant
                # shop units. The vacancy rate in Amberleigh town centre was 17.4%"), where it names half of what is
                # asked itself (not "The advice fee would rise to £180" after "a review of the street naming charges")
                held = title | set(stems(s))
                n = sum(1 for t in terms if asked.has(t, held))
                if k and 2 * n >= len(terms):
                    held = held | set(stems(said[k - 1]))
                    n = sum(1 for t in terms if asked.has(t, held))
                if n > top:
                    best, top = [(s, held)], n
                elif n == top and n:
                    best.append((s, held))
    if not top or any((has_quantity(s) or has_money(s)) and (of is None or asked.has(of, held))
                      and not other_measure(s, asked.question, found.group(1)) for s, held in best):
        return None
    return "The papers give no figure of that."


# a sum a sentence names as another measure: "savings of £740,000", "a grant of £5,000", "£12,000 underspend"
_OTHER_SUM = r"(?:savings?|grants?|loans?|deficits?|surplus(?:es)?|overspends?|underspends?|reserves?|donations?)"
OTHER_MEASURE = re.compile(rf"\b({_OTHER_SUM})\s+of\s+(?:about\s+|around\s+|some\s+|over\s+)?[£€$]\s?\d"
                           rf"|[£€$]\s?\d[\d,.]*\s*(?:m|k|bn|million)?\s+({_OTHER_SUM})\b", re.I)
MONEY_FIGURE = re.compile(r"[£€$]\s?\d")


# a measure that is a sum of money: only a sum gives it
SUM_MEASURE = re.compile(r"fees?|salary|salaries|wages?|prices?|charges?|costs?|budgets?|precepts?|amounts?|sums?|"
                         r"values?|valuations?|proceeds", re.I)


def other_measure(sentence: str, question: str, measure: str) -> bool:
    """Is every sum ``sentence`` prints named as another measure than the sum the question asks ("what's the sale
    value": "savings of £740,000 ... from the sale of the site" gives the savings, not what the site sold for)?"""
    if not SUM_MEASURE.fullmatch(measure):
        return False
    named = list(OTHER_MEASURE.finditer(sentence))
    if not named or any(re.search(rf"\b{re.escape((m.group(1) or m.group(2))[:5])}", question, re.I) for m in named):
        return False
    return len(named) == len(MONEY_FIGURE.findall(sentence))
