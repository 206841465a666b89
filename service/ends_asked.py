"""When something ends, asked, and whether a time the answer quotes is of that end.

"When does the bin contract run out" meets a performance report on the contract ("for January to March 2021", "a
report ... to the September meeting"); "what date does Mrs Woods actually leave as the CFO" meets "had tendered her
resignation and ... a confirmation hearing for her replacement would be held on the 16th February": times of other
things, on the subject. The end is given where one clause of the cited items prints a time with the word of an end
("the contract expires on 31 March 2026", "runs until 2028", "her last day will be 28 February"), in a sentence
naming what or whom the question names. The words are
contract, lease and staffing usage (minutebook.vocabulary).
"""

from __future__ import annotations

import re

from minutebook.vocabulary import POST_END_ASKED, POST_END_SAID, TERM_END_ASKED, TERM_END_SAID
from service.answer_types import ANSWERING_ROUTES, TIME, item_texts
from service.evidence import sentences, stems
from service.papers import Asked, Papers
from service.schemas import Answer

# an end asked, and the words that give that end: a term's ("expires", "runs until"), a post's ("leaves", "retires")
ENDS = ((re.compile(TERM_END_ASKED.form, re.I), re.compile(rf"\b(?:{TERM_END_SAID.form})\b", re.I)),
        (re.compile(POST_END_ASKED.form, re.I), re.compile(rf"\b(?:{POST_END_SAID.form})\b", re.I)))
# where a sentence's clauses part, each saying its own thing of its own time: "had tendered her resignation and that
# it was anticipated a confirmation hearing ... would be held on the 16th February"
CLAUSES = re.compile(r"\s*;\s*|,?\s+and\s+that\s+|,\s+(?:and|but|while|whereas|with)\s+|\s+but\s+", re.I)


def end_unmet(papers: Papers, asked: Asked, answer: Answer, route: str) -> str | None:
    """An end asked ("when does it run out"), and no clause of the cited items gives a time with the word of an end."""
    said = next((said for asked_as, said in ENDS if asked_as.search(asked.question)), None)
    if route not in ANSWERING_ROUTES or not answer.citations or said is None:
        return None
    # (the names the question gives, one of which the sentence giving the end must print: "Ms Quayle would leave
    # the Council on 30 November 2024" is not Mr Adeyemi's leaving)
    names = [t for t, w in asked.terms.items() if w in asked.plan.names]
    for cite in answer.citations:
        for text in [cite.quote or "", *item_texts(papers, asked, cite)]:
            for sentence in sentences(text):
                if any(TIME.search(c) and said.search(c) for c in CLAUSES.split(sentence)) \
                        and (not names or any(asked.has(t, set(stems(sentence))) for t in names)):
                    return None
    return "The papers do not say when it ends."
