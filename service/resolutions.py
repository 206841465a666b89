"""Answers to "what was resolved": the resolutions of the matching minutes, newest first, quoted whole."""

from __future__ import annotations

import re

from index.fusion import Hit
from index.nodes import NodeKind
from index.query import Intent, in_periods
from minutebook.model import Meeting, MinuteItem
from minutebook.vocabulary import DEFERRED_SAID, PROCEDURAL_AGREEMENTS, RATE_ASKED, TAKEN_UP_FROM, alternation
from minutebook.vocabulary import RECORDS_SIGNED as RECORDS_SIGNED_SAID
from service.annexes import annexed
from service.drafting import label, not_found
from service.evidence import asks_money, has_money, has_quantity, sentences, stems
from service.facts import (
    CAME_OF,
    EACH_PRICE_ASKED,
    HOW_WENT,
    act_asked,
    asked_for,
    best_sentences,
    figure_first,
    opens_with,
    say_sentences,
    speaker_asked,
)
from service.figures_asked import CHANGE_OF
from service.matters_decided import decisions_asked, matter_asked, of_matter
from service.papers import ITEM_SUPPORT, Asked, Papers
from service.pending import NOTING, asks_outcome
from service.printed_dates import prints_date
from service.schemas import Answer
from service.set_out_above import changes_above, listed_below, points_above, set_out_above
from service.sums_and_awards import AWARD, WINNER_ASKED
from service.votes import decides_vote, records_vote, vote_asked

LEAD_IN = re.compile(r"(?::\s*-?|…:|\.\.\.:)$")  # a resolution that introduces a list: "... the following:-"
RATE = re.compile(RATE_ASKED.form, re.I)  # a rate or share asked by its noun
RECORDS_SIGNED = re.compile(RECORDS_SIGNED_SAID.form, re.I)  # minutes confirmed as a correct record
# a question about minutes or records ("were the july minutes rubber-stamped", "the record of the last meeting")
MINUTES_ASKED = re.compile(r"\b(?:minutes|mins|records?|minuted)\b", re.I)
WHOLE = 0.999  # an item's support (its share of the question's term weight) that is all of it
CHOSEN_MOST = 3  # items whose resolutions are quoted
# a decision asked of the future: "when are they deciding where the trees go", "when will the council decide on the
# hall", "when's the decision on the lease"
# what a thing costs or would cost ("how much would a replacement leisure centre cost", "what's the estimated cost of
# the new pool"): not a sum awarded, paid or left in a fund, which a resolution may give itself
COST_ASKED = re.compile(r"\bcost(?:s|ing)?\b|\bprice[ds]?\b", re.I)
# the size of a change asked: "what's the precept going up by", "how much are rents rising", "by how much did
# sickness fall": the sentence giving the change ("an increase of 2.99%"), not the resolution setting the new level
CHANGE_BY_ASKED = re.compile(r"\b(?:go(?:es|ing)?|went|gone)\s+(?:up|down)\s+by\b|\b(?:ris(?:e|es|ing|en)|rose|"
                             r"increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|f[ae]ll(?:s|ing|en)?|drop(?:s|ped|ping)?|"
                             r"reduc(?:e|es|ed|ing)|cut|put\s+up|rais(?:e|es|ed|ing))\s+by\b|\bby\s+how\s+much\b", re.I)
DECIDING_AHEAD = re.compile(r"\bwhen\s+(?:are|is|will|do|does|shall)\s+(?:[\w'’-]+\s+){0,4}?(?:decid|determin|"
                            r"consider|vot|discuss|choos|settl|agree|look\w*\s+at)\w*|\bwhen['’]?s\s+(?:the|a)\s+"
                            r"decision\b|\bwhen\s+(?:is|will)\s+(?:the|a)\s+decision\b", re.I)
# how minutes put a decision off to a later meeting: "Location to be decided at a future meeting", "deferred to the
# June meeting"
DECIDED_LATER = re.compile(rf"\bto\s+be\s+(?:decided|determined|considered|agreed|discussed|confirmed)\b|"
                           rf"\b(?:{DEFERRED_SAID.form})\b", re.I)


def resolved(papers: Papers, asked: Asked) -> Answer | None:
    """The resolutions of the minutes that match a question asking what was decided."""
    return _resolved(papers, asked, decision_asked=True)


def resolved_on_point(papers: Papers, asked: Asked) -> Answer | None:
    """For a question that does not ask what was decided but whose best hit is a resolution ("who did the
    commission say the measures would be shared with"): the resolutions, after the item's own words on what was
    asked when the resolutions do not speak to it ("what did the plot holder's written submission say" is not
    answered first with "That the update be noted")."""
    if HOW_WENT.search(asked.question):
        return None  # "how did the fire service do in its inspection": the grades it was given, not "report noted"
    if RATE.search(asked.question):
        # "what was the recycling rate for 2024/25": a rate the item reports ("66.8% of municipal waste"), which its
        # sentences give (the facts route), not what it resolved or noted ("contamination had risen to 11%")
        return None
    if COST_ASKED.search(asked.question) and asks_money(asked.question) and figure_first(asked.question):
        # "how much would a replacement leisure centre cost": a sum, which the item's sentences give, the
        # resolutions among them (the facts route), not a resolution quoted for its words ("approve progressing the
        # replacement ... to the outline business case stage, at a cost of up to £240,000": a step's cost)
        return None
    if EACH_PRICE_ASKED.search(asked.question) and (COST_ASKED.search(asked.question) or asks_money(asked.question)):
        # "those pumps they bought - price per pump?": the price of one, which the item's sentences give ("four pumps
        # at £52,000 each"; the facts route, the resolution among them), not the resolution's total alone
        return None
    if CHANGE_BY_ASKED.search(asked.question) or CHANGE_OF.search(asked.question):
        return None  # "what's the precept going up by": the change the item's sentences give (the facts route)
    answer = _resolved(papers, asked, decision_asked=False)
    if answer is not None and answer.found and not MINUTES_ASKED.search(asked.question) \
            and all(RECORDS_SIGNED.search(c.quote) for c in answer.citations):
        # "what day is the panel to rubber-stamp the new treasurer": the minutes signed as a correct record answer
        # only a question about minutes, whatever everyday word for approving both say
        return None
    act = act_asked(asked)
    if answer is not None and answer.found and act and not any(papers.cover(asked, c.quote, act) for c in
                                                                answer.citations):
        return None  # "who seconded his nomination": the resolution does not say who did it; the item's words may
    return answer


def _resolved(papers: Papers, asked: Asked, *, decision_asked: bool) -> Answer | None:
    plan = asked.plan
    if asked.periods and plan.intents and max(plan.intents, key=lambda i: plan.intents[i]) == Intent.RESOLUTION \
            and plan.confidence(Intent.FOLLOWUP) < 0.5:
        # "what did the panel resolve at its March 2024 meeting": decisions are in that meeting's minutes
        held = papers.meetings_in(asked)
        if not any(s.has_minutes for s in held):
            return not_found("The papers hold only the agenda of that meeting, not its minutes." if held else
                             "No meeting on that date is in the papers.")
    minute_hits = [h for h in asked.hits[:6] if h.node.doc_kind == "minutes"
                   and h.node.kind in (NodeKind.RESOLUTION, NodeKind.PASSAGE)]
    if asked.periods:
        minute_hits = [h for h in minute_hits if in_periods(h.node.meeting_date.isoformat(), asked.periods)]
    if asked.printed:  # "the summer 2024 reading challenge": the items printing that date, not the next season's
        minute_hits = [h for h in minute_hits if any(prints_date(papers, asked, h, p) for p in asked.printed)] \
            or minute_hits
    chosen: list[tuple[Hit, MinuteItem, Meeting]] = []
    if not decision_asked:
        # a question that does not ask what was decided is the resolutions' only where the item that speaks to it
        # best is one ("when did Cllr Wilson start chairing the board": the tribute that says so, not the
        # membership item's resolution below it)
        best = next((h for h in asked.hits[:6] if papers.supports(asked, h)), None)
        if best is None or (best.node.kind != NodeKind.RESOLUTION and not _resolves(papers, asked, best)):
            return None
    # "were the september minutes changed": one meeting's minutes, approved once (its item first: see
    # ExtractiveAnswerer.ask)
    one_minutes = bool(plan.minutes_of or plan.minutes_months)
    # an item holding all the question asks about before one holding part of it ("kept the same chairman": the
    # chairman's election, not the vice-chairman's just above it)
    # (and, for what was decided or came of it, an item deciding the matter before one deciding only how the meeting
    # ran: the deputation heard on the school before the item deciding its future: "agreed to hear a deputation ...
    # in relation to Item 6")
    # (and, for "who got the X contract", an item giving it to someone before one asking for quotes for it)
    outcome = decision_asked or asks_outcome(asked.question)
    winner = bool(WINNER_ASKED.search(asked.question))
    # (and, for whether it went through, of the items holding all the question asks, one deciding it before a later
    # one only noting a correction to it: "This did not alter the decision, which stands. RESOLVED: That the
    # correction be noted"; not an item on another matter before the one noting what another body decided: "the
    # Planning Inspectorate had dismissed the appeal ... RESOLVED: that the appeal decisions be noted")
    minute_hits.sort(key=lambda h: (outcome and only_procedure(papers, asked, h),
                                    winner and not awards(papers, asked, h),
                                    # (and the award itself before a later item taking it up again: the call-in of the
                                    # decision, which confirms or sends back what was given)
                                    winner and takes_up(papers, asked, h),
                                    papers.support(asked, h.node.item_key) < WHOLE,
                                    outcome and only_noted(papers, asked, h)))
    for h in minute_hits:
        if not papers.supports(asked, h):
            continue
        meeting = papers.meeting_of(h, asked.filters.audience)
        if meeting is None:
            continue
        item = meeting.keyed_items().get(h.node.item_key)
        if item is None or not item.resolutions:
            continue
        # "which committees' minutes did they note": the items under one heading ("4a Community Services Committee",
        # "4b Policy and Resources Committee"), each holding as much of the question as the first, are one answer
        beside = bool(chosen) and any(m.key == meeting.key and same_heading(i.number, item.number)
                                      for _, i, m in chosen) \
            and papers.support(asked, h.node.item_key) >= papers.support(asked, chosen[0][0].node.item_key)
        if chosen and not beside and (h.score < 0.6 * chosen[0][0].score or asked.periods or one_minutes):
            continue
        if not beside and any(m.key == meeting.key for _, _, m in chosen):
            continue
        chosen.append((h, item, meeting))
        if len(chosen) == CHOSEN_MOST:
            break
    if not chosen:
        return None
    if outcome:  # an item only noting what was reported on the matter decided nothing of it, where another did
        chosen = [c for c in chosen if not all(NOTING.match(r.text) for r in c[1].resolutions)] or chosen
    if not decision_asked and all(LEAD_IN.search(r.text.rstrip()) for _, i, _ in chosen for r in i.resolutions):
        # "approved with amendments to the following:": the list it introduces is the answer, which the item's
        # own words give (the facts route quotes a lead-in with its list)
        return None
    if figure_first(asked.question) and not any(has_quantity(r.text) for _, i, _ in chosen for r in i.resolutions):
        return None  # "how many ... were approved": a figure, which the facts route looks for
    # an item whose own title and resolutions are not on the subject (the previous meeting's minutes,
    # approved "as a correct record") only mentions it in passing: leave it out if any other speaks to it
    on_subject = [c for c in chosen if papers.cover(
        asked, " ".join([c[1].title, *(r.text for r in c[1].resolutions)])) >= 0.5]
    chosen = on_subject or chosen[:1]
    # (an item taking several matters in turn, each with its decision: the one asked about's)
    decided = {id(i): decisions_asked(papers, asked, i) for _, i, _ in chosen}
    said = " ".join(r.text for _, i, _ in chosen for r in decided[id(i)])
    # (and the item's own words on it are not another matter's decision)
    others = [" ".join(r.text.split()) for _, i, _ in chosen for r in i.resolutions if r not in decided[id(i)]]

    def another_matters(text: str) -> bool:
        flat = " ".join(text.split())
        return any(o in flat or flat in o for o in others)

    # "on what grounds were the press excluded": a resolution that excludes them, giving no reason, is not the answer
    gives = None if decision_asked else asked_for(asked.question)
    on_point = papers.cover(asked, said) >= ITEM_SUPPORT and (gives is None or bool(gives.search(said)))
    draft = papers.draft()
    if not (on_point or decision_asked):  # what the item says on it first, then what was decided
        say_sentences(draft, best_sentences(papers, asked, [chosen[0][0]], most=2, leave_out=another_matters))
    # newest first; who was given a contract from the award itself, then the later meeting taking it up
    newest = sorted(chosen, key=lambda c: c[2].date, reverse=True)
    for _, item, meeting in sorted(newest, key=lambda c: winner and takes_up(papers, asked, c[0])):
        for r in decided[id(item)]:
            head = label(item.cited, r.number, item.title, meeting.date)
            part = part_subject(item.text, r.number)
            title = f"{item.title} — {part}" if part else item.title
            draft.say(f"{head} ({title}): {r.text}", papers.item_citation(meeting, item, r.text, r.number))
            if points_above(r.text) and (rows := set_out_above(item, r.text)) is not None:
                # "That the charges set out above be approved": the charges, as the minute sets them out
                draft.say(rows, papers.item_citation(meeting, item, rows))
            elif (changes := changes_above(item, r.text)) is not None:
                # "With these amendments the minutes were passed": the amendments, as the minute gives them
                draft.say(changes, papers.item_citation(meeting, item, changes))
            elif (listed := listed_below(item, r.text)) is not None:
                # "approved with amendments to the following:": the list it introduces, as the minute gives it
                draft.say(listed, papers.item_citation(meeting, item, listed))
            elif (annex := annexed(papers, asked, meeting.key, meeting.key_of(item), r.text)) is not None:
                # "subject to the Panel's recommendations set out in the Annex to these minutes": the annex
                draft.say(*annex)
    if not on_point and decision_asked:
        # the resolutions do not speak to what was asked ("what did the workshop recommend about X"):
        # add the item's own words on it
        say_sentences(draft, best_sentences(papers, asked, [chosen[0][0]], most=2, leave_out=another_matters))
    if DECIDING_AHEAD.search(asked.question):
        # "when are they deciding where the memorial trees go": what the item says of a decision still to come
        # ("Location to be decided at a future meeting"), beside what it did decide
        for _, item, meeting in chosen:
            for later in [s for s in sentences(item.text) if DECIDED_LATER.search(s)][:2]:
                if not any(later in part for part in draft.parts):
                    draft.say(later, papers.item_citation(meeting, item, later))
    if (speaker := speaker_asked(asked.question)) is not None:
        # "what did the panel say when the cfo handed in her notice": what it noted ("The Panel noted that ... had
        # tendered her resignation"), and what it went on to say ("The Panel expressed its best wishes ...")
        for _, item, meeting in chosen:
            said_by = sentences(item.text)
            for r in item.resolutions:
                flat = " ".join(r.text.split())
                at = next((n for n, s in enumerate(said_by) if flat and flat in " ".join(s.split())), None)
                if at is None or at + 1 >= len(said_by) or not opens_with(said_by[at + 1], speaker):
                    continue
                after = said_by[at + 1]
                if not any(after in part for part in draft.parts):
                    draft.say(after, papers.item_citation(meeting, item, after))
    # (and what happened to it: "the old dairy on mill lane - what happend to it", refused after a motion to grant fell
    # on the chair's casting vote)
    came_of = bool(CAME_OF.search(asked.question))
    if asks_outcome(asked.question) or vote_asked(asked.question) or came_of:
        # the outcome of a matter put to the vote is the decision and the vote that carried it ("On being put to the
        # vote, the recommendation was carried by 6 votes to 2."), where the item records one
        # (an item with two votes, a motion lost and the one carried after it, gives the vote on the matter asked:
        # "did they veto the precept": "the motion to veto was lost (2 for, 8 against)")
        for _, item, meeting in chosen:
            asked_of = matter_asked(papers, asked, item)
            votes = [s for s in sentences(item.text) if records_vote(s) and of_matter(asked_of, s)]
            # (what happened to it: how the vote came out before who was on a side)
            how = came_of and not vote_asked(asked.question)
            vote = max(votes, key=lambda s: (how and decides_vote(s), papers.cover(asked, s)), default=None)
            if vote is not None and not any(vote in part for part in draft.parts):
                draft.say(vote, papers.item_citation(meeting, item, vote))
    if decision_asked and not asks_money(asked.question) \
            and not any(has_money(r.text) for _, i, _ in chosen for r in i.resolutions):
        # "what did the trust board decide about the dermatology service": the decision, and the sum at stake where
        # the item prints one and its resolutions do not ("The Board approved the procurement", of "a single
        # provider with an annual value of about £1.3 million")
        at_stake = best_sentences(papers, asked, [chosen[0][0]], most=1, plain=True,
                                  leave_out=lambda text: not has_money(text))
        say_sentences(draft, [k for k in at_stake if not any(k[2] in part for part in draft.parts)])
    return draft.done()


def part_subject(text: str, number: str | None) -> str | None:
    """The subject a numbered part of an item prints before its words ("3.1. Internal Auditor – Clerk informed the
    Parish Council ..."), which a decision of that part ("Clerk to report back at next meeting") is about; None where
    the part prints none."""
    if not number or not re.match(r"\d+(?:\.\d+)+$", number):
        return None
    found = re.search(rf"(?m)^\W{{0,3}}{re.escape(number)}\.?\s+(?P<subject>[A-Z][^.\n–—:]{{1,60}}?)"
                      r"(?:\s+-|\s*[–—:])\s+(?=\S)", text)
    if found is None:
        return None
    subject = found.group("subject").strip()
    # a title, not a sentence run up to a dash ("The clerk said that it was re-elected - ok")
    if len(subject.split()) > TITLE_WORDS or SENTENCE_VERB.search(subject):
        return None
    return subject


TITLE_WORDS = 8  # "Representative on the Village Hall Management Committee"
SENTENCE_VERB = re.compile(r"\b(?:said|says|was|were|is|are|had|has|have|will|would|could|should|[a-z]+ed)\b")


# an item's number under a heading: "4a", "4(b)", "4.2", "12 (iii)"; the heading's own number first
SUB_ITEM = re.compile(r"^\s*(\d+)\s*(?:[.(]\s*)?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)?\s*$", re.I)


def same_heading(one: str | None, other: str | None) -> bool:
    """Are two items' numbers parts of one heading ("4a" and "4b", "7.1" and "7.2")?"""
    a, b = SUB_ITEM.match(one or ""), SUB_ITEM.match(other or "")
    return a is not None and b is not None and a.group(1) == b.group(1)


PROCEDURE = re.compile(alternation(PROCEDURAL_AGREEMENTS), re.I)


def only_procedure(papers: Papers, asked: Asked, hit: Hit) -> bool:
    """Does the hit's item decide only how the meeting ran ("The Committee agreed to hear a deputation ...", "to
    suspend standing orders"), where the question does not ask about that (its words are not in the question)?"""
    meeting = papers.meeting_of(hit, asked.filters.audience)
    item = meeting.keyed_items().get(hit.node.item_key) if meeting is not None else None
    if item is None or not item.resolutions:
        return False
    found = [PROCEDURE.search(r.text) for r in item.resolutions]
    if not all(found):
        return False
    asked_words = set(stems(asked.question))
    return not any(set(stems(m.group())) & asked_words - set(stems("agreed resolved decided to the a"))
                   for m in found if m is not None)


def only_noted(papers: Papers, asked: Asked, hit: Hit) -> bool:
    """Does the hit's item only note or receive what it heard ("RESOLVED: That the correction be noted")?"""
    meeting = papers.meeting_of(hit, asked.filters.audience)
    item = meeting.keyed_items().get(hit.node.item_key) if meeting is not None else None
    return item is not None and bool(item.resolutions) and all(NOTING.match(r.text) for r in item.resolutions)


def awards(papers: Papers, asked: Asked, hit: Hit) -> bool:
    """Does the hit's item resolve to give a contract or job to someone ("RESOLVED to award the Christmas lights
    contract to Brightwave Displays Ltd")?"""
    meeting = papers.meeting_of(hit, asked.filters.audience)
    item = meeting.keyed_items().get(hit.node.item_key) if meeting is not None else None
    return item is not None and any(AWARD.search(r.text) for r in item.resolutions)


TAKEN_UP = re.compile(rf"\b(?:{TAKEN_UP_FROM.form})", re.I)
TAKEN_UP_OPENING = 300  # characters of an item after its title where it says which earlier decision it takes up


def takes_up(papers: Papers, asked: Asked, hit: Hit) -> bool:
    """Does the hit's item take up a matter an earlier meeting decided ("Call-in: Highways Maintenance Contract",
    "the call-in of the decision made at minute CAB 34", "deferred from the March meeting"), by its title or opening?"""
    meeting = papers.meeting_of(hit, asked.filters.audience)
    item = meeting.keyed_items().get(hit.node.item_key) if meeting is not None else None
    return item is not None and bool(TAKEN_UP.search(f"{item.title}\n{item.text[:TAKEN_UP_OPENING]}"))


def _resolves(papers: Papers, asked: Asked, hit: Hit) -> bool:
    """Does the hit's item record resolutions?"""
    meeting = papers.meeting_of(hit, asked.filters.audience)
    return meeting is not None and bool((item := meeting.keyed_items().get(hit.node.item_key)) and item.resolutions)
