"""A detail asked of a real subject that the quotes on the subject do not give.

The papers speak of the subject and the answer quotes them, but the thing asked is not what they say: "what did
Cllr Spoor raise after he arrived" meets "Councillor Bernie Spoor joined the meeting at 11.15am (noted in item 8)"
(his arrival, nothing he raised); "who took over as chair after Roger Wilson" meets a tribute to him naming no one
else; "who's taking on the risk management document" meets "Cllrs Fox & Warner will undertake the H&S policy and not
the Risk Management document" (the document named only as what they will not do); "what came up about the street
lighting energy saving update" meets "Arising under item 7 (Street Lighting Innovative Energy Saving Upda" (the text
stops before saying anything); "did they agree to change the town clerk's hours" meets "opening hours had not yet been
decided and ... the Clerk would write to him" (hours, and the clerk, but not the clerk's hours); "what is application
08/306/CP actually for" meets "7. 08/306/CP -No Call-in" (its reference and what became of it, nothing of what it
is); "what did licensing decide on the driver whose licence was reviewed" meets "That a safeguarding refresher course
... be made a condition of all hackney carriage and private hire driver licences" (a rule for every driver, no
decision on the one asked of). Each check reads how people ask for that detail and how minutes would give it; the
words are council usage.
"""

from __future__ import annotations

import re

from index.bodies import GENERIC_BODY_WORDS
from index.query import ITEM_ITSELF
from minutebook.model import Citation, Meeting
from minutebook.vocabulary import (
    CASE_OUTCOME_WORDS,
    CASE_PURPOSE_ASKED,
    CASE_REFERENCE,
    HONORIFICS,
    MOVEMENT_SAID,
    NEGATED_BEFORE,
    SUCCESSION_ASKED,
)
from service.answer_types import item_texts
from service.case_references import REFERENCE, canonical
from service.drafting import label
from service.evidence import asks_decision, stems
from service.figure_things import PHRASE_END
from service.papers import Asked, Papers
from service.schemas import Answer

ANSWERING_ROUTES = ("facts", "resolved", "resolved_on_point")
# what someone said, raised or asked is asked ("what did Cllr Spoor raise at item 8", "what did she say about ...")
SAID_ASKED = re.compile(r"\bwhat\b[^?]*?\b(?:say|said|tell|told|rais(?:e|ed)|ask(?:ed)?|mention(?:ed)?|bring\s+up|"
                        r"brought\s+up|comment(?:ed)?|question(?:ed)?|quer(?:y|ied)|contribut\w*)\b", re.I)
_MOVEMENT = re.compile(MOVEMENT_SAID.form, re.I)
BRACKETED = re.compile(r"\([^)]*\)")
# anyone saying anything, outside a bracketed note ("(noted in item 8)" refers to the minutes, says nothing)
SPEECH = re.compile(r"\b(?:said|says|spoke|told|advised|stated|explained|reported|asked|raised|queried|commented|"
                    r"highlighted|outlined|informed|updated|confirmed|replied|responded|added|suggested|expressed|"
                    r"presented|described|referred|mentioned|argued|objected|requested|proposed|welcomed|thanked|"
                    r"questioned|sought|urged|praised|noted\s+that|expressed)\b", re.I)
_SUCCESSION = re.compile(SUCCESSION_ASKED.form, re.I)
_HONORIFIC = re.compile(HONORIFICS.form, re.I)
# a person as minutes name them: a title and a name ("Cllr Roger Wilson", "Mrs J. Evans"), or two capitalised words
PERSON = re.compile(rf"\b(?:{HONORIFICS.form})\.?\s+(?:(?-i:[A-Z])\.?\s*){{0,3}}(?-i:[A-Z][\w'’-]+)"
                    r"(?:\s+(?:(?-i:[A-Z][\w'’-]+)|(?-i:le|la|de|du|van|von|der|den|di|da|ap)\b)){0,3}", re.I)
# (a surname's particle: "Dr Hein le Roux", "Cllr Sian ap Gwynn")
_NEGATED = re.compile(rf"\b(?:{NEGATED_BEFORE.form})\s+((?:[\w'’&/-]+\s*){{1,6}})", re.I)
ASKS_WHO = re.compile(r"\bwho(?:m|['’]s|\s+is|\s+was|\s+will)?\b", re.I)
# a quote the papers' text cuts off: a bracket opened and never closed, and no end to the sentence ("Arising under
# item 7 (Street Lighting Innovative Energy Saving Upda"), as a page's text stops where a scrape or a PDF did
CUT_OFF = re.compile(r"\([^)]*[A-Za-z]$")
# "the town clerk's hours", "the mayor's allowance": a thing asked as someone's or something's
POSSESSED = re.compile(r"\b([a-z][\w-]+)['’]s\s+((?:(?!(?:and|or|to|of|for|in|on|at|by|with|from|that|was|were|is|are|"
                       r"did|do|does|be|been|being|will|would|have|has|had)\b)[a-z][\w-]*\s*){1,3})", re.I)
# a word that makes an office another one: "Deputy Police and Crime Commissioner", "Vice Chair", "Acting Clerk"
OTHER_OFFICE = re.compile(r"deputy|depute|vice|assistant|acting|interim|former|locum|shadow", re.I)
OFFICE_WORDS = 4  # "Deputy Police and Crime Commissioner": the office's words after its qualifier
POSSESSED_WINDOW = 6  # "the Clerk's contracted hours", "the hours of the dedicated police officer": a few words
CASE_PURPOSE = re.compile(CASE_PURPOSE_ASKED.form.replace("{ref}", f"(?:{CASE_REFERENCE.form})"), re.I)
OUTCOME_WORD = re.compile(rf"(?:{CASE_OUTCOME_WORDS.form})", re.I)
# where one case's entry ends in a list of them: a line's end, the next entry's number ("8. 08/307/CP"), a sentence's
CASE_ENTRY_END = re.compile(r"\n|\s\d{1,3}\s?[.)]\s|(?<=[.;])\s+(?=[A-Z])")
# one case asked of by what befell it: "the driver whose hackney licence was reviewed", "the tenant who appealed", "the
# application that was called in" (a singular noun, then who or what of it)
ONE_CASE = re.compile(r"\bthe\s+(?:[\w'’-]+\s+){0,2}?([a-z]+)\s+(?:whose|who|that|which)\s+(?:[\w'’-]+\s+){0,3}?"
                      r"(?:was|were|had|has|is|did|got|[a-z]+ed)\b", re.I)
# what became of them asked in everyday words: "what happened to the driver whose licence was reviewed"
BEFELL = re.compile(r"\bwhat\s+(?:happened|was\s+done)\s+(?:to|with|about)\b", re.I)
DESCRIBING = 3  # a word of this many letters that is no outcome word says something of what the case is


def detail_unmet(papers: Papers, asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the answer's quotes, on the subject, do not give the detail the question asks of it; None where they do
    or it asks none of these."""
    if not answer.citations:
        return None
    if reason := item_unheld(papers, asked, answer):  # whatever the route: a declarations record names it so
        return reason
    if route not in ANSWERING_ROUTES:  # (a follow-up's action quoted for "what happened to the driver whose ...")
        return one_case_unmet(asked, answer) if route == "followups" else None
    return arrival_only(asked, answer) or successor_unmet(asked, answer) or negated_only(asked, answer) \
        or cut_off_only(asked, answer) or possessed_unmet(papers, asked, answer) or case_unsaid(asked, answer) \
        or one_case_unmet(asked, answer)


def arrival_only(asked: Asked, answer: Answer) -> str | None:
    """"What did Cllr Spoor raise after he arrived": every quote records someone coming or going ("joined the
    meeting at 11.15am", "left the meeting"), none anyone saying anything outside a bracketed note."""
    if not SAID_ASKED.search(asked.question):
        return None
    if all(_MOVEMENT.search(BRACKETED.sub(" ", c.quote)) and not SPEECH.search(BRACKETED.sub(" ", c.quote))
           for c in answer.citations):  # (not "REFUSED, insufficient attenuation (Mr Leonard returned to the room.)")
        return "The papers record them coming or going, not what they said."
    return None


def successor_unmet(asked: Asked, answer: Answer) -> str | None:
    """"Who took over as chair after Roger Wilson", "who replaced Mr Tate as clerk", "who was the rep before Dr le
    Roux": a quote must name someone other than whom the question names; a tribute to the one before, or "the Vice
    Chair", names no successor, and the new representative's appointment names no predecessor."""
    if not _SUCCESSION.search(asked.question):
        return None
    before = {w.lower() for w in asked.plan.names}
    for c in answer.citations:
        for m in PERSON.finditer(c.quote):
            named = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]+", m.group(0))
                     if not _HONORIFIC.fullmatch(w)}
            if not named & before:
                return None
    return "The papers do not say who else held it."


def negated_only(asked: Asked, answer: Answer) -> str | None:
    """"Who's taking on the risk management document": where every quote naming the subject names it only as what
    is not so ("will undertake the H&S policy and not the Risk Management document"), whom it names are not the
    answer."""
    if not ASKS_WHO.search(asked.question):
        return None
    subject = [t for t in asked.subject if t in asked.terms and asked.terms[t] not in asked.plan.places]
    if len(subject) < 2:
        return None
    holding = []
    for c in answer.citations:
        present = set(stems(c.quote))
        held = [t for t in subject if asked.has(t, present)]
        if len(held) < 2:
            continue
        negated = set(stems(" ".join(m.group(1) for m in _NEGATED.finditer(c.quote))))
        outside = set(stems(_NEGATED.sub(" ", c.quote)))
        holding.append(bool(negated) and all(asked.has(t, negated) and not asked.has(t, outside) for t in held))
    if holding and all(holding):
        return "The papers name it only as what they are not doing."
    return None


def cut_off_only(asked: Asked, answer: Answer) -> str | None:
    """Every quote on the subject is text the papers cut off inside a bracket, the subject named only in the bracket
    ("Arising under item 7 (Street Lighting Innovative Energy Saving Upda"): it names the subject, and stops. A quote
    beside it that names nothing of the subject, under an item whose title names nothing of it either ("The Minutes
    of the Meeting of the Policy and Resources Committee ... were noted."), says nothing of it: "what did they decide
    about the street lighting upgrade" is not answered by the noting of the minutes the cut-off text arises under."""
    subject = set(asked.subject)
    cut_at: Citation | None = None
    for c in answer.citations:
        cut = CUT_OFF.search(c.quote.rstrip())
        if cut is None and subject and not any(asked.has(t, set(stems(f"{c.item_title} {c.quote}")))
                                               for t in subject):
            continue  # of something else
        if cut is None or any(asked.has(t, set(stems(c.quote[:cut.start()]))) for t in subject):
            return None  # whole, or saying something of the subject before the bracket ("The balance at 31st
            # October 2011 was £9,862.17 (current account")
        cut_at = cut_at or c
    if cut_at is None:
        return None
    where = label(cut_at.minute, cut_at.resolution, cut_at.item_title, cut_at.meeting_date)
    return f"The papers' text stops before saying anything of it ({where}: \"{cut_at.quote.strip()}\")."


def possessed_unmet(papers: Papers, asked: Asked, answer: Answer) -> str | None:
    """"Did they agree to change the town clerk's hours": the thing asked is someone's (or something's), and no
    quote or its item's title prints the two together ("the Clerk's hours", "hours of the clerk", "the clerk's
    contracted hours"): "opening hours ... the Clerk would write" is other hours."""
    texts = [t for c in answer.citations for t in (c.quote, c.item_title)]
    printed = set(stems(" ".join(texts)))
    # the two together may be printed anywhere in the items quoted ("... report on the force, graded as follows:"
    # quoted, "the inspectorate's inspection report ... be noted" in the same item)
    texts += [t for c in answer.citations for t in item_texts(papers, asked, c)]
    council = papers.named_words(asked.where if asked.where is not None else {s.key for s in papers.meetings()})
    for m in POSSESSED.finditer(asked.question):
        owner = stems(m.group(1))
        things = [t for t in stems(m.group(2)) if t in printed]  # "the commissioner's cctv reinvestment pledge"
        word = m.group(1).lower()
        if not owner or owner[0] not in printed or not things or word in asked.plan.places or word in papers.places \
                or word in GENERIC_BODY_WORDS or word in council:
            continue  # (an owner the papers call otherwise, "the pcc's precept": "the Commissioner's", is not read;
            # nor the council's own, "Scarrowdale National Park Authority's core grant", which its papers print alone)
        qualified = bool(OTHER_OFFICE.search(asked.question[:m.start(1)]))
        if not any(near(owner[0], t, x, qualified) for t in things for x in texts):
            return "The papers do not say that of them."
    return None


def near(first: str, second: str, text: str, qualified: bool = False) -> bool:
    """Are words of stems ``first`` and ``second`` within a few words of each other in ``text``, ``first`` not
    after a word making it another office ("Deputy Police and Crime Commissioner" is not the commissioner) unless
    the question has one (``qualified``)?"""
    found = re.findall(r"[A-Za-z][\w'’-]*", text)
    words = [stems(w) for w in found]
    at = [n for n, s in enumerate(words) if first in s
          and (qualified or not any(OTHER_OFFICE.fullmatch(w) for w in found[max(0, n - OFFICE_WORDS):n]))]
    if any(second in words[k] for n in at for k in range(max(0, n - POSSESSED_WINDOW),
                                                         min(len(words), n + POSSESSED_WINDOW + 1))):
        return True
    # the owner's own said by a pronoun after it, what is theirs further on in the sentence: "The Commissioner
    # presented his proposal to increase the policing element of the Band D council tax" (the commissioner's tax rise)
    return any(second in words[k] for n in at for p in range(n + 1, min(len(found), n + POSSESSED_WINDOW + 1))
               if found[p].lower() in OWN_PRONOUNS for k in range(p + 1, min(len(words), p + OWN_REACH + 1)))


OWN_PRONOUNS = frozenset(["his", "her", "its", "their"])
OWN_REACH = 16  # words after "his" in which the thing it owns may be named ("his proposal to increase ... council tax")


def case_unsaid(asked: Asked, answer: Answer) -> str | None:
    """"What is application 08/306/CP actually for": every entry the quotes give for that reference (from the entry
    before's end to the next's start) says only what became of it ("7. 08/306/CP -No Call-in"), and no item quoted is
    titled with it: nothing says what the case is, or where."""
    if not CASE_PURPOSE.search(asked.question):
        return None
    asked_refs = {canonical(m.group(0)) for m in REFERENCE.finditer(asked.question)}
    entries = []
    for c in answer.citations:
        if any(canonical(m.group(0)) in asked_refs for m in REFERENCE.finditer(c.item_title)):
            return None  # an item titled by the case names what it is in its title
        refs = list(REFERENCE.finditer(c.quote))
        for n, m in enumerate(refs):
            if canonical(m.group(0)) not in asked_refs:
                continue
            start = refs[n - 1].end() if n else 0
            ends = [e.start() for e in CASE_ENTRY_END.finditer(c.quote, m.end())]
            end = min([*ends, refs[n + 1].start() if n + 1 < len(refs) else len(c.quote)])
            before = [e.end() for e in CASE_ENTRY_END.finditer(c.quote, start, m.start())]
            entries.append(c.quote[max([start, *before]):m.start()] + " " + c.quote[m.end():end])
    if not entries:
        return None  # the reference unprinted is read apart (service.who_where.reference_unmet)
    if any(len(w) >= DESCRIBING and not OUTCOME_WORD.fullmatch(w)
           for e in entries for w in re.findall(r"[A-Za-z]+", e)):
        return None  # "08/306/CP - Erection of a dwelling, Nethy Bridge - No Call-in": what it is
    return "The papers give its reference and what became of it, not what it is."



def one_case_unmet(asked: Asked, answer: Answer) -> str | None:
    """"What did they decide on the driver whose hackney licence was reviewed": a decision on one case is asked, and no
    quote nor the title of an item quoted speaks of one such ("the driver", "a driver's licence", "Mr Hale's") or
    names anyone; "all ... driver licences", "licensed drivers" are every driver."""
    found = ONE_CASE.search(asked.question)
    if found is None or not (asks_decision(asked.plan.corrected) or asks_decision(asked.question)
                             or BEFELL.search(asked.question)):  # "what did they deecide on the driver"
        return None
    noun = found.group(1).lower()
    if (noun.endswith("s") and not noun.endswith("ss")) or not stems(noun) or stems(noun)[0] not in asked.terms:
        return None  # "the councils that hadn't replied": many asked of; "the one that": no case named
    for c in answer.citations:
        if one_of(noun, c.quote) or one_of(noun, c.item_title) or PERSON.search(c.quote):
            return None
    return f"The papers record no decision on that one {noun}."


def one_of(noun: str, text: str) -> bool:
    """Does ``text`` speak of one ``noun`` ("the driver", "a driver's licence", "the driver appealed"), not only name
    it before another noun ("driver licences")?"""
    for m in re.finditer(rf"\b{re.escape(noun)}(['’]s)?\b", text, re.I):
        after = re.match(r"\s*([A-Za-z][\w'’-]*)", text[m.end():])
        if m.group(1) or after is None or PHRASE_END.match(after.group(1)) or after.group(1).lower().endswith("ed") \
                or not text[m.end():m.end() + 1].isspace():
            return True
    return False


# what an item was, asked by its number: "what was item 3, the one jarvie declared on", "what's item 9 about" (not
# who declared on it, nor "what was item 4 decided")
ITEM_NUMBER_ASKED = re.compile(r"\bwhat(?:['’]s|\s+was|\s+is)\s+item\s+(?:no\.?\s*|number\s+)?(\d{1,3})\b(?![/.]\d)"
                               r"(?!\s+(?:decided|agreed|resolved|approved)\b)", re.I)
PLAIN_NUMBER = re.compile(r"\d{1,3}")  # an item numbered as the agenda numbers it ("3"), not "45/23" or "C.10"


def item_unheld(papers: Papers, asked: Asked, answer: Answer) -> str | None:
    """"What was item 3, the one Jarvie declared on": a quote names the item only by its number ("Item 3 – Mr A
    Jarvie (Non-Financial)", beside other items' "Item 18 – ..."), and the minutes quoted, numbering their items as
    the agenda does, hold no item 3 (a page whose text stops after item 2): nothing says what it was. So too "what
    was item 9" of minutes numbering their six items 1 to 6, whatever the quotes: another item is no answer. None
    where the question asks no item's title by its number, the item itself is cited, no quote names it (asked
    otherwise than as the item itself), or the minutes hold it."""
    found = ITEM_NUMBER_ASKED.search(asked.question)
    itself = ITEM_ITSELF.search(asked.question)
    if not answer.citations:
        return None
    if found is not None:
        number = found.group(1)
    elif itself is not None:
        number = next(n for n in itself.groups() if n)
    else:
        return None
    naming = re.compile(rf"\bitem\s+{number}\b(?![/.]\d)", re.I)
    if any((c.minute or "").strip(" .") == number for c in answer.citations):
        return None  # the item itself is cited
    if not any(naming.search(c.quote) for c in answer.citations) and itself is None:
        return None  # (the quotes say something else of it: the item may be known by other words)
    cited = {c.meeting_date for c in answer.citations}
    meetings: dict[str, Meeting | None] = {}
    for h in asked.hits:
        if h.node.meeting_date in cited and h.node.meeting_key not in meetings:
            meetings[h.node.meeting_key] = papers.meeting_of(h, asked.filters.audience)
    for meeting in meetings.values():
        numbers = [i.number.strip(" .") for i in meeting.items if i.number] if meeting is not None else []
        if not numbers or not all(PLAIN_NUMBER.fullmatch(n) for n in numbers) or number in numbers:
            return None
    if not meetings:
        return None
    if not any(naming.search(c.quote) for c in answer.citations):
        return f"No item {number} is in the minutes of that meeting."
    return f"The minutes name item {number} only by its number; no item {number} is in the papers of that meeting."
