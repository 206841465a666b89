"""An item the published minutes name and withhold: what was said or decided in it is not in the papers.

"Who's getting the marina operator contract" meets "LD 132/26 Kilcarne Marina – Operator Contract Extension:
Confidential – details withheld from the published minutes." (taken "In Committee"), and the lines printed after it
("The meeting ended at 9.14 pm.", "Chairperson: ____"), which say nothing of it. The item's title says what it was
about and that it was taken; its business is kept out of the minutes (an exempt minute kept apart, a restricted item:
minutebook.vocabulary.WITHHELD_SAID). A question of its content is refused, saying so; one of whether it was taken,
or of its being private ("was the marina contract taken in private", "why were the press excluded"), is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from minutebook.model import Citation
from minutebook.vocabulary import WITHHELD_SAID
from service.answer_types import item_texts
from service.drafting import label
from service.papers import Asked, Papers
from service.schemas import Answer

WITHHELD = re.compile(WITHHELD_SAID.form, re.I)
ANSWERING_ROUTES = ("facts", "resolved", "resolved_on_point")
# asked of the item's being private, which its title and notice answer: "was the marina item taken in private", "why
# were the public excluded", "which items were confidential", "did they go into committee for it"
PRIVACY_ASKED = re.compile(r"\b(?:privat\w*|confidential\w*|exempt\w*|in\s+committee|closed\s+session|in\s+camera|"
                           r"part\s+(?:2|ii|two)|exclu\w*|press|public|secret\w*|restricted|withheld|closed\s+doors|"
                           r"why)\b", re.I)
# asked whether the matter came before the meeting at all, which the item's title answers: "did they discuss the
# marina contract", "was the marina on the agenda"
TAKEN_ASKED = re.compile(r"\b(?:did|was|were|has|have)\b[^?]*?\b(?:discuss\w*|consider\w*|talk\w*\s+about|"
                         r"look(?:ed)?\s+at|on\s+the\s+agenda|c[ao]me\s+up|taken|dealt\s+with)\b", re.I)
ON_SUBJECT = 0.5  # share of the question's subject an item's title names to be the item asked about


def withheld_unmet(papers: Papers, asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the answer does not give what the question asks of a matter whose item the published minutes withhold:
    the item quoted that names most of the subject in its title prints only a notice that its details are withheld,
    and no other item quoted says as much of the subject. None where no such item is quoted, or the question asks of
    the item's being private or taken."""
    if route not in ANSWERING_ROUTES or not answer.citations or PRIVACY_ASKED.search(asked.question) \
            or TAKEN_ASKED.search(asked.question):
        return None
    subject = asked.subject
    if not subject:
        return None
    notices: dict[tuple[object, ...], tuple[Citation, str]] = {}
    others: list[Citation] = []
    for c in answer.citations:
        key = (c.meeting_date, c.minute, c.item_title)
        if key in notices:
            continue
        notice = next((n for text in item_texts(papers, asked, c) if (n := withheld_notice(text))), None)
        if notice is None:
            others.append(c)
            continue
        notices[key] = (c, notice)
    if not notices:
        return None
    cite, notice = max(notices.values(), key=lambda n: papers.cover(asked, n[0].item_title, subject))
    named = papers.cover(asked, cite.item_title, subject)
    if named < ON_SUBJECT or any(papers.cover(asked, (c.item_title, c.quote), subject) >= named for c in others):
        return None
    where = label(cite.minute, None, cite.item_title, cite.meeting_date)
    title = f" ({cite.item_title})" if cite.minute else ""
    return f"{where}{title} was taken in private: the published minutes withhold its details (\"{notice}\")."


@lru_cache(maxsize=2_048)  # an item's text, read again for every question that quotes it
def withheld_notice(text: str) -> str | None:
    """The line of ``text`` saying its details are withheld from the published minutes, if any."""
    found = WITHHELD.search(text)
    if found is None:
        return None
    start = text.rfind("\n", 0, found.start()) + 1
    end = text.find("\n", found.end())
    return text[start:end if end >= 0 else None].strip() or None


# who declared, or what: "who declared an interest on the land item", "which members declared", "what did cllr x
# declare" (whether any were made, "were there any declarations", the notice answers: some were, kept apart)
DECLARER_ASKED = re.compile(r"\b(?:who|whom|which|what)\b", re.I)


def declarations_withheld(asked: Asked, answer: Answer, route: str) -> str | None:
    """Who declared, asked where every line the declarations route quotes says the declarations were kept out of the
    published minutes ("Any declarations of interest made in respect of Agenda Item 4 ... were recorded in the
    Confidential Minutes of the meeting"): the published minutes name no one, and say so. None otherwise."""
    if route != "declarations" or not answer.citations or not DECLARER_ASKED.search(asked.question):
        return None
    notices = [WITHHELD.search(c.quote) for c in answer.citations]
    if not all(notices):
        return None
    where = label(answer.citations[0].minute, None, answer.citations[0].item_title, answer.citations[0].meeting_date)
    return f"The published minutes do not say who declared: {where} records them kept apart " \
           f"(\"{answer.citations[0].quote}\")."
