"""What a question asks for in particular, and whether an answer's quotes hold it.

A route answers from the right place and still may not answer: the attendance record of a meeting whose minutes
do not say who chaired it; a declarations minute that lists the items members were briefed on but records no
interest declared; a decision asked for where the minutes record none (a hearing's minutes that stop before the
outcome, an item taken in private). Each check reads the question for its particular ask and the answer's
verbatim quotes for the words that would give it; an answer without them is refused, saying what the papers do
not record. Nothing here names a council or a paper: the words are council usage.
"""

from __future__ import annotations

import datetime as dt
import re

from index.query import ASIDE, Intent, in_periods, year_spans
from minutebook.dates import find_dates
from minutebook.model import Citation, meeting_key
from minutebook.vocabulary import (
    COMPARED_PERIOD,
    DECLARED,
    HELPING_VERB,
    HONORIFICS,
    INTEREST_KINDS,
    ITEM_ROLES,
    NO_DECLARATIONS,
    PLACE_NAME_END,
    REASONS_GIVEN,
    REPLY_SAID,
    VERBS_NAMED,
    WHY_PUT,
    compiled,
)
from service.answer_kinds import alike_counted
from service.answer_types import (
    DECLARATIONS_ITEM,
    counted_unmet,
    declared_only,
    holder_unmet,
    instance_unmet,
    minutes_unmet,
    presence_only,
    private_content,
    substitute_unmet,
    unspecified_unmet,
    venue_unmet,
    when_unmet,
)
from service.asked_beyond import set_aside
from service.bid_outcomes import bid_outcome_unmet
from service.business_to_come import business_unmet
from service.chair_taken import PRESIDED
from service.choices import choice_unmet
from service.contents_asked import contents_unmet
from service.counted_by_verb import added_count_unmet, target_only_unmet, turnout_unmet, verb_count_unmet
from service.counted_unnamed import unnamed_unmet
from service.details_unsaid import detail_unmet
from service.drafting import NO_FIGURE
from service.ends_asked import end_unmet
from service.evidence import (
    NEW_LEVEL_ASKED,
    asks_decision,
    asks_money,
    counted,
    counted_at,
    counted_head,
    has_money,
    has_quantity,
    partitive,
    records_decision,
    sentences,
    stems,
    whether_decided,
)
from service.facilities_named import facility_unmet
from service.facts import FIGURE_SUPPORT, MEETING_WORD, PERSON, SAID, YEAR_OF_MEETING, figure_first, premise_end
from service.figure_sequels import reason_after
from service.figures_ahead import ahead_unmet, upon_unmet
from service.figures_asked import RECORD_ROUTES, figure_unmet
from service.figures_before import earlier_unmet
from service.given_in_full import advice_unmet, list_unmet, listed_unmet
from service.item_words import phrased
from service.items_named import titles_named
from service.marks_asked import mark_unmet
from service.measures import measure_unmet
from service.modifiers_named import modifier_unmet
from service.named_people import called_otherwise
from service.not_decided import undecided_unmet
from service.papers import Asked, Papers, undoubled
from service.pending import NOTING, pending_unmet, sequel_unmet, still_to_come
from service.periods_named import period_unmet
from service.qualified_figures import kind_unmet
from service.relative import difference_unmet
from service.replies_unsaid import reply_unmet
from service.role_holders import doer_unmet, role_name_unmet, role_unmet
from service.schemas import Answer
from service.sums_and_awards import balance_unmet, refused_unmet, winner_unmet
from service.sums_asked import NO_SUM, sum_unmet
from service.votes import outcome_unmet
from service.who_where import (
    election_unmet,
    motion_unmet,
    name_unmet,
    office_unmet,
    place_unmet,
    reference_unmet,
    someone_unmet,
    speaker_unmet,
    term_unmet,
)
from service.withheld import declarations_withheld, withheld_unmet

# "who chaired", "who was in the chair", "who presided": the chair alone, no other part of the attendance record
CHAIR_ASKED = re.compile(r"\b(?:chair(?:ed|ing|man|person|woman)?|presid\w*|in\s+the\s+chair)\b", re.I)
OTHER_RECORDS_ASKED = re.compile(r"\b(?:apolog\w*|attend\w*|present|absent|turned\s+up|came|make\s+it|off|late|"
                                 r"substitut\w*|declar\w*|interests?|next|vice)\b", re.I)
# how minutes say who chaired: "(in the Chair)", "Chairman", "Presiding", a mayor or convener presiding
CHAIR_SAID = re.compile(r"\b(?:chair\w*|presid\w*|conven[eo]r|provost|mayor|cadeirydd)\b", re.I)
# "who declared", "which councillors declared", "did anyone declare": a member is asked for
WHO_DECLARED = re.compile(r"\b(?:who|which\s+(?:\w+\s+)?(?:councillors?|members?)|any(?:one|body)|"
                          r"did\s+(?:cllr|councillor|mr|mrs|ms|dr)\b)", re.I)
# "what was X commended for", "what were they thanked for at ...", "and what for?": the reason or purpose is asked
REASON_ASKED = re.compile(r"\bwhat\s+for\b|\bwhat\s+(?:was|were|is|are|has|have|had|did|do|does)\b"
                          r"(?:\s+[\w'’.&-]+){1,10}?\s+([a-z]+)\s+for\s*"
                          r"(?:$|[?,;]|\b(?:at|in|on|during|by|when|last|this|back)\b)", re.I)
REASON_SAID = compiled(REASONS_GIVEN, r"(?:\b|(?=\()){}")  # a word, or a note in brackets
# "why did Cllr Bradley resign", "why was the public excluded": the reason is the question's whole ask
WHY_ASKED = re.compile(r"^\s*(?:and\s+)?why\b", re.I)
# a figure asked ahead of its time ("how much will the scheme cost in 2025", "what is budgeted for 2019"): a paper
# before then may give it
AHEAD_ASKED = re.compile(r"\b(?:will|going\s+to|plann\w*|expect\w*|budget\w*|forecast\w*|projected|estimat\w*)\b|"
                         + NEW_LEVEL_ASKED.pattern, re.I)  # a new level is set before it takes effect
# what exempt (Part 2) business contained: "what was in the exempt minutes", "what did the confidential report say",
# "what was discussed in private"; not whether or why the public were excluded, nor what was decided in private
EXEMPT_CONTENT_ASKED = re.compile(
    r"\bwhat(?:['’]?s|\s+(?:was|were|is|are))\s+(?:actually\s+|really\s+)?(?:in|said\s+in|discussed\s+in|contained\s+in)"
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?"
    r"(?:exempt|confidential|private|closed|part\s+(?:2|ii|two))\b"
    r"|\bwhat\s+(?:did|does)\s+(?:the\s+)?(?:exempt|confidential|private|part\s+(?:2|ii|two))\b[^?]{0,60}?"
    r"\b(?:say|contain|show)\b"
    r"|\bwhat\s+(?:was|were)\s+(?:discussed|said)\s+(?:in\s+private|in\s+(?:a\s+|the\s+)?closed\s+session|"
    r"in\s+part\s+(?:2|ii|two))", re.I)
# "which councillor has a relative working at the landfill site": a member is asked for by what they did
# (not "which app did cllr helme declare an interest in": the member is named, a thing is asked)
WHICH_MEMBER = re.compile(r"\bwhich\s+(?:(?!(?:did|does|do|was|were|is|are|has|have|had|will)\b)[\w'’-]+\s+){0,3}?"
                          r"(?:councillors?|members?|cllrs?)\b", re.I)
# how minutes name a member: "Cllr Beck", "Councillor J.K. Howell", "Councillors Abbott and Dale", "Mr Tate"
MEMBER_NAMED = re.compile(r"\b(?:cllrs?|councillors?|members?|mr|mrs|ms|miss|dr)\b\.?\s+(?-i:[A-Z])", re.I)
# a members' table of one line a person: the name, then its initials ("Martin Whittle MWh Lay Member for ...",
# "Richard Chapman RCp Chief Finance Officer"), as NHS boards and some councils print who sits on them
NAME_AND_INITIALS = re.compile(r"\b([A-Z])[a-z]+(?:\s+[A-Z][a-z]+)?\s+([A-Z])[\w'’-]+\s+\1\2[a-z]?\b")
# routes whose quotes must say what the question asks of whom it names (attendance quotes its record whole, whose
# silence on a name answers "was she there?")
NAMED_ROUTES = ("facts", "declarations", "resolved", "resolved_on_point")
# someone's capacity at a meeting asked for ("in what capacity was jane kennedy there", "what was her role"): the
# record of attendance answers it where it prints them
CAPACITY_ASKED = re.compile(r"\b(?:capacity|role)\b", re.I)
TITLED = re.compile(rf"\b(?:{HONORIFICS.form})\.?\s+(?:[a-z]\.?\s+)?([a-z][\w'’-]+)", re.I)  # "mr gardner": gardner
# how a question calls a person, not their name: "Cllr Lobban", "Councillor Pryce", "Mr Tate"
TITLE = re.compile(r"cllrs?|councillors?|mr|mrs|ms|miss|dr|sir|dame|lord|lady|mayor|prof(?:essor)?|rev(?:d|erend)?",
                   re.I)
# a year printed: "in 2022", "2019/20", "2018-19"; not part of a sum or count ("£12,019", "2019.5", "2,019 homes")
COMPARED = re.compile(COMPARED_PERIOD.form, re.I)  # another period a figure is set against
YEAR_PRINTED = re.compile(r"(?<![\d£$.,])((?:19|20)\d\d)(?![\d%]|[.,]\d)")
SUBJECT = FIGURE_SUPPORT  # share of the question's term weight a decision's sentence (with its item's title) must
# hold, as a figure's sentence must
DECLARATION_SAID = re.compile(
    rf"\b(?:declar\w*|interests?|{INTEREST_KINDS.form}|withdr[ae]w\w*|left\s+the\s+(?:room|meeting)|"
    rf"took\s+no\s+part|dispensation)\b|{NO_DECLARATIONS.form}|\b(?:{DECLARED.form})\b[^.]{{0,80}}\binterest",
    re.I | re.M)


# the declarations record saying none were made ("There were no declarations", "There were none.", "Nil")
NONE_DECLARED = re.compile(rf"{NO_DECLARATIONS.form}|\bthere\s+were\s+none\b|^\s*(?:none|nil)\b", re.I | re.M)


def unmet(papers: Papers, asked: Asked, answer: Answer, route: str) -> str | None:
    """Why ``answer`` (by the route named ``route``) does not give what the question asks for in particular: a
    reason to refuse; None when it does, or asks for nothing in particular."""
    if not answer.found:
        return None
    quotes = [c.quote for c in answer.citations]
    said = "\n".join(quotes)
    question = asked.plan.corrected
    plan = asked.plan
    # (an aside names whom the question leaves out: "which cllrs (not the chair) were on the panel")
    if CHAIR_ASKED.search(ASIDE.sub(" ", question)) and plan.confidence(Intent.ATTENDANCE) >= 0.5 \
            and not OTHER_RECORDS_ASKED.search(question) and not CHAIR_SAID.search(said) \
            and not PRESIDED.search(said):  # "The Leader welcomed everyone to the meeting": who opened it presided
        return "The minutes do not say who chaired that meeting."
    # who, where or which case is asked: the quotes must name someone, somewhere or the case (service.who_where); the
    # venue route quotes the place a meeting was held, the records routes their lists of names
    reason = reference_unmet(asked, answer) or office_unmet(asked, answer) or election_unmet(asked, answer) \
        or term_unmet(asked, answer) \
        or motion_unmet(asked, answer) \
        or (place_unmet(asked, answer) if route != "venue" else None) \
        or (someone_unmet(asked, answer) if route not in RECORD_ROUTES else None) \
        or (name_unmet(asked, answer) if route not in RECORD_ROUTES else None) \
        or (speaker_unmet(asked, answer, route, papers) if route in ("facts", "resolved_on_point") else None) \
        or (pending_unmet(asked, answer, route) or sequel_unmet(asked, answer)
            if route in ("facts", "resolved", "resolved_on_point") else None) \
        or business_unmet(asked, answer, route)
    if reason is not None:
        return reason
    # the kind of thing asked, not only a mention of the subject (service.answer_types)
    if reason := declared_only(asked, answer, route) or presence_only(asked, answer, route) \
            or private_content(asked, answer, route) or withheld_unmet(papers, asked, answer, route) \
            or declarations_withheld(asked, answer, route) \
            or holder_unmet(asked, answer, route) \
            or when_unmet(papers, asked, answer, route) or end_unmet(papers, asked, answer, route) \
            or balance_unmet(asked, answer, route) or substitute_unmet(asked, answer) \
            or instance_unmet(asked, answer, route) or unspecified_unmet(asked, answer, route) \
            or winner_unmet(papers, asked, answer, route) or refused_unmet(papers, asked, answer, route) \
            or venue_unmet(asked, answer, route) \
            or counted_unmet(asked, answer, route) or unnamed_unmet(asked, answer, route) \
            or choice_unmet(asked, answer) \
            or minutes_unmet(papers, asked, answer) \
            or measure_unmet(papers, asked, answer, route) or mark_unmet(asked.question, answer, route) \
            or role_unmet(asked, answer, route) or doer_unmet(asked, answer, route) \
            or role_name_unmet(asked, answer, route) \
            or sum_unmet(papers, asked, answer, route) or bid_outcome_unmet(papers, asked, answer, route) \
            or period_unmet(asked, answer, route) or facility_unmet(papers, asked, answer, route) \
            or modifier_unmet(asked, answer, route) or outcome_unmet(asked, answer, route) \
            or undecided_unmet(papers, asked, answer, route) \
            or earlier_unmet(asked, answer, route):
        return reason
    top = max(plan.intents, key=lambda i: plan.intents[i]) if plan.intents else None
    if route != "declarations" and top == Intent.DECLARATION \
            and (WHO_DECLARED.search(question) or names_someone(papers, asked)) and not DECLARATION_SAID.search(said):
        # the declarations route quotes the record it found; another route's words on the item must say it: who
        # declared, or what someone named declared ("what did Ian Gibbard declare": the attendance record naming him
        # says nothing he declared)
        return "The minutes record no interest declared that answers this."
    if EXEMPT_CONTENT_ASKED.search(question) and not any(h.node.exempt for h in asked.hits):
        # the exempt business itself is asked for: the papers open to this audience say only that it was taken
        # in private ("That the public be excluded ...", the item's title), never what it held
        return "The papers open to you do not publish exempt business."
    if WHICH_MEMBER.search(question) and route != "attendance" and plan.confidence(Intent.ATTENDANCE) < 0.5 \
            and not (route == "declarations" and NONE_DECLARED.search(said)) \
            and not names_member(papers, asked, answer):  # who came is the attendance record's (a list of names)
        # ("which councillors declared" is answered by "There were no declarations of personal interest": none did)
        # the sentence that says it must name the member: not a flattened declarations list whose "Personal interest
        # in Bradgate Landfill site as a relative is employed there" follows a run of names it cannot be matched to
        return "The minutes do not say which member."
    kind = asks_decision(question) or asks_decision(asked.question)  # as typed: "uphold", not the papers' "upheld"
    if kind and route in ("facts", "resolved") and top in (Intent.RESOLUTION, None) \
            and not from_header(asked, answer) and not decided_on(papers, asked, answer, kind, route) \
            and not still_to_come(asked, answer):  # "has the lease been renewed": "still awaited", not yet
        # (a meeting's header records no decision: what it answers is asked of the meeting, "the deadline to call in
        # the decisions")
        return f"The papers record no {kind} on it."
    if route in ("facts", "resolved", "resolved_on_point") and (reason := difference_unmet(papers, asked, answer)):
        return reason  # "9.6 years lower than in Westcliff ward" for the life expectancy itself
    if asks_money(question) and route != "attendance" and not any(
            has_money(s) and papers.cover(asked, (c.item_title, lead, s), money_subject(asked),
                                          item=papers.item_of(asked, c)) > 0
            for c in answer.citations for lead, s in led_sentences(c.quote)):
        # "how much were the quotes for the tree work": a sum of money, not "Clerk to obtain quotes", nor "two trees";
        # and in a sentence (a table's row) on what is asked: "Lodeside Bowls Club  refused", not the next row's £750
        # (nor the next row's "estimated total cost of £48,500" for "harbour wall scheme total cost estimate": on the
        # subject by its own words, not the money's)
        return NO_SUM
    # (the attendance record and the declarations record count by naming: "how many declared interests in 2019",
    # answered by the declarations listed, or "There were no declarations")
    if asked.periods and figure_first(question) and route not in RECORD_ROUTES \
            and not AHEAD_ASKED.search(question) \
            and not any((has_quantity(c.quote) or has_money(c.quote)) and given_then(asked, c)
                        for c in answer.citations):
        # "how much did the youth opera get in 2019": an award made in December 2017 is not 2019's
        return "The papers give no figure of that for when it is asked."
    if reason := contents_unmet(asked, answer, route) or advice_unmet(asked, answer, route) \
            or list_unmet(asked, answer, route) or listed_unmet(asked, answer, route):
        # "what's in the recovery plan": "to bring a recovery plan to the October meeting"; "what did the note
        # advise": "had a note regarding ..."; "what were the 12 things": "administering 12 diffe"
        # (service.given_in_full)
        return reason
    if reason := figure_unmet(papers, asked, answer, route) or kind_unmet(papers, asked, answer, route):
        # "how many wildlife crimes in fennick": 63 in all, 24 in Sallow Vale, none said of Fennick; "how many
        # affordable homes": "68 homes" (service.qualified_figures)
        return reason
    if reason := ahead_unmet(asked, answer, route) or upon_unmet(asked, answer, route):
        # "what's the fare cap going to be in 2026/27": "the £2 cap until 31 March 2026"; "how many pupils will it have
        # once the houses are built": "had 11 pupils"
        return reason
    if reason := detail_unmet(papers, asked, answer, route):
        return reason  # "who took over as chair after Roger Wilson": a tribute to him names no one after him
    if reason := reply_unmet(papers, asked, answer, route):
        return reason  # "what did the harbour trust say": "that officers meet the Harbour Trust"
    verb = REASON_ASKED.search(question)
    if verb and not any(gives_reason(c.quote, verb.group(1)) and names_all(asked, c.quote) for c in answer.citations):
        # "what was Owen Jones commended for": "Councillor Howell commended Owen Jones from Dr" (cut off) says who
        # was commended, not what for; "what did Cllr Lenny congratulate Jac Morgan for": Cllr Lenny commending
        # someone else, for something, is not it
        return "The papers do not say what for."
    if WHY_ASKED.search(asked.question) and route != "attendance" and not any(
            (gives_reason(c.quote, None) or replies_why(answer.citations, k))
            and names_each(papers, asked, told_with(answer.citations, k, replied=True))
            for k, c in enumerate(answer.citations)) and not reason_after(papers, asked, answer):
        # "why did Cllr Bradley resign": "Cllr Bradley - resignation" says that he did, not why, and the next
        # sentence's reason for another's is not his (an apologies record gives its reasons its own way: "Cllr
        # Warner(work commitments)"); a figure's reason a sentence or two after it in its item ("it reflected ...")
        # is given beside it (service.figure_sequels)
        return "The papers do not say why."
    thing = counted(asked.plan.corrected)
    # (or the head of what is counted: "how many freedom to speak up concerns": "134 concerns were raised")
    things = [t for t in dict.fromkeys([thing, counted_head(asked.plan.corrected)]) if t in asked.terms]
    # (some of a set, "how many of the wharfside homes": the homes counted, the set's name in the quote or its item's
    # title, "Kelvedge Town Centre Regeneration - Wharfside Scheme")
    of_set = partitive(asked.plan.corrected)

    def counted_in(c: Citation) -> bool:
        # ("how many similar outfits": "one of four of its kind" counts others of its kind)
        # ("one of how many regional transport groups of its type": the groups counted by their kind, whatever of
        # the question's words for the groups the quote prints)
        return (any(counts(asked, t, c.quote) or alike_counted(asked.question, asked.terms, t, c.quote)
                    for t in things) or any(alike_counted(asked.question, asked.terms, t, c.quote)
                                            for t in asked.terms)) and (
            not of_set or thing is None or counts(asked, thing, f"{c.item_title}\n{c.quote}"))

    if thing and route not in RECORD_ROUTES and thing in asked.terms and not any(  # each record counts its own
            has_quantity(c.quote) and counted_in(c) and given_then(asked, c) for c in answer.citations):
        # "how many children in care in September 2018" met by "the big 2 things affecting this", or by a figure
        # of January's: not a figure of what is counted, when it is asked
        return f"{NO_FIGURE[:-1]} for when it is asked." if asked.periods else NO_FIGURE
    if reason := verb_count_unmet(asked, answer, route) or added_count_unmet(asked, answer, route) \
            or turnout_unmet(asked, answer, route) or target_only_unmet(asked, answer, route):
        return reason  # "how many ash trees are going to be felled": "1,900 ash trees were being monitored"
    if route == "attendance" and CAPACITY_ASKED.search(question) and (person := TITLED.findall(question)) \
            and not set(p.lower() for p in person) <= set(re.findall(r"[a-z'’-]+", " ".join(
                c.quote for c in answer.citations).lower())):
        # "who was mr gardner - what capacity was he there in": the meeting's record of attendance, without him
        return f"The papers do not say that of {' or '.join(p.title() for p in person)}."
    if route in NAMED_ROUTES and not says_of_named(papers, asked, answer, route):
        # "what did Mansel Williams tell the council about the hourly trains": a sentence naming him (the chairman)
        # and another on the trains (Mr Mason's talk) are not him saying it; "what did Cllr Lobban declare": a
        # declarations list without him, in a meeting whose papers name him elsewhere (he chaired it)
        return f"The papers do not say that of {' or '.join(named_as(asked, g) for g in proper_names(papers, asked))}."
    return None


def from_header(asked: Asked, answer: Answer) -> bool:
    """Is every quote of ``answer`` from a meeting's header (its particulars: the deadline for call-in, the contact
    officer), which the search returns only to a question asking for them?"""
    return asked.headers_only(answer.citations)


def decided_on(papers: Papers, asked: Asked, answer: Answer, kind: str, route: str) -> bool:
    """Does the answer record a decision (a recommendation, a conclusion) on what the question asks about?

    The facts route's sentences must record it, on the subject: not a table's "Recommendations" column head, nor
    another row's "Resolved in October 2019 ...". The resolutions route quotes the resolutions of the items that
    speak to the question; where it asks whether a decision was taken ("did the board approve the nature recovery
    strategy"), a resolution must be on that (not "the minutes of the last meeting were approved"), and whatever it
    asks, the item quoted must be on the subject (not the apologies item's "RESOLVED to elect a Vice Chairman" for
    "what did they decide about the footpaths")."""
    verb = whether_decided(asked.plan.corrected) or whether_decided(asked.question)
    # the verb is what was decided, not on what ("say yes": neither word is the subject)
    subject = [t for t in asked.subject if t not in stems(verb or "") and t not in (verb or "").lower().split()]
    # (nor where the meeting sat, which says which meeting: "the tanners rd fire service", its headquarters' street)
    sat = {c.item_title: papers.sat_at(asked, meeting_key(c.committee, c.meeting_date)) for c in answer.citations}
    own = bool(DECLARATION_SAID.search(asked.plan.corrected))  # interests asked about: the declarations item's own
    decided = [c for c in answer.citations if (records_decision(c.quote, kind) or c.resolution)
               and (own or not DECLARATIONS_ITEM.search(c.item_title))]
    if (route == "facts" or verb) and not any(
            papers.cover(asked, (c.item_title, *referred_to(answer, c), c.quote),
                         [t for t in subject if t not in sat[c.item_title]] or subject,
                         item=papers.item_of(asked, c), forms=True) >= SUBJECT
            or told_of(papers, asked, answer, c, subject) for c in decided):
        return False
    if route == "facts":
        return True
    # (each item's sentences read with the forms of a term's word the support test found in it: "bus" for "buses")
    items: dict[tuple[object, ...], list[str]] = {}
    notings: dict[tuple[object, ...], list[bool]] = {}
    keys: dict[tuple[object, ...], str | None] = {}
    for c in answer.citations:
        key = (c.meeting_date, c.minute, c.item_title)
        items.setdefault(key, [c.item_title]).append(c.quote)
        keys.setdefault(key, papers.item_of(asked, c))
        if c.resolution or records_decision(c.quote, kind):
            notings.setdefault(key, []).append(bool(NOTING.match(c.quote)))
    # an item whose only decision notes its report ("That the update be noted") decided nothing on a matter its
    # account only mentions ("Members referred to the caravan site at Bleak Hythe and asked for a timetable"): what
    # was decided about that is asked of its own item, or of the item whose title and noting name it
    return any(papers.cover(asked, " ".join(said[:1] + [q for q in said[1:] if NOTING.match(q)])
                            if notings.get(key) and all(notings[key]) else " ".join(said),
                            [t for t in asked.terms if t not in sat[str(key[2])]] or None, item=keys[key], forms=True)
               >= SUBJECT for key, said in items.items())


def told_of(papers: Papers, asked: Asked, answer: Answer, decision: Citation, subject: list[str]) -> bool:
    """Is ``decision`` a resolution of an item whose account, quoted in the answer, speaks of the subject in one of
    its sentences? A resolution names its matter in the minutes' words ("supports the proposed precept", "planning
    permission be REFUSED"), the account in the asker's ("the commissioner's proposal to increase ... council tax",
    "Erection of 12 holiday lodges"): "did the tax hike go through" is answered by the item's resolution. (Not a
    declaration or a decision in running text: a resolution of the item, labelled as one.)"""
    if not decision.resolution and not RESOLVED_LABEL.search(decision.quote):
        return False
    if MINUTES_ITEM.search(decision.item_title):
        return False  # the item approving the last minutes decides the minutes, not what its account mentions
    same = (decision.meeting_date, decision.minute, decision.item_title)
    return any(papers.cover(asked, (c.item_title, c.quote), subject, item=papers.item_of(asked, c),
                            forms=True) >= SUBJECT for c in answer.citations
               if c is not decision and (c.meeting_date, c.minute, c.item_title) == same and not c.resolution)


MINUTES_ITEM = re.compile(ITEM_ROLES["previous_minutes"].form, re.I)  # "Minutes of the previous meeting"
# a resolution as minutes print it, at the head of its quote: "That the Panel ...", "RESOLVED - That ..."
RESOLVED_LABEL = re.compile(r"^\W*(?:(?:resolved|agreed|decision)\b|that\b)", re.I)


# a decision that is only its outcome word, after its label or none: "Decision: Refused, because ...", "Agreed, with
# one abstention.", "RESOLVED: Approved." (planning and parish minutes)
OBJECTLESS_DECISION = re.compile(
    r"^\W*(?:(?:decision|resolved|resolution|outcome)\s*[:.–—-]?\s*)?(?:unanimously\s+)?(?:granted|refused|approved|"
    r"deferred|withdrawn|agreed|carried|lost|permitted|allowed|dismissed|declined)\b(?!\s+(?:that|to)\b)", re.I)
# a decision that names what it decides by a noun of the sentence before: "did not agree the transfer", "declined
# to approve the virement", "the proposal was rejected"
_DECIDING = r"(?:agree|approve|support|endorse|accept|adopt|reject|refuse|defer|ratify)"
DECIDED_OBJECT = re.compile(
    rf"\b{_DECIDING}[ds]?\s+(?:the|this|that|these|those|such)\s+([a-z][\w-]+)"
    rf"|\b(?:the|this|that|these|those|such)\s+([a-z][\w-]+)\s+(?:was|were|is|are|be|been)\s+(?:not\s+)?"
    rf"{_DECIDING}[de]?d\b", re.I)


def referred_to(answer: Answer, decision: Citation) -> tuple[str, ...]:
    """The quote just before ``decision`` in the answer, from the same item, where the decision names what it
    decides by a word of it ("... proposed a virement of £40,000 from the parking account to supported bus
    services." then "Members declined to approve the virement"), or the item's quotes before it where the decision
    names nothing ("Refused."): what the decision is on."""
    at = next((n for n, c in enumerate(answer.citations) if c is decision), 0)
    if at == 0:
        return ()
    before = answer.citations[at - 1]
    same = (decision.meeting_date, decision.minute, decision.item_title)
    if OBJECTLESS_DECISION.match(decision.quote):
        # a decision that names nothing it decides ("Decision: Refused, because ..."): on the item's matter, which
        # the item's sentences before it set out
        return tuple(c.quote for c in answer.citations[:at] if (c.meeting_date, c.minute, c.item_title) == same)
    if (before.meeting_date, before.minute, before.item_title) != (
            decision.meeting_date, decision.minute, decision.item_title):
        return ()
    # the thing decided, named as the sentence before names it, and not as the item's title does ("That the minutes
    # be signed" after "The minutes ... were approved ... the playing field strategy ...": the minutes, not the
    # strategy)
    named = {t for m in DECIDED_OBJECT.finditer(decision.quote) for t in stems(m.group(1) or m.group(2))}
    shared = named & set(stems(before.quote)) - set(stems(decision.item_title))
    return (before.quote,) if shared else ()


def says_of_named(papers: Papers, asked: Asked, answer: Answer, route: str) -> bool:
    """Is each name the question calls someone or something by (not where: the council, a place) printed in a quote,
    read with its item's title, that says some of what the question asks about them? The support test counts a name
    anywhere in the meeting's papers, which says which meeting; the sentence that answers must say it of them."""
    groups = proper_names(papers, asked)
    # (not the name of where a meeting the answer quotes was held: "the memorial hall annual meeting (salford
    # priors)" names the meeting by its venue, "held in The Memorial Hall", which says which meeting, as a place does)
    held_at = set().union(*(papers.meeting_where.get(meeting_key(c.committee, c.meeting_date), set())
                            for c in answer.citations))
    groups = [g for g in groups if not all(asked.terms[t].lower() in held_at for t in g)]
    if after := premise_end(asked.question):  # "the agenda had the deputy mayor seconding, who actually seconded
        asked_of = set(stems(asked.question[after:]))  # it?": whom the asker names in setting out is not asked of
        groups = [g for g in groups if any(t in asked_of for t in g)]
    if not groups:
        return True
    named = {t for g in groups for t in g}
    # the declarations route's own words ("declare", "interest") are what it quotes, not what is asked of them
    own = set(stems(" ".join(m.group(0) for m in DECLARATION_SAID.finditer(asked.question)))) \
        if route == "declarations" else set()
    subject = [t for t, w in asked.terms.items()
               if t not in named and t not in own and w not in papers.places and not TITLE.fullmatch(w)]
    # what is asked of them must be said of them where the answer says it at all ("the app": no quote may word it so)
    said = bool(subject) and papers.cover(asked, tuple(x for c in answer.citations for x in (c.item_title, c.quote)),
                                          subject) > 0
    heading: tuple[tuple[object, ...], str] | None = None  # the last heading or lead-in quoted, and its item
    before: tuple[tuple[object, ...], str] | None = None  # the quote before, and its item
    found: set[int] = set()  # the groups a quote says it of
    for c in answer.citations:
        item = (c.meeting_date, c.minute, c.item_title)
        if headed(c.quote):  # "Mr Rhydian Mason" under the item's title, "Mr Liam Harron asked:": of what follows
            heading = (item, c.quote)
        title = f"{c.item_title} {heading[1]}" if heading is not None and heading[0] == item else c.item_title
        if route == "declarations":  # "declared a personal interest in item 5": of item 5, whatever its title
            title = " ".join([title, *titles_named(papers, asked, c)])
        if before is not None and before[0] == item and PRONOUN.search(c.quote):
            # "Cllr Quinn informed the Clerk she had not been present." then "The minutes were amended to record
            # her apologies.": the sentence after the one naming them, on the same item, speaks of them by a pronoun
            title = f"{title} {before[1]}"
        before = (item, c.quote)
        if said and papers.cover(asked, (title, c.quote), subject) == 0:
            continue
        present = set(stems(f"{title} {c.quote}"))
        # (a name printed with a letter doubled or not is the same name: "Prince Phillip" for "prince philip")
        single = {undoubled(t) for t in present}
        found |= {n for n, g in enumerate(groups) if all(asked.has(t, present) or undoubled(t) in single for t in g)
                  or initialled([asked.terms[t] for t in g], c.quote)
                  or called_otherwise(papers, [asked.terms[t] for t in g], c)}
    return len(found) == len(groups)


def initialled(name: list[str], quote: str) -> bool:
    """Does ``quote`` print a person's name (the words asked: "darren", "price") as minutes often do, the given names
    by their initials ("Cllrs T Davies and D Price", "Mr A. Jarvie")? A different initial is someone else."""
    if len(name) < 2 or not all(w.isalpha() for w in name):
        return False
    initials = r"\.?\s*".join(f"(?-i:{w[0].upper()})" for w in name[:-1])
    return bool(re.search(rf"\b{initials}\.?\s+{re.escape(name[-1])}\b", quote, re.I))


PRONOUN = re.compile(r"\b(?:he|she|they|him|her|them|his|hers|their)\b", re.I)


HEADING_WORDS = 6  # a heading names its subject in a few words ("Minute 113 – Allotments.", "Mr Rhydian Mason")
LEAD_IN = re.compile(r"(?::\s*-?|…:|\.\.\.:)\s*$")  # "Mr Liam Harron asked:", "... made specific reference to:-"
LINKING = frozenset(["of", "the", "and", "for", "on", "in", "to", "at", "a"])


def headed(quote: str) -> bool:
    """Is ``quote`` a heading (a few words, each a name or a number: "Mr Rhydian Mason", "Minute 113 – Allotments.")
    or a lead-in ("Mr Liam Harron asked:"), said of what follows it?"""
    if LEAD_IN.search(quote):
        return True
    found = re.findall(r"[A-Za-z][\w'’-]*", quote)
    return 0 < len(found) <= HEADING_WORDS and all(w[0].isupper() or w.lower() in LINKING for w in found)


def named_as(asked: Asked, group: list[str]) -> str:
    """A name as the question gives it ("Mansel Williams")."""
    return " ".join(asked.terms[t].title() for t in group)


def proper_names(papers: Papers, asked: Asked) -> list[list[str]]:
    """The names the question calls someone or something by, each as its terms: a name after a title ("Cllr
    Lobban"), or names written together ("Mansel Williams", "Chapel Lane, Galgate"); not a word the papers print
    capitalised alone ("Borough", "Allotments"), which a sentence may say in other words, nor a council's or place's
    name (which says where). "Cllr Hale and Cllr Moss" are two names, each said of in its own sentence or together."""
    names = {w for w in asked.plan.names if w not in papers.places and not TITLE.fullmatch(w)}
    stem_of = {w: t for t, w in asked.terms.items()}
    tokens = list(re.finditer(r"[A-Za-z][\w'’-]*", asked.question))
    typed = [m.group(0).lower() for m in tokens]
    # "how did the board mark roger wilson's death": a verb after its helping verb and subject is no given name
    names -= {typed[n] for n in range(len(typed)) if used_as_verb(typed, n)}
    groups: list[list[str]] = []
    run: list[str] = []
    titled = False
    for n, w in enumerate([*typed, ""]):
        # (a title is the name's own only next to it: "nominated somebody for deputy, hardcastle seconded" names an
        # office, then a member)
        apart = 0 < n < len(typed) and bool(asked.question[tokens[n - 1].end():tokens[n].start()].strip())
        if w in names:
            if apart and run and not ADDRESS_END.fullmatch(run[-1]):
                # "for deputy, hardcastle seconded": two words a comma parts are two names (an address goes on past
                # its street: "Chapel Lane, Galgate")
                if titled or len(run) > 1:
                    groups.append([stem_of[x] for x in run if x in stem_of])
                run, titled = [], False
            titled = titled or (not run and n > 0 and bool(TITLE.fullmatch(typed[n - 1])) and not apart)
            run.append(w)
            continue
        if run and (titled or len(run) > 1):
            groups.append([stem_of[x] for x in run if x in stem_of])
        run, titled = [], False
    # (not a name the asker sets aside: "apart from jac morgan, which players ...": the answer names the others)
    aside = set_aside(asked.question)
    return [g for g in groups if g and not set(g) <= aside]


ADDRESS_END = re.compile(PLACE_NAME_END.form, re.I)  # a street's or a building's last word ("Chapel Lane, Galgate")
VERB_NAMED = re.compile(rf"(?:{VERBS_NAMED.form})", re.I)
HELPING = re.compile(rf"(?:{HELPING_VERB.form})", re.I)
SUBJECT_WORDS = 6  # the words of a verb's subject between its helping verb and it ("did the health board mark")


def used_as_verb(typed: list[str], n: int) -> bool:
    """Is the question's word ``n`` (of ``typed``, lower case) a verb that is also a name, after a helping verb and
    its subject ("did the board mark", "to grant"), not after a title ("did cllr mark jones attend")?"""
    if not VERB_NAMED.fullmatch(typed[n]) or (n and TITLE.fullmatch(typed[n - 1])):
        return False
    before = typed[max(0, n - SUBJECT_WORDS - 1):n]
    return any(HELPING.fullmatch(w) and (w == "to" or k < len(before) - 1) for k, w in enumerate(before))


def gives_reason(quote: str, verb: str | None) -> bool:
    """Does ``quote`` say what for, or why, after the verb the question asks about ("commended ... for his role")?
    Anywhere in it, where it does not use the verb ("and what for?" asks of the question's verb); a table row says
    it in a column ("Ashcombe Players  £750.00  stage lighting")."""
    found = re.search(rf"\b{re.escape(verb[:5])}\w*", quote, re.I) if verb and len(verb) >= 5 else None
    return "\t" in quote or bool(REASON_SAID.search(quote[found.end() if found else 0:]))  # a table: in a column


def names_someone(papers: Papers, asked: Asked) -> bool:
    """Does the question name someone or something by a name the papers print (not the council or a place that says
    where): "what did ian gibbard declare"?"""
    return any(w in asked.plan.names and w not in papers.places
               and not TITLE.fullmatch(w) for w in asked.terms.values())


def names_member(papers: Papers, asked: Asked, answer: Answer) -> bool:
    """Does the quote that says most of what the question asks about name a member ("Councillor Hartigan declared a
    personal interest in ... being a governor")? A quote going on about them from the one before it ("Mrs Valerie Raw
    declared a personal interest in application ..." / "She left the room while the application was considered") is
    read with it."""
    covers = [papers.cover(asked, c.quote, asked.subject) for c in answer.citations]
    return any(MEMBER_NAMED.search(quote) or NAME_AND_INITIALS.search(quote)
               for k, got in enumerate(covers) if got == max(covers)
               for quote in [told_with(answer.citations, k)])


def names_all(asked: Asked, quote: str) -> bool:
    """Does ``quote`` name everyone (and everything) the question names, other than the council (not among its terms):
    the sentence that says what they were commended for must be about them?"""
    present = set(stems(quote))
    return all(asked.has(t, present) for t, w in asked.terms.items() if w in asked.plan.names)


def told_with(citations: list[Citation], k: int, *, replied: bool = False) -> str:
    """The ``k``th quote, after the one before it where both are of one item: a reason goes on from the sentence
    naming whom it is of ("Councillor Helen Helme declared an interest in agenda item A5 ..." / "The reason being that
    she is a Member of Ellel Parish Council"). ``replied``: a reply goes on from the question it answers, though it
    names its speaker (:func:`replies_why`)."""
    c = citations[k]
    before = citations[k - 1] if k else None
    # (not a sentence naming someone itself: "Councillor Gale had resigned ... due to moving away" after "Councillor
    # Holt - resignation" is Gale's reason, not Holt's)
    if before is not None and (not PERSON.search(c.quote) or (replied and replies_why(citations, k))) and (
            before.meeting_date, before.minute, before.item_title) == (c.meeting_date, c.minute, c.item_title):
        return f"{before.quote} {c.quote}"
    return c.quote


_WHY_PUT = re.compile(WHY_PUT.form, re.I)
_REPLY_SAID = re.compile(REPLY_SAID.form, re.I)


def replies_why(citations: list[Citation], k: int) -> bool:
    """Is the ``k``th quote the reply to a question asking why that the quote before it, of the same item, records
    ("Councillor Shillito asked why the B5117 had not been gritted." / "Councillor Fairclough said a gritter had broken
    down")? The reply gives the reason, in whatever words."""
    if not k:
        return False
    c, before = citations[k], citations[k - 1]
    return (before.meeting_date, before.minute, before.item_title) == (c.meeting_date, c.minute, c.item_title) \
        and bool(_WHY_PUT.search(before.quote)) and not _WHY_PUT.search(c.quote) and bool(_REPLY_SAID.search(c.quote))


def names_each(papers: Papers, asked: Asked, quote: str) -> bool:
    """Does ``quote`` name each person the question names (after a title, or names written together)?"""
    present = set(stems(quote))
    return all(all(asked.has(t, present) for t in g) for g in proper_names(papers, asked))


def of_when(asked: Asked, cite: Citation) -> bool:
    """Can the quote give a figure of the periods the question names: printing a date or a year in one, or, printing
    none, from a meeting held in or after the first (a figure is reported once it is known: "summer 2023's" in
    November)? A figure a later meeting gives of another year ("41 had completed travel training in 2022", asked of
    2021) is not one of then."""
    if not asked.periods:
        return True
    if any(in_periods(f.date.isoformat(), asked.periods) for f in find_dates(cite.quote, cite.meeting_date)):
        return True
    # (not the year of another period it is set against: "a reduction of 9% on the same period in 2025")
    quote = COMPARED.sub(" ", cite.quote)
    # (nor a count a year's shape: "a Petition containing over 2000 signatures")
    years = {int(m.group(1)) for m in YEAR_PRINTED.finditer(quote) if not counted_at(quote, m.start())}
    if any(a.year <= y <= b.year for y in years for a, b in asked.periods):
        return True
    # a council's year, April to March: "134 concerns were raised in 2022/23" is a figure of early 2023 too
    if any(a <= dt.date(y + 1, 3, 31) and dt.date(y, 4, 1) <= b
           for y in year_spans(quote) for a, b in asked.periods):
        return True
    return not years and cite.meeting_date >= min(a for a, _ in asked.periods)


def given_then(asked: Asked, cite: Citation) -> bool:
    """Is the quote's figure one of when the question asks (:func:`of_when`), or one a meeting it names gave ("how many
    lorries did they say in july": the July meeting's, whatever year it is of; "june 2023 - how much was last year's
    underspend": a year said as the meeting's minutes say it, of the meeting's)?"""
    said_then = bool(MEETING_WORD.search(asked.plan.corrected) or SAID.search(asked.plan.corrected)
                     or YEAR_OF_MEETING.search(asked.plan.corrected))
    return of_when(asked, cite) or (said_then and in_periods(cite.meeting_date.isoformat(), asked.periods))


def counts(asked: Asked, thing: str, sentence: str) -> bool:
    """Does ``sentence`` name what the question counts, in its words or another wording of them?"""
    present = set(stems(sentence))
    together, apart = phrased(asked.thing_phrases, sentence)
    return thing not in apart and (asked.has(thing, present) or thing in together)


# the words a sum is asked by, which any sum's sentence may print: no word of what it is the sum of
MONEY_WORDS = frozenset(stems("cost costs costing estimate estimated estimates total overall price priced bill spend "
                              "budget amount sum figure money"))


def money_subject(asked: Asked) -> list[str] | None:
    """The question's terms less the words a sum is asked by ("harbour wall scheme total cost estimate": harbour,
    wall, scheme; names and places kept, "Tamerbridge Borough Council | £15,424" is on "how much does tamerbridge chip
    in"); None (all its terms) where it has no other."""
    return [t for t in asked.terms if t not in MONEY_WORDS] or None


def led_sentences(quote: str) -> list[tuple[str, str]]:
    """Each sentence of ``quote`` with the heading or lead-in just before it, if any ("(b) Bank reconciliation.",
    "grants be awarded as follows:"), which says what it is about; another row of a table does not."""
    said = sentences(quote)
    return [(said[n - 1] if n and (len(said[n - 1].split()) <= HEADING_WORDS or said[n - 1].rstrip().endswith(":"))
             else "", s) for n, s in enumerate(said)]

