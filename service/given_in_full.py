"""What a question asks the papers to give in full, where the quotes give only that it exists.

"What did the monitoring officer's briefing note advise on the council tax items", met by "Members had received a
briefing note from the Monitoring Officer in advance regarding the following matters:- Council Tax ...": the note's
subjects, not its advice ("what matters did the note cover" is answered by them). "What were the 12 different things
officers had to run", met by "the work undertaken by officers throughout the pandemic in administering 12 diffe" (a
paper cut short): the count, not the things ("how many different things" is answered by it).
"""

from __future__ import annotations

import re

from minutebook.vocabulary import LISTED_THINGS
from service.asked import Asked
from service.evidence import stems
from service.schemas import Answer

ANSWERING_ROUTES = ("facts", "resolved", "resolved_on_point")

# what a paper or an officer said on a subject, asked: "what did the briefing note advise on", "what did the officer's
# report recommend", "what did the clerk's letter say about"
ADVICE_ASKED = re.compile(r"\bwhat\s+(?:did|does|do|was|were|is)\s+[^?]{0,80}?\b(?:advise[ds]?|advice|say|said|"
                          r"recommend\w*|tell|told|warn\w*|conclude[ds]?|suggest\w*|propose[ds]?)\b", re.I)
# a paper named by what it was about, as a minute records receiving it ("had received a briefing note from the
# Monitoring Officer in advance regarding the following matters:-", "a report was circulated on ...")
PAPER_ON = re.compile(r"\b(?:received|had|circulated|sent|given|issued|tabled)\s+(?:with\s+)?(?:a|an|the)\s+"
                      r"(?:[\w'’-]+\s+){0,3}?(?:note|briefing|report|paper|letter|memo(?:randum)?|advice)\b[^.:]{0,100}?"
                      r"\b(?:regarding|concerning|about|on|in\s+respect\s+of|relating\s+to)\b", re.I)
# what was said on it, in any quoted sentence: the advice, not its subject
ADVICE_SAID = re.compile(r"\b(?:advised|advises|advice\s+was|recommended|recommends|said|stated|explained|warned|"
                         r"concluded|suggested|confirmed|proposed|reported\s+that|set\s+out|noted\s+that)\b", re.I)


def advice_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the answer does not give what a paper advised: its quotes say only that the paper was had on the subjects
    they list. None where a quote says what was advised, or where no paper's advice is asked."""
    if route not in ANSWERING_ROUTES or not answer.citations or not ADVICE_ASKED.search(asked.plan.corrected):
        return None
    quoted = "\n".join(c.quote for c in answer.citations)
    if not PAPER_ON.search(quoted) or ADVICE_SAID.search(quoted):
        return None
    return "The papers say what it was about, not what it advised."


LISTED = re.compile(LISTED_THINGS.form, re.I)


def listed_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the answer does not give the things a question asks to have listed ("list the conditions they put on the
    park's licence"): no quote, nor the title of its item, names them in any wording (the application's hearing,
    quoted without its conditions). None where one does, or where nothing is asked to be listed."""
    found = LISTED.search(asked.plan.corrected)
    if found is None or route not in ANSWERING_ROUTES or not answer.citations:
        return None
    things = [t for t in stems(found.group("things")) if t in asked.terms]
    if not things:
        return None
    said = set(stems(" ".join(f"{c.item_title} {c.quote}" for c in answer.citations)))
    if all(asked.has(t, said) for t in things):
        return None
    return "The papers do not list those."


NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12}
# "what were the 12 different things", "what are the three priorities": the things themselves, so many of them; and
# "which 12 schemes did officers run", "which of the 7 recommendations did cabinet accept": those of them meant
LIST_ASKED = re.compile(r"\b(?:what\s+(?:were|are|was|is)\s+(?:the|their|its|those|these)|which(?:\s+of\s+(?:the|their|"
                        r"its|those|these))?|what)\s+(?P<n>\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\b"
                        r"(?!\s*(?:%|per\s*cent|pm|am|p\.m|a\.m|o['’]clock)\b)", re.I)
# what separates the things of a list: a comma, a semicolon, "and", a new line or a bullet
SEPARATOR = re.compile(r",|;|\band\b|\n|(?:^|\s)[-•*]\s", re.I)


def list_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the answer does not give the things a question asks for by their number: no quote printing the number goes
    on to list them (two things or more of three: "residents and businesses" is no list of seven). None where one
    does, or where no number of things is asked."""
    found = LIST_ASKED.search(asked.plan.corrected)
    if found is None or route not in ANSWERING_ROUTES or not answer.citations:
        return None
    n = found.group("n").lower()
    number = str(NUMBER_WORDS.get(n, n))
    word = next((w for w, v in NUMBER_WORDS.items() if str(v) == number), n)  # "7" asked, "seven" printed
    printed = re.compile(rf"(?<![\d.,])(?:{re.escape(number)}|{re.escape(word)})\b(?![\d.,]\d)", re.I)
    quotes = [c.quote.strip() for c in answer.citations]
    if not any(printed.search(q) for q in quotes):
        return None  # the quotes list the things without their count: the other tests judge them
    every = re.compile(rf"\b(?:all|each\s+of|every\s+one\s+of|none\s+of)\s+(?:the\s+)?(?:{re.escape(number)}|"
                       rf"{re.escape(word)})\b", re.I)
    for quote in quotes:
        at = printed.search(quote)
        if at is not None and len(SEPARATOR.findall(quote[at.end():])) >= min(int(number), 3) - 1:
            return None  # "three priorities: housing, transport and jobs"
        if every.search(quote):
            return None  # "which of the 4 did cabinet accept": "Cabinet accepted all four recommendations"
    return "The papers give how many, not what they were."
