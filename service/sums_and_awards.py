"""What a question asks of money and choices, and whether the quotes record it: a balance left ("how much is left in
the playground fund": what is left, not the sums paid out of it), whom a contract or a choice went to ("who got the
dredging job", "which supplier did they pick": an award on record, not tenders to be invited) and the ones turned down
("which bids did the leader turn down": one refused, not only those approved). Checks beside those of
:mod:`service.answer_types`, read by :func:`service.asks.unmet`; the words are council usage (minutebook.vocabulary).
"""

from __future__ import annotations

import re

from minutebook.vocabulary import AWARD_SAID, BALANCE_SAID, REFUSED_SAID
from service.answer_types import item_texts
from service.evidence import has_money, sentences, stems
from service.papers import Asked, Papers
from service.schemas import Answer

# "how much is left in the welsh church fund", "what's the balance of the playground fund", "how much money is
# remaining": what is left of a sum, not what was spent or awarded from it
LEFT_ASKED = re.compile(r"\bhow\s+much\b[^?]*?\b(?:left|remain\w*|unspent|unallocated|uncommitted)\b|"
                        r"\b(?:balance|remainder)\s+(?:of|in|on|left|remaining)\b", re.I)
PIECE = re.compile(r"(?<=[.;:])\s+")  # a sentence's parts, a figure's own ("... playground fund. £2,000 was spent")
BALANCE = re.compile(rf"\b(?:{BALANCE_SAID.form})\b", re.I)


def balance_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """"How much is left in the fund after the awards": a sentence must give a sum as what is left ("the balance
    remaining ... was £1,150"), not only the awards made from it ("applications ... be approved: £3,000 ...")."""
    if route == "attendance" or not answer.citations or not LEFT_ASKED.search(asked.question):
        return None
    generic = set(stems("how much money balance left remaining remainder fund budget account after"))
    named = [t for t in asked.terms if t not in generic]  # what it is the balance of: "the playground fund"
    if any(has_money(p) and says_balance(asked, named, p)
           and (not named or any(asked.has(t, set(stems(f"{c.item_title} {p}"))) for t in named))
           for c in answer.citations for s in sentences(c.quote) for p in PIECE.split(s)):
        return None
    return "The papers do not say what is left; they give only sums paid into or out of it."


# a fund's level set after its name: "the general reserve stood at £612,480", "reserves of £310", "balances now £8,200"
LEVEL_AFTER = re.compile(r"^\W*(?:[\w'’-]+\s+){0,3}?(?:stood|stands?|standing|totall?(?:ed|ing)|"
                         r"amount(?:ed|s|ing)?\s+to|was|were|is|are|will\s+be|would\s+be|now|of|at)\s+(?:just\s+|only\s+|some\s+|about\s+|"
                         r"around\s+|approximately\s+)?(?:at\s+)?[£$€]\s?\d", re.I)


def says_balance(asked: Asked, named: list[str], piece: str) -> bool:
    """Does ``piece`` give a sum as what is left? A word of what is left ("balance", "remaining", "leaving") that is not
    the fund's own name in the question ("how much is left in general reserves": "£25,650 be drawn from general
    reserves" names the fund a sum comes out of, not what it holds; so does "£9,000 from balances"), or the fund's
    name set at a level ("the general reserve stood at £612,480")."""
    for m in BALANCE.finditer(piece):
        fund = any(asked.has(t, set(stems(m.group(0)))) for t in named) or MOVED.search(piece[:m.start()])
        if not fund or LEVEL_AFTER.match(piece[m.end():]):
            return True
    return False


# a fund named as where a sum goes or comes from: "drawn from general reserves", "the use of £9,000 from balances",
# "a transfer of £5,000 be made to the capital reserve"
MOVED = re.compile(r"\b(?:from|to|into|out\s+of|towards)\s+(?:the\s+)?(?:[\w'’-]+['’]s\s+)?(?:[\w'’-]+\s+){0,2}?$",
                   re.I)


# "who got the dredging job", "who won the grass cutting contract", "who was awarded the tender", "which contractor
# got the greenway job", "what firm won the tender", "who's getting the sorting contract": whom a contract or a job
# went to (or is going to)
# (the kind of winner as the question calls it: a firm, or a body named by a few words, "which primary care network
# got the hubs contract", "which practice won the tender")
WINNER_ASKED = re.compile(r"\b(?:who(?:m|['’]s)?|(?:which|what)\s+(?P<kind>contractors?|compan(?:y|ies)|firms?|"
                          r"suppliers?|bidders?|tenderers?|consultants?|consultancy|builders?|organisations?)|"
                          # (a body the minutes name, whose words are the subject: not framing)
                          r"(?:which|what)\s+(?:[a-z][\w'’-]*\s+){0,2}(?:networks?|providers?|operators?|practices?|"
                          r"partners?|charit(?:y|ies)|groups?|trusts?|agenc(?:y|ies)|businesse?s?))\b[^?]*?"
                          r"\b(?P<verb>got|gets|get|getting|won|wins|win|winning|was\s+awarded|were\s+awarded|"
                          r"secured|landed|was\s+given|were\s+given|is\s+doing|are\s+doing|was\s+picked|"
                          r"was\s+chosen)\b[^?]*?\b(?P<won>contracts?|jobs?|tenders?|works?|bids?)\b"
                          # who is to run a thing put out to be run: "the marina - who's going to run it?"
                          r"|\bwho(?:['’]s|\s+is|\s+will)\s+(?:going\s+to\s+|gonna\s+)?(?:run|operate|manage)\s+"
                          r"(?:it|them|the\s+[\w'’-]+)\s*\??\s*$"
                          # which of the quotes or bids was taken: "which quote did kestrelbury go with for the bus
                          # shelter", "whose tender did they accept", "what contractor did the council pick"
                          r"|\b(?:which|what|whose)\s+(?:[\w'’-]+\s+){0,2}?(?:quotes?|quotations?|tenders?|bids?|"
                          r"contractors?|firms?|suppliers?)\b[^?]*?\b(?:go(?:ing)?\s+with|went\s+with|gone\s+with|"
                          r"choose|chose|chosen|pick(?:ed)?|select(?:ed)?|accept(?:ed)?|opt(?:ed)?\s+for|settle[d]?\s+on)\b",
                          re.I)


# "which electricity supplier did the board pick", "what insurance company did they go with", "which contractor has the
# council chosen", "which firm was selected": one of the kinds that are given work, asked as the one picked (what it was
# picked for may go unsaid: a supplier is picked to supply)
PICKED_ASKED = re.compile(r"\b(?:which|what)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:contractors?|compan(?:y|ies)|firms?|"
                          r"suppliers?|providers?|operators?|bidders?|tenderers?|consultants?|consultancy|builders?|"
                          r"insurers?|auditors?|brokers?|agents?)\s+(?:(?:did|do|does|has|have|had|will|would)\s+"
                          r"(?:[\w'’&-]+\s+){0,4}?(?:pick|choose|select|go\s+with|opt\s+for|appoint|engage|hire|use|"
                          r"settle\s+on|decide\s+on|plump\s+for|sign\s+(?:up\s+)?with|switch\s+to|move\s+to|"
                          r"picked|chosen|chose|selected|gone\s+with|went\s+with|opted\s+for|appointed|engaged|hired|"
                          r"used|signed\s+(?:up\s+)?with|switched\s+to|moved\s+to)"
                          r"|(?:was|were|is|got|has\s+been|have\s+been)\s+(?:picked|chosen|selected|appointed|engaged|"
                          r"hired|preferred))\b", re.I)


def winner_frame(question: str) -> list[str]:
    """The words that frame "which firm got the play area job": the kind of winner asked for, the verb and the thing
    won. They say what the answer must record (an award: :func:`winner_unmet`), not what it is about; minutes name the
    firm ("Playforms Ltd") and the work ("replacement of the play equipment"), seldom "firm", "got" or "job"."""
    m = WINNER_ASKED.search(question)
    return [] if m is None else [w for w in (m.group("kind"), m.group("verb"), m.group("won")) if w]


AWARD = re.compile(rf"\b(?:{AWARD_SAID.form})", re.I)


def winner_unmet(papers: Papers, asked: Asked, answer: Answer, route: str) -> str | None:
    """"Who got the dredging job": a cited item must record a contract or job given to someone ("awarded to", "the
    quote from ... be accepted", "appointed"), not only that tenders would be invited or quotes obtained. The item's
    whole text is read: the quote may be its account of the quotes received, the award its resolution."""
    if route in ("attendance", "venue") or not answer.citations or not (
            WINNER_ASKED.search(asked.question) or PICKED_ASKED.search(asked.question)):
        return None
    if any(AWARD.search(text) for c in answer.citations for text in (c.quote, *item_texts(papers, asked, c))):
        return None
    return "The papers do not record whom it went to."


# "which welsh church fund bids did the leader turn down", "who was refused a grant", "how many applications were
# rejected": the ones not granted are asked for, as though some were
REFUSED_ASKED = re.compile(r"^\s*(?:and\s+|so\s+)?(?:which|what|who(?:m|se)?|how\s+many)\b[^?]*?\b"
                           r"(?:turn(?:ed|s)?\s+down|turning\s+down|refus\w*|reject\w*|declin\w*|den(?:y|ied|ies)|knock(?:ed|s)?\s+back|"
                           r"unsuccessful|not\s+(?:approved|granted|funded|supported|accepted)|"
                           r"(?:didn['’]?t|did\s+not|failed\s+to)\s+(?:get|approve|grant|fund|support|accept))", re.I)
REFUSED = re.compile(rf"\b(?:{REFUSED_SAID.form})", re.I)


def refused_unmet(papers: Papers, asked: Asked, answer: Answer, route: str) -> str | None:
    """"Which Welsh Church Fund bids did the leader turn down": a cited item must record one not granted ("Refused -
    outside fund criteria", "be rejected", "deferred"), not only those approved ("the following applications ... be
    approved"). The item's whole text is read: a table's other rows may hold it."""
    if route in ("attendance", "venue", "declarations") or not answer.citations \
            or not REFUSED_ASKED.search(asked.question):
        return None
    if any(REFUSED.search(text) for c in answer.citations for text in (c.quote, *item_texts(papers, asked, c))):
        return None
    return "The papers record none turned down."
