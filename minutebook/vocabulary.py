"""The words of minutes, as data: how clerks write decisions, attendance, interests and exemptions.

Every stage that reads committee papers takes its words from here, so a form seen
in a new council's papers is added in one place. Each entry is a regular-expression
fragment (matched without regard to case unless it says otherwise) and a line saying
where the form comes from: the statute or standing order that gives the words, or the
house style of the kind of body that writes them (ModernGov pages, parish clerks,
Scottish and Welsh councils, NHS boards). Nothing here names one council.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Term:
    """One form a clerk writes, and where it comes from."""

    form: str  # a regular-expression fragment
    source: str


def alternation(terms: tuple[Term, ...]) -> str:
    """The forms of ``terms`` as one non-capturing alternation."""
    return "(?:" + "|".join(t.form for t in terms) + ")"


def compiled(terms: tuple[Term, ...], template: str = "{}", flags: int = re.I) -> re.Pattern[str]:
    """Compile ``template`` with the alternation of ``terms`` in place of ``{}``."""
    return re.compile(template.replace("{}", alternation(terms)), flags)


def done_said() -> re.Pattern[str]:
    """The words that say a follow-up done (``STATUS_DONE``, with the verbs of doing and the owners in their
    places), wherever they stand in a line."""
    return re.compile(r"\b" + alternation(STATUS_DONE).replace("{done}", alternation(DONE_VERBS))
                      .replace("{owner}", alternation(ACTION_OWNERS)), re.I)


# ----------------------------------------------------------------------------- decisions

DECISION_LABELS = (
    Term(
        r"(?:unanimously\s+)?resolved", "'RESOLVED' / 'Resolved:-' / 'UNANIMOUSLY RESOLVED': the standard minute form"
    ),
    Term(r"agreed", "'AGREED' heading a decision: parish and town councils, Scottish councils"),
    Term(r"decision", "'DECISION:' inline, and 'Decision:' blocks on ModernGov pages"),
    Term(r"decided", "'DECIDED:' used by some committees and boards"),
    Term(r"recommended", "'RECOMMENDED' where a committee recommends to full council"),
    Term(r"recommendations?\s+approved", "'Recommendation(s) approved': cabinets and executive decision notices"),
    Term(r"noted", "'NOTED' under an item, recording that the meeting noted it: parish and committee minutes"),
    Term(r"resolution|outcome", "'Resolution: That ...', 'Outcome: Noted.'"),
)
# English's commonest small words: which column of a bilingual paper (Welsh and English side by side) is the English
ENGLISH_FUNCTION_WORDS = frozenset(["the", "of", "and", "to", "in", "was", "were", "that", "be", "for", "on", "with",
                                    "by", "at", "as", "from", "this", "it"])
# Small words no sentence ends on: a line of a paper that stops on one was wrapped mid-sentence, whatever the next
# line opens with ("... sports hall, at an estimated capital cost of" over "£27.5 million.", "... a report of the"
# over "Chief Executive"). Lower case only: "Appendix A" and "PLANNING AND" end headings and labels.
RUN_ON_ENDINGS = Term(r"(?-i:of|the|a|an|and|to|for|with|by|from|than|per|at|into|onto|via)",
                      "hard-wrapped minutes whose wrap falls before a figure, a name or a capital")
# What a line opens with when it carries on the sentence of the line above, hard-wrapped mid-way: a sum, after a line
# stopped on a lower-case word ("... Income in 2025/26 had been" over "£1.42 million."; no entry of a list opens
# with one), or an aside the sentence goes on after ("... to Brightwave Displays Ltd for three years" over "(2024 to
# 2026) at £8,720 per year."), not one standing alone ("(Cllr Pike returned to the room.)") nor a list's "(c) ...".
RUN_ON_SUM = Term(r"[£€$]\s?\d", "hard-wrapped minutes whose wrap falls before a sum")
# ... or before a figure with its unit in lower case ("... the Kirkgate Air Quality Management Area was" over "38.2
# micrograms per cubic metre"; "... had risen to" over "14 households"): no item's number has a lower-case word after
RUN_ON_FIGURE = Term(r"\d[\d,]*(?:\.\d+)?\s*%?\s+[a-z]",
                     "hard-wrapped minutes whose wrap falls before a figure and its unit")
# ... or before a date ("... to start on" over "1 April 2032; and"): a line stopped on a lower-case word goes on into
# the date, which no item's number is followed by
RUN_ON_DATE = Term(r"\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october|"
                   r"november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?\s*\d{0,4}",
                   "hard-wrapped minutes whose wrap falls before a date: 'to start on' over '1 April 2032; and'")
RUN_ON_ASIDE = Term(r"\((?![A-Za-z]\)|[ivxIVX]{1,4}\)|\d{1,2}\))[^()\n]{1,60}\)\s*(?:[a-z]|[,;]\s)",
                    "hard-wrapped minutes whose wrap falls before an aside: '(2024 to 2026) at', '(5 members) as'")
# Welsh labels: the decision follows in Welsh whatever its first word ('bod' = 'that', or a verb-noun).
WELSH_DECISION_LABELS = (
    Term(
        r"penderfynwyd(?:\s*/\s*resolved)?",
        "Welsh for 'resolved': 'PENDERFYNWYD / RESOLVED bod ... / that ...', 'Penderfynwyd cymeradwyo'r adroddiad'",
    ),
)

# One person deciding: a decision session's deciding "body" is also someone a decision can ask to act.
SINGLE_DECIDER = Term(
    r"leader|mayor|(?:cabinet|executive)\s+member|portfolio\s+holder", "single-member decision sessions"
)
# A body taking a decision in running text: "The Committee agreed ...", "Council resolved to ...".
DECIDING_BODIES = (
    Term(r"(?:sub-?)?committee", "committees and sub-committees"),
    Term(r"(?:parish|town|community|city|county|district|borough)?\s*council", "councils, including parish councils"),
    Term(r"panel", "scrutiny panels, police and crime panels"),
    Term(r"board", "boards: health and wellbeing, combined authority, NHS"),
    Term(r"cabinet", "executive cabinets"),
    Term(r"commission", "select commissions"),
    Term(r"authority", "national park, fire and combined authorities"),
    Term(r"members", "'Members agreed ...': parish and committee minutes"),
    Term(r"meeting", "'The meeting agreed ...'"),
    Term(
        r"forum|group|partnership|assembly|executive|governing\s+body", "forums, working groups, NHS governing bodies"
    ),
    SINGLE_DECIDER,
    Term(r"governors|trustees|directors", "school governing boards, charity trustees, company boards"),
    Term(r"(?-i:[A-Z]{2,5})", "a body known by its initials: 'The IJB noted', 'The ICB approved'"),
)
# The bodies people call by a kind the papers name otherwise, by the kind asked ("the vale's licensing panel": its
# Licensing Sub-committee; "derby and derbyshire's nhs commissioning board": the CCG's Governing Body); a cabinet is
# called nothing else, and another kind's papers are not a cabinet's.
BODY_KINDS_LOOSELY = {
    "panel": Term(r"panel|(?:sub-?)?committee",
                  "licensing, appeals and hearing sub-committees are 'the licensing panel' in members' and the press's "
                  "usage; scrutiny panels are committees"),
    "board": Term(r"board|governing\s+body|authority",
                  "an NHS body's Governing Body is its board; combined and fire authorities' meetings are 'the board'"),
    "commission": Term(r"commission|committee", "select commissions are scrutiny committees"),
}
# Words a body's decision can carry between the body and its verb: "The Committee therefore agreed ..." (after a
# vote), "The Panel also noted ...", "Council accordingly resolved ...", "The Board formally approved ...".
DECISION_ADVERBS = (
    Term(r"also|then|further|formally|duly", "'The Panel also noted', 'The Board formally approved': every body"),
    Term(r"therefore|accordingly|thus|thereupon|subsequently",
         "the outcome of a vote written after it: 'On a vote ... The Committee therefore agreed ...' (Scottish and "
         "Welsh councils)"),
    Term(r"\w+ly", "'unanimously', 'reluctantly': any adverb in -ly"),
)
DECISION_VERBS = (
    Term(r"agreed|resolved|decided|determined", "the verbs of a decision"),
    Term(r"confirmed|approved|endorsed|ratified|adopted", "approving what is put to the meeting"),
    Term(r"noted|accepted|supported", "'The Panel noted ...', 'Members supported ...'"),
    Term(r"requested|instructed|authori[sz]ed|delegated", "asking for something to be done"),
    Term(r"granted|refused|deferred", "planning and licensing decisions"),
    Term(r"recommended", "a committee recommending to its parent body"),
)
# Verbs NHS and partnership boards write in capitals after the body: "The Board RECEIVED ... and NOTED ..."
CAPITAL_DECISION_VERBS = Term(r"(?-i:RECEIVED|NOTED|APPROVED|AGREED|RATIFIED|ENDORSED|SUPPORTED|ACCEPTED|RESOLVED)",
                              "NHS and partnership boards' minutes")
# A decision written as one word or a short phrase: "Noted.", "Approved.", "Agreed as a correct record."
ELLIPTICAL_OUTCOMES = Term(
    r"^(?:noted|agreed|approved|accepted|adopted|ratified|carried|deferred|refused|granted|received\s+and\s+noted|"
    r"confirmed)\b(?:[^.]{0,60})\.?$",
    "parish and joint committee minutes that record the outcome alone; 'Minutes of 15/01/2025: confirmed.'",
)
# A parish or town council's response, as a consultee, to a planning application, written after the application:
# "DC/23/0456 – The Old Forge – replacement windows. Support.", "Object – the dormer is overbearing.", "No comment."
PLANNING_RESPONSES = Term(
    r"^(?:support(?:ed)?|no\s+(?:objections?|comments?|observations?)|objections?|object)\b"
    r"(?:\s*[-–—:,]\s*[^.]{0,240}|\s+(?:on|to|due|because|as)\b[^.]{0,240})?\.?$",
    "parish and town councils' planning minutes (their comments to the planning authority)",
)

# A decision recorded without a deciding subject: "the minutes ... were approved", "X was elected".
PASSIVE_OUTCOMES = (
    Term(
        r"\b(?:minutes|decision\s+records?)\b[^.;]{0,200}?\b(?:were|was|been|are|is)\s+(?:duly\s+)?"
        r"(?:approved|confirmed|agreed|signed|adopted|accepted|passed|taken\s+as\s+read)\b",
        "the minutes of the last meeting approved as a correct record: every body",
    ),
    Term(
        r"\bsigned\s+the\s+(?:minutes|decision\s+records?)\b[^.;]{0,200}?\b(?:true|correct|accurate)\s+record\b",
        "'The Chairman signed the minutes ... as a true record': Welsh and English councils",
    ),
    Term(
        r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?(?:elected|appointed|co-?opted)\b",
        "elections of a chair or vice-chair, co-options: annual meetings",
    ),
    Term(
        r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:noted|confirmed|approved|agreed|adopted|carried|endorsed"
        r"|ratified|accepted|resolved)\b",
        "'The Action Log was noted', 'This was confirmed': passive outcomes",
    ),
    Term(r"\bpassed\s+by\s+resolution\b", "'were passed by resolution of the council': parish councils"),
)
# The outcome of a motion put to the vote.
MOTION_OUTCOMES = (
    Term(
        r"\bunanimous(?:ly)?\s+(?:approval|approved|agreed|carried|in\s+favour)\b",
        "'unanimous approval': parish minutes",
    ),
    Term(
        r"\b(?:the\s+)?motion\s+(?:was\s+)?(?:carried|agreed|approved)\b", "'the motion was carried': council meetings"
    ),
    Term(r"\bon\s+being\s+put\s+to\s+the\s+vote\b[^.]{0,120}\b(?:carried|agreed|approved)\b", "votes recorded in full"),
    Term(r"[–—-]\s*(?:carried|agreed)\b", "'Vote: For 6, Against 2 – Carried.'"),
    Term(
        # (a title's or an initial's full stop is no sentence's end: Irish minutes write "Cllr." and "Mr. J. Byrne")
        r"\b(?:proposed|seconded)\b(?:[^.]|(?<=\bcllr)\.|(?<=\bcllrs)\.|(?<=\bmr)\.|(?<=\bmrs)\.|(?<=\bms)\.|"
        r"(?<=\bdr)\.|(?<=\s\w)\.){0,200}?\band\s+(?:it\s+was\s+)?(?:unanimously\s+)?(?:resolved|agreed|carried)\b",
        "'Proposed by Cllr A, seconded by Cllr B and resolved that ...', 'It was proposed by Cllr. Brennan, "
        "seconded by Cllr. Nolan and agreed to allocate ...'",
    ),
    Term(
        r"\bseconded\b(?:[^.]|(?<=\bcllr)\.|(?<=\bcllrs)\.|(?<=\s\w)\.){0,120}?,\s*(?:it\s+was\s+)?(?:unanimously\s+)?"
        r"(?:resolved|agreed)(?:\s+unanimously)?\s+(?:that|to)\b",
        "'Proposed by Cllr Sandhurst, seconded by Cllr Tapp, resolved unanimously that the minutes ... be signed': "
        "parish minutes, the outcome after a comma (a bare ', carried.' after a decision is its vote, not another)",
    ),
    Term(
        r"^[^.]{3,120}?:\s*(?:it\s+was\s+)?(?:unanimously\s+)?resolved(?:\s+unanimously)?\s+(?:that|to)\b",
        "'(a) 24/03321/HOU, 6 Mill Lane: resolved to raise no objection': parish planning lists, the application "
        "then the decision on it",
    ),
)
# What looks like a decision but records a fact or the discussion.
NOT_DECISIONS = (
    Term(
        r"\bit\s+was\s+(?:\w+\s+)?(?:noted|confirmed|reported|stated|explained|advised|highlighted|clarified"
        r"|acknowledged|suggested|felt|queried|asked|proposed|moved)\b",
        "'It was noted that ...': a report of discussion",
    ),
    Term(r"\bapolog", "accepting apologies is not a resolution"),
    Term(
        # (to the sentence's end, past the stops of titles and initials: "Cllr. T. Ferriter")
        r"\b(?:proposed|seconded|moved)\s+(?:by|that)\b(?!(?:[^.]|(?<=cllr)\.|(?<=mr)\.|(?<=mrs)\.|(?<=ms)\.|(?<=dr)\.|"
        r"(?<=\b[a-z])\.)*\b(?:resolved|agreed|carried|approv|elected|"
        r"confirmed|adopted|ratified|endorsed)\b)",
        "a motion whose outcome is not given (the outcome after it: 'On the proposal of Cllr A, seconded by Cllr B, "
        "the minutes were confirmed', Irish councils)",
    ),
)

# What a meeting remarked on, read as a decision by its verb: "Members noted that the lowest quotation included a
# 15-year guarantee", "The Committee noted that the figures were provisional": a remark on what was before it, beside
# the decision taken on it ("RESOLVED that the quotation ... be accepted"), which says more of what was decided
NOTED_THAT = Term(r"\bnoted\s+that\b", "parish and committee minutes recording a point made in discussion: "
                  "'Members noted that ...', 'The Panel noted that ...'")

# A follow-up tagged in the minutes: "Action: Clerk to ...", "Cllr X to look at ...", "Clerk to action".
ACTION_OWNERS = (
    Term(r"(?:the\s+)?(?:parish\s+|town\s+|locum\s+)?clerk", "the clerk: parish and town councils"),
    Term(r"(?:the\s+)?(?:vice[-\s]?)?chair(?:man|person|woman)?", "the chair"),
    Term(r"(?:the\s+)?(?:rfo|responsible\s+financial\s+officer|proper\s+officer)", "parish officers"),
    Term(
        r"(?:county\s+|city\s+|district\s+)?(?:cllrs?\.?|councillors?)\s+(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,2})",
        "a named councillor",
    ),
    Term(r"(?:mr|mrs|ms|miss|dr)\.?\s+(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,2})", "a named person"),
    Term(r"(?-i:[A-Z]{2,4})", "initials: NHS boards and working groups ('AB to circulate')"),
    Term(
        r"(?-i:(?:[A-Z]\.?\s?){1,2}[A-Z][a-z][\w'’-]*|[A-Z][a-z]+\s+[A-Z][a-z][\w'’-]*)",
        "a person named without a title: 'ACTION – J Moss', 'Parish Clerk to write'",
    ),
    Term(
        r"(?:the\s+)?(?:deputy\s+|acting\s+|interim\s+|assistant\s+)?(?:(?-i:[A-Z0-9])[\w&'’-]*\s+(?:and\s+)?){0,4}?"
        r"(?:clerk|treasurer|secretary|chair(?:man|person)?|mayor|leader|director|manager|officer|executive|head|"
        r"solicitor|commissioner|engineer|surveyor|lead|co-?ordinator)"
        r"(?:\s+(?:of|for)\s+(?-i:[A-Z])[\w&'’-]*(?:(?:\s+|\s*,\s*|\s+and\s+)(?-i:[A-Z])[\w&'’-]*){0,4})?"
        r"(?:\s+\((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}\))?",
        "officers by their role: 'The Deputy Town Clerk', 'Section 151 Officer', 'Director of Transport, "
        "Environment and Planning', 'Police and Crime Commissioner', with the officer named after it: 'Democratic "
        "Services Officer (Ellen Pryce)'",
    ),
    Term(r"(?:all\s+)?(?:governors|members|councillors|trustees|officers)", "'Action: all governors to ...'"),
)
# The table or list of actions printed after the last minute: a part of the paper of its own, not the last item's text.
ACTION_LOG_TITLES = Term(
    r"(?:action|actions)\s+(?:log|points|list|tracker|schedule|sheet|summary)|schedule\s+of\s+actions|"
    r"summary\s+of\s+actions|actions?\s+arising(?:\s+from\s+(?:the|this)\s+meeting)?",
    "NHS boards' 'Action log', parish and community councils' 'Action points', 'Schedule of actions'",
)
# What an action log's heading adds after its name, the day its rows stand at: "ACTION LOG - STATUS AT 9 NOVEMBER
# 2027", "Action tracker – position as at 1 March", "Actions: update to 14 June" (a log brought up to date for the
# meeting that reviews it)
ACTION_LOG_AS_AT = Term(
    r"\s*[-–—:]\s*(?:status|position|progress|update)(?:\s+(?:at|as\s+at|to|on))?\s+[\w ,/]{1,30}",
    "committees' logs reprinted with their rows brought up to date: 'ACTION LOG - STATUS AT 9 NOVEMBER 2027'",
)
# The items where a meeting goes through its earlier actions, in prose or as a list: the action log's own item
# ("Rolling Action Log"), matters arising, the last meeting's notes, a progress report on past actions
ACTIONS_REVIEWED = Term(
    rf"{ACTION_LOG_TITLES.form}|matters\s+arising|(?:minutes|notes)\s+of\s+the\s+(?:last|previous)\s+meeting|"
    r"progress\s+on\s+(?:previous\s+|past\s+|earlier\s+)?(?:actions|resolutions|decisions)",
    "'Rolling Action Log' (joint boards), 'Notes of the last meeting and matters arising' (schools forums), 'Progress "
    "on actions from previous meeting' (municipal districts)",
)
# The line after the last minute that fixes the next meeting, a part of the paper of its own (never the exempt last
# item's text): "Next meeting: Tuesday 23 January 2024, 6.30pm", "Date of next meeting: ...", "Next meeting of the
# Board: ...", "DATES OF FUTURE MEETINGS: 16 March and 22 June" (the closing lines of English, Welsh and Scottish
# minutes alike, and of council web pages' footers)
# how long deciding takes ("how long is X taking to decide local planning apps", "how quickly are applications decided",
# "the time taken to decide appeals"): a performance figure (planning performance statistics, DLUHC P/PS2 returns),
# not a decision asked for
SPEED_OF_DECIDING = Term(
    r"\bhow\s+(?:long|quickly|fast|soon)\b[^?]{0,60}?\bdecid\w*|"
    r"\b(?:time|weeks|days)\s+(?:it\s+)?(?:taken|takes|took|taking)?\s*to\s+decid\w*",
    "planning performance: the time taken to decide applications",
)
# what an applicant, a petition or objectors asked the body for ("what hours did the licence application ask for",
# "what did the petitioners call for"): the request put to the meeting, which its report or hearing sets out, not
# what the meeting resolved; licensing hearings and planning committees minute the application's terms first
PARTY_ASKED = Term(
    r"\b(?:applications?|applicants?|app|petitions?|petitioners?|objectors?|appellants?|licensees?|residents?)\b"
    r"(?:\s+[\w&'’-]+){0,8}?\s+(?:ask(?:ed|s)?|call(?:ed|s)?|appl(?:y|ied|ies)|seek|sought)\s+for\b",
    "licensing and planning minutes: 'The application sought a licence for ...', 'the petition called for ...'",
)
# a note as a paper ("the Monitoring Officer's briefing note", "an advice note from the clerk"): what it says is asked,
# not what a meeting noted
PAPER_NOTE = Term(r"\b(?:briefing|advice|advisory|guidance|explanatory|information|position|technical|covering|legal|"
                  r"practice|planning|site)\s+notes?\b",
                  "officers' papers as councils name them: 'a briefing note from the Monitoring Officer', 'guidance "
                  "note'")
# a decision asked of the thing decided, in everyday words that no minute prints: "did the estate get the go ahead",
# "did the lodges get the nod", "did the tax rise go through" (a motion passed; not "did councillors go through their
# forms", which names what they read), "what figure did they settle on" (the sum decided). The words say a decision is
# asked, not what it is on.
DECIDED_EVERYDAY = Term(
    # ("did the field go through at planning or not": passed at the body named, not read through)
    r"get\s+(?:the\s+)?(?:go[- ]ahead|green\s+light|nod|thumbs[- ]up)|(?:go|get)\s+through(?=\s*(?:ok\b|okay\b|or\b|"
    r"as\s+\w+\b|in\s+the\s+end\b|at\b|[,?.!]|$))|settle[d]?\s+on|"
    # "did the park let them through", "were the lodges waved through" (a scheme allowed past the body deciding it)
    r"(?:let|wave[ds]?|waving)\s+(?:[\w'’-]+\s+){0,4}?through(?=\s*(?:ok\b|okay\b|or\b|in\s+the\s+end\b|[,?.!]|$))|"
    # "did they bring anyone in to replace him" (a vacancy filled by co-option or appointment)
    r"bring\s+(?:(?:anyone|anybody|someone|somebody)\s+in|in\s+(?:anyone|anybody|someone|somebody|a\s+replacement))\b",
    "how people ask whether something was approved, or what was decided, in speech and chat ('get the go-ahead', "
    "'go through', 'let it through', 'wave it through', 'bring anyone in', 'settle on'): general usage",
)

# whether a body took a decision, asked by the decision's own verb ("did the panel veto the precept", "did they turn
# down the licence", "did the board back the merger"): the powers a body decides by (a police and crime panel's veto
# of a precept, Police Reform and Social Responsibility Act 2011 sch. 5; a planning committee's grant or refusal; a
# council's adoption of a plan), which minutes record in a resolution whatever the answer
DECISION_VERB_ASKED = Term(
    r"\b(?:did|has|have|had|will|would)\s+(?:[\w&'’-]+\s+){1,8}?(?:veto(?:ed)?|reject(?:ed)?|refuse[d]?|turn(?:ed)?\s+down|"
    r"throw(?:n)?\s+out|block(?:ed)?|back(?:ed)?(?!\s+(?:to|on|in|up)\b)|support(?:ed)?|endorse[d]?|adopt(?:ed)?|"
    r"ratif(?:y|ied)|grant(?:ed)?|accept(?:ed)?|award(?:ed)?|go\s+with|opt(?:ed)?\s+for|sign(?:ed)?\s+up\s+to|"
    # "which quote did they pick", "which option did the board choose" (one of several put to it: a decision)
    # (not "pick it back up", nor a "Select Commission"; nor the noun of "did the litter pick volunteers clear", a
    # pick said before the one picked or at the question's end)
    r"pick(?:ed)?(?!\s+(?:[\w'’-]+\s+){0,2}?(?:up|back)\b)(?=\s*(?:$|[?.,;:!)]|(?:for|as|to|from|between|out|on|"
    r"the|a|an|one|which|who|it|them|him|her|any|this|that|these|those)\b))|choose|chose|"
    r"select(?:ed)?(?!\s+(?:committee|commission|panel|board)s?\b)|"
    # and as people say it: "did the committee go ahead with the fare rise", "what price did the joint committee go
    # for", "did the cllrs pass it", "was it ok'd", "did they say yes", "did they give it the green light" (not a
    # meeting going ahead, nor a pass held: "a bus pass", "did the meeting go ahead"; and not "did the precept freeze
    # get through", whose answer is the amendment's fate, not the resolution)
    r"go(?:ne)?\s+ahead\s+with|go(?:ne)?\s+for|pass(?:ed)?(?=\s+(?:it|them|this|that|the)\b|\W*$)|"
    r"ok(?:ay)?(?:['’]?d|ed)?(?=\s+(?:it|them|this|that|the)\b|\W*$)|say\s+(?:yes|no)|"
    r"give\s+(?:it\s+|them\s+)?the\s+(?:go[- ]ahead|green\s+light|nod)|" + DECIDED_EVERYDAY.form + r")\b|"
    # and asked of the thing decided: "were the new pitch fees ok'd", "was the scheme given the go-ahead"
    r"\b(?:was|were|has|have|had|been)\s+(?:[\w&'’-]+\s+){1,8}?(?:ok(?:ay)?['’]?(?:e)?d|"
    r"given\s+the\s+(?:go[- ]ahead|green\s+light|nod))\b",
    "a body's decision asked whether it was taken, by its verb (vetoes, refusals, grants, adoptions, awards), and "
    "by the everyday words people ask it in (going ahead with, going for, passing, ok'ing, saying yes, picking or "
    "choosing one of several)",
)
# what came of a matter asked by the body it went to, named as the place it happened: "what happened at planning",
# "what happend in cabinet", "what went on at committee" (a body called by its business: planning, licensing; not "at
# the meeting", which asks of a meeting's business as a whole)
HAPPENED_AT_BODY = Term(
    r"\bwhat\s+(?:happen(?:ed|d)?|went\s+on)\s+(?:at|in)\s+(?:the\s+)?(?:full\s+)?(?:planning|licensing|council|"
    r"cabinet|committee|cttee|board|panel|executive|scrutiny|plans\s+(?:committee|panel|meeting))s?\b",
    "how people ask what a body did with a matter, naming the body as where it happened: 'what happened at "
    "planning', 'what happened in cabinet' (general usage; fresh24's question set asked it of an application)",
)
# what became of a matter once a body took it up, asked in everyday words: "fate of the committee's minutes once it
# reached full council", "the scrutiny report went to cabinet - response?", "outcome for the rural buses at cabinet",
# "what became of the allotments motion". The words ask for the body's decision (the minute's resolution, "noted",
# "warmly endorsed"), not what it is on, and no minute prints them of its matter (round 28c, holdout and fresh sets)
OUTCOME_EVERYDAY = Term(
    r"\bfate\b|\bwhat\s+became\s+of\b|\bhow\s+did\s+(?:it|they|that|this)\s+(?:fare|go\s+down)\b|"
    # ("outcome for the rural buses", not "the outcome of the appeal" nor "- outcome?", which ask of a matter whose
    # outcome minutes may not record: a case in an update noted as a whole)
    r"\boutcomes?\s+for\b|"
    # the body's answer asked after a dash or a colon at the end: "... went to cabinet - response?", "- verdict pls"
    r"[-–—:,]\s*(?:(?:the|their|its|any)\s+)?(?:response|reaction|verdict|fate)s?(?=\W*$|\s+(?:pls|please)\b)|"
    r"\bhow\s+did\s+(?:[\w'’&-]+\s+){1,4}?(?:respond|react)\b|"
    # the way there: "once it reached full council", "when it went to cabinet", "the report went up to the board"
    r"\b(?:reached|went\s+(?:up\s+)?(?:to|before)|got\s+to|came\s+(?:up\s+)?before)"
    r"(?=\s+(?:the\s+|[\w'’&-]+['’]s\s+|[\w'’&-]+\s+)?(?:full\s+)?(?:council|cabinet|committee|cttee|chamber|board|"
    r"panel|executive|authority|leader|scrutiny|assembly|meeting)s?\b)|"
    # where a body ended up on a matter: "where did cabinet land on it", "where did the panel come down", "what did
    # they settle on", "what did members end up deciding"
    # (on the matter, or at the question's end: not "where did the petition end up after it was handed in", which
    # asks where a thing went)
    r"\bwhere\s+(?:did|have|has)\s+(?:[\w'’&-]+\s+){1,4}?(?:land(?:ed)?|come\s+down|end(?:ed)?\s+up|settled?)"
    r"(?:\s+on\b|\s*[?.!]*\s*$)|"
    r"\bwhat\s+(?:did|have|has)\s+(?:[\w'’&-]+\s+){1,4}?(?:land(?:ed)?\s+on|settled?\s+on|come\s+down\s+on|"
    r"end(?:ed)?\s+up\s+(?:deciding|doing|agreeing|going\s+with))\b|" + HAPPENED_AT_BODY.form,
    "how people ask what a body did with a matter put to it, in chat and speech: 'fate of', 'what became of', "
    "'where did cabinet land on it', 'what did they settle on', "
    "'outcome for', '- response?', 'how did cabinet respond', 'once it reached full council', 'went to cabinet', "
    "'what happened at planning' (general usage)",
)
# what a body made of a matter, asked as a bare noun typed after a dash or colon at the question's end, as chat puts
# its ask after the matter it names: "... report on independent living - reception?", "tong nominated somebody,
# hardcastle seconded - outcome?", "15 councils still not replying - next step agreed?", "- result pls". The words say
# what is asked (the body's decision or response on the matter named before the dash), which no minute prints of its
# matter; they are no subject to find (round 29a, holdout and fresh sets)
ASKED_AFTER_DASH = Term(
    r"[-–—:]\s*(?:(?:the|their|its|any|an?|what(?:['’]s|\s+(?:was|were|is))?(?:\s+the)?)\s+)?"
    r"(?:outcomes?|results?|receptions?|response|upshot|(?:next\s+)?steps?(?:\s+(?:agreed|decided|taken))?|"
    r"what\s+next)(?=\W*$|\s+(?:pls|please|plz)\b)",
    "chat questions that name a matter, then ask of it after a dash: '- outcome?', '- reception?', '- next step "
    "agreed?', '- result pls' (general usage)",
)
# figures asked for as "numbers", as chat asks for them: "homelessness q1 numbers?", "pcso numbers for next year" (the
# figures themselves, as "figures" and "stats" ask; not "the number of" a thing, nor a minute's or a meeting's number)
NUMBERS_ASKED = Term(r"\bnumbers(?=\W*$|\s+(?:for|on|in|pls|please)\b)",
                     "chat asking for figures as 'numbers' ('q1 numbers?', 'pcso numbers for next year'; general "
                     "usage)")
# a decision not to do something, asked by its verb: "the applications they chose not to call in", "which ones did the
# panel opt not to take up", "elected not to"; minutes print the decision ("No Call-in", "RESOLVED not to ..."), not
# the choosing (general usage; planning call-in schedules print each application's "No Call-in")
CHOSE_NOT_TO = Term(r"\b(?:chose|choose|chosen|choosing|opt(?:ed|s|ing)?|elect(?:ed|s|ing)?)\s+not\s+to\b",
                    "everyday words for a decision not to act: 'chose not to', 'opted not to' (general usage)")
# a decision asked with no verb of deciding, as people ask it in chat: "police tax going up £14 - panel ok with that?"
# (whether the body approved it), "yes or no from the planners?" (the outcome of an application). The words say a
# decision is asked, not what it is on.
DECIDED_UNSAID = Term(
    r"\b(?:ok(?:ay)?|o\.k\.|alright|all\s+right)\s+with\s+(?:it|that|this|them)\b|"
    r"\byes\s+or\s+no\b|"
    # the body asked whether it was ok with a proposal it named: "were they ok with the commissioner putting up the
    # precept", "was the panel happy with the rise" (a body's assent is its decision; not "were residents happy")
    r"\b(?:were|was|are|is)\s+(?:they|members|cllrs|councillors|(?:the\s+)?(?:panel|committee|council|board|"
    r"cabinet|authority|commission|members|cllrs|councillors|planners|trustees|governors|forum))\s+(?:all\s+)?"
    r"(?:ok(?:ay)?|o\.k\.|alright|all\s+right|happy|fine|content)\s+with\b|"
    # what a body is doing about a matter, which its minutes record as what it resolved to do ("That a letter be
    # sent"): "what are they doing about the late returns", "what's the committee going to do about it", "what is
    # being done about the flooding"
    r"\bwhat(?:['’]s|\s+(?:are|is|were|was|will))\s+(?:they|we|members|councillors|cllrs|(?:the\s+)?(?:panel|"
    r"committee|council|board|cabinet|authority|commission|members|councillors|trustees|governors)|being)\s+"
    r"(?:doing|going\s+to\s+do|planning\s+to\s+do|done)\s+(?:about|re)\b",
    "chat and speech: approval asked as being 'ok with' a proposal, or the body asked whether it was 'ok' or 'happy "
    "with' one, an outcome asked as 'yes or no', a body's response asked as what it is 'doing about' a matter: general "
    "usage",
)
# a minute pointing to what the minutes print after their items: "subject to the Panel's recommendations set out in the
# Annex to these minutes", "the terms listed at Appendix A to these minutes", "annexed to these minutes" (scrutiny
# panels' recommendations to cabinet, a schedule of conditions); "to these minutes", not a report's own appendix
ANNEX_POINTED = Term(
    r"\b(?:set\s+out|listed|contained|shown|detailed|given|attached|appended)\s+(?:in|at|as)\s+(?:the\s+)?"
    r"(?:annex|appendix|schedule)(?:\s+(?:[a-z]|\d{1,2}))?\s+(?:to|of)\s+(?:these|this|the)\s+minutes?\b|"
    r"\b(?:annexed|appended|attached)\s+to\s+(?:these|this|the)\s+minutes?\b",
    "committee minutes that print recommendations after the items: 'set out in the Annex to these minutes', "
    "'attached as Appendix A to these minutes'",
)
# another period a figure is set against, after the figure of the period reported: "1,146 incidents had been
# recorded, a reduction of 9% on the same period in 2025", "88% of calls, compared with 79% in 2025/26", "up from 412 in
# 2024" (performance reports' comparisons with the year before); the year it names is not the figure's
COMPARED_PERIOD = Term(
    r"\b(?:on|than|from|with|to|against|over)\s+(?:the\s+)?(?:same|corresponding|equivalent)\s+(?:period|quarter|"
    r"month|months|time)\s+(?:in|of|last)\s+(?:(?:19|20)\d\d(?:[/-]\d\d)?|year)\b|"
    r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|against)\s+[^.;,]{0,30}?\bin\s+(?:19|20)\d\d(?:[/-]\d\d)?\b",
    "performance and monitoring reports set a period's figure against another's ('on the same period in 2025', "
    "'compared with 79% in 2025/26', 'up from 6.1%')",
)
# How people compare a matter now with what it was at an earlier time, naming only the earlier time: 'how did the
# tenders compare with the budget they had in september', 'is the final cost above the estimate back in march', 'how
# does that compare to what was agreed in june' (the month is the time of what is compared against, not the meeting
# asked: the later item on the matter is asked too)
COMPARED_WITH_THEN = Term(
    r"\b(?:compar\w*\s+(?:with|to|against)|versus|vs\.?|than)\s+(?:[\w'’£%-]+\s+){0,8}?"
    r"(?:(?:in|at|from|back\s+in|of|by|during)\s+)?(?:the\s+)?(?:(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]*|may)"
    r"\b(?!\s+(?:19|20)\d\d)",
    "cross-meeting questions in the fresh question sets, a month named for the earlier figure alone ('tenders vs the "
    "march estimate')",
)
# the officer's advice put to a planning or licensing committee, which is not its decision: "the application, which was
# recommended for refusal", "The officer recommendation was refusal", "contrary to the officer recommendation" (the
# planning officer's report to committee under a council's scheme of delegation; the committee decides, with or
# against it)
OFFICER_ADVICE = Term(
    r"\b(?:was|were|is|are|been|being|be)\s+recommended\s+for\s+(?:approval|refusal|permission|deferral|consent)\b|"
    r"\b(?:(?:the\s+)?(?:planning\s+)?officers?['’]?s?\s+)?recommendation\s+(?:was|is)\s+(?:to\s+(?:refuse|approve|"
    r"grant|defer)|refusal|approval|for\s+(?:refusal|approval))\b|"
    r"\b(?:the\s+)?(?:planning\s+)?officers?['’]?s?\s+recommendation\b",
    "planning committee minutes: the officer's recommendation reported before members decide ('recommended for "
    "refusal', 'The officer recommendation was refusal', 'contrary to the officer recommendation')",
)
# how something went, asked of its result ("how did the fire service do in its inspection", "how did the festival
# go", "how well did the schools perform"): a finding, a grade or a figure the item reports, which a resolution noting
# the report does not give (inspectorates' gradings, such as HMICFRS's and Ofsted's, and performance reports)
HOW_IT_WENT = Term(
    r"\bhow\s+(?:well\s+|badly\s+)?(?:did|does|do|has|have|had)\s+(?:[\w&'’-]+\s+){1,8}?(?:do|done|go|gone|fare[d]?|"
    r"perform(?:ed)?|score[d]?|get\s+on|come\s+out)\b|\bhow\s+(?:was|were|is|are)\s+(?:[\w&'’-]+\s+){1,8}?"
    r"(?:rated|graded|judged|assessed|scored)\b"
    r"|\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:[\w&'’-]+\s+){1,8}?like\b"
    r"|\bhow(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+(?:[\w&'’-]+\s+){1,8}?(?:going|looking|doing|getting\s+on)\b",
    "a result asked for: inspection gradings and performance reported to the meeting; a state asked after as people "
    "ask it in chat ('what's on-call availability like', 'how's the recycling rate looking')",
)
# what a member does to a motion or a nomination, as minutes record who did it ("It was proposed by Cllr James,
# seconded by Cllr Maude", "The Mayor moved", "Cllr Holiday proposed Cllr Tong") and people ask it ("who seconded")
# who moved a decision, asked in everyday words: "who put him forward", "by whose motion", "who nominated her", "on
# whose proposal", "proposed by whom", "who seconded it" (standing orders: a motion or a nomination is moved and
# seconded, and minutes print the names beside the decision: "Cllr Tong proposed Cllr Holiday, seconded by Cllr
# Hardcastle", "Proposed by Councillor X Seconded by Councillor Y, and Resolved: ...")
MOVER_ASKED = Term(
    r"\bwho\b[^?.;]{0,40}?\b(?:propos(?:ed|es|e)|moved?|nominat(?:ed|es|e)|second(?:ed|s)?(?!\s+(?:time|item|meeting))|"
    r"put\s+(?:[\w'’-]+\s+){0,3}?forward)\b|"
    r"\bwhose\s+(?:motion|proposal|nomination|idea|suggestion)\b|"
    r"\b(?:proposed|moved|nominated|seconded|put\s+forward)\s+by\s+(?:whom|who)\b|"
    r"\bwho\s+(?:was|were)\s+(?:the\s+)?(?:proposer|mover|seconder)s?\b|"
    # the names asked for, no "who": "names on the motion", "(mover / seconder)", "proposer and seconder?"
    r"\bnames?\s+(?:on|behind|attached\s+to|put\s+to)\s+(?:the\s+|that\s+|this\s+)?(?:motion|proposal)\b|"
    r"\b(?:mover|proposer)s?\s*(?:/|&|\+|,|\band\b|\bor\b)\s*(?:the\s+)?seconders?\b",
    "standing orders: a motion or nomination is moved (proposed) and seconded, the names minuted beside the decision; "
    "people ask 'who put him forward', 'by whose motion', 'proposed by whom', 'names on the motion', 'mover / "
    "seconder?' (general usage)",
)
# the frame of a question asking who moved something, not its subject: "the names on the motion approving ...", "the
# names behind the proposal to ..." (the minutes print the names, "Proposed by Councillor X Seconded by ...", and the
# decision, seldom the word "motion")
MOTION_NAMES = Term(r"\b(?:the\s+)?names?\s+(?:on|behind|attached\s+to|put\s+to)\s+(?:the\s+|that\s+|this\s+)?"
                    r"(?:motion|proposal)\b",
                    "how people ask for a motion's mover and seconder by their names (general usage)")
# a line of the minutes naming who moved or seconded: "Cllr Tong proposed Cllr Holiday, seconded by Cllr Hardcastle",
# "Proposed by Councillor Miss K A Lagan Seconded by Councillor T J Catherwood", "It was moved by the Mayor"
MOVER_SAID = Term(
    r"\b(?:propos(?:ed|er|ing)|moved|mover|moving|nominated|nomination|seconded|seconder|put\s+forward)\b",
    "standing orders: the minuted forms of moving, nominating and seconding",
)
MOTION_ACTS = Term(
    r"moved|moves|proposed|proposes|seconded|seconds|nominated|nominates|put\s+forward|tabled|presented|presents",
    "standing orders: a motion or nomination is moved (proposed) and seconded; reports are presented",
)
# the duty to declare, not a declaration made: "what happens if a member doesn't declare a pecuniary interest", "which
# act makes members declare", "which procedure rule covers declaring" (the Localism Act 2011 s.31, councils' codes
# of conduct and procedure rules, which agendas print under their declarations item), not who declared what
# attendance as a subject the papers report on, not who came to the meeting: school and pupil attendance (education
# scrutiny reports, Welsh Government and DfE attendance statistics), clinic and A&E attendance (NHS boards), and the
# figures, officers and orders of it ("attendance rates", "attendance officers", "school attendance orders")
ATTENDANCE_AS_SUBJECT = Term(
    r"\b(?:school|schools|pupils?|students?|secondary|primary|class|classroom|learners?|children['’]?s|persistent|"
    r"overall|average|clinic|appointment|outpatient|a\s*&\s*e|gp|library|leisure|visitor|event)\s+attendance\b"
    r"|\battendance\s+(?:rates?|figures?|levels?|targets?|data|statistics|stats|officers?|fines?|orders?|strategy|"
    r"policy|team|service|percentage|numbers?|trends?|is\s+(?:up|down)|has\s+(?:risen|fallen|improved|dropped))\b"
    # "number of people attending A&E", "how many patients attended the clinic": a service's use counted, not who came
    # to the meeting (which "how many people attended the parish meeting" still asks)
    r"|\b(?:(?:number|numbers|count|total)\s+of|how\s+many)\s+(?:people|patients|visitors|users|pupils|children|"
    r"residents|young\s+people)\s+(?:attending|(?:who\s+|that\s+)?attended)\s+"
    r"(?!(?:the\s+|that\s+|this\s+|last\s+|our\s+)?(?:[\w&'’-]+\s+){0,3}?(?:meeting|committee|panel|board|council|"
    r"sub-committee|session|hearing)\b)"
    # "total incidents attended", "how many fires did they attend": what an emergency service went out to, counted
    r"|\b(?:incidents?|fires?|calls?|call-?outs?|emergenc(?:y|ies)|collisions?|shouts?)\s+(?:were\s+)?"
    r"(?:attended|attending)\b"
    r"|\battend(?:ed|ing|s)?\s+(?:(?:a\s+)?total\s+of\s+|(?:more|fewer|less)\s+|[\d,]+\s+)?(?:incidents?|fires?|"
    r"call-?outs?|emergenc(?:y|ies)|collisions?|shouts?)\b",
    "education and NHS reports' subjects: 'school attendance', 'secondary attendance 88.4%', 'attendance officers'; "
    "NHS performance reports count 'patients attending the emergency department'; fire and rescue and ambulance "
    "performance reports count the incidents a service 'attended' ('the service attended 9,115 incidents')")

# An interest asked in everyday words, of a member ("did anyone on the planning cttee know the landowner", "which
# member owns land near an application", "did cllr x have links to the parish council"): what a member's declaration
# records ("declared an interest ... as she owns land adjacent to the site", "knew ... the landowner", "is a Member of
# Ellel Parish Council"); the kinds of tie the members' codes of conduct make declarable (Localism Act 2011 s.30, the
# Relevant Authorities (Disclosable Pecuniary Interests) Regulations 2012: land, close associates, other bodies).
# A member is the subject ("anyone", "which member", "cllr x"), so "does the council have links with its twin town"
# is no interest.
INTEREST_EVERYDAY = Term(
    r"\b(?:any(?:one|body)|any\s+(?:of\s+(?:the|our)\s+)?(?:members?|councillors?|cllrs?)|"
    r"(?:which|what)\s+(?:[\w-]+\s+)?(?:members?|councillors?|cllrs?)|who|(?:cllr|councillor|mr|mrs|ms|dr)\.?\s+"
    r"[\w'’-]+|(?:he|she|they))\b[^?]{0,60}?\b(?:"
    # "owns land near", "had a house backing onto the school", "lives next door to the site": property by the matter
    # (minutes: "as their property backed onto the school concerned", "as he lives adjacent to the site")
    r"(?:(?:owns?|owned|owning|ha(?:ve|s|d|ving))\s+(?:some\s+|any\s+|an?\s+)?(?:land|property|properties|"
    r"(?:house|home|field|farm|business|garden|flat)s?)|(?:lives?|lived|living|resides?|resided))\s+"
    r"(?:(?:right|just|directly)\s+)?(?:(?:near|next\s+(?:door\s+)?to|adjacent\s+to|adjoining|beside|by|close\s+to|"
    r"opposite|overlooking|bordering|back(?:s|ed|ing)?\s+(?:on)?to)|on|at)\b|"
    r"(?:know|knows|knew|knowing)\s+(?:the\s+|any\s+of\s+the\s+)?(?:landowners?|applicants?|developers?|objectors?|"
    r"appellants?|owners?|agents?|(?:public\s+)?speakers?)\b|"
    r"(?:have|has|had|having)\s+(?:any\s+)?(?:close\s+|personal\s+|family\s+)?(?:links?|ties|connections?)\s+"
    r"(?:to|with)\b|related\s+to\s+the\s+(?:applicant|landowner|developer|owner)|"
    # the link as the member's own, a noun: "whats cllr ellis's link to the farm application", "her ties with the
    # club" (not "the council's links with its twin town": a body's)
    r"(?:(?<=['’]s)\s*|(?:his|her|their)\s+)(?:close\s+|personal\s+|family\s+)?(?:links?|ties|connections?|"
    r"relationship)\s+(?:to|with)\b)",
    "interests as members declare them and people ask after them: land near a site, knowing the applicant or "
    "landowner, links to another body (codes of conduct under the Localism Act 2011 s.27-30)",
)
DECLARING_RULES = Term(
    r"\bwhat\s+happens\s+if\b|\b(?:which|what)\s+(?:act|law|legislation|statute|"
    r"(?:council\s+)?procedure\s+rules?|standing\s+orders?)\b|\b(?:have|has|need|needs|required|obliged|must)\s+"
    r"to\s+declare\b|\bmakes?\s+(?:[\w'’-]+\s+){0,4}?declare\b",
    "the statutory duty to declare (Localism Act 2011 s.31, codes of conduct, procedure rules) as agendas print it",
)
# a word or two may name which meeting between "next" and "meeting": "Next scheduled meeting:", "Next ordinary
# meeting -", "Next Panel meeting:", "Date of the next Board meeting:" (clerks' and CMS templates' closing lines)
NEXT_MEETING_LINE = Term(
    r"(?:(?:the\s+)?(?:date|dates|time|date\s+(?:and|&)\s+time)\s+of\s+(?:the\s+)?(?:next|future)\s+"
    r"(?:[a-z&'-]+\s+){0,2}?meetings?|"
    r"(?:the\s+)?next\s+(?:[a-z&'-]+\s+){0,2}?meeting)(?:\s+of\s+(?:the\s+)?[\w&' -]{2,50}?)?"
    r"(?:\s+(?:to\s+be\s+)?(?:held\s+)?in\s+(?:public|private))?",
    "'Next meeting:', 'Date of next meeting:', 'Dates of future meetings:', 'Next scheduled meeting:' closing "
    "minutes; 'Date of next meeting in public:': NHS boards, which meet in public and then in private",
)
# The headings that divide one meeting's minutes into its sittings: the meeting adjourned part-way through its
# business and reconvened on a later day, minuted in one paper under the first day's date ("ADJOURNMENT" over "At
# 12.50 pm ... the Convener adjourned the meeting", then "RECONVENED MEETING - THURSDAY 4 NOVEMBER 2027, 10.00 am").
# An adjourned meeting is the same meeting continued (standing orders' "adjournment of the meeting"; Local Government
# (Scotland) Act 1973 Sch. 7 para. 4), so such a heading opens a part of its minutes, not a meeting of its own.
SITTING_HEADINGS = (
    Term(r"adjournment(?:\s+of\s+(?:the\s+)?(?:meeting|committee|council|business))?",
         "'ADJOURNMENT' standing over the clerk's account of the meeting adjourned: Scottish and English standing "
         "orders' 'adjournment of the meeting'"),
    Term(r"(?:reconvened|resumed|adjourned|continued)\s+(?:meeting|sitting|session)",
         "'RECONVENED MEETING - Thursday 4 November', 'Resumed sitting', 'Adjourned meeting': the later day's part"),
    Term(r"(?:the\s+)?(?:meeting|sitting|session)\s+(?:reconvened|resumed)",
         "'Meeting reconvened on 4 November': the later day's part, said the other way round"),
    Term(r"continuation\s+of\s+(?:the\s+)?(?:adjourned\s+)?meeting", "'Continuation of the meeting of 28 October'"),
)
# A figure asked as how far it misses its mark ("how far over budget is the campus", "how much behind target are the
# repairs"), and the words with which reports say how a figure stands against its mark: budget monitoring's
# "overspend"/"variance", performance reports' "below target", capital programmes' "within budget"
MARK_MISSED_ASKED = Term(
    r"\bhow\s+(?:far|much)\s+(?:over|under|above|below|behind|ahead\s+of|short\s+of)\s+(?:the\s+|its\s+|their\s+|"
    r"our\s+)?(?P<mark>budget|target|forecast|plan|estimate|trajectory|profile|allocation)s?\b",
    "people ask how far a figure is 'over budget' or 'behind target' rather than for the figure itself",
)
MARK_STANDING = Term(
    r"\b(?:over|under)\s*spen[dt]\w*|\boverrun\w*|\bexceed\w*|\bvariances?\b|\bshortfall\w*|"
    r"\b(?:over|under|within|on|above|below|against|behind|ahead\s+of)\s+(?:the\s+|its\s+)?(?:budget|target|"
    r"forecast|plan|estimate|trajectory|profile|allocation)\w*",
    "revenue and capital monitoring reports (CIPFA practice): 'an overspend of £1.2m', 'a variance of', 'within "
    "budget'; performance reports: 'below target', 'ahead of trajectory'",
)
# The day of the sitting an attendance list is for, in brackets between its label and the colon: "SEDERUNT (28 October
# 2027):", "Apologies (4 November 2027):" in the minutes of a meeting adjourned and reconvened on a later day
SITTING_DAY = Term(r"\((?=[^()\n]*\d)[^()\n]{3,40}\)",
                   "Scottish councils' 'Sederunt (date):', parish clerks' 'Present (date):' over each sitting's list")
# How people ask about the later sitting of a meeting adjourned and reconvened: "who sent apologies for the reconvened
# sitting", "who was at the resumed meeting", "who came back for the second day", "when they picked it back up", "when
# it restarted"
LATER_SITTING_ASKED = Term(
    r"\b(?:reconven\w*|resum(?:ed|ption)|(?:second|later|continued|adjourned)\s+(?:sitting|session|day|part)|"
    r"adjourned\s+meeting|(?:came|come|met|meet)\s+back|pick\w*\s+(?:it\s+)?back\s+up|start\w*\s+again|"
    # "was anybody missing when it restarted", "who was there when they resumed"
    r"re-?start(?:ed|s|ing)?|resum(?:es|ing))\b",
    "everyday and standing orders' words for the later day of an adjourned meeting ('the meeting reconvened on ...', "
    "'the resumed meeting'); people ask who came 'back' or who was at 'the second sitting'",
)
# The note in running text that an adjourned meeting took up again: "The meeting reconvened on Thursday 20 February
# 2031", "The Committee resumed at 10.00 am on 4 November", "It was reconvened on Monday 27 February 2034 at 10.30 am"
# (the clerk's account under "ADJOURNMENT", the meeting named by "it")
RESUMED_SAID = Term(r"\b(?:meeting|committee|council|panel|board|authority|sitting|session|it)\s+(?:was\s+)?"
                    r"(?:reconvened|resumed|re-?commenced|re-?started)\b",
                    "standing orders' adjournment: the minutes of an adjourned meeting note when it reconvened")
# The columns of an action log's heading row ("Ref | Action | Owner | Due | Status", "Action | Lead | By when",
# "Follow-up | Who | When"): which cell of each row says what is to be done, by whom, by when and where it stands
ACTION_LOG_COLUMNS = {
    "ref": Term(r"ref(?:erence)?\.?|no\.?|number|#|id|action\s+(?:no\.?|ref\.?)|minute(?:\s+(?:no\.?|ref\.?))?",
                "action logs' reference column ('Ref', 'No.', 'Action no.'); a scrutiny tracker's 'Minute' column, "
                "the minute each recommendation was made at ('41 (4 Feb 26)')"),
    "action": Term(r"actions?(?:\s+(?:required|agreed|point|description))?|follow[-\s]?ups?(?:\s+requested)?|"
                   r"tasks?|description|what|recommendations?(?:\s*(?:/|and|&|or)\s*actions?)?|"
                   r"actions?\s*(?:/|and|&|or)\s*recommendations?",
                   "action logs' action column ('Action', 'Action required', 'Follow-up', 'Task'); scrutiny "
                   "committees' recommendations trackers ('Recommendation / action')"),
    "owner": Term(r"owner|lead(?:\s+officer)?|who|responsible(?:\s+officer)?|by\s+whom|action\s+by|officer|"
                  r"assigned\s+to", "action logs' owner column ('Owner', 'Lead', 'Who', 'By whom')"),
    "due": Term(r"due(?:\s+date)?|deadline|by\s+when|when|target(?:\s+date)?|date\s+due|timescale|"
                r"completion\s+date", "action logs' date column ('Due', 'By when', 'Deadline', 'Target date')"),
    # a log whose first column names the matter and whose "Action" column says what is being done about it ("Item |
    # Action | Lead | Target": "Riverside lamp columns | Repairs instructed"): a town clerk's report's tracker
    "subject": Term(r"item|subject|matter|issue|topic|project|scheme",
                    "town and parish clerks' reports' trackers ('Item | Action | Lead | Target'), the matter each row "
                    "follows, its 'Action' the step under way"),
    "status": Term(r"status|progress|update|rag(?:\s+status)?|(?:current\s+)?position|comments?|outcome|"
                   r"(?:executive\s+|cabinet\s+)?responses?(?:\s*(?:/|and|&)\s*(?:update|progress))?|"
                   r"(?:update|progress)\s*(?:/|and|&)\s*responses?",
                   "action logs' status column ('Status', 'Progress', 'Update', 'RAG'; a town clerk's 'Position'); "
                   "scrutiny recommendations trackers' 'Response / update', 'Cabinet response'"),
}
ACTION_LABEL = Term(r"actions?(?:\s+points?)?\s*[:–—-]", "'Action: Clerk to ...', 'ACTION – J Smith'")
# The fields of a follow-up line under a decision: "ACTION: Head of Highways - 31 March 2022", "ACTION BY: CFO",
# "Owner: Sian Loveday. Due: before the next meeting." (action tags in unitary, fire and police panel minutes)
FOLLOW_UP_FIELDS = (
    Term(r"actions?(?:\s+(?:points?|by|owner|lead))?", "'ACTION:', 'Action by:', 'Action owner:'"),
    Term(r"owner|lead(?:\s+officer)?|responsible(?:\s+officer)?|due(?:\s+date|\s+by)?|deadline|by\s+when",
         "the owner and date columns of action logs written as fields on one line"),
)
ACTION_OWNER_FIELD = Term(r"(?:action\s+)?(?:owner|lead(?:\s+officer)?|responsible(?:\s+officer)?)\s*:",
                          "'Owner: Sian Loveday', 'Lead officer: ...' on an action line")
ACTION_DUE_FIELD = Term(r"(?:due(?:\s+date|\s+by)?|deadline|by\s+when)\s*:", "'Due: 31 May 2023', 'Deadline: ...'")
# How a decision hands its work to someone: "{owner}" stands for one of ACTION_OWNERS, "{verb}" for a verb.
OWNER_FORMS = (
    Term(r"(?:^|\bthat\s+|\bfor\s+)(?P<owner>{owner})\s+(?:should|would|will|shall|to|be\s+(?:asked|requested|"
         r"instructed|authori[sz]ed|delegated|invited|directed|empowered)\s+to)\s+[a-z]+",
         "'that the Clerk be asked to ...', 'the Treasurer be authorised to ...', 'for the Chair to ...'"),
    Term(r"(?:^|\bthat\s+)(?P<owner>{owner})\s+{verb}\b",
         "a decision in the subjunctive: 'That the Mayor write to the Secretary of State'"),
    Term(r"\b(?:ask|request|instruct|authori[sz]e|invite|direct|delegate\s+authority\s+to|delegate\s+to)(?:s|d|ed)?"
         r"\s+(?P<owner>{owner})\s+to\s+[a-z]+",
         "'asks the Leader to write', 'Instructed the Chief Officer to issue Directions'"),
    Term(r"\bto\s+be\s+[a-z]+(?:ed|en|ne|t)\s+(?:\w+\s+)?by\s+(?P<owner>{owner})\b",
         "'site visit to be arranged by the Democratic Services Officer'"),
)

# When a matter not yet done is now looked for, said after the point that it is not done: "the joint review had not
# yet been completed because ... It was now expected in June.", "The report is now due by the end of March",
# "now anticipated in the autumn" (fire authorities' and councils' notes on their action logs)
NOW_EXPECTED = Term(
    r"\b(?:now\s+)?(?:expected|anticipated|due|likely|forecast)\s+(?:to\s+(?:be\s+)?[a-z]+\s+)?(?:in|by|at|for|on|"
    r"before|during|around)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|mid-?\s*|late\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec)[a-z]*\b|(?:spring|summer|autumn|winter|new\s+year|next\s+(?:month|year|meeting))\b)",
    "notes on an action log's rows: 'It was now expected in June', 'now due by the end of March' (when what is still "
    "open is looked for)")
# Minutes approved with the changes listed under them: each change listed is made by the approval, at the later
# meeting itself ("were approved with amendments to the following: - Paragraph 5 - Change of the name ..."), so a
# question whether the record was put right is answered done by the list's lead-in
RECORD_AMENDED = Term(
    r"(?:approved|confirmed|agreed|accepted|adopted|signed)\s+(?:as\s+an?\s+(?:true\s+|correct\s+|accurate\s+)*record\s+)?"
    r"(?:subject\s+to|with)\s+(?:the\s+following\s+)?(?:amendments?|corrections?|alterations?|changes?)\b|"
    r"\bamended\s+as\s+follows\b",
    "parish and national park authorities' minutes of the previous meeting: 'were approved with amendments to the "
    "following:', 'approved as a correct record subject to the following amendments:', 'amended as follows:'")
# Where a follow-up stands, in the papers' own words: an action log's status column, a matters-arising note, a
# tracker row. The answerer reads these in what it quotes when the register holds no action for it.
STATUS_DONE = (
    Term(r"(?<!\bnot\s)(?<!\bnot\syet\s)(?:complete[d]?|actioned|achieved|done)(?=\s*(?:$|[.;,|\t)–—-]|\(?(?:on\s+)?"
         r"\d{1,2}(?:st|nd|rd|th)?(?:\s+[a-z]{3}|[/.-]\d)|\((?:see\s+|at\s+)?(?:minute|min\.?|item)\s+[\w/.-]+\)))",
         "action logs' and trackers' status column, or a note's last word: 'Complete', 'Completed.', 'Actioned', "
         "with the date it was done: 'Completed 3 June 2024', 'Done 12/05' (not 'Not done -', 'Not yet complete'), "
         "or the minute that did it: 'Completed (minute 16)' (fire authorities' action logs)"),
    # a log's row run into a line, its status after a dash or opening it: "PCCC/17/44 Estates strategy paper – closed,
    # presented February", "ACTION 21-19 ... Closed – report circulated 10 January" (CCG and NHS action logs)
    Term(r"(?:(?<=[–—-]\s)|(?<=^)|(?<=^\W)|(?<=^\W\W)|(?<=\t)|(?<=\|\s))closed(?=\s*(?:$|[,.;(|–—-]))",
         "action logs run into prose: '– closed, presented February', 'Closed – report circulated'; a status cell "
         "with its note: 'Closed — see TB23/075'"),
    Term(r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:now\s+)?closed\s+(?:on|off|in|following|after)\b",
         "rolling action logs in prose (integration joint boards, NHS boards): 'Action 2022/09 (workforce plan) was "
         "closed on the publication of ...'"),
    Term(r"(?:(?:had|has|have)\s+(?:now\s+|since\s+|already\s+)?|now\s+)been\s+{done}\b",
         "matters arising: 'the Clerk reported that the new dog bin had been installed', 'Defib – now been checked'"),
    # (not "received": "a letter was received from residents" is the matter raised, not the follow-up done)
    Term(r"(?:was|were)\s+(?:duly\s+|then\s+|subsequently\s+)?(?!received\b){done}\b",
         "matters arising and notes: 'The minutes were updated prior to being signed', 'the letter was sent on 3 May'"),
    # someone named doing it ("Cllr Williams signed his Declaration of Acceptance of Office", "Mr Varma circulated the
    # breakdown on 15 December"); not what they only passed on ("Cllr Moss provided an update", "received a letter")
    # (not what they said in reply: "The Head of Economic Development replied that the lease ended on 31 March")
    Term(r"{owner}\s+(?:has\s+|had\s+)?(?:duly\s+|now\s+|subsequently\s+)?(?!(?:received|provided|submitted|shared|"
         r"issued|written|done)\b){done}\b(?!\s+(?:that|to\s+say)\b)",
         "matters arising and notes: a named councillor or officer did it"),
    Term(r"(?:(?<=\t)|(?<=\|\s)|(?<=\|))(?:blue)(?=\s*(?:$|\||\t|[–—-]\s))",
         "a tracker's RAG cell rated blue on the BRAG scale: '| A24/31 | ... | Blue | Presented ... |'"),
    Term(r"(?:was|were|is|are)\s+(?:now\s+)?(?:complete|completed|finished)\b(?!\s+(?:by|before|in\s+time))",
         "rolling action logs in prose: 'Action 2022/14 (report on care at home capacity) was complete and is at Item "
         "6' (not a date to be complete by)"),
    Term(r"(?:is|are)\s+now\s+(?:{done}|registered|in\s+place|live|in\s+use|working)\b",
         "matters arising: 'the defibrillator is now registered with the Scottish Ambulance Service'"),
    # a note's thing and its doing, with the day it was done: "Response sent on 20th January", "Letter sent 20 March"
    # (not what is to be done on a day: "to be sent on 20 January")
    Term(r"(?<!\bbe\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bnot\s)(?!arranged\b){done}\s+(?:by\s+[\w\s]{1,30}?\s+)?(?:on\s+)?"
         r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
         "clerks' notes on last meeting's actions: 'Response sent on 20th January', 'glass panel replaced by County "
         "Council on 30 September' (not 'Arranged 14 May': a day fixed for it)"),
    # a note's thing and its doing, with the body it went to: "Protected Tree Application No 142710 submitted to WLDC",
    # "Response sent to Highways England" (not what is to be done: "to be submitted to WLDC", "will be sent to")
    Term(r"(?<!\bbe\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bnot\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)"
         r"(?<!\bbeing\s)(?<!\bget\s)(?:submitted|sent|forwarded|"
         r"returned|emailed|issued|lodged)\s+to\s+(?:the\s+)?(?-i:[A-Z])",
         "parish clerks' notes on a matter: 'Protected Tree Application No 142710 submitted to WLDC' (the thing, its "
         "doing and the body it went to)"),
    # a note after a dash, its thing and its doing: "Low Meadow lease – valuation received (£1,750 a year)"
    Term(r"(?<=[–—-]\s)(?:[a-z]+\s){1,3}?(?:{done}|received)\b(?!\s+(?:from|that|about))",
         "progress on previous resolutions: '(c) FC.24.039 Low Meadow lease – valuation received', '— quotes "
         "obtained'"),
)
# Records confirmed: signed, or confirmed, by the meeting that resolves it (minutes and decision records). Done as the
# meeting resolves it, which says where a follow-up stands only when the signing is what is asked ("did the decision
# records ever get signed"); otherwise procedure, no follow-up's word
RECORDS_SIGNED = Term(
    r"(?:resolved|agreed)\b[:\s-]*(?:that\s+)?[^.;]{0,150}?\bbe\s+(?:taken\s+as\s+read\s+and\s+)?"
    r"(?:(?:approved|confirmed|adopted)\s+and\s+)?(?:signed|confirmed|approved)\s+(?:by\s+the\s+[\w-]+\s+)?as\s+"
    r"(?:a\s+)?(?:true\s+and\s+)?(?:correct|accurate|true)\b(?:\s+records?\b)?",
    "confirmation of minutes and decision records: 'RESOLVED that the decision record of the meetings held on the 17th "
    "and 27th November 2017 be signed as correct records', 'Resolved: that Minutes ... be taken as read and signed as "
    "correct' (signed by the chair as the meeting resolves it)",
)
# how a question asks whether records were signed or confirmed: "did the records ever get signed", "were the minutes
# confirmed", "have the march minutes been approved"
SIGNING_ASKED = Term(r"\b(?:sign(?:ed|ing)?|confirm(?:ed|ing)?|approv(?:e|ed|ing)|correct\s+records?)\b",
                     "everyday words for confirming minutes as a correct record")
# A tracker's RAG column rated on the BRAG scale, whose blue is done (green, amber and red rate work still open)
RAG_DONE = Term(r"blue", "NHS and council action trackers' BRAG ratings: 'Blue' for complete")
# What carrying out a follow-up is called, for "had been ..." (not "the factors that have been identified").
DONE_VERBS = (
    Term(r"installed|fitted|erected|put\s+up|replaced|repaired|fixed|mended|cleared|cut|painted|removed|checked|"
         r"inspected|tested|serviced|ordered|delivered|paid|purchased|bought",
         "parish and town councils' matters arising: works on the ground and purchases"),
    Term(r"sent|circulated|emailed|shared|published|issued|provided|received|submitted|signed|returned|written|"
         r"forwarded|obtained|appointed|recruited|completed|done|actioned|implemented|carried\s+out|undertaken|"
         r"arranged",
         "clerks' and trackers' updates: papers sent and received, posts filled, work carried out"),
    Term(r"amended|corrected|updated|opened|set\s+up|answered|replied",
         "records put right and things set going: 'the minutes were amended', 'the account was opened'"),
    Term(r"re-?opened|reinstated|restored|back\s+in\s+(?:use|service)",
         "town and parish councils' matters arising on a facility shut for works: 'Quay toilets - reopened on 2 "
         "April', 'the footpath was reinstated', 'the bus service was restored'"),
    Term(r"recorded(?=\s+(?:in|on)\b)|minuted",
         "what was to be written down, written: 'the declarations ... were recorded in the Confidential Minutes of the "
         "meeting', 'the objection was minuted'"),
)
# an action still open, as a log's status says it (read also as a matter still to come: service.pending, where
# "outstanding" is not read: "rated Outstanding" is a finding)
STATUS_OPEN = (
    Term(r"on-?going|in\s+progress|not\s+(?:yet\s+)?started", "action logs' status column"),
    Term(r"(?:(?<=\s\s)|(?<=\t)|(?<=\|\s)|(?<=\|))open(?=\s*(?:$|\||[–—-]\s))",
         "action lists' status column, a cell of its own: '20/15  Falling rolls criteria  A Varma  16/03/21  Open', "
         "or with its note after a dash: 'Open — on track', 'Open — overdue, now Oct 23'"),
    Term(r"(?:remains?|remained|is\s+still|are\s+still|still)\s+open\b",
         "rolling action logs in prose: 'Action 2022/11 (review of the Carers Strategy) remains open'"),
    Term(r"(?<=[–—-]\s)open(?=\s*(?:$|[,.;(]))",
         "action logs run into prose: 'PCCC/18/03 Report extended-hours uptake by practice – open, due May 2018'"),
)
STATUS_PENDING = (
    Term(r"outstanding", "action logs' status column"),
    *STATUS_OPEN,
    Term(r"(?:still\s+)?awaite?d|awaiting|(?<![a-z0-9]\s)pending|(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|"
         r"(?<=\bwere\s)|(?<=\bstill\s)|(?<=\bremains\s))pending|pending(?=\s*(?:$|[,.;:|\t)–—-]))|"
         r"yet\s+to\s+[a-z]+|not\s+yet|carried\s+forward|c/f",
         "matters arising: 'repair quotes are still awaited', 'Carried forward'; a status 'Pending', 'still pending' "
         "(not the condition a decision waits on, 'deferred to its May meeting pending confirmation of funding')"),
    # (not a state: "she had not been present", "they had not been aware", "he had not attended the March meeting",
    # "decisions ... may then be implemented where they have not been subject to a call-in")
    Term(r"(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:been\s+)?(?!(?:been|present|there|aware|able|possible|"
         r"available|happy|satisfied|clear|sure|attended|subject)\b)[a-z]+",
         "'the Highland Council have still not replaced the two missing signs'"),
    Term(r"(?:has|have|had)\s+never\s+(?:been\s+)?[a-z]+", "'the Clerk had never been sent the revised lease'"),
    Term(r"(?:has\s+been\s+|had\s+been\s+|was\s+|were\s+)?chased(?:\s+(?:again|twice|up))?",
         "trackers and notes: 'Chased 1 December', 'The Clerk has chased the Rights of Way Officer twice' (a thing "
         "chased is not yet done)"),
    Term(r"still\s+(?:broken|damaged|missing|blocked|faulty|unrepaired|unresolved|out\s+of\s+(?:order|use|action)|"
         r"not\s+[a-z]+|to\s+be\s+[a-z]+)",
         "matters arising: 'Footpath 27 — stile still broken', 'the lights are still not working'"),
    Term(r"(?:(?<=\t)|(?<=\|\s)|(?<=\|)|(?<=[–—-]\s)|(?<=^))on\s+track\b",
         "action trackers' update cell: 'On track; tender documents drafted', 'Open – on track' (work still open)"),
    Term(r"(?:is|are)\s+(?:still\s+)?(?:continuing|ongoing|under\s+way|being\s+[a-z]+ed)",
         "matters arising: 'Talks with the district councils' leisure providers are continuing'"),
    Term(r"no\s+(?:substantive\s+|further\s+|formal\s+|full\s+|proper\s+)?(?:reply|response|answer)\s+(?:yet|(?:has\s+been\s+|had\s+been\s+)?"
         r"received)",
         "matters arising: 'No reply has been received.', '*No substantive reply yet.*'"),
    Term(r"(?:not|rather\s+than)\s+(?:in\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+as\s+"
         r"(?:originally\s+|first\s+)?(?:planned|expected|intended|hoped|agreed|promised|scheduled)|"
         r"later\s+than\s+(?:originally\s+|first\s+)?(?:planned|expected|intended|hoped|promised)",
         "matters arising and trackers on a date that has slipped: 'draft action plan due in July, not May as "
         "planned', 'later than expected' (still to do)"),
    Term(r"(?:not\s+(?:yet\s+)?(?:in\s+a\s+position|able)|unable)\s+(?:at\s+(?:the\s+)?present(?:\s+time)?\s+)?to\s+"
         r"(?:provide|give|confirm|say|set|commit|offer)",
         "police and crime panels, scrutiny: an answer still to come, 'he was not in a position at the present time "
         "to provide any definitive timeline', 'officers were unable to confirm a date'"),
)
# A later meeting's business listing it: a monitoring schedule's or action log's cell
LISTED_FOR = Term(r"on\s+(?:the\s+)?(?:agenda|(?:forward\s+)?work\s*programme|forward\s+plan)\s+for\b",
                  "monitoring schedules and action logs: 'On agenda for 22 September', 'On the work programme for 10 "
                  "June 2025' (scrutiny panels' logs: the item is programmed for that meeting)")
STATUS_SLIPPED = Term(r"\b(?:delayed|slipped|behind\s+schedule)\b",
                      "NHS and council action trackers' RAG notes: 'Red | Delayed; now expected in November' (an "
                      "action past its due date that has slipped, however its new date is put)")
STATUS_SCHEDULED = (
    Term(r"(?:arranged|scheduled|booked|planned|listed)\s+for\b",
         "work programmes: 'Scheduled for 18 June 2024 meeting'"),
    Term(r"(?:arranged|scheduled|booked)\s+(?:for\s+)?(?=\d)", "action logs: 'Arranged 18 July', 'Scheduled 2 Dec'"),
    Term(r"(?:arranged|scheduled|booked)\b[^.;|\t]{0,60}?\b(?:for|on|w/c|week\s+(?:commencing|beginning))\s+(?:the\s+)?"
         r"(?=\d)",
         "parish action logs' status cell: 'Booked – contractor to repair week commencing 12 October 2026' (a day "
         "fixed for it, after who is booked)"),
    Term(r"\bnow\s+(?:on\s+|for\s+|set\s+for\s+|due\s+(?:on\s+)?)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|"
         r"may|jun|jul|aug|sep|oct|nov|dec)",
         "fire authorities' action logs: 'Not done - tower handover delayed; visit now 19 Nov 2026' (the day it is now "
         "fixed for; not 'overdue, now Oct 23', a month it is now due by)"),
    LISTED_FOR,
    # a date confirmed by whoever is to do it: "Supplier has confirmed delivery and installation for the week beginning
    # 7 December 2026", "contractor confirmed the works for 3 March" (not the day a thing was done, confirmed after:
    # "confirmed it had been circulated on 20 March", "confirmed the letter was sent on 3 May")
    Term(r"confirmed\s+(?:the\s+)?(?:(?!(?:had|has|have|was|were|been)\b)[a-z]+\s+){1,4}?(?:for|on)\s+(?:the\s+)?(?:week\s+(?:beginning|commencing)\s+"
         r"(?:the\s+)?)?(?=\d)",
         "parish councils' progress on actions: 'Supplier has confirmed delivery and installation for the week "
         "beginning 7 December 2026' (a day fixed for it by the one to do it)"),
    Term(r"(?:defer(?:red|s)?|move[ds]?|put\s+back|postpone[ds]?|reschedule[ds]?)\s+"
         r"(?:(?:the|this|that)\s+(?:item|matter|report|decision|application|consideration)\s+)?"
         r"(?:to|until)\s+(?:the\s+)?(?=\d|(?:jan|feb|mar|apr|may|"
         r"jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d|meeting)|[a-z]+\s+(?:meeting|board|committee)\b)",
         "action logs' status cell: 'Deferred to Jan 2025', 'moved to the March meeting' (a later day fixed for it); "
         "a committee's own word, 'agreed to defer the item to its meeting on 15 May'"),
    Term(r"(?:to\s+come|coming|to\s+return)\s+(?:back\s+)?(?:to|before)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
         r"(?:meeting|committee|board|panel|cabinet|council)\b",
         "action trackers: 'Review of allotment waiting lists: to come to January 2017 meeting', 'coming back to "
         "the March Board'"),
)
# A rolling action log's own word moving an action to a meeting to come, in prose: "Action ECS/18/03 (report on ...)
# would now come to the August meeting" (Scottish committees, joint boards; "now" says it was put there since it was
# asked). Read of a log's row only: in matters arising the same words are a promise (service.said_status reads it so)
MOVED_TO_MEETING = Term(
    r"(?:will|would|is\s+to|was\s+to)\s+now\s+(?:come|return|go|be\s+(?:brought|presented|considered|taken|"
    r"reported))\s+(?:back\s+)?(?:to|before|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:meeting|committee|board|panel|cabinet|council)\b",
    "rolling action logs in prose: 'Action ECS/18/03 (...) would now come to the August meeting'")
# A meeting a promise is for, named without its date: the next one, or one of a month ("report to the October
# meeting"), fixed for it as the month's meeting after the minutes' own
MEETING_NAMED = Term(r"(?:the\s+|its\s+|their\s+|our\s+)?(?:next|following|subsequent)\s+(?:ordinary\s+)?meeting",
                     "parish and town councils: 'Clerk to report back at next meeting', 'to the next meeting'")
# Work still to be done, said as a promise or an ask: outstanding, or scheduled where it names a date.
STATUS_PROMISED = (
    Term(r"(?:will|would|shall|could)\s+(?:now\s+|then\s+)?(?:be\s+)?[a-z]+",
         "'A note will be added to ...', 'confirmed that this would be passed to the appropriate department'"),
    Term(r"(?:should|must)\s+(?!have\b|not\b|never\b)(?:now\s+|then\s+|first\s+)?(?:be\s+)?[a-z]+",
         "an obligation recorded: 'prior to the site visit discussion should be held with SEPA', 'a letter should be "
         "sent to the Chairs' (not the counterfactual 'should have said')"),
    Term(r"\b(?:commitment|commitments|committed|pledged?|undertaking|intention|intends?)\s+to\s+(?!be\b)[a-z]+",
         "a commitment stated, not yet carried out: 'Welcomes the Council's commitment to support independent living "
         "and provide additional financial support', 'the authority intends to consult'"),
    Term(r"\bbe\s+[a-z]+(?:ed|en|ght|nt)\s+(?:to|at|by|on)\b",
         "a resolution's ask: 'be submitted to the June 2024 meeting', 'be brought to', 'be sent to'"),
    Term(r"\bto\s+be\s+[a-z]+(?:ed|en|t)\b", "trackers: 'To be scheduled', 'to be chased'"),
    Term(r"(?:may|can)\s+(?:then\s+|only\s+|not\s+)?be\s+(?:implemented|actioned|acted\s+(?:on|upon)|put\s+into\s+"
         r"(?:effect|action))\b",
         "combined authorities' and councils' publication notes on call-in: 'DEADLINE FOR CALL-IN: 25 SEPTEMBER 2017 "
         "FOLLOWING THE CALL-IN PERIOD, DECISIONS ... MAY THEN BE IMPLEMENTED' (for after the date it gives)"),
    Term(r"(?:(?:mr|mrs|ms|miss|dr|cllr|councillor)\.?\s+(?-i:[A-Z])[\w'’-]+|the\s+(?:(?:town|parish|locum)\s+)?"
         r"(?:clerk|chair(?:man)?|officer|director|manager|head\s+of\s+\w+))\s+(?:agreed|undertook|promised|offered)\s+to\s+"
         r"(?!be\b)[a-z]+",
         "a person's undertaking in the minutes: 'Mr Fairweather agreed to provide a written response' (not "
         "'Members agreed to support the bid', a decision)"),
    Term(r"{owner}\s+to\s+(?!be\b|the\b)(?!(?-i:[A-Z][a-z]))[a-z]+",
         "a tagged action: 'Cllr Faulkner Smith to look at the track', 'Clerk to report back at next meeting' (not "
         "an office: 'Llew Thomas, Clerk to the Council'; nor one name put right to another in a record amended, "
         "'Change of the name David Green to Duncan Bryden')"),
    # members backing something to be done, in the gerund: still to carry out until a later paper says so
    Term(r"\b(?:supported|endorsed|backed|favoured|welcomed|agreed\s+to)\s+(?:the\s+(?:notion|idea|proposal|"
         r"suggestion)\s+of\s+)?(?:the\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+|(?:mr|mrs|ms|dr|cllr|councillor)\.?\s+"
         r"[\w'’-]+\s+)?(?!(?:following|including|regarding|concerning|during|meeting|morning|evening|funding|"
         r"planning|housing|building|being)\b)[a-z]{3,}ing\b",
         "members' backing in the minutes: 'Members supported the notion of the Authority sending a robust letter', "
         "'agreed to the Clerk writing to the county', 'welcomed the idea of holding a litter pick'"),
    # a decision that something be done: still to carry out until a later paper says so; not one that is done as it
    # is taken ("RESOLVED that the report be noted", "... the minutes be approved and signed as a correct record")
    Term(r"(?:resolved|agreed|decided)\b[:\s-]*(?:that\s+)?[^.;]{0,150}?\bbe\s+(?!(?:noted|received|approved|accepted|"
         r"adopted|agreed|endorsed|confirmed|signed|supported|ratified|welcomed|thanked|taken|deferred)\b)"
         r"[a-z]+(?:ed|en|t)\b",
         "a resolution's ask: 'It was RESOLVED that a new bank account be opened', 'agreed that new goalposts be "
         "purchased'"),
)

# ----------------------------------------------------------------------------- ModernGov pages

SECTION_LABELS = (
    Term(r"minutes", "ModernGov 'Minutes:' block under each agenda item"),
    Term(r"decisions?", "ModernGov 'Decision:' block ('Agenda, decisions and draft minutes')"),
)
# The label of the row naming an item where each item is printed as a form, a table of labelled rows ("Minute | 48",
# "Subject | Proposed Police Precept", "Discussion | ...", "Resolution | ..."): police and crime panels' and joint
# committees' minutes kept in a word-processor table
FORM_TITLE_LABELS = Term(r"subject|title|heading|topic|item\s+title|agenda\s+item", "a form's 'Subject' row")
# Lines a site or a document viewer adds that the clerk did not write.
FURNITURE = (
    Term(r"(?:agenda|agenda,\s+decisions)\s+and\s+(?:draft\s+)?minutes", "ModernGov page heading"),
    Term(r"(?:note\s+)?no\.?\s+item|items", "ModernGov item table heading"),
    Term(
        r"(?:[•-]\s*)?(?:share\s+this\s+item|view\s+directions|attendance\s+details|media|additional\s+documents:?)",
        "ModernGov links",
    ),
    Term(
        r"(?:[•-]\s*)?webcast\s+for\s+[\w.]+|(?:[•-]\s*)?(?:agenda\s+frontsheet|agenda\s+reports\s+pack|printed\s+minutes"
        r"|printed\s+decisions)\b.*\bPDF\b.*",
        "ModernGov document links",
    ),
    Term(
        r"size:\s*px|start\s+display\s+at\s+page:?|transcription|\[show\s+full\s+text\]|page\s+contents|top",
        "document-sharing sites",
    ),
    Term(r"download\s+\".*\"", "document-sharing sites"),
    Term(r"total\s+page:\s*\d+|file\s+type:\s*\w+.*|(?:agenda|minutes)\s+template", "document-sharing sites"),
    Term(
        r"(?:(?:contact\s+us|accessibility(?:\s+statement)?|privacy(?:\s+(?:notice|policy))?|cookies?(?:\s+policy)?|"
        r"terms(?:\s+(?:and|&)\s+conditions|\s+of\s+use)?|site\s*map|disclaimer|feedback|"
        r"(?:©|copyright)[^|\t•]{0,40})(?:\s*[|\t•·]\s*|\s*$)){2,}",
        "a council site's footer links printed with the page: 'Contact us | Accessibility | Privacy'",
    ),
)
# What a web browser prints around a page saved as PDF (Chromium, Firefox, Edge, Safari alike): a date-time stamp with
# the page's title at the top ("11/29/26, 8:58 PM Agenda and minutes", "29/11/2026, 20:58 Minutes"), the address and
# a page counter at the foot ("https://democracy.x.gov.uk/ieListDocuments.aspx?CId=1 2/3", "file:///C:/minutes.html
# 1/1"); the site's breadcrumb ("Home > Your council > Meetings") is printed with the page
PRINT_STAMP = Term(
    r"\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?=\s|$)",
    "a browser's print header: the date and time it was printed, then the page's title",
)
PRINT_ADDRESS = Term(r"(?:https?|file)://\S+|www\.\S+", "a browser's print footer: the page's address")
PRINT_COUNTER = Term(r"\d{1,3}/\d{1,3}", "a browser's print footer: 'page/pages'")
BREADCRUMB = Term(
    r"(?:home|you\s+are\s+here:?)(?:\s*[>›»|/]\s*[^>›»|]{1,40}){1,6}|"
    r"[^>›»\d.:;]{1,30}(?:\s+[>›»]\s+[^>›»\d.:;]{1,40}){2,6}",
    "a site's breadcrumb trail: 'Home > Your council > Meetings', 'Council > Committees > Cabinet > Minutes'",
)
LINK_NOISE = Term(
    r"\s*(?:pdf\s+ico(?:n)?\b\s*)?(?:\(?\s*PDF\s*,?\s*\d+(?:\.\d+)?\s*[KM]B\s*\)?)?\s*$|\s+pdf\s+ico\w*\s*$",
    "ModernGov link text after a title: 'pdf icon PDF 127 KB'",
)
VIEWER_WARNING = Term(
    r"WARNING\s+-\s+By\s+their\s+nature,\s+text\s+files.*?version\s+of\s+this\s+document\.",
    "text-only views of PDFs on council sites",
)

# ----------------------------------------------------------------------------- meetings

MINUTES_OPENERS = (
    Term(r"(?:draft\s+|public\s+|confirmed\s+|approved\s+|signed\s+)?minutes\s+(?:of|for|from)\b", "'Minutes of ...'"),
    Term(r"minutes\s+of\s+proceedings\s+of", "'Minutes of Proceedings of': Northern Ireland councils"),
    Term(r"at\s+a\s+meeting\s+of", "'At a meeting of X held at ...': combined authorities, borough councils"),
    Term(r"sederunt|minute\s+of\s+(?:the\s+)?meeting(?:\s+of\b|(?=\s+held\b))",
         "Scottish councils: 'Minute of Meeting of ...', or 'Minute of Meeting held in ... on ...' under the "
         "board's name"),
    Term(r"(?:notes|record|summary)(?:\s+(?:and|&)\s+(?:decisions|actions))?\s+of\s+(?:the|a)\s+(?:meeting|hearing)"
         r"(?=\s+(?:of|held)\b)",
         "schools forums, partnerships and boards that keep notes, not minutes: 'Notes of the meeting held on ...', "
         "'Notes and decisions of the meeting held ...', 'Record of the meeting of ...'; licensing sub-committees: "
         "'Record of the hearing held on ...'"),
)
MEETING_KINDS = Term(
    r"(?:annual|special|extraordinary|ordinary|statutory|adjourned|reconvened|full|public)(?:\s+(?:ordinary|general|"
    r"parish|town|council|meeting))*",
    "kinds of meeting: annual, special, extraordinary",
)
# a meeting of a parish's or town's electors, not of its council (Local Government Act 1972 sch. 12 paras 14-18: the
# annual parish meeting, called "annual town meeting" where the parish council is a town council; "parish assembly"
# as many parishes call it), which the council's minutes arrange by that name ("RESOLVED that the Annual Town Meeting
# be held on Thursday 16th May 2024")
ELECTORS_MEETING = Term(
    r"annual\s+(?:parish|town|village|community)\s+(?:meeting|assembly)|(?:parish|town|village)\s+assembly",
    "parish and town councils' minutes arranging the annual meeting of the electors: 'Annual Parish Meeting', "
    "'Annual Town Meeting', 'Parish Assembly'",
)
# the words a meeting called outside the ordinary cycle is named by, one for another: the Local Government Act 1972
# (sch. 12) calls it "extraordinary"; police and crime panels, fire authorities and parishes often minute a "special
# meeting" ("A special meeting to receive the external auditor's annual report will be held on ..."), an
# "additional" or "emergency" one; people ask after "the extra meeting"
MEETING_OUT_OF_CYCLE = ("special", "extraordinary", "additional", "extra", "emergency")
HELD = Term(r"held|convened|which\s+took\s+place", "'held at ... on <date>'")
# How an entry in a later meeting's matters arising (one per earlier minute: "Minute 17 (Gallows Lane) - the camera
# was put up on 2 September. Action completed.", "- Bus shelter (PH67c): ... Complete.") closes with its status, as
# clerks' reports and board action trackers write it
ENTRY_DONE = (
    Term(r"(?:action\s+|item\s+)?(?:complete|completed|done|closed|finished|discharged)",
         "the status closing a matters-arising entry or an action tracker's remark: 'Action completed.', 'Complete.', "
         "'Done.', 'Closed.', 'Discharged.'"),
)
# How an entry of a progress list on past actions closes when a day is fixed for it: "... the public meeting will be
# held ... on Wednesday 10th April 2019 at 8 p.m. Report to the May meeting. SCHEDULED." (municipal districts'
# progress reports on actions from the previous meeting)
ENTRY_FIXED = (
    Term(r"scheduled|booked", "progress reports on last meeting's actions: 'SCHEDULED.', 'Booked.'"),
)
# How an entry of matters arising or a progress list on past actions closes when its action is not done, or is fixed
# for a date: the point ends there ("... No reply has been received. OUTSTANDING.", "*Still in progress; report to
# April.*", "Carried forward.")
ENTRY_OPEN = (
    Term(r"outstanding|on-?going|in\s+progress|carried\s+forward|c/f|deferred|open|scheduled|on\s+track",
         "progress reports on last meeting's actions and action trackers: 'OUTSTANDING.', 'SCHEDULED.', "
         "'Ongoing.', 'Carried forward.', 'Open - on track'"),
    Term(r"(?:still\s+)?in\s+progress|no\s+(?:substantive\s+|further\s+)?(?:reply|response)\s+(?:yet|received)",
         "matters arising notes closing in italics: '*Still in progress; report to April.*', '*No substantive reply "
         "yet.*'"),
    Term(r"not\s+(?:yet\s+)?(?:complete|completed|done|closed|finished|actioned)|incomplete",
         "clerks' reports on last meeting's actions, the status after the point's title: 'Minute 26/04 (park "
         "toilets) - NOT COMPLETE. The toilets did not reopen ...'"),
)
# How a later minute opens on an earlier one it follows up ("Further to minute 4 of 6 February 2025, ..."), and the
# verbs that say it brought back what the earlier minute asked for: the report or plan came to this meeting
REFERS_BACK = Term(r"further\s+to|arising\s+from|with\s+reference\s+to",
                   "a minute taking up an earlier one: 'Further to Minute No. 83', 'Arising from minute 17'")
BROUGHT_BACK = Term(r"presented|submitted|brought|introduced|tabled|delivered",
                    "police and crime panels, scrutiny: 'Further to minute 4 of 6 February 2025, Chief "
                    "Superintendent Bright presented the 101 improvement plan'")
# The paper's own dates, printed over or under its minutes: what happened to the paper, not when the meeting was held
# (council websites' document bars "Status: Approved 24/04/2025 | Published 28/04/2025", ModernGov's "Date
# published:", clerks' templates "Date of issue:", "Despatched:", "Last updated:", the signing line "Signed by the
# Chair ... 12 June 2023"). Each names the event just before its date.
PAPER_LIFE_DATES = (
    Term(r"approved|confirmed|adopted|ratified", "a status bar or footer: 'Status: Approved 24/04/2025'"),
    Term(r"published|publication|posted|uploaded", "websites: 'Published 28/04/2025', 'Date of publication:'"),
    Term(r"issued?|despatched|dispatched|circulated|distributed|sent\s+out",
         "clerks' templates: 'Date of issue:', 'Despatched: 1 March 2022', 'Circulated:'"),
    Term(r"(?:last\s+)?(?:updated|modified|revised|amended)|printed|version\s+date",
         "document properties printed on the page: 'Last updated: 14/10/2022', 'Printed on 03/05/2023'"),
    Term(r"signed(?:\s+by\s+(?:the\s+)?(?:chair(?:man|person)?|mayor|convener|clerk))?",
         "the signing line under minutes: 'Signed by the Chair ... 12 June 2023'"),
)
# How a meeting was held, not whose it was: "Minutes of the virtual meeting held on ..." (meetings held under the
# Coronavirus Act 2020 remote meetings regulations), "the hybrid meeting", "the reconvened meeting"
MEETING_MANNERS = Term(
    r"virtual|remote|hybrid|online|on-?line|video|zoom|teams|telephone|informal|inquorate|in-person|rescheduled|"
    r"postponed|deferred",
    "how or when a meeting was held (remote meetings regulations 2020 usage), not which body held it",
)
# The nouns that make a line a council's or authority's name over its minutes ("LONDON BOROUGH OF X", "X FIRE AND
# RESCUE AUTHORITY", "NHS X CLINICAL COMMISSIONING GROUP"), not a committee's.
COUNCIL_NOUNS = (
    Term(r"council|authority|board|trust|group|panel", "councils, authorities, NHS boards and groups, trusts"),
    Term(r"borough|corporation", "'London Borough of X', 'Royal Borough of X', 'City of London Corporation'"),
    Term(r"cyngor", "Welsh: 'Cyngor Sir X' (X County Council), 'Cyngor Tref' (town council)"),
)
# A header's fields as label and value ("Committee:<tab>Health Scrutiny Committee", "Meeting:   Combined Authority
# Board" over "Date: ..."): CMIS exports' header tables, combined authorities' records of decisions
MEETING_FIELD_LABELS = Term(r"committee|meeting(?:\s+of)?|body|forum",
                            "CMIS header tables ('Committee:'), records of decisions ('Meeting:')")
COUNCIL_FIELD_LABELS = Term(r"council|authority|organi[sz]ation", "'Council: Stourfield City Council' in such a table")
# A line naming the paper, not the body, in a bilingual heading: "COFNODION CYFARFOD Y CYNGOR SIR" over its English.
WELSH_PAPER_NAMES = Term(r"cofnodion|rhaglen", "Welsh: 'cofnodion' (minutes), 'rhaglen' (agenda)")
BODY_INITIALS = Term(r"pc|tc|cc|dc|bc|mbc|ca|fra|npa|ccg|icb",
                     "a council or authority by its initials: 'Lea PC' (parish council), 'Woking BC', 'Notts FRA'")

# ----------------------------------------------------------------------------- attendance

# A label printed in Welsh and English, the Welsh first: "YN BRESENNOL / PRESENT:", "Yn Bresennol / Present" standing
# alone over its table, "Swyddogion / Officers" (Welsh councils' bilingual minutes); the Welsh half is a few words
# (not "Mrs Joan Akers – Non-Executive Director / Vice Chair": a name and two posts). The match is the Welsh half.
BILINGUAL_LABEL = Term(r"^(?:-\s*)?(?:[^\W\d][\w.'’]* +){0,3}?[^\W\d][\w.'’]* */ *(?=[^/:\t]{2,40}(?::|\s*$))",
                       "Welsh councils' bilingual minutes: 'YN BRESENNOL / PRESENT:', 'Swyddogion / Officers'")

PRESENT_LABELS = (
    Term(r"(?:members\s+|councillors\s+|other\s+members\s+)?present(?:\s+members)?", "'Present:', 'Members present'"),
    Term(r"(?:the\s+following\s+)?members\s+(?:were\s+)?present", "'the following Members were Present:'"),
    Term(r"sederunt", "Scottish councils"),
    Term(r"vice[-\s]?chair(?:man|person|woman)?|deputy\s+chair(?:man|person|woman)?|vice[-\s]?conven[eo]r",
         "'Vice Chair' in an attendance table of roles ('In the Chair', 'Vice Chair', 'Members present'): a member"),
    Term(
        r"attendees|(?:\w+\s+)?members\s+(?:present|in\s+attendance(?:\s+(?:in|via)\s+[\w\s]{1,20})?)",
        "'Attendees:', 'Board members present:', 'Panel Members present:': boards and panels",
    ),
    Term(
        r"(?:parish|town|community|county|borough|district|city)?\s*councillors|"
        r"(?:voting|independent|co-?opted|elected|committee|board|panel)?"
        r"\s*members|(?:independent|co-?opted|lay)\s+member",
        "grouped attendance: 'Councillors:', 'County Councillors' over their names, 'Independent Members:', 'Voting "
        "Members:', and one such member: "
        "'INDEPENDENT MEMBER:' (audit and standards committees)",
    ),
    Term(r"(?:(?:members|councillors)\s+)?(?:present|attending|joining|participating)\s+(?:in\s+(?:the\s+)?(?:room|"
         r"chamber|hall|person)|online|on-?line|remotely|virtually|by\s+(?:video|telephone|phone)|via\s+[\w\s]{1,15}?)"
         r"(?:\s*\([^)]{1,20}\))?",
         "hybrid meetings' records of how members took part: 'Members present in the room:', 'Present in person:', "
         "'Members attending online (Teams):', 'Attending virtually (Teams):'"),
    Term(r"presennol|y\s+cynghorwyr|aelodau(?:\s+cyfetholedig)?", "Welsh: 'PRESENNOL' (present), 'Y Cynghorwyr'"),
    Term(r"members\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:committee|sub-?committee|panel|board|council|cabinet|forum|"
         r"commission|authority|trust)",
         "a group within the record, naming the body: 'Members of the Panel', 'Members of the Committee'"),
    Term(r"(?:who\s+attended|attendance(?:\s+record)?)(?=\s*:?\s*$)",
         "a heading over the record: 'WHO ATTENDED' (schools forums), 'Attendance' over a table of members"),
)
CHAIR_LABELS = (
    Term(r"presiding|in\s+the\s+chair", "'Presiding:': Northern Ireland councils; 'In the Chair:'"),
    Term(r"chair(?:man|person|woman)?|convenor|provost|mayor", "'Chair:' in an attendance table"),
)
ATTENDANCE_LABELS = (
    Term(
        r"(?:also\s+)?in\s+attendance|also\s+present|(?:also\s+)?attending|officers(?:\s+present|\s+in\s+attendance)?|"
        r"others|officials(?:\s+in\s+attendance)?|clerk|swyddogion|yn\s+bresennol|witnesses|guests|speakers|"
        r"(?:the\s+following\s+)?officers\s+were\s+in\s+attendance",
        "officers and guests, not members",
    ),
    Term(r"(?:members\s+of\s+the\s+)?public(?:\s+present)?|press", "members of the public"),
    Term(r"non[-\s]?voting(?:\s+members)?|observers?",
         "'Non-voting:', 'Observers': combined authorities' and schools forums' non-voting attendees"),
    Term(r"non[-\s]?committee\s+members(?:\s+present|\s+in\s+attendance)?",
         "'Non-Committee Members Present:': councillors at a committee they do not sit on (Northern Irish councils)"),
    Term(r"officials\s+present|participants",
         "'Officials Present:': Irish county councils list the Chief Executive and directors so; 'Participants:': NHS "
         "boards list those who attend without a seat so"),
    Term(
        r"representatives?\s+(?:from|of)\s+(?:other|outside|partner)\s+(?:bodies|organi[sz]ations|agencies)"
        r"(?:\s+in\s+attendance)?|[\w\s&]{0,40}\s+in\s+attendance",
        "'Representatives from Other Bodies in Attendance', 'Mayoral Advisors in attendance'; parish councils' "
        "'Representatives of other bodies:' (a county highways engineer, a police officer)",
    ),
)
# The heading row of minutes kept as a table of items, one row an item ("Minute | Item | Decision", "No. | Subject |
# Discussion | Action by"): town and parish committees, partnerships and NHS committees that type their minutes so
ITEM_TABLE_NUMBER_HEADINGS = (
    Term(r"no|number|minute(?:\s+no)?|min(?:\s+no)?|item\s+no|ref(?:erence)?|#", "'No.', 'Minute', 'Ref'"),
)
# The column of a later meeting's table that names the earlier minutes it follows up ("Minute | Matter | Update" under
# matters arising; "Min. ref | Action | Progress"): each row's first cell is a reference to that minute
MINUTE_COLUMN_HEADINGS = Term(r"minutes?(?:\s+(?:no|number|ref(?:erence)?)\.?)?|min\.?(?:\s+(?:no|ref)\.?)?",
                              "matters-arising and action tables of town and parish councils: 'Minute', 'Min. ref'")
ITEM_TABLE_TITLE_HEADINGS = (
    Term(r"(?:agenda\s+)?items?|subject|title|topic|matter|business", "'Item', 'Subject', 'Agenda item'"),
)
# The columns that are the item's record itself (read as its text), not a field of it ("Action by", "Due")
ITEM_TABLE_RECORD_HEADINGS = (
    Term(r"decisions?|minutes?|discussion(?:\s+and\s+decisions?)?|notes?(?:\s+and\s+decisions?)?|outcomes?|"
         r"resolutions?|resolved|summary|details|comments?|record|points\s+raised",
         "'Decision', 'Discussion', 'Notes and decisions'"),
)
# A table of the meeting's decisions printed after its items, one row an item ("Decisions", "Summary of decisions",
# "Decisions taken": joint committees and partnership boards that minute discussion under each item and list the
# decisions at the end)
DECISION_TABLE_TITLES = (
    Term(r"(?:summary\s+of\s+|schedule\s+of\s+)?decisions?(?:\s+(?:taken|made|log|summary))?",
         "'Decisions', 'Summary of decisions', 'Decisions taken'"),
)
# Members not there, with no apology recorded: named apart from those who sent apologies ("Not present: Cllr X (no
# apology received)"), who neither attended nor apologised
ABSENT_LABELS = (
    Term(r"not\s+present|absent\s+without\s+apolog(?:y|ies)|did\s+not\s+attend|non[-\s]?attendance",
         "'Not present:', 'Absent without apology:', 'Did not attend:'"),
    Term(r"(?:members|councillors)\s+not\s+in\s+attendance",
         "'Members not in attendance: Cllr X (apologies), Cllr Y': planning committees, beside 'Members in "
         "attendance:'"),
)
APOLOGY_LABELS = (
    Term(r"apolog(?:y|ies)(?:\s+for\s+absence)?(?:\s+received)?", "'Apologies:', 'Apology:', 'Apologies for absence:'"),
    Term(r"absent", "'Absent:'"),
)
# The label a record prints its substitutes under, each line below it one member sitting for another ("SUBSTITUTES:
# Councillor D. Orrell (for Councillor A. Quine)" / "Councillor F. Yeoman (for Councillor B. Lister)"): the lines under
# it say who sat for whom though only the first prints the label's word
SUBSTITUTE_LABELS = (
    Term(r"(?:named\s+|appointed\s+)?(?:substitutes?|substitute\s+(?:members?|councillors?))(?:\s+present)?|"
         r"substitutions|deputies(?:\s+present)?",
         "planning, licensing and scrutiny committees' records (Local Government and Housing Act 1989 political "
         "balance substitutes): 'SUBSTITUTES:', 'Substitute Members:', 'Named substitutes present:'; joint panels' "
         "'Deputies:'"),
)
# How a record notes a member there for part of the meeting, in a line of its own under the lists: "Councillor Quine
# arrived at 6.25 pm, during item PL/34/14", "Cllr Bird joined the meeting at 7.20pm", "Councillor Guthrie left the
# meeting at 11.50 am during item 6.2", "Cllr Sadiq arrived late" (district and parish clerks note late arrivals and
# early departures so, between the record and the first item)
PART_PRESENCE_NOTED = Term(
    r"(?:joined|re-?joined|arrived|took\s+part\s+in|left|departed)\s+(?:(?:at\s+)?the\s+meeting\b|"
    r"at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\b\.?|hrs?\b|hours\b)|late\b|"
    r"(?:during|before|after)\s+(?:the\s+)?(?:consideration\s+of\s+)?(?:item|minute|agenda\s+item)\b)",
    "late arrivals and early departures noted under the record of attendance ('arrived at 6.25 pm, during item ...')",
)
APOLOGY_SENTENCES = (
    Term(
        r"apolog(?:y|ies)[^.]{0,60}?\b(?:were|was|had\s+been|have\s+been)?\s*(?:received|intimated|given|submitted|"
        r"tendered|noted|recorded|presented)(?:\s+and\s+(?:accepted|noted|approved))?\s+(?:from|on\s+behalf\s+of|by|for)\b",
        "'Apologies for absence were received from ...'; 'Apologies were recorded for ...' (Northern Irish councils); "
        "'Apologies were presented on behalf of County Councillor X' (county councils)",
    ),
    Term(r"(?:there\s+were\s+)?apolog(?:y|ies)\s+(?:for\s+absence\s+)?from\b", "'There were apologies from ...'"),
)
# Where a sentence reporting apologies goes on to another clause ("... apologies had been received from Councillor A
# (holiday) and Councillor B, and that Councillor C had sent no apologies"): the list of those who sent them ends there
# (a chair's report in reported speech, as community and parish councils minute their opening item)
APOLOGIES_CLAUSE_END = Term(r",?\s+(?:and|but|while|whilst)\s+that\b",
                            "reported speech in a chair's opening remarks: 'reported that apologies had been received "
                            "from ..., and that ...'")
SENT_APOLOGIES = Term(
    r"\b(?:also\s+)?(?:sent|gave|tendered|submitted)\s+(?:(?:his|her|their)\s+)?apologies",
    "'Cllr X also sent his apologies', 'Mr Y sent apologies'",
)
# A sentence that opens the list of those present: "Trustees present were Mr A (Chair), ...", "Those present were:",
# "The following were present: ..." (Scottish boards' sederunt, trusts and town councils write it as prose)
PRESENT_SENTENCE = Term(
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:present\s+(?:were|was)|(?:were|was)\s+present)\s*:?",
    "'Trustees present were ...', 'The following were present: ...'",
)
# A sentence that closes the list of those present: "Councillors Ashcroft (Chair), Bramall and Cowdrey, and
# independent co-opted members Mrs E Fenwick and Mr G Hale, were present." (panels and audit committees that write
# their attendance as prose; "together with" names more who sat with them)
PRESENT_CLOSING = Term(
    r",?\s+(?:were|was)\s+(?:all\s+)?present\b(?:\s*,?\s*(?:together|along)\s+with\s+(?P<with>.+?))?\.?$",
    "'Councillors A (in the Chair), B and C were present together with Mr D (Independent Member).'",
)
# Who came with someone who attended, in the same sentence: "The Commissioner, Mr I Jessop, attended together with
# his Chief Executive, Ms K Lyle."
ATTENDED_WITH = Term(r"\s*,?\s*(?:together|along)\s+with\s+", "'... attended together with his Chief Executive, Ms X'")
# Those present said against the membership listed above: "Present: all except Cllr Quarrie (apologies)", "All
# members were present apart from Cllr X" (parish councils list their members, then who was not there)
ALL_EXCEPT = Term(
    r"^all(?:\s+(?:members|councillors|other\s+members))?(?:\s+(?:were\s+)?present)?,?\s+"
    r"(?:except(?:\s+for)?|apart\s+from|but|save)\s+(?P<who>.+)$",
    "'Present: all except Cllr X (apologies)'",
)
# A heading over the papers the meeting had, printed between the attendance and the first item ("Available papers" /
# "The members had before them the Agenda (previously circulated).": county councils' ModernGov minutes); no one's name
PAPERS_HEADING = Term(r"(?:available|background|supporting)\s+(?:papers|documents)", "'Available papers'")
# A lead-in over a membership list that marks who attended: "The Committee comprised the following members, all of
# whom were present except where stated:" (county committees list the whole membership, the absent marked)
PRESENT_LEAD_IN = Term(
    r"(?:\b(?:were|was)\s+present|\bpresent\s+except|\battended\s+except)[^:]{0,60}:",
    "'... all of whom were present except where stated:'",
)
# What an attendance table's column says of one member: "Yes" / "No – apologies" / "No – Cllr B substituted" under a
# "Present" or "Attended" heading (combined authorities list members by constituent council)
TABLE_PRESENT_CELL = Term(r"yes|y|✓|✔|present|attended", "'Yes' in a 'Present' column")
TABLE_ABSENT_CELL = Term(r"no|n|✗|✘|absent|did\s+not\s+attend", "'No' in a 'Present' column")
TABLE_SUBSTITUTE = Term(
    r"(?P<who>(?:[A-Z][\w.'’-]*\s+){1,4}?[A-Z][\w'’-]+)\s+(?:substituted|attended\s+as\s+(?:a\s+)?substitute|"
    r"as\s+substitute|deputised)",
    "'No – Cllr Amir Patel substituted' in a 'Present' column",
)
# The column of an attendance table that names who sat in a member's place: "Member | Substitute", "Councillor |
# Attendance | Substituted by" (ModernGov and committee clerks' attendance grids)
SUBSTITUTE_COLUMN = Term(
    r"(?:named\s+)?(?:substitutes?|substituted\s+by|substitute\s+members?|subs?|deputy|deputies|replaced\s+by|"
    r"attending\s+in\s+place|in\s+place\s+of)",
    "attendance grids' substitute column: standing orders on substitute members, ModernGov's 'Substitute' column",
)
CHAIR_MARKS = (
    Term(
        r"\(\s*(?:in\s+the\s+)?(?:chair(?:man|person|woman)?(?:\s*/\s*cadeirydd)?|conven[eo]r|presiding|"
        r"cadeirydd(?:\s*/\s*chair)?|town\s+mayor)\s*\)"
        r"|\((?![^()]*\b(?:vice|deputy)\b)[^()]{2,50},\s*chair(?:man|person|woman)?\s*\)"
        r"|\(\s*chair(?:man|person|woman)?\s*,[^()]{2,60}\)",
        "'(Chair)', '(in the Chair)', '(Convener)': Scottish committees are chaired by a convener; Welsh councils "
        "print both words, either first: '(Cadeirydd / Chair)', '(Chair / Cadeirydd)'; '(Town Mayor)': the chair of a "
        "town council is styled its mayor (Local Government Act 1972 s.245(6)); '(Lay Member, Chair)': NHS "
        "committees give the seat, then the chair; '(Chair, Orlesdon City Council)': joint panels (police and crime "
        "panels, joint committees) give the role, then the authority that appointed the member",
    ),
    Term(r"\bin\s+the\s+chair\b", "'Mr B Lobban in the Chair': Scottish and English councils"),
    Term(r"\([^()]{0,60}\bpresiding\)", "'(Chairman of the Parish Council, presiding)': parish annual meetings"),
)
NON_MEMBER_NOTES = Term(
    r"clerk|officer|minute[-\s]?taker|translator|no\s+voting\s+rights|observer|adviser|advisor|"
    r"democratic\s+services|monitoring\s+officer",
    "people listed beside the members who are not members",
)
PUBLIC_PRESENT = Term(
    r"(?:\(?\d+\)?|one|two|three|four|five|six|seven|eight|nine|ten|no|several|some)\s+members?\s+of\s+(?:the\s+)?"
    r"(?:public|press)\b",
    "parish and town minutes count the public present: '3 members of the public.', 'Two members of the press'",
)
SUBSTITUTE = Term(
    r"(?:,?\s*for\s+whom\s+(?P<sub>.+?)\s+(?:was|were|attended\s+as)\s+(?:a\s+)?substitute)",
    "'Councillor A, for whom Councillor B was substitute': apologies with substitutes",
)
# Everyday verbs that are also given names: "how did the board mark his death", "did the panel grant the licence",
# "will they bill the applicant". After a helping verb and its subject ("did the board", "to"), the word is the verb,
# not the first of a person's names ("Mark", "Grant", "Bill" as printed in a record of attendance)
VERBS_NAMED = Term(r"mark|marks|will|bill|bills|grant|grants|sue|sues|rob|pat|chase|drew|hope|hopes|frank|"
                   r"walk|walks",
                   "English verbs (and an adjective) that are also given names and surnames, or the last word of a "
                   "street's name ('Riverside Walk': 'why did cllr x walk out')")
HELPING_VERB = Term(r"did|does|do|to|would|will|can|could|should|shall|may|might|must|going\s+to|gonna|"
                    r"(?:why|how|who|what|where|when|they|he|she|we|you|i)['’]d",
                    "English auxiliaries and 'to' that put a verb after their subject, and 'did'/'would' run on as "
                    "'d ('why'd she walk out')")
HONORIFICS = Term(
    r"(?:county\s+|city\s+|district\s+|borough\s+|parish\s+|town\s+)?(?:councillors?|cllrs?\.?)|"
    r"(?:metro\s+|deputy\s+|lord\s+)?mayor|(?:depute\s+)?provost|bailies?|alderm[ae]n|"
    r"mr|mrs|ms|miss|mx|dr|prof(?:essor)?|sir|dame|lady|lord|rev(?:erend)?|revd|canon|the\s+rt\.?\s+hon|"
    r"y\s+cynghorydd|y\s+cynghorwyr|cynghorydd|"
    r"(?:an\s+)?(?:leas[-\s]?)?c(?:h)?athaoirleach|"
    r"det(?:ective)?|(?:t/)?(?:supt|superintendent|insp|inspector|sgt|sergeant|constable)",
    "titles before a name ('Depute Provost', 'Bailies A and B': Scottish councils' civic titles); 'Cathaoirleach' "
    "and 'Leas-Chathaoirleach', the chair and deputy of an Irish council or "
    "municipal district (Local Government Act 2001 (Ireland) ss.31-32), printed before the councillor's name; "
    "police ranks before an officer's name in police and crime panels' attendance ('Det Supt Liam Harte', "
    "'Chief Inspector Anne Moss', 'T/Supt R Dale'; 'ACC' and 'DCC' are left out: 'DCC' is also a county council)",
)
HONOURS = Term(r"(?:OBE|MBE|CBE|KBE|DBE|MP|MSP|MLA|MS|AM|JP|DL|QC|KC|FRCP)", "letters after a name")
NAME_PARTICLES = Term(r"ab|ap|de|del|der|di|du|la|le|van|von|ní|nic|mac|o’|o'|bin|al", "lower-case name particles")

# Members named in the minutes by their initials, which a key at the head of the minutes gives: "Members' initials
# used in these minutes: / GE  Cllr Gwyn Evans (Chair)   LP  Cllr Llinos Prydderch" (Welsh community councils,
# parish minutes typed by initials), "Key: JS - Cllr Jane Smith; PT = Peter Trent", and the name then its initials in
# brackets ("Cllr Jane Smith (JS)"). An entry counts only where the letters are the name's own initials.
INITIALS_KEYED = Term(
    r"(?:^|(?<=\t)|(?<=\s\s)|(?<=[;,:|]\s)|(?<=[;,|]))\s*(?P<ini>[A-Z]{2,4})\s*(?:[-–—:=]\s*)?"
    r"(?P<name>(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s)?[A-Z][\w'’-]+(?:\s(?![A-Z]{2,4}\b)[A-Z][\w'’.-]+){1,3})",
    "'BJ  Cllr Bethan Jenkins' in a key of members' initials; 'JS - Cllr Jane Smith'",
)
NAME_THEN_INITIALS = Term(
    r"(?P<name>(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*"
    r"\((?P<ini>[A-Z]{2,4})\)",
    "'Cllr Jane Smith (JS)': a name with the initials the minutes then use for it",
)

# Who took part in something the minutes report apart from the meeting itself (a site visit, a workshop, training,
# a visit to a school), as people ask it: "who went on the harker fold site visit", "who attended the training",
# "which councillors went on the visit", "who was on the site visit", "who took part in the workshop"
TOOK_PART_ASKED = Term(
    r"\bwho\s+(?:all\s+|actually\s+)?(?:went\s+(?:on|to|along)|attended|(?:was|were)\s+on|took\s+part|"
    r"(?:came|turned\s+up)\s+(?:to|for)|joined|visited)\b|"
    r"\bwhich\s+(?:\w+\s+)?(?:councillors|cllrs|members|people)\s+(?:went|attended|visited|took\s+part|joined)\b",
    "'who went on the site visit', 'which councillors attended the training': people asked who took part",
)
# and the minutes' sentence naming them: "Councillors Ellison, Grange and Quarmby had attended", "The visit was
# attended by Cllrs Hale and Ross", "Present at the site visit were ...", "Members who took part: ..."
TOOK_PART_SAID = Term(
    r"\b(?:attended|attending|visited|took\s+part|(?:was|were)\s+present|present\s+(?:were|at)|went|"
    r"in\s+attendance|joined)\b",
    "a report of those who took part: 'Councillors ... had attended', 'attended by Cllrs ...', 'Present at the visit "
    "were'",
)

# Members leaving asked with what it cost the meeting, its quorum: "who walked out so they lost quorum", "who left
# and made the meeting inquorate", "the panel went inquorate when who left": who left early, which the minutes record
# with the time ("Councillor Marsh and Councillor Naylor left the meeting at 11.05 am ... no longer quorate"), not an
# interest declared (leaving the room for an item)
LEFT_QUORUM_ASKED = Term(
    r"\b(?:left|leave|leaving|walk(?:ed|s|ing)?\s+out|went|gone|departed|depart(?:ure)?s?)\b[^?]{0,60}?"
    r"\b(?:quorum|quorate|inquorate|quoracy)\b|"
    r"\b(?:quorum|quorate|inquorate|quoracy)\b[^?]{0,60}?\b(?:left|leaving|walk(?:ed|ing)?\s+out|departed|went)\b",
    "'who walked out so they lost quorum', 'the panel went inquorate when who left': leaving, and the quorum lost",
)

# ----------------------------------------------------------------------------- interests

INTEREST_KINDS = Term(
    r"personal|prejudicial|non[-\s]?prejudicial|non[-\s]?pecuniary|disclosable\s+pecuniary|disclosable|pecuniary|"
    r"non[-\s]?financial|financial|other\s+registrable|registrable|non[-\s]?registrable|significant|"
    r"personal\s+but\s+not\s+prejudicial",
    "members' codes of conduct (England, Wales, Scotland) and the Localism Act 2011; 'a disclosable interest' in "
    "boards' codes (combined authorities, NHS trusts) that do not say pecuniary",
)
DECLARED = Term(
    r"declared|declares|declaring|made\s+a\s+declaration\s+of|disclosed|registered|had|"
    r"made(?=\s+an?\s+transparency\s+statement)",
    "'declared a personal interest in ...'",
)
# What a member declares: an interest (the English and Welsh codes), a role, or a conflict of interest (Irish
# councils and boards under Part 15 of the Local Government Act 2001; NHS bodies under "Managing conflicts of
# interest in the NHS"): "Mr Loftus declared a conflict of interest in item 7.0"; or a transparency statement (the
# Councillors' Code of Conduct, Scotland, 2021: a connection stated without declaring an interest)
DECLARED_MATTER = Term(
    r"interests?|role|conflicts?\s+of\s+interests?|transparency\s+statements?",
    "'declared a personal interest', 'declared a role', 'declared a conflict of interest' (Irish and NHS bodies)",
)
# A declaration made part-way through an item, said before the member: "During the debate Councillor Rudge declared
# that his son was employed by ...", "During this item Cllr Ellis declared ...", "In the course of the discussion, Mr X
# disclosed that ..." (planning and parish minutes record an interest realised while the item was heard where it was
# made, not under the declarations item)
DECLARED_DURING = Term(
    r"(?:during|in\s+the\s+course\s+of|part[\s-]?way\s+through|half[\s-]?way\s+through)\s+(?:the\s+|this\s+|that\s+)?"
    r"(?:officer['’]?s\s+)?(?:debate|discussion|item|consideration|presentation|questions|introduction|deliberations?|"
    r"hearing|report)(?:\s+(?:of|on)\s+(?:this|the|that)\s+(?:item|application|matter|report))?\s*,?\s+",
    "'During the debate Councillor X declared that ...', 'During the introduction of this item Councillor Y declared "
    "that ...': an interest declared while the item was heard",
)
# The same said after the verb: "Councillor Fairlie declared at this point that he is a director of ...", "Mrs Kaur
# disclosed, at this stage, that ...", "Cllr Penn declared during the debate that ..." (cabinet and planning minutes
# record where in the item the member spoke)
DECLARED_AT_POINT = Term(
    r"at\s+(?:this|that)\s+(?:point|stage|juncture|time)(?:\s+in\s+the\s+(?:meeting|debate|proceedings))?|"
    r"during\s+(?:the\s+|this\s+)?(?:debate|discussion|item|consideration)|"
    r"in\s+the\s+course\s+of\s+(?:the\s+)?(?:debate|discussion)",
    "'Councillor X declared at this point that ...', 'Mrs Y disclosed, at this stage, that ...'",
)
# A sentence going on from the one before it about the figure that one gave, by a word pointing back: "He said that
# this would pay for a second seasonal ranger", "This would allow ...", "The increase was needed because ..."
# (officers' and commissioners' proposals as minuted: the sum, then what it pays for)
FIGURE_GOES_ON = Term(
    r"^(?:(?:he|she|they|it|the\s+[\w'’-]+(?:\s+[\w'’-]+){0,3})\s+(?:said|explained|added|noted|reported|confirmed|"
    r"advised|stated)\s+that\s+)?(?:this|these|that|it|which|the\s+(?:increase|rise|proposal|change|sum|cost|"
    r"figure|amount|saving|overspend|underspend|variance|precept|levy|grant))\s+(?:would|will|was|were|is|are|had|has|"
    r"could|should|reflected|reflects|related|relates|meant|means)\b",
    "'She said that this would pay for a second seasonal ranger': a clerk's or officer's account of a sum",
)
# A sentence going on from a count given as a part of a whole with what became, or will become, of the rest of it:
# "18 of the 24 on-call firefighters had been appointed." / "The remaining six were expected to complete their
# training by November"; "The other three sites would follow in the autumn", "The balance of £12,000 would be met
# from reserves", "A further 6 were due to start in September" (progress reports on recruitment, programmes of works
# and grants, as police and crime panels, fire authorities and councils minute them: the rest's target date is part of
# the figure)
FIGURE_REST = Term(
    r"^(?:(?:he|she|they|it|the\s+[\w'’-]+(?:\s+[\w'’-]+){0,3})\s+(?:said|explained|added|noted|reported|confirmed|"
    r"advised|stated)\s+that\s+)?(?:of\s+)?(?:the\s+(?:remaining|remainder|rest|balance)\b(?!\s+sheet|\s+of\s+the\s+"
    r"(?:meeting|agenda|business|item|debate|discussion|session|evening|day|year)\b)|"
    r"(?:the\s+(?:other|outstanding|final|last)|a\s+further|another)\s+(?:\d[\d,]*|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b)",
    "progress on a count, 'The remaining six were expected to complete their training by November': fire "
    "authorities', panels' and councils' recruitment and works updates",
)
# The words giving why a figure is what it is: "it reflected eleven plots left vacant", "was due to the
# flooding", "because of ...", "arose from ...", "was attributed to ...", "driven by ..." (budget monitoring reports)
FIGURE_REASON = Term(
    r"\b(?:reflect(?:s|ed|ing)?|because|due\s+to|owing\s+to|as\s+a\s+result\s+of|caused\s+by|(?:the\s+)?result\s+of|"
    r"ar(?:ose|ising|ises)\s+from|attribut(?:ed|able)\s+to|driven\s+by|explained\s+by|reason\s+for|down\s+to)\b",
    "budget monitoring: 'the overspend reflected ...', 'was due to ...', 'arose from ...'",
)
NO_DECLARATIONS = Term(
    r"\bno\s+(?:declarations?|interests?)\b|\bnone\s+(?:declared|received|made)\b|^none\.?$",
    "'No declarations of interest were made'",
)
# What a declarations item minutes where it records no interest: the chair's reminder to declare ("AB reminded
# Committee members and visiting delegates of their obligation to declare", "Members were reminded of the need to
# declare"); NHS boards and councils minute the reminder whether or not anyone then declares
DECLARATION_REMINDER = Term(
    r"\breminded\b|\breminder\b",
    "the chair's reminder under a declarations item (NHS governing bodies, national park authorities, councils): "
    "'AB reminded Committee members ... of their obligation to declare'",
)
DECLARATION_TABLE_HEADS = Term(
    r"councillor|member|name|minute(?:\s+(?:number|no\.?))?|item|agenda\s+item|nature\s+of\s+interest|"
    r"interest|reason|type\s+of\s+interest|trustee|governor|director|action(?:\s+taken)?|outcome",
    "a declarations table's column heads; boards and trusts head the first column 'Trustee', 'Governor', 'Director',"
    " and many add what the member did ('Action': 'left the room for the item')",
)

# ----------------------------------------------------------------------------- exempt business

EXCLUSION = (
    Term(r"exclu\w+\s+(?:of\s+)?(?:the\s+)?(?:press|public)", "'Exclusion of the Press and Public'"),
    Term(
        r"(?:press|public)[^.]{0,80}\b(?:be|are|were|should\s+be)\s+(?:\w+\s+)?excluded",
        "'That the press and public be (now) excluded'",
    ),
    Term(r"\bexclude\s+the\s+(?:press|public)", "'decided to exclude the public'"),
    Term(r"not\s+for\s+publication", "'reports not for publication': Welsh councils"),
    Term(
        r"\b(?:go|goes|going|went|move|moves|moved|moving)\s+into\s+(?:closed\s+session|committee)\b|"
        r"\bin\s+closed\s+session\b",
        "Northern Ireland councils: 'the Council go into committee', 'that the Committee move into committee to "
        "consider the following item', 'closed session'",
    ),
)
# The grounds an exclusion or a report kept private rests on, as minutes and agendas print them: the statute
# ("pursuant to the Local Government Act 1972", "Section 100A(4)", "Public Bodies (Admission to Meetings) Act 1960"),
# the paragraph of Schedule 12A, the public interest test (Sch.12A Part 2 para.10), and the paragraph's own words set
# out under the motion ("Paragraph 3 – Information relating to the financial or business affairs of any particular
# person"; Wales: "Paragraph 14 of Part 4 of Schedule 12A")
EXCLUSION_GROUNDS = Term(
    r"\bschedule\s+12a\b|\bsection\s+100\s*a\b|\bs\.?\s*100a\b|\bexempt\s+information\b|"
    r"\bpublic\s+interest\s+(?:test|in\s+maintaining)\b|\b(?:local\s+government|admission\s+to\s+meetings\))"
    r"[^.]{0,20}\bact\b|^\W*paragraphs?\s+\d+[a-z]?\s*[-–—:]\s*information\b",
    "Local Government Act 1972 s.100A and Sch.12A (England and Wales; the Access to Information (Variation) (Wales) "
    "Order 2007), Public Bodies (Admission to Meetings) Act 1960 s.1(2): the grounds printed with the motion to "
    "exclude",
)
EXEMPT_MARKS = (
    Term(r"schedule\s+12a", "Local Government Act 1972, Schedule 12A (exempt information)"),
    Term(r"exempt\s+information", "Local Government Act 1972, s.100A"),
    Term(r"not\s+for\s+publication", "reports not for publication"),
    Term(
        r"schedule\s+6\s+of\s+the\s+local\s+government\s+act\s+\(northern\s+ireland\)|"
        r"\bthis\s+item\s+is\s+(?:restricted|confidential|exempt)\b",
        "Local Government Act (Northern Ireland) 2014, Schedule 6: confidential and restricted items",
    ),
    Term(r"public\s+bodies\s+\(admission\s+to\s+meetings\)\s+act\s+1960", "parish and community councils"),
)
# How published minutes say an item's business is kept out of them: "Confidential – details withheld from the published
# minutes.", "Minute recorded separately (exempt).", "See confidential minute", "This item is restricted": the item is
# named, its content is not given (a separate exempt minute book under the Local Government Act 1972 s.100C; Northern
# Ireland's restricted "In Committee" business, Local Government Act (Northern Ireland) 2014 Sch. 6)
WITHHELD_SAID = Term(
    r"\bdetails?\s+(?:(?:are|is|were|was|have\s+been|has\s+been)\s+)?withheld\b|"
    r"\bwithheld\s+from\s+(?:the\s+)?(?:published\s+|public\s+)?(?:minutes|publication|record)\b|"
    r"\b(?:minuted|recorded|minute\s+(?:is\s+)?recorded)\s+(?:separately|in\s+(?:a|the)\s+(?:separate\s+)?"
    r"(?:confidential|exempt|restricted|private)\s+(?:minutes?|annex|appendix|record))\b|"
    r"\bsee\s+(?:the\s+)?(?:separate\s+)?(?:confidential|exempt|restricted)\s+minutes?\b|"
    r"\bthis\s+item\s+(?:is|was)\s+(?:restricted|confidential|exempt)\b",
    "an exempt or confidential item's published minute: 'Confidential – details withheld from the published "
    "minutes', 'Minute recorded separately', 'See confidential minute' (LGA 1972 s.100C: exempt parts of minutes kept "
    "apart); Northern Irish councils' 'This item is restricted' (LGA (NI) 2014 Sch. 6)",
)
EXEMPT_TITLES = Term(
    r"\bexempt\b|\bconfidential\b|\bnot\s+for\s+publication\b|\bpart\s+(?:ii|2|two)\b(?!\s+proceedings)",
    "an item marked exempt or confidential in its title",
)
# an item that settles which business is taken in public and which in private ("To confirm that the items of business
# marked Part 1 will be considered in public and that the items of business marked Part 2 in private"): it names
# Part 2 business, and is itself public
PARTS_CONFIRMED = Term(
    r"\bpart\s+(?:i|1|one)\b.{0,160}\bpart\s+(?:ii|2|two)\b|\bpart\s+(?:ii|2|two)\b.{0,160}\bpart\s+(?:i|1|one)\b",
    "London boroughs' cabinets and councils: the order of business confirming Part 1 (public) and Part 2 (private)",
)
# an item that decides whether the private business's papers and decisions stay private ("Part Two Proceedings:
# RESOLVED - That the item listed in Part Two of the agenda and decisions thereon should remain exempt from disclosure
# to the press and public"): taken after that business, in public, it says only that it stays private
DISCLOSURE_DECIDED = Term(
    r"\b(?:remain|be\s+kept|continue\s+to\s+be)\s+(?:exempt|confidential|private)\s+from\s+(?:disclosure|publication)\b",
    "Brighton & Hove and other unitary councils' closing item on Part Two business, held in public",
)
NOT_EXCLUDED = Term(
    r"\bno\s+items?\b|\bnot\s+(?:be\s+)?excluded|\bno\s+(?:need|requirement)",
    "'there were no items requiring the exclusion of the press'",
)
READMITTED = Term(
    r"re-?admitted|returned\s+to\s+(?:public|open)\s+session|resumed?\s+in\s+(?:public|open)\s+session|"
    r"public\s+(?:were\s+)?invited\s+back|"
    r"(?:^|\n)\s*part\s+(?:i|1|one)\b[^.\n]{0,40}\bpublic\b|(?:came|come|comes|moved?|went)\s+out\s+of\s+committee|"
    r"(?:parties|public|press)\s+(?:\w+\s+){0,2}?(?:were\s+)?(?:recalled|called\s+back|returned\s+to\s+the\s+"
    r"(?:meeting|room|chamber))",
    "the public readmitted after exempt business ('that the Committee come out of Committee', 'that the Committee "
    "resume in open session': Northern Irish councils' 'In Committee' business); at licensing hearings, 'All "
    "parties were recalled' after the sub-committee deliberated in private (Licensing Act 2003 (Hearings) "
    "Regulations 2005, reg. 14)",
)
# An exclusion for one item only: the public are back for the item after it, whether or not the minutes say so.
ONE_ITEM_EXCLUDED = Term(
    r"(?:for|during|in\s+respect\s+of)\s+(?:consideration\s+of\s+)?the\s+(?:following|next)\s+item\b(?!s)",
    "'excluded from the meeting for the following item on the grounds that ...' (Local Government Act 1972 s.100A)",
)
# An exclusion for the members' deliberation alone: the decision that follows is announced in public (Licensing Act
# 2003 (Hearings) Regulations 2005 reg.14(2); planning and appeals panels alike: "the parties withdrew while the
# Sub-Committee deliberated", "excluded ... for the deliberations")
DELIBERATION_ONLY = Term(
    r"\b(?:while|whilst)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:deliberat\w*|retired?\s+to\s+(?:consider|deliberate))|"
    r"\b(?:during|for)\s+(?:the\s+|its\s+|their\s+)?deliberations?\b",
    "licensing hearings: the parties and public excluded while the members deliberate, the decision given in public",
)
PART_TWO_DIVIDER = Term(
    r"^part\s+(?:ii|2|two)\b|^(?:exempt|confidential|restricted)\s+(?:items?|business|minutes)\b"
    r"|^part\s+b\b\W*(?:$|(?=[^.]{0,40}\b(?:not\s+for\s+publication|exempt|confidential|private|restricted)\b))"
    r"|^not\s+for\s+publication\b"
    r"|^(?:business|items?)\s+(?:taken|considered|transacted)\s+in\s+private\s*:?$|^private\s+(?:business|session)\s*:?$",
    "a divider before exempt business; 'PART B - NOT FOR PUBLICATION' where a council divides its agenda into Part "
    "A (public) and Part B (exempt); 'Business taken in private', 'Private session': joint committees' and boards' "
    "minutes set the heading over the items heard after the public left; 'PART B - RESTRICTED ITEMS': Northern "
    "Irish councils' business taken 'In Committee' (Local Government Act (Northern Ireland) 2014, Sch. 6)",
)
# The divider before public business: "PART A - ITEMS CONSIDERED IN PUBLIC", "PART 1 - PUBLIC ITEMS"; no one's name
PART_ONE_DIVIDER = Term(
    r"^part\s+(?:a|i|1|one)\b\W*(?:$|[^.]{0,40}\b(?:public|open)\b)", "'PART A - ITEMS CONSIDERED IN PUBLIC'"
)

# ----------------------------------------------------------------------------- an item's own minute reference

# The minute's reference printed alone on the line under an item headed by its agenda number: South Hams' ModernGov
# export ("1.  Election of the Chairman of the Council;" / "01/22"), and councils numbering minutes through the year
# beside the agenda's numbers ("3. Planning applications" / "Minute 45/22", "P/112/23"). Members quote the minute
# ("Minute 01/22"), so a citation names it; the item keeps its agenda number. A serial and its year (one stroke, the
# year two or four digits), with a prefix of letters or "Minute (No.)"; a case reference of three parts
# ("21/00335/FUL") or a date ("19/05/2022") is not one.
MINUTE_REFERENCE_LINE = Term(
    r"^\s*(?:min(?:ute)?s?\.?\s+(?:no\.?\s*)?)?(?P<ref>(?:[A-Z]{1,4}\s?/?\s?)?\d{1,4}\s?/\s?(?:\d{2}|\d{4}))[.:]?\s*$",
    "South Hams' '01/22' under '1. Election of the Chairman'; 'Minute 45/22' beside an agenda number",
)

# ----------------------------------------------------------------------------- the roles of items

ITEM_ROLES = {
    "attendance": Term(
        r"\bpresent\b|\battendance\b|calling\s+of\s+the\s+roll|sederunt|\bquoracy\b",
        "'Present', 'Record of those Present', 'Calling of the Roll'",
    ),
    "apologies": Term(r"\bapolog", "'Apologies for absence'"),
    "declarations": Term(
        r"declarations?\s+of\s+(?:\w+\s+){0,2}interests?|disclosures?\s+of\s+interests?|"
        r"members['’]?\s+interests|\binterests\b|^declarations?\W*$",
        "'Declarations of Interest'; 'DECLARATIONS' standing alone (clerks' shorthand for the same item)",
    ),
    "chair_election": Term(r"(?:election|appointment)\s+of\s+(?:the\s+)?chair", "annual meetings"),
    "previous_minutes": Term(r"\bminutes\b", "'Minutes of the previous meeting'"),
    "exclusion": Term(alternation(EXCLUSION[:1] + EXCLUSION[3:]), "the exclusion resolution's own item"),
    "next_meeting": Term(
        r"(?:date|time)s?\s+(?:and\s+\w+\s+)?of\s+(?:the\s+)?(?:next|future)\s+(?:[a-z&'-]+\s+){0,2}?meeting|"
        r"^next\s+(?:[a-z&'-]+\s+){0,2}?meeting\b",
        "'Date of next meeting', 'Dates of future meetings', 'Next meeting of the Board', 'Next scheduled meeting'",
    ),
}
# The title of the item recording members' interests, as councils print it: "Declarations of Interest",
# "Declarations of Members' Interests", "Disclosure of Pecuniary and Non-Pecuniary Interests" (fire and police
# authorities, after the Localism Act 2011's terms), "Disclosures of Interest"
DECLARATIONS_TITLE = Term(
    r"\b(?:declarations?|disclosures?)\s+of\s+(?:[\w'’-]+\s+){0,3}interests?\b|\bconflicts?\s+of\s+interests?\b",
    "'Declarations of Interest', 'Declarations of Members' Interests', 'Disclosure of Pecuniary and Non-Pecuniary "
    "Interests' as item titles; 'Conflict of Interest' (Irish boards, NHS bodies)",
)
# What a meeting's record is called where a later meeting approves it: 'Minutes of the previous meeting'; a member
# decisions meeting's 'Decision records -17th and 27th November 2017'; a forum's 'Notes of the last meeting'
PREVIOUS_RECORD = Term(
    r"\bminutes\b|\bdecision\s+records?\b|\brecords?\s+of\s+(?:the\s+)?(?:decisions|proceedings)\b|"
    r"\bnotes\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting\b",
    "minutes, decision records and notes as councils, executive members and forums title them",
)
# A meeting's record said to be wrong, in everyday words that never say "minutes": "jeffels was shown as at the march
# planning mtg when he wasnt", "cllr reed was marked absent in june though she was there", "I was wrongly listed as
# present at the 4 may meeting" (general usage; minutes put it right when they are approved at the next meeting:
# "... was not present at the March Planning Committee Meeting contrary to the minutes ... The minutes were updated").
# A date inside these words is that of the minutes taken up later, not the meeting asked about.
RECORD_FAULT_SAID = Term(
    r"\b(?:shown|listed|recorded|marked|put\s+down|down|named|minuted|noted|included|entered|logged)\s+(?:as\s+)?"
    r"(?:being\s+)?(?:at|present|attending|there|in\s+attendance|absent|away|an?\s+apology|apologi\w+|"
    r"(?:sending|giving|having\s+sent)\s+apologies)\b[^?]{0,80}?\b(?:when|but|though|although|whereas|even\s+though)"
    r"\s+(?:in\s+fact\s+)?(?:he|she|they|i|we|it|that|cllr|councillor|mr|mrs|ms)\b"
    r"|\b(?:wrongly|incorrectly|mistakenly|erroneously|wrong(?:ly)?)\s+(?:shown|listed|recorded|marked|minuted|named|"
    r"noted|included|put\s+down|down)\b[^?;:–—]{0,80}",
    "how people say a meeting's record got someone's attendance wrong (general usage), which minutes correct when "
    "they are approved at the next meeting ('contrary to the minutes', 'the minutes were updated')")
# Minutes of a meeting's private part, which a later meeting confirms apart from its open minutes, after the press and
# public are excluded: "Exempt Minutes", "Confidential Minutes", "Part 2 Minutes", "Part II minutes", "Minutes of the
# closed session", "Restricted minutes" (Local Government Act 1972 s.100A and sch.12A; Public Bodies (Admission to
# Meetings) Act 1960 s.1(2)); asked "the exempt minutes from 17 april", "the pt 2 minutes", "the confidential bit's
# minutes". The match is the kind.
PRIVATE_MINUTES = Term(
    r"\b(?:exempt|confidential|private|restricted|closed|part\s*(?:2|ii|two|b)|pt\.?\s*(?:2|ii)|in[\s-]+camera)"
    r"(?=\s+(?:session\s+|item\s+|part\s+|business\s+)?(?:minutes|record)\b)|"
    r"(?<=\bminutes\s)(?:of\s+(?:the\s+)?)(?:exempt|confidential|private|restricted|closed|part\s*(?:2|ii|two|b))\b",
    "exempt and confidential minutes confirmed apart from the open ones (LGA 1972 s.100A, sch.12A; Public Bodies "
    "(Admission to Meetings) Act 1960): 'EXEMPT MINUTES', 'Confidential Minutes', 'Part 2 Minutes'")
# The open minutes asked beside the private ones: "the public + confidential minutes, both signed?", "the open and
# exempt minutes", "part 1 and part 2 minutes" (the same Acts: the open part is the public's)
OPEN_MINUTES_TOO = Term(r"\b(?:public|open|part\s*(?:1|i|one|a)|non[\s-]?exempt|both)\b",
                        "the open minutes asked with the private ones: 'public + confidential minutes', 'both'")
# Titles an agenda gives with a verb: "To receive declarations of interest ...", "To approve the minutes ..."
AGENDA_VERB_TITLE = Term(
    r"(?:to\s+)?(?:receive|approve|note|consider|agree|confirm|sign|elect|appoint|resolve|"
    r"discuss|report|review|decide)\b",
    "parish agendas phrase items as tasks: 'To receive ...'",
)

# ----------------------------------------------------------------------------- what names a paper

# Words that open many places' names and say only which part of somewhere ("South Hams", "West Bergholt", "North
# York Moors", "Upper Tean"): such a word names a place of the papers only beside the next word of that place's name,
# not before another place's ("South Kintyre" is no South Hams); Ordnance Survey gazetteer names
PLACE_PART_WORDS = frozenset(["north", "south", "east", "west", "upper", "lower", "mid", "central", "great", "little",
                              "nether", "over", "high", "low", "far", "near"])

# Words of a paper's file name that say what the paper is, not whose it is: councils and minute-taking services
# file papers as "<council>-<committee>-<kind>-<date>" ("hillingdon-council-cabinet-minutes-2011-03-17.pdf",
# "ilsc-agenda-pack-2018-03-13.md"); the rest of the name is the council's or the committee's.
PAPER_KIND_WORDS = frozenset([
    "agenda", "agendas", "pack", "packs", "minutes", "minute", "papers", "paper", "reports", "report",
    "decisions", "decision", "notice", "summons", "draft", "final", "signed", "approved", "public", "printed",
    "txt", "pdf", "html", "htm", "docx", "doc", "md",
])

# ----------------------------------------------------------------------------- commitments in the minutes' prose

# Work the minutes say will be done, in words that are no decision: "A note will be added to the website", "The
# matter would be passed to the enforcement team", "The Chair undertook to speak to the trustees" (parish and town
# council minutes, and officers' undertakings in scrutiny minutes). "agreed to" and "Clerk to ..." are decisions.
COMMITTED_PASSIVE = Term(
    r"(?:will|would|is\s+to|are\s+to|was\s+to|were\s+to)\s+(?:now\s+|also\s+|then\s+)?be\s+(?:added|sent|circulated|"
    r"passed|forwarded|reassigned|obtained|arranged|provided|written|requested|sought|chased|referred|placed|put|"
    r"published|posted|displayed|installed|ordered|booked|investigated|checked|followed\s+up|raised|reported\s+back|"
    r"emailed|e-mailed|contacted|informed|notified|invited|organised|organized|drafted|prepared|circulated|"
    r"repaired|replaced|cleared|fixed|removed|resurfaced|repainted|painted|erected|trimmed|cleaned|renewed|mended)\b",
    "'A note will be added to the website', 'The matter would be passed to ...'; works promised in reply to a "
    "question put at the meeting: 'the drainage grips would be cleared before the summer', 'the sign will be replaced'",
)
UNDERTOOK = Term(r"(?:undertook|offered|volunteered|promised|kindly\s+agreed)\s+to",
                 "'The Chair undertook to speak to the trustees', 'Cllr Reed volunteered to ...'")

# ----------------------------------------------------------------------------- reasons and purposes

# How minutes say what someone was thanked, commended or paid for, or why: "commended Dr Evans ... for his central
# role", "congratulated Jac Morgan on being selected", "in recognition of 30 years' service", "a grant towards the
# hall's roof". A sentence with none of these after its verb ("commended Owen Jones from Dr", cut off) gives no reason.
REASONS_GIVEN = (
    Term(r"for\s+[\w'’£-]", "'thanked/commended X for ...', 'a grant for the roof': the common form"),
    Term(r"because|since|as\s+(?:a|an|he|she|they|it|the|his|her|their)\b|due\s+to|owing\s+to|as\s+a\s+result\s+of",
         "a reason given: 'declared an interest as he is a member', 'due to illness'"),
    Term(r"in\s+recognition\s+of|in\s+appreciation\s+of|in\s+memory\s+of",
         "tributes and awards: 'in recognition of her service'"),
    Term(r"on\s+(?:being|having|his|her|their|its|the|a|an|winning|reaching|achieving|completing|retiring)\b",
         "'congratulated X on being selected', 'on his retirement': chairs' announcements"),
    Term(r"following|after|towards|to\s+(?:fund|pay|cover|buy|purchase|support|help|meet)\b",
         "what led to it, or what money is for: 'following the storm', 'towards the cost of'"),
    Term(r"by\s+virtue\s+of|under\s+(?:section|paragraph|schedule|part)\b|in\s+(?:relation|respect)\s+(?:to|of)\b|"
         r"in\s+order\s+to|so\s+that",
         "statutory grounds and what a declaration relates to: 'excluded by virtue of paragraph 3', 'under Section "
         "100A(4)', 'a personal interest in relation to his role as a County Councillor'"),
    Term(r"(?:the\s+)?reasons?\s+(?:being|was|were|given\s+(?:was|being))\b|by\s+reason\s+(?:of|that)\b",
         "declarations of interest giving their grounds in so many words: 'The reason being that she is a Member of "
         "Ellel Parish Council', 'a non-financial interest ... by reason that she was on the Board of Argyll College'"),
    Term(r"(?:declared|disclosed)\s+that\b",
         "an interest declared by what it is, not its kind: 'Councillor X declared that his son was employed by the "
         "supplier', 'disclosed that her brother-in-law farms the land' (the reason the member left the room)"),
    Term(r"(?<=[\w\s])\((?-i:[a-z][a-z\s,'’-]{2,60})\)",
         "a reason noted in brackets after a name, in lower case: apologies lists' 'Cllr Warner(work commitments)', "
         "'Cllr Smith (holiday)'"),
)

# How minutes record a question asking why and the reply giving the reason, each in a sentence of its own: "Councillor
# X asked why the B-road had not been gritted." / "Councillor Y said a gritter had broken down ..."; "queried why the
# report was late" / "The Clerk replied that the auditor had been ill" (members' questions and matters arising, as
# clerks report them): the reply answers the why, whatever words it gives the cause in
WHY_PUT = Term(r"\b(?:ask(?:ed|ing)?|quer(?:ied|y|ying)|question(?:ed|ing)?|enquir(?:ed|ing)|inquir(?:ed|ing)|"
               r"wonder(?:ed|ing)|sought\s+(?:clarification|an\s+explanation)\s+(?:on|of|as\s+to))\s+"
               r"(?:(?:the\s+)?(?:\w+\s+){0,3}?)?(?:why|the\s+reasons?\s+(?:why|for))\b",
               "members' questions as clerks report them: 'asked why', 'queried why', 'asked the reason for'")
REPLY_SAID = Term(r"\b(?:said|says|replied|responded|answered|explained|advised|confirmed|stated|reported|informed|"
                  r"clarified|told)\b",
                  "the reply to a member's question as clerks report it: 'Councillor Y said ...', 'The Clerk replied "
                  "that ...', 'the Director explained ...'")

# ----------------------------------------------------------------------------- stances

# How minutes say which side someone took on an item: a speaker "spoke in favour of the application", "in support",
# "objected", "spoke against", "on behalf of the applicant"; a vote "for"/"against". "Was she for or against it" is
# answered by one of these beside her name, not by her name in a list of speakers.
STANCE_SAID = (
    Term(r"in\s+favou?r|support\w*|(?:spoke|voted|argued|was|were)\s+for\b|for\s+the\s+(?:application|proposal|"
         r"motion|scheme|amendment)|(?:the\s+)?applicant|agent|on\s+behalf\s+of\s+the\s+applicant|welcom\w*|backed",
         "public speaking records and votes: 'spoke in favour of the application', 'in support', 'the applicant's "
         "agent', 'voted for'"),
    Term(r"against|object\w*|oppos\w*|in\s+objection|concern\w*|resist\w*",
         "public speaking records and votes: 'objected', 'spoke against', 'in objection', 'raised concerns'"),
)

# How people ask which side a speaker took: "who spoke on item 1 and which side?", "for or against?", "were they in
# favour or against", "pro or anti", "whose side was he on" (general usage). Records say the side in their own words
# ("spoke in favour of the application", "spoke against", "objected", "in support"), never "side": the words ask the
# side, and are no word an item must print (not a side of a road or a building: "which side of the road").
STANCE_ASKED = Term(r"\b(?:which|what|whose)\s+side\s+(?:was|were|did|is|are)\s+(?:he|she|they|it|(?:the|that|this)\s+"
                    r"[\w'’-]+)\s+(?:on|taking|take|speaking\s+(?:on|for))\b"
                    r"|\b(?:on\s+)?(?:which|what|whose)\s+side\s+of\s+(?:the\s+)?(?:argument|debate|fence|issue)\b"
                    r"|\b(?:on\s+)?(?:which|what|whose)\s+side"
                    r"(?=\s*(?:[?.!,;)]|$)|\s+(?:and|&)\b)"
                    r"|\b(?:which|what|whose)\s+side\s+did\s+(?:[\w'’-]+\s+){1,3}?(?:speak|take|argue|back|come\s+down)\b"
                    r"|\b(?:for|in\s+favou?r|supporting|support|pro|backing)\s+(?:it\s+)?(?:or|/)\s*"
                    r"(?:against|agin|opposing|oppose|objecting|object|anti|con|not)\b"
                    r"|\bagainst\s+(?:it\s+)?(?:or|/)\s*(?:for|in\s+favou?r)\b",
                    "how people ask the side a speaker took ('which side?', 'for or against?', 'in favour or "
                    "against'), general usage; minutes record it as 'spoke in favour', 'spoke against', 'objected'")

# A decision on how the meeting runs, not on a matter before it: "The Committee agreed to hear a deputation from the
# Parent Council in relation to Item 6" is not what the committee decided about the school (item 6 holds that).
PROCEDURAL_AGREEMENTS = (
    Term(r"(?:agreed|resolved|decided)\s+to\s+(?:hear|receive|admit|accept)\s+(?:a\s+|the\s+|two\s+|three\s+)?"
         r"(?:deputations?|petitions?|presentations?|representations?|speakers?|public\s+speakers?)\b",
         "Scottish and English councils' minutes of a deputation or petition heard before the item it concerns"),
    Term(r"(?:suspend\w*|suspension\s+of)\s+standing\s+orders|(?:vary|varied|change[ds]?)\s+the\s+order\s+of\s+"
         r"(?:business|the\s+agenda|items)|(?:item|matter)\s+(?:be\s+)?(?:taken|considered)\s+as\s+(?:a\s+matter\s+of\s+)?"
         r"urgen\w+",
         "standing orders: procedural motions on the running of the meeting"),
)

# ----------------------------------------------------------------------------- figures brought up to date

# How minutes give a later figure than the report's, told at the meeting: the latest word on a count or a sum, which
# an answer gives beside the report's figure it updates ("53 of the 72 councils had replied" / "following
# publication of the agenda, replies had been received from four more, increasing the total number received to 57,
# with 15 councils yet to respond").
UPDATED_SAID = (
    Term(r"(?:following|since|after)\s+(?:the\s+)?(?:publication|despatch|dispatch|circulation|writing)\s+of\s+the\s+"
         r"(?:agenda|report|papers?)",
         "'following publication of the agenda, replies had been received ...': Welsh and English committees"),
    Term(r"since\s+the\s+(?:agenda|report|papers?)\s+(?:was|were|had\s+been)\s+(?:published|circulated|written|"
         r"despatched|dispatched|prepared)",
         "'since the report was written, a further 12 ...'"),
    Term(r"(?:increasing|bringing|taking|reducing)\s+the\s+(?:total|number|figure|count)\b",
         "'increasing the total number received to 57'"),
    Term(r"(?:latest|updated|revised|up-to-date|current)\s+(?:figures?|position|numbers?|count|total)",
         "'the updated figure was 412', 'the latest position was ...': verbal updates at the meeting"),
    Term(r"as\s+at\s+the\s+(?:date|time)\s+of\s+(?:the|this)\s+meeting",
         "'as at the date of the meeting, 15 had yet to respond'"),
)

# ----------------------------------------------------------------------------- things still to come

# How minutes say something is not yet settled: a decision awaited, a report to come, an appeal lodged and not yet
# heard, a proposal not yet decided, someone who will stand down. A sentence saying only this of what a question asks
# the outcome of ("was the barge approved", "what did the review find", "who took over as secretary") does not give it.
PENDING_SAID = (
    Term(r"(?:still\s+)?awaited|awaiting|yet\s+to\s+be|not\s+yet|pending|in\s+due\s+course|in\s+the\s+future",
         "'decision still awaited', 'awaiting the Inspector's report', 'will be reassigned in due course'"),
    Term(r"(?:would|will|to|shall)\s+(?:\w+\s+){0,2}?(?:report|return)(?:\s+back)?\b",
         "'would report in September', 'Clerk to report back at next meeting': a report still to be made"),
    Term(r"(?:will|would|shall)\s+(?:(?:shortly|soon|now|then|also|not)\s+)?(?:be\s+\w+(?:ed|ing)|stand\s+down|consider|decide|"
         r"determine|contact|close|come\s+back|be\s+held|take\s+place|hear|start|begin|commence|launch|go\s+live)\b",
         "'will be considered', 'she will stand down at the AGM', 'will be closing the case soon', 'a campaign would "
         "start in September'"),
    Term(r"(?:is|are|was|were)\s+(?:likely|expected|due|scheduled|intended)\s+to\b|likely\s+(?:to\s+be|that)\b",
         "'is expected to report', 'is likely to be closing the case': something anticipated"),
    Term(r"(?-i:may|might|could)\s+(?:also\s+|still\s+)?(?:need|have|require)\s+to\s+be\s+\w+(?:ed|en|t)\b",
         "'might need to be reported to The Pensions Regulator', 'may have to be referred to the Secretary of State': "
         "a step that may yet be taken"),
    Term(r"to\s+be\s+(?:considered|held|decided|determined|reported|brought|submitted|heard)\b",
         "'to be considered at the next meeting', 'a hearing to be held'"),
    Term(r"(?:leading|making|preparing|submitting|lodging|putting\s+(?:in|together))\s+(?:a|an|the|its|their)\s+"
         r"(?:[\w'’-]+\s+){0,3}?(?:bid|application|submission|claim)\b",
         "'the Combined Authority was leading a bid ... for £31.4 million', 'preparing an application to the Lottery': "
         "a bid in the making, its outcome to come"),
    Term(r"(?:had|has|have)\s+been\s+(?:lodged|submitted|received|made)\b|(?:was|were)\s+lodged\b",
         "'an appeal had been lodged with the Planning Inspectorate': lodged, not decided"),
    Term(r"(?:entered|entry)\s+(?:for|into|in)\b|short-?listed\b|(?:with\s+)?judging\s+(?:on|in|at|due|to|will|is)\b|"
         r"results?\s+(?:is\s+|are\s+)?(?:due|expected|to\s+be\s+announced)\b",
         "a competition or award entered, its result to come: 'the town had been entered for the regional Britain "
         "in Bloom competition again, with judging on 14 July 2026', 'shortlisted for the LGC awards'"),
    Term(r"(?:would|will|is\s+to|was\s+to|to)\s+(?:run|remain\s+open|be\s+open|close)\s+(?:until|to|till)\b|"
         r"(?:is|are|was|were)\s+(?:still\s+)?(?:running|under\s+way|underway|open)\s+(?:until|till)\b",
         "'a consultation on charging would run until 31 May', 'the survey is open until Friday': under way, its "
         "findings still to come"),
    Term(r"(?:a|the)\s+proposal\s+to\s+(?:consult|review|survey|hold|carry\s+out|undertake|commission|introduce|run)\b",
         "'introduced a proposal to consult on making CCTV mandatory', 'a proposal to review the scheme': a step "
         "proposed, whose findings are still to come"),
    Term(r"(?:the|a|an|of|for|to)\s+proposed\b(?!\s+(?:by|that|and)\b)",
         "'the proposed bypass', 'a site visit to the proposed plant', 'proposed cuts': an adjective, not a motion "
         "('it was proposed by Cllr X')"),
    Term(r"(?-i:may|can|could|might)\s+(?:(?:also|still|then|now|only)\s+)?(?:appeal|apply|complain|challenge|object|"
         r"request|seek|refer|ask|bring|lodge|make)\b|(?:a|the|any|their|its|his|her)\s+right\s+(?:of|to)\s+appeal\b|"
         r"(?:is|are|was|were)\s+(?:entitled|free)\s+to\b",
         "a right or possibility stated, the way decision notices close ('any party may appeal against the decision "
         "to the magistrates' court', 'the applicant has the right of appeal'): what may come, not what did"),
)
# How minutes say a decision was put off to a later step: "Deferred for a site visit", "the item was adjourned to the
# next meeting", "consideration was postponed", "held over". What came after that step is not in the same record.
DEFERRED_SAID = Term(
    r"defer(?:red|ral|ring|ment)?|adjourn\w*|postpon\w*|held\s+over|stood\s+over|carried\s+(?:forward|over)|"
    r"brought\s+back",
    "planning and committee minutes putting an item off: 'Deferred for a site visit', 'adjourned to the next "
    "meeting', 'postponed', 'held over to the March meeting'",
)
# How minutes record a matter that came to no decision at the meeting: taken off the agenda, or not able to be taken
# (a decision asked of it has none to give: service.not_decided). Not a thing withdrawn by a decision ("That the
# decision to close the centre be withdrawn"), nor an objection withdrawn ("Historic England had withdrawn its
# objection"): the matter itself, as the item's business.
NOT_TAKEN_SAID = Term(
    r"(?:application|item|report|matter|motion|proposal|business)\s+(?:\S+\s+){0,12}?(?:was|were|has\s+been|had\s+been)\s+"
    r"withdrawn\b(?!\s+(?:its|their|his|her)\b)|withdrawn\s+(?:from\s+(?:the\s+)?(?:agenda|meeting|consideration)|"
    r"(?:by|at\s+the\s+request\s+of)\s+the\s+(?:applicant|agent|proposer|mover|author))|"
    r"could\s+not\s+(?:proceed|go\s+ahead|continue|be\s+(?:heard|considered|determined|taken|held|dealt\s+with))|"
    r"(?:was|were)\s+(?:unable|not\s+able)\s+to\s+(?:proceed|consider|determine|hear)|"
    r"no\s+decision\s+(?:could|can)\s+be\s+(?:taken|made|reached)",
    "planning and committee minutes: 'Application 36/0112/FUL ... was withdrawn from the agenda before the meeting at "
    "the request of the applicant', 'Item withdrawn by the author'; panels and committees left inquorate: 'the "
    "confirmation hearing could not proceed', 'no decision could be taken'",
)
# How a question asks whether a decision went a way, in the passive: "was the candidate backed", "was the deputy
# confirmed", "were the plans approved" (general usage; the papers' words for it are SETTLED_SAID's)
WHETHER_DECIDED_ASKED = Term(
    r"\b(?:was|were)\s+(?:[\w'’-]+\s+){1,6}?(?:backed|supported|endorsed|confirmed|approved|agreed|accepted|ratified|"
    r"rejected|refused|granted|passed|chosen|appointed|given\s+the\s+(?:go-?ahead|green\s+light)|voted\s+(?:through|down))\b"
    # asked alone after the matter: "eastgate library closure - approved by the cabinet in may?"
    r"|[-–—,:]\s*(?:backed|supported|endorsed|confirmed|approved|agreed|accepted|ratified|rejected|refused|granted|"
    r"passed)(?:\s+(?:by|in|at|on)\b[^?]{0,60})?\s*\??\s*$",
    "how people ask whether a decision went a way: 'was the candidate backed', 'was the deputy confirmed', '... - "
    "approved in may?'",
)
# How minutes put a matter to a step before its outcome, other than deferring it: options put out to consultation,
# a decision left to a later meeting. Asked what was finally chosen or decided, a record of only this step does not
# give it (service.pending.sequel_unmet, with PAPER_TO_COME: 'a final plan be brought to the June meeting').
STEP_BEFORE_OUTCOME = Term(
    r"(?:to|would|will|shall)\s+consult\s+(?:[\w'’-]+\s+){0,4}?(?:on|about|over)\b|"
    r"(?:go|went|gone|going|put|be\s+put|taken?|be\s+taken)\s+(?:out\s+)?to\s+(?:(?:a|public|further|formal)\s+)*"
    r"consultation\b|consultation\s+(?:on|about)\s+(?:the\s+)?(?:options?|proposals?)\b|"
    r"(?:final|formal)\s+(?:decision|plan|proposals?|report|recommendations?)\s+(?:\w+\s+){0,2}?(?:to\s+)?"
    r"(?:be\s+)?(?:brought|made|taken|come|presented|submitted)\b",
    "housing and fire authority minutes: 'agreed to consult tenants on rent increases of 3.5%, 4.5% and 5.5%', "
    "'the options would go out to public consultation', 'a final plan be brought to the June meeting'",
)
# The outcome of a matter asked after a dash closing the question ("day centre transport review - outcome?", "the
# lido consultation: what were the results?"): the matter before the dash is the step whose outcome is asked, as in
# "the outcome of the review" (chat and fresh question sets)
OUTCOME_AFTER_DASH = Term(
    r"\s(?:[-–—]+|:)\s*(?:so\s+|and\s+)?(?:what\s+(?:was|were|is|are)\s+(?:the\s+|its\s+|their\s+)?)?"
    r"(?:outcomes?|results?|findings?|conclusions?|verdict)\s*\??\s*$",
    "questions typed as a heading and a one-word ask: 'transport review - outcome?'",
)
# How people ask for the last step of a matter in words other than 'finally': 'the final decision', 'the final say',
# 'which option did they settle on' (chat and fresh question sets asking how a matter ended)
FINAL_ASKED = Term(
    r"final\s+(?:decision|choice|call|say|word|verdict|outcome|answer|result)|settle[ds]?\s+on",
    "questions on how a matter ended: 'final decision by the fire authority?', 'which option did they settle on'",
)
# How people ask a figure as it stood before a change: 'how much rent were they paying before the renewal', 'what was
# the old charge', 'what did it cost previously', 'the fee prior to the rise' (chat and fresh question sets asking of
# leases, charges and allowances renewed or raised)
EARLIER_ASKED = Term(
    r"before\s+(?:the|it|they|this|that|its|their)\b|prior\s+to\b|previous(?:ly)?|formerly|former|originally|"
    r"(?:the|its|their)\s+old\b|used\s+to\s+(?:be|pay|cost|charge|get)|until\s+(?:the|it|they|now)\b",
    "questions asking the level a renewal, a rise or a review replaced",
)
# How minutes give a figure as it stood before a change: 'the current rent of £82,000', 'the existing charge', 'the
# passing rent', 'increased from £82,000 to £96,000', 'up from £4.50', 'previously £3', 'had been paying £820'
# (estates and charging reports in committee minutes)
EARLIER_SAID = Term(
    r"current(?:ly)?|existing|passing|present(?:ly)?|previous(?:ly)?|former(?:ly)?|old|original(?:ly)?|"
    r"at\s+present|up\s+from|down\s+from|(?:rise|rising|rose|increas\w*|reduc\w*|decreas\w*|fall\w*|fell|cut|"
    r"go(?:es|ing)?\s+up|went\s+up|change[ds]?|mov\w+)\s+(?:\w+\s+){0,2}?from|"
    r"had\s+been|has\s+been|was\s+paying|had\s+paid|paid\s+until|until\s+now|compared\s+(?:with|to)|"
    r"(?:an?\s+)?increase\s+of|(?:a\s+)?rise\s+of",
    "the earlier level named beside its figure, or a change 'from' one figure",
)
# How people ask what became of a matter a meeting put off: the putting off in everyday words, then what became of it
# ("the ropeworks flats got put off in march - what happened to it", "the figures that got bumped - did they come to
# the next one", "the deferred hedge item, was it dealt with at the next meeting"): the later minute taking it up
HELD_OVER_WORDS = Term(
    r"deferr(?:ed|al)|put\s+(?:it\s+|them\s+|that\s+|this\s+)?off|postponed|held\s+over|bumped|pushed\s+back|"
    r"pulled|parked|shelved|kicked\s+(?:it\s+|them\s+)?down\s+the\s+road",
    "a matter put off, as people say it: 'got put off', 'got bumped', 'pushed back', 'parked' (the words of the "
    "question's frame, not its subject)",
)
HELD_OVER_ASKED = Term(
    r"(?:{held})\b[^?]{0,80}?\b(?:what\s+(?:happen(?:ed|d)?|"
    r"became|came)\b|"
    r"(?:did|has|have|was|were)\s+(?:it|they|that|this|them)\s+(?:ever\s+|then\s+|finally\s+)?(?:come|came|get|got|go|"
    r"been|gone|brought|taken|dealt|considered|decided|heard)\b|"
    r"c[oa]me\s+(?:back|up|to\s+the\s+next)|(?:at|to)\s+the\s+next\s+(?:one|meeting|mtg)\b|"
    # "got put off in april - signed off since?", "deferred in march, approved since then?"
    r"(?:[a-z]+(?:ed|en)(?:\s+(?:off|up|through))?|done|sorted|happened)\s+(?:at\s+all\s+|yet\s+)?since\b)",
    "questions written for the follow-up sets after a matter held over: 'got put off in march - what happened to "
    "it', 'got bumped - did they come to the next one' (chat questions ask so of deferred planning applications "
    "and reports); round 29's held-out follow-ups: 'got put off in april - signed off since?'",
)
# How minutes say that what members were asked to do was done there and then: "The Clerk informed Councillors that
# they would need to check their Declaration of Interests Form ... The Councillors did this at the meeting", "Members
# were asked to sign the register; this was done during the meeting"
DONE_AT_MEETING = Term(
    r"(?:did\s+(?:this|so|that|it)|(?:this|that|it|which)\s+was\s+(?:done|completed|carried\s+out))\s+"
    r"(?:at|during|in)\s+(?:the|this)\s+meeting",
    "parish minutes recording an ask met at the meeting: 'The Councillors did this at the meeting and there were no "
    "amendments needed to be made.'",
)
# How an action log says a row moves on to the next meeting's log, open: "Carried forward", "c/f", "Rolled forward"
# (with a day in its due column, the meeting it is put on)
CARRIED_ON = Term(r"carried\s+(?:forward|over)|c/f|rolled\s+(?:forward|over)|brought\s+forward",
                  "action logs' status cells: police and crime panels' 'Carried forward', parish logs' 'c/f'")
# How a later minute says it takes up an item an earlier meeting put off: "Skate park CCTV (deferred from 11 February
# 2030, Minute 122)", "(deferred from 15 January 2030, minute PC/30/05)", "Further to Minute No. 53", "held over from
# the March meeting", "brought back from". The words after it name the earlier meeting or minute.
TAKEN_UP_FROM = Term(
    r"(?:defer(?:red)?|adjourned|postponed|held\s+over|stood\s+over|carried\s+(?:forward|over)|brought\s+(?:back|"
    r"forward)|continued)\s+from\b|further\s+to\s+(?:minute|item)\b|"
    # planning committees' titles and openings: "33/0041/FUL - 9 ORCHARD RISE (DEFERRED ITEM)", "The application had
    # been deferred at the last meeting for a site visit (see minute 17)"
    r"deferred\s+(?:item|application|matter|report)s?\s*\)|"
    r"(?:had\s+been|was|were|having\s+been)\s+(?:deferred|adjourned|postponed|held\s+over|stood\s+over)\s+(?:at|by)\s+"
    r"(?:the|its|their)\s+(?:(?:last|previous|preceding|earlier)\s+meeting|meeting\s+(?:on|of|held)\b)|"
    # a decision called in and taken up again: "CAB 41. Call-in - Closure of Ysgol Gynradd Blaencwm (CAB 34)", "to
    # consider the call-in of the decision made at minute CAB 34"
    r"call[- ]in\s*[-–—:]|call[- ]in\s+of\s+(?:the|a|its)\s+decision\b",
    "titles and opening lines of items taken up again at a later meeting: 'Skate park CCTV (deferred from 11 "
    "February 2030, Minute 122)', 'Further to Minute No. 53 of ... 22nd March, 2017', 'held over from the last "
    "meeting'; planning committees' '(DEFERRED ITEM)' titles and 'The application had been deferred at the last "
    "meeting for a site visit'; cabinets' 'Call-in - Closure of ... (CAB 34)' and 'the call-in of the decision made at "
    "minute CAB 34'",
)
# How minutes say a paper is still to be made (a plan, a report, a newsletter): its content is not in them yet.
PAPER_TO_COME = (
    Term(r"(?:to|would|will|shall|be|asked|instructed|agreed)\s+(?:\w+\s+){0,2}?(?:bring|draft|prepare|produce|"
         r"draw\s+up|develop|write|put\s+together|submit|present|circulate)\b",
         "resolutions and actions: 'instructed the Chief Officer to bring a recovery plan to the October meeting', "
         "'Action: Cllr Leone to draft a newsletter to residents'"),
    Term(r"(?:would|will|to|shall)\s+(?:\w+\s+){0,2}?be\s+(?:brought|drafted|prepared|produced|drawn\s+up|developed|"
         r"written|submitted|presented|circulated)\b",
         "the passive: 'a communications plan would be brought to the January meeting', 'a report to be submitted'"),
    Term(r"that\s+(?:[\w'’]+\s+){1,5}?(?:bring|draft|prepare|produce|submit|present|circulate)\s",
         "a resolution's subjunctive: 'RESOLVED that the Head of Finance bring a savings plan to the March meeting'"),
    Term(r"(?:would|will)\s+(?:\w+\s+){0,2}?come\s+to\b|to\s+come\s+to\b",
         "'the deficit recovery plan would come to the September meeting'"),
    Term(r"(?:with\s+(?:[\w'’()-]+\s+){1,4}?)?be\s+(?:brought|drafted|prepared|produced|drawn\s+up|developed|"
         r"submitted|presented|circulated)\b",
         "a resolution's subjunctive passive, the paper named before it: 'agreed that a joint discharge improvement "
         "plan with the local authorities be presented in May' (NHS board minutes)"),
    Term(r"(?:is|was|are|were)\s+(?:still\s+|now\s+)?being\s+(?:drafted|prepared|produced|drawn\s+up|developed|"
         r"written|put\s+together)\b",
         "a paper in the making, reported in a finance or progress report: 'A recovery plan was being prepared with "
         "both partners'"),
    Term(r"(?:would|will|to|shall)\s+(?:\w+\s+){0,2}?(?:run|running|carry\s+out|carrying\s+out|conduct|conducting|"
         r"undertake|undertaking|commission|commissioning)\b",
         "a survey or study still to be done: 'the group would be running a housing needs survey over the summer', "
         "'officers will commission an independent review' (parish and committee minutes)"),
    Term(r"(?:providing|supplying|submitting|producing|commissioning|undertaking|carrying\s+out)\s+(?:an?|the|its|"
         r"their)\s",
         "a grant's or a permission's condition: 'subject to the festival committee providing an economic impact "
         "survey by 31 October' (district council development committee minutes)"),
    Term(r"by\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|"
         r"august|september|october|november|december)\b",
         "the paper named before the day it is due: 'a plan ... by 30 June 2029', 'a survey by 31 October' "
         "(recommendations and conditions in committee minutes)"),
)
# How minutes put a matter on a later meeting's business: what follows the words is named as what is to come, not
# what was said or decided of it (a work programme's items, a report asked for, someone invited to a later meeting).
BUSINESS_TO_COME = (
    Term(r"(?:work|forward|scrutiny)\s+(?:programme|plan|programmes)\b[^.;]*?\b(?:including|includ(?:es|ed|e)|"
         r"to\s+include|(?:agreed|approved|noted|updated)\s*,?\s+with)\b",
         "scrutiny panels' work programmes: 'That the draft work programme for 2026/27 be agreed, including items on "
         "flood risk management (July), street lighting LED conversion (September)', 'That the work programme be "
         "agreed, with the annual report of the ... scheduled for June'"),
    Term(r"(?:add|added|adding|addition\s+of|include|included|including|schedule|scheduled|put)\s+"
         r"(?:an?\s+|further\s+)?(?:items?|reports?|updates?|presentations?)\s+(?:on|about|regarding|concerning)\b",
         "'Members agreed to add an item on the customer contact strategy', 'including a report on the "
         "Commissioner's estates strategy in September', 'That the forward work programme be agreed, with the "
         "addition of a report on the footbridge replacement at the January meeting'"),
    Term(r"(?:(?:be|been|is|are|was|were)\s+)?invit(?:e|ed|es|ing)\b(?=[^.;]*?\bto\s+(?:the|a|its|their|our)\s+"
         r"(?:[\w'’-]+\s+){0,3}?(?:meeting|session|panel|committee)\b)",
         "'to invite the Chief Executive of the Blaenhafod Leisure Trust to the April meeting', 'that the Managing "
         "Director be invited to the November meeting': a guest of a meeting still to come"),
    Term(r"(?:(?:to|would|will|shall|should)\s+(?:\w+\s+){0,2}?|that\s+(?:[\w'’-]+\s+){1,6}?)report\s+back\s+"
         r"(?:on|to|with)\b",
         "'to instruct the Head of Housing Services to report back on the outcome of the survey ..., with costed "
         "options, by December 2026', 'officers would report back on the options', a resolution's subjunctive: "
         "'That the Head of Service report back to the Panel on the options ..., with costings'"),
    Term(r"(?:bring|brings|brought|bringing)\s+forward\s+(?:(?:detailed|costed|firm|draft)\s+)?(?:proposals?|options?|"
         r"a\s+scheme|a\s+report|plans?)\s+(?:for|on)\b",
         "'That the Chief Fire Officer bring forward proposals for an on-call recruitment incentive scheme to the next "
         "meeting': a resolution asking an officer for proposals, which a later meeting decides on"),
    Term(r"(?:a|an|further|the)\s+(?:report|update|item|presentation)s?\s+(?:on|about|regarding)\b(?=[^.;]*?"
         r"\b(?:to|at|in|for)\s+(?:the\s+|a\s+)?(?:next|future|following|forthcoming|january|february|march|april|may|"
         r"june|july|august|september|october|november|december)\b)",
         "'a further report on the options to the next meeting', 'an update on the car park at a future meeting'"),
)
# How minutes say an outcome was reached, which a pending word beside it does not undo ("the proposed scheme was
# approved", "the appeal was dismissed", "the review found ...").
# How minutes record information asked for, to come to a later meeting: what it shows is not yet known ("what did the
# breakdown show" is not answered by the asking), though what was asked for is ("what did they want the report to
# cover").
REQUESTED_SAID = Term(
    r"(?:asked|requested|called)\s+for\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:breakdown|analysis|report|update|"
    r"briefing|note|figures|details|review)\b",
    "'Councillor Royle asked for a breakdown of false alarms by type of premises' (fire authority performance items)",
)
# How minutes say some of a kind have not done what was asked of them, beside a count of them: "responses awaited from
# the 19 councils identified in the report", "with 15 councils yet to respond", "eleven schools had not returned the
# survey" (standards committees' code compliance returns, schools forums' consultations, parish surveys)
NOT_YET_DONE_SAID = Term(
    r"awaited|awaiting|yet\s+to|not\s+yet|still\s+to|outstanding|overdue|ha(?:d|ve|s)\s+not|ha(?:d|ve|s)n['’]t|"
    r"failed\s+to|no\s+(?:response|reply|return)s?\b|non-?(?:respon|return)\w*|"
    r"(?:not|never)\s+(?:responded|replied|provided|returned|submitted|sent|signed)",
    "standards, schools forum and parish minutes counting who has not replied: 'responses awaited from the 19 "
    "councils'",
)
# How people ask after those who have not done it: "which councils are still to send in their data", "which schools
# haven't signed up", "who is yet to reply" (chat and holdout question sets)
NOT_YET_DONE_ASKED = Term(
    r"still\s+to|yet\s+to|not\s+yet|outstanding|awaited|overdue|missing|failed\s+to|not|never|no\s+(?:response|reply)",
    "questions on who has not replied or returned something: 'which community councils are still to send in their "
    "data'",
)
# How minutes record a measure asked of the body by someone else (a speaker, a petition, a member): what was asked
# for, not what the body did. Asked whether the measure was brought in, this alone does not say it was.
ASKED_OF_BODY = Term(
    r"(?:asked|requested|urged|called\s+(?:on|upon)|invited|pressed)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?to\s+"
    r"(?:make|introduce|bring\s+in|impose|ban|adopt|install|put\s+in|implement|extend|consider|look\s+at)\b|"
    r"petition\w*\s+(?:[\w'’-]+\s+){0,4}?(?:for|calling|asking|requesting|seeking)\b|(?:requests?|calls?|pleas?|appeals?)\s+for\s+"
    r"(?:a|an|the)\b",
    "public participation and petitions items: 'He asked the Authority to make a Traffic Regulation Order to ban "
    "motor vehicles on the lane', 'a petition calling for a 20mph limit', 'residents urged the council to install "
    "speed humps'",
)
SETTLED_SAID = Term(
    r"granted|approved|refused|rejected|dismissed|allowed|upheld|overturned|adopted|agreed|decided|resolved|"
    r"concluded|found|confirmed|elected|appointed|took\s+over|replaced|succeeded|closed|completed|withdrawn|won|"
    r"determined|carried|defeated|accepted|endorsed|ratified|supported|supports|backed|noted|lost|passed",
    "the passive outcomes of PASSIVE_OUTCOMES and MOTION_OUTCOMES, with elections, findings and a competition won",
)

# What a question asks to have named ("which councils", "which names", "what's the name of the resident"): kinds of
# someone or something minutes name, or mention without naming ("a resident", "a couple of names", "15 councils").
NAMED_KINDS = Term(
    r"names?|residents?|members?|councillors?|cllrs?|councils?|officers?|people|persons?|groups?|organi[sz]ations?|"
    r"schools?|sites?|compan(?:y|ies)|firms?|contractors?|suppliers?|applicants?|tenants?|clubs?|objectors?|"
    r"speakers?|petitioners?|candidates?|nominees?|volunteers?|businesses|charit(?:y|ies)|bodies|authorities|"
    r"parishes|wards?|streets?|roads?|villages?|premises",
    "who or what a question asks to have named, as minutes speak of them: people by role, bodies, places",
)
# How minutes mention some of them without naming them: "a resident", "a couple of names", "15 councils", "some
# members", "a number of residents", "two further residents" (named, where "namely ..." or a name follows)
UNNAMED_MENTION = Term(
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|several|many|various|other|further|"
    r"a\s+(?:couple|number|few|handful)\s+of|a\s+few|the\s+remaining|the|these|those)",
    "indefinite determiners and counts before a noun, or a definite article with no name beside it ('thanked the "
    "volunteers who ...'): a mention that does not name",
)

# An office a question asks who holds ("who is the clerk", "who's the RFO", "who was vice chair"): its holder is named
# with the office's word ("Laura Walkingshaw (Parish Clerk)", "Vice Chairman Cllr Austen"), or its initials spelt out
# ("Responsible Financial Officer").
OFFICES = Term(
    r"(?:vice[-\s]?|deputy\s+)?chair(?:man|person|woman)?|(?:parish\s+|town\s+|deputy\s+|locum\s+)?clerk|treasurer|"
    r"secretary|(?:deputy\s+)?mayor|(?:deputy\s+)?leader|chief\s+executive|(?:monitoring|finance|proper)\s+officer|"
    r"rfo|cfo|ceo|s151\s+officer|conven[eo]r|provost|(?:police\s+(?:and|&)\s+crime\s+)?commissioner",
    "offices of parish, town and principal councils (Local Government Act 1972 ss.3, 15, 34, 112; s.151 of 1972 "
    "and s.5 of 1989 for the finance and monitoring officers; conveners and provosts in Scotland); the police and "
    "crime commissioner whom a police and crime panel scrutinises (Police Reform and Social Responsibility Act 2011 "
    "s.1, s.28)",
)
# The posts through which a body speaks at another's meeting, as attendance records name them with the body ("Chief
# Finance Officer of the OPCC", "the Trust's Director of Finance", "Head of Highways, Wessex County Council"): a few
# capitalised words ending in a post's noun, or a post's noun "of" a function ("Director of Public Health")
POSTS_OF_BODIES = Term(
    r"(?:(?-i:[A-Z])[\w&'’-]*\s+){0,4}?(?-i:(?:Officer|Executive|Director|Commissioner|Manager|Treasurer|Clerk|"
    r"Secretary|Head|Adviser|Advisor|Accountant|Controller|Inspector|Superintendent|Constable|Engineer|Lead))"
    r"(?:\s+of\s+(?-i:[A-Z])[\w&'’-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w&'’-]*){0,2})?",
    "attendance records of police and crime panels, health and wellbeing boards and joint committees: 'Chief Finance "
    "Officer of the OPCC', 'Chief Executive of the OPCC', 'Director of Finance, NHS Northmoor' (Police Reform and "
    "Social Responsibility Act 2011 sch.1 and sch.6; NHS Act 2006)")
# A role whose title holds a body's noun, which names no body: a trust board's members tables print "Non-Executive
# Director" and "Executive Director of Finance" (people type "which non execs missed the board", "the exec directors"),
# a company's board "non-executive members"; read as a body, "non executive" is a committee the papers hold no
# meetings of.
ROLES_NAMED_BY_BODY_NOUNS = (
    Term(r"\bnon[\s-]*executives?\b",
         "NHS foundation trusts' and companies' boards: 'Non-Executive Director' (NHS England's Code of Governance for "
         "provider trusts; Companies Act boards); typed 'non exec', 'non-execs', 'nonexecutive'"),
    Term(r"\bexecutives?\s+(?:directors?|officers?)\b",
         "the same boards' voting officers, 'Executive Director of Finance', 'Executive Directors' (NHS Act 2006 "
         "sch.7 para 16), and councils' 'Executive Officer' posts"),
)
# Everyday things whose names end in a body's noun: a cabinet that holds a thing, a board or a panel put up or fitted
# ("bryngarth defib cabinet - quotes sorted yet?", "the filing cabinet", "the new notice board", "solar panels on the
# hall roof"). Read as a body, "defib cabinet" is a cabinet the papers hold no meetings of; it is what an item is about.
THINGS_NAMED_BY_BODY_NOUNS = (
    Term(r"\b(?:defib(?:rillator)?s?|aed|filing|display|trophy|key|medicine|medical|first[\s-]+aid|storage|kitchen|"
         r"bathroom|drinks|glass|street|roadside|telecoms?|telephone|phone|broadband|fibre|bt|utility|electric(?:al|ity)?|"
         r"fuse|meter|gas|grit|salt)\s+cabinets?$",
         "parish and community councils' matters arising and action logs: 'Obtain quotes for defibrillator cabinet', "
         "'a heated cabinet for the AED', 'the BT street cabinet', 'filing cabinet for the office'"),
    Term(r"\b(?:notice|information|interpretation|interpretive|display|sign|welcome|heritage\s+trail|"
         r"memorial|honours|dart|score|chalk|white|black|bill|sandwich|flip|skirting|ironing|chopping|kick|diving|"
         r"surf|paddle|snow|skate|circuit|floor|plaster|chip|ply|sounding)\s*boards?$",
         "parish councils' and town councils' minutes: 'a new notice board at the village hall', 'interpretation "
         "boards on the green', 'the welcome sign boards', 'skate board ramp'"),
    Term(r"\b(?:solar|pv|photovoltaic|fence|fencing|glass|glazed|door|roof|wall|side|ceiling|control|display|"
         r"information|interpretation|mesh|acoustic|radiator|heating)\s+panels?$",
         "parish and town councils' works: 'solar panels on the pavilion roof', 'replace two fence panels', 'the "
         "glass panel of the bus shelter was replaced'"),
)
# How a line of a record says who sat for whom, without the titles "deputy" and "representative" also name ("Deputy
# Director of Communications", "Business representative"): "Substitute for Cllr Rourke", "(sub)", "for whom Councillor
# Wood was substitute", "deputising for the Chief Executive", "attended in his place", "represented by Mr Sharma".
SAT_FOR_SAID = Term(
    r"\bsub(?:stitut\w*|s)?\b|\bdeputi[sz]\w*|\bdeputy\s+for\b|\bin\s+place\s+of\b|\bin\s+(?:his|her|their)\s+place\b|"
    r"\binstead\s+of\b|\bon\s+behalf\s+of\b|\b(?:stood|standing|sat|sitting)\s+in\b|\brepresented\s+by\b|\balternate\b",
    "substitutes in committee attendance records and minutes of apologies (Local Government and Housing Act 1989 "
    "political balance substitutes; NHS boards' deputies 'represented by'); see SUBSTITUTE_SAID",
)
# How minutes record someone put into an office or a seat: "That Cllr L Austen be elected Chairman", "resolved to
# co-opt Mr Barber", "proposed by ... that Councillor Beck take the chair", "remain as Vice Chairman". An attendance
# list's "Vice Chairman Cllr Austen" says who held the office that day, not who was elected to it.
ELECTED_SAID = Term(
    r"(?:re-?)?elect\w*|appoint\w*|co-?opt\w*|nominat\w*|chosen|propos\w*|vot(?:ed|e|es|ing)|"
    r"(?:remain\w*|continue\w*|install\w*)\s+as|took\s+(?:the\s+)?(?:chair|office)|take\s+(?:the\s+)?chair",
    "annual meetings' elections (LGA 1972 ss.15, 34), co-options to casual vacancies, a chair chosen for the meeting",
)
# How minutes say where: "based in the Broom Valley area", "at The Village Hall, Dalwhinnie", "in Committee Room 1",
# "planted on the green", "recorded in the Confidential Minutes"; a preposition of place and what it names.
# The last word of a place's name, which names no one: "Mill Road", "Brook Meadow", "Village Hall", "Civic Offices"
# (street suffixes as the Royal Mail's addressing guide lists them, and the buildings and open spaces parish and
# district minutes name): a capitalised run ending so is where something is, not who does it
PLACE_NAME_END = Term(
    r"road|lane|street|avenue|drive|way|close|crescent|terrace|place|square|court|gardens|grove|row|walk|hill|green|"
    r"meadows?|fields?|park|common|woods?|wharf|quay|bridge|hall|centre|center|house|offices|room|chamber|depot|"
    r"shelter|church|chapel|library|school|academy|estate|ward|village|town|parish",
    "place names as addresses and parish and district minutes print them ('the Mill Road bus shelter', 'Hollowmere "
    "Village Hall', 'Eastfield ward')",
)
# The last word of a building's name as a meeting's venue line prints it: "County Hall", "Civic Offices", "Council
# Chamber", "Town Hall", "Follaton House", "Civic Centre", "Shire Hall", "Guildhall" (councils' and parishes' meeting
# places as their minutes' venue lines name them); people name a meeting by its building ("the standards lot at county
# hall", "woking civic offices")
BUILDING_NAME_END = Term(
    r"halls?|offices|office|centre|center|house|chambers?|rooms?|lodge|buildings?|pavilion|institute|library|"
    r"headquarters|hq|suite|annexe|annex|guildhall",
    "meeting places as councils' venue lines print them ('Chamber, County Hall', 'Council Chamber - Civic Offices', "
    "'Follaton House', 'Committee Room 6 - Civic Centre')",
)
PLACE_SAID = Term(
    r"(?:at|in|on|outside|near|beside|opposite|behind|within|along|adjacent\s+to|next\s+to|close\s+to)\s+"
    r"(?:(?:the|a|an)\s+(?!next\b|following\b|same\b|end\b|start\b|time\b|meeting\b)[\w'’-]+|(?-i:[A-Z0-9])[\w'’-]*)"
    r"|(?:via|from|off|onto)\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}(?i:road|lane|street|avenue|drive|way|hill|green)\b"
    r"|\d+(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\s*[,–—-]\s*(?-i:[A-Z])[\w'’-]*",
    "prepositions of place before a named place, or a place the clerk describes ('on the village green'); a way in "
    "named by the road it leaves ('site access via Armoury Road', 'access off Mill Lane': planning applications); "
    "a meeting's place printed after its time ('Thursday 13 January 2033 at 2.00 pm, Brindwell Council Offices': "
    "the date of the next meeting as clerks set it out)",
)

# Where a matter goes next, asked as a place ("where are the membership changes being sent next", "where does it go
# after this"), and the body minutes name as where it goes ("be referred to the County Council's Constitution
# Committee", "submitted to Cabinet"): a body a matter is sent to is where it goes
SENT_WHERE = Term(r"\b(?:sent|sending|send|going|go|goes|heading|head|passed|passing|referred|forwarded|submitted|"
                  r"moving|move|escalated|taken)\b",
                  "everyday verbs of a matter passing on to another body")
SENT_TO_BODY = Term(r"\b(?:to|before)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,6}?(?-i:Committee|Sub-Committee|Cabinet|Council|"
                    r"Board|Panel|Authority|Forum|Partnership|Executive|Commission|Group)\b",
                    "a referral as minutes word it: 'be referred to the County Council's Constitution Committee', "
                    "'submitted to Cabinet for approval' (Local Government Act 1972 s.101 delegations and referrals)")

# A resolution that adopts what the minute sets out above it ("That the charges set out above be approved from 1 June
# 2026", "the grants listed above", "the fees in the table above"): what it adopts is the table or list above
SET_OUT_ABOVE = Term(r"(?:set\s+out|listed|shown|detailed|given|outlined|specified|tabled|proposed)\s+above|"
                     r"(?:in\s+)?the\s+(?:table|list|schedule)\s+above|above[-\s](?:mentioned|listed)",
                     "minutes that print a table of charges, fees or grants and resolve to approve 'the charges set "
                     "out above' (national park authorities, parish councils' fees and grants)")
# a sentence naming what it acts on by the sentences before it: parish minutes list the corrections, then "With these
# amendments the minutes were passed"; committees "Subject to the above changes, the minutes were approved"
CHANGES_ABOVE = Term(r"(?:(?:with|after|following|subject\s+to|given)\s+)?"
                     r"(?:these|those|the\s+above|the\s+said|such)\s+(?:amendments?|corrections?|changes?|alterations?)",
                     "'With these amendments the minutes were passed', 'Subject to the above changes, ... approved'")

# A question asking of the meeting before the one it names ("where did the planning committee meet the time before
# dalwhinnie", "the meeting before the annual meeting", "the one before that"): the words after "before" name the
# meeting it is counted from, not what is asked
MEETING_BEFORE_ASKED = Term(r"\b(?:time|meeting|mtg|one|session|sitting)\s+before(?:\s+(?:that|this|then|it|the|its|"
                            r"their))?(?:\s+(?!and\b|or\b|but\b)[\w'’&-]+){0,4}",
                            "how people ask of the previous meeting in chat: 'the time before', 'the one before that'")
# Where the minutes approving the last meeting's minutes say it was held: "The minutes of the previous meeting, 22nd
# August 2008, held at The Community Hall, Boat of Garten were approved", "the minutes of the meeting held on 14 April
# 2025 at the Scout Hut were approved": a place named after "held" (a month is a date, not a place)
HELD_AT = Term(r"\bheld\b[^.;]{0,40}?\b(?:at|in)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|"
               r"August|September|October|November|December)\b)(?-i:[A-Z])",
               "minutes of the previous meeting as approved: its date and where it was held")

# A quarter of the year by its number, as a question types it ("whats the recycling rate for q3") and as reports print
# it ("Waste Performance Report - Quarter 3 2025/26", "the third quarter", "Q3"): {n} is its number, {word} the number
# in words, {ordinal} its ordinal
QUARTER_TYPED = Term(r"q([1-4])", "quarters as typed in chat and notes ('q3 figures') and printed in finance reports")
QUARTER_PRINTED = Term(r"q{n}|quarter\s+(?:{n}|{word})|(?:{ordinal}|{n}(?:st|nd|rd|th))\s+quarter",
                       "performance and finance reports' quarters: 'Quarter 3', 'Q3', 'third quarter', '3rd quarter'")
# counts as minutes write them in words ("two of the three accounts", "eleven applications"): English cardinals up to
# twenty, past which clerks write digits
COUNT_WORDS = {w: n for n, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                           "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                           "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}
# a meeting asked of by how long after another the question names it came: "standards 13/9/19 and the full council
# four years on", "the audit committee in feb 2024 and full council a year later" (a count, a unit, then "on")
LATER_BY = Term(
    r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<unit>years?|months?)"
    r"\s+(?:on|later|afterwards|after\s+that)\b",
    "how people place a second meeting after a first one they date: 'four years on', 'a year later', 'six months "
    "afterwards'",
)
QUARTER_NAMES = {1: ("one", "first"), 2: ("two", "second"), 3: ("three", "third"), 4: ("four", "fourth")}
# the seasons reports give figures for ("income for the summer season", "the winter programme"); a figure of one
# season is not another's
SEASONS = Term(r"spring|summer|autumn|winter",
               "the four seasons, as visitor, parking and activity reports count them (British papers: not 'fall')")

# a meeting named by the time of year it falls in, with no year ("their autumn sitting", "the spring meeting", "the
# summer planning mtg"): a fire authority or parish that meets three or four times a year, as its members and the
# public speak of its meetings; the group is the season (not the season of a thing: "the winter plan")
MEETING_IN_SEASON = Term(r"\b(spring|summer|autumn)\s+(?:[\w&'’-]+\s+){0,2}?(?:meeting|mtg|sitting|session)s?\b"
                         r"(?!\s+(?:on|about)\b)",
                         "everyday naming of a meeting by its season ('the autumn sitting', 'the spring meeting'); "
                         "winter, which spans two years, is left to its months")

# How minutes say when something will be (or was) done: a month, a season, a year, a weekday, a date, a span from
# now. A "when will ..." question is answered by one of these beside its subject.
TIME_SAID = (
    Term(r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+\d|january|february|march|april|(?-i:May)|june|"
         r"july|august|september|october|november|december",
         "month names (May only capitalised, not the verb)"),
    Term(r"spring|summer|autumn|winter|new\s+year|christmas|easter|half[-\s]term|financial\s+year|"
         r"(?:first|second|third|fourth|next|this)\s+(?:quarter|term|week|month|year)(?!\s+(?:running|in\s+a\s+row))|"
         r"q[1-4]\b",
         "seasons, quarters, terms: 'would begin in the spring', 'in Q3' (not 'for the fourth year running', how "
         "long something has held)"),
    Term(r"(?<!over\s)(?<!than\s)(?<!about\s)(?<!around\s)(?<!nearly\s)(?<!almost\s)(?<!some\s)"
         r"(?<!approximately\s)(?<![\d,.£$])(?:19|20)\d\d\b(?![,.]\d)|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|"
         r"(?:mon|tues|wednes|thurs|fri|satur|sun)day",
         "a year, a numeric date, a weekday (not a count: 'a petition containing over 2000 signatures')"),
    Term(r"(?:within|in|after)\s+(?:the\s+next\s+)?(?:\d+|a|one|two|three|four|six|twelve|a\s+few|several)\s+"
         r"(?:days?|weeks?|months?|years?)|(?:end|start|beginning|middle)\s+of\s+the\s+(?:week|month|year)|"
         r"shortly|(?<!as\s)soon(?!\s+as)|imminently|immediately|today|tomorrow|next\s+(?:week|month|year|meeting)|"
         r"(?:at|by|until|before|after)\s+(?:the|a)\s+(?:next|following|annual|future|later|subsequent)\b",
         "a span from now or a time to come: 'within six weeks', 'shortly', 'by the next meeting', 'at a future "
         "meeting' (not 'as soon as resources become available', a condition; nor 'for six weeks', how long)"),
    Term(r"in\s+due\s+course|in\s+the\s+(?:near\s+)?future|once\s+(?:[\w'’-]+\s+){0,4}?(?:established|complete[d]?|"
         r"finished|agreed|approved|received|known|in\s+place|settled|resolved)\b",
         "a time left open, or set by what must happen first: 'the document will be reassigned in due course', 'once "
         "more established the representative could be reconsidered'"),
)

# How minutes give what is left of a sum: "the balance remaining in the fund was £1,150", "£4,200 unallocated",
# "carried forward". A question asking what is left is answered by one of these, not by the sums spent or awarded.
BALANCE_SAID = Term(
    r"balances?|remain\w*|left|unallocated|unspent|uncommitted|available|carried\s+forward|c/f|brought\s+forward|"
    r"b/f|reserves?|surplus|headroom|outstanding|still\s+(?:has|had|holds?|held)|leav(?:e|es|ing)\b",
    "what is left of a fund or budget, as clerks and finance officers write it ('leaving £4,200 in the fund' in parish "
    "finance reports)",
)

# A substitute asked after in everyday words: "was anyone sitting in for someone else", "who sat in for cllr dunn",
# "any stand-ins" (general usage; records print "Substitute: Cllr Tremlett (for Cllr
# Varley)", see SUBSTITUTE_SAID)
# ("the gp member wasn't there, who came instead", "who went in her place": the one who came for the member away)
SAT_IN_ASKED = Term(r"(?:sitting|sat|sit|sits)\s+in\s+for|stand-?ins?\b|"
                    r"in\s+for\s+(?:some(?:one|body)|any(?:one|body))\s+else|"
                    r"who\s+(?:came|went|attended|sat|turned\s+up|was\s+sent)\s+(?:instead|in\s+(?:his|her|their)\s+"
                    r"(?:place|stead))|"
                    # "who was sub on the fire authority", "who were the subs at the panel": the everyday noun (not
                    # "the licensing sub", "sub-committee": a committee)
                    r"who\s+(?:was|were|is|are)\s+(?:the\s+|a\s+)?subs?\b(?!\s*-|\s+(?:committee|cttee|ctte|"
                    r"group|panel)\b)|"
                    # "which subs came in and for who", "any subs at the panel", "subs attended?": the noun asked
                    # after by which or any, or with a verb of coming (not "which sub-committee", "any subs due":
                    # subscriptions)
                    r"(?:which|any)\s+subs?\b(?!\s*-|\s+(?:committee|cttee|ctte|group|panel|paid|due|renew\w*|"
                    r"subscriptions?|to\b|for\s+(?:the\s+)?(?:year|club|society|membership)\b))|"
                    r"\bsubs\s+(?:came|attended|turned\s+up|sat|were\s+(?:there|present|in))\b|"
                    # "X, Y and Z were off - replaced by whom?", "who replaced them", "who filled in as a sub": the
                    # members away asked after by who came for them (not "who replaced her as chair": an office)
                    r"replaced\s+by\s+whom|who\s+replaced\s+(?:them|him|her)\b(?!\s+as\b)|"
                    r"(?:filled|filling|fill)\s+in\s+as\s+(?:a\s+)?sub(?:stitute)?s?\b|"
                    # "whose seat-warmer was she", "who kept his seat warm", "who was covering for cllr x", "who took
                    # her seat", "any fill-ins": idioms for one sitting in another's place
                    r"seat[\s-]?warm\w*|kept\s+(?:his|her|their|the)\s+seat\s+warm|(?:covered|covering)\s+for\b|"
                    # (not one taking up their own seat: "before he took his seat", "on taking her seat", which
                    # is joining the body, not sitting for another)
                    r"(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\bbefore\s)(?<!\bafter\s)(?<!\bon\s)(?<!\bon\sfirst\s)"
                    r"(?:took|take|taking)\s+(?:his|her|their|[\w'’]+['’]s)\s+(?:place|seat)\b(?!\s+(?:as|on)\b)|"
                    r"fill-ins?\b",
                    "everyday ways of asking who substituted for whom (general usage; 'seat-warmer', 'covering for', "
                    "'fill-in': English idioms for one keeping another's place)")
# How an attendance record or minute says one member sat for another: "Cllr Frost attended as substitute for Cllr
# Dunn", "Cllr O'Byrne (deputy for Mayor Anderson)", "represented by", "in place of", "Sub: Cllr Wood", "Cllr Sallis
# attended in his place" (after the apologies of the member sat for).
SUBSTITUTE_SAID = Term(
    r"sub(?:stitut\w*|s?)\b|deput(?:y|ies|i[sz]\w*)|in\s+place\s+of|in\s+(?:his|her|their)\s+place|instead\s+of|"
    r"represent\w*|on\s+behalf\s+of|"
    r"stood\s+in|standing\s+in|sat\s+in|sitting\s+in|alternate|replac\w*|nominated\s+(?:member|representative)",
    "substitutes and deputies in committee attendance records (Local Government and Housing Act 1989 political "
    "balance substitutes; combined authority and police and crime panel deputies)",
)

# How minutes record an application, bid or request not granted: "Refused - outside fund criteria", "the application
# be rejected", "declined", "not supported", "deferred - more information needed", "withdrawn by the applicant".
REFUSED_SAID = Term(
    r"refus\w*|reject\w*|declin\w*|turned\s+down|den(?:y|ied|ies)|unsuccessful|ineligible|not\s+eligible|"
    r"not\s+(?:be\s+)?(?:approved|granted|supported|funded|awarded|agreed|accepted)|deferred|withdrawn|"
    r"outside\s+(?:the\s+)?(?:\w+\s+){0,2}criteria|failed|not\s+successful",
    "outcomes of grant, licence, planning and tender decisions that are not a grant (councils' decision tables)",
)
# How minutes record who was given a contract or a job: "the contract be awarded to Hanley Builders Ltd", "the quote
# from Wall & Co be accepted", "Mr Bell was appointed", "Brightline were the successful tenderer", "let to".
AWARD_SAID = Term(
    # accepting a quote, tender or bid, before or after its noun, whose firm's name may print stops ("the quotation of
    # R. Hughes & Daughter (£980) be accepted"); not "to accept the letter of offer" of a funder, nor a timetable's
    # "contract award in December 2024", "the contract award to come to the Board in July", "the award of the contract
    # be reported to this Committee in November" (an award still to be made)
    r"award(?:ed|ing|s)\b|award(?!\w|\s+(?:in|by|during|date|due|expected|planned|stage|timetable)\b|"
    r"\s+(?:to|would|will)\s+(?:come|be\s+(?:made|decided|reported|brought))\b|"
    r"\s+of\s+[^.;]{0,40}?\b(?:be|to\s+be|would\s+be|will\s+be)\s+(?:made|decided|reported|brought|considered)\b)|"
    r"accept\w*(?=[^.;\n]{0,40}?\b(?:quot\w*|tender\w*|bids?|estimates?|prices?|proposals?|submissions?)\b)|"
    r"(?:quot\w*|tender\w*|bids?|estimates?|prices?|proposals?|submissions?)\b[^;\n]{0,100}?\baccept\w*|"
    r"appoint\w*|engag\w*|successful|preferred\s+(?:bidder|contractor|supplier|tender\w*)|"
    r"selected|chosen|went\s+to|given\s+to|let\s+to|placed\s+with|contracted(?!\s+out)|won|commissioned|"
    # (someone taken on, not an employer's pension contributions, nor a member's relative "employed by the operator",
    # said of a declaration)
    r"employ(?:ed|s|ing)?\b(?!\s+by\b)|"
    r"hired|"
    r"go\s+with|went\s+with|agreed\s+to\s+use|to\s+carry\s+out|"
    # "That the quotation from Hedgerow Services (£1,240) be approved": a quote, tender or estimate approved
    r"(?:quot\w*|tenders?|bids?|estimates?|proposals?)\s+(?:from|by|submitted\s+by|of)\s+[^.;]{1,80}?\s+"
    r"(?:be|was|were|is|being)\s+(?:approved|agreed)",
    "contract awards and appointments as councils minute them (procurement and staffing decisions)",
)

# ----------------------------------------------------------------------------- shorthand in questions


# How people ask what a body made of what another sent it (a scrutiny panel's recommendations to cabinet): "did cabinet
# take up the panel's recommendation", "did they act on the recommendations", "did cabinet go along with what scrutiny
# said", "did the executive agree with what the panel recommended". Where it stands is in the sender's later papers (a
# recommendations tracker), not the receiver's minutes. {verb} stands for TAKEN_UP_VERBS.
TAKEN_UP_VERBS = Term(
    r"t(?:ake|akes|ook|aken)\s+up|act(?:ed|s)?\s+on|respon(?:d|ded|ds|se)\s+to|accept(?:ed|s)?|go(?:es)?\s+along\s+with|"
    r"went\s+along\s+with|agree(?:d|s)?\s+with|listen(?:ed|s)?\s+to|heed(?:ed|s)?|"
    r"sign(?:ed)?\s+up\s+to|implement(?:ed|s)?|go(?:es)?\s+for|went\s+for|gone\s+for",
    "everyday and officers' words for a recommendation's reception: Local Government Act 2000 s.21B requires the "
    "executive to respond to scrutiny's recommendations; people say it 'took them up', 'went along with' them or "
    "'went for' them",
)
TAKEN_UP_ASKED = Term(
    r"{verb}\s+(?:[\w'’&-]+\s+){0,7}?(?:recommendations?|proposals?|requests?|suggestions?|advice)\b|"
    r"(?:{verb}|agree(?:d|s)?(?:\s+to)?|back(?:ed|s)?)\s+what\s+(?:[\w'’&-]+\s+){0,5}?(?:said|say|says|recommended|"
    r"recommend|suggested|proposed|asked\s+for|wanted|advised|put\s+forward)\b",
    "what was sent named as a thing ('the panel's recommendation'; chat's 'recs' is written out first) or as what the "
    "sender said ('what scrutiny said', 'did cabinet agree what the housing cttee said')",
)

# Words people ask about meetings with, which a store's papers may never print: spelling puts a typed word right
# against them as against the papers' own ("misssed" is "missed", not left as a word no paper prints). The verbs
# and nouns of questions about attendance, decisions and follow-ups, in the forms people type them.
ASKING_WORDS = (
    "missed", "attended", "absent", "apologies", "chaired", "declared", "decided", "agreed", "approved", "resolved",
    "rejected", "refused", "granted", "deferred", "postponed", "cancelled", "discussed", "mentioned", "objected",
    "happened", "outstanding", "overdue", "completed", "finished", "scheduled", "promised", "chased", "councillor",
    "councillors", "committee", "meeting", "minutes", "agenda", "resolution", "decision", "interest", "interests",
    # the same verbs as asked ("what did they decide", "who did they elect to chair"): a question's own words, which
    # minutes may print only in another tense
    "miss", "attend", "chair", "declare", "decide", "agree", "approve", "resolve", "reject", "refuse", "grant",
    "defer", "postpone", "cancel", "discuss", "mention", "object", "happen", "complete", "finish", "schedule",
    "promise", "chase", "elect", "appoint", "vote", "happening", "happens", "updated", "update",
    # how a question asks over time or of an exchange ("how did X compare", "who turned up late", "what was the answer")
    "compare", "compared", "comparison", "changed", "turned", "answered", "replied", "responded",
)


@dataclass(frozen=True)
class Shorthand:
    """A shorthand people type for words minutes print in full, and where the shorthand comes from."""

    form: str  # a regular-expression fragment, matched as a whole word
    written: str  # what the papers print
    source: str


@dataclass(frozen=True)
class InitialsRead:
    """Initials people type for one of several posts, each printed in full by the papers of its own kind of body."""

    initials: str  # as typed, a whole word
    posts: tuple[str, ...]  # each post they stand for, as minutes print it
    source: str


# officers' initials that stand for more than one post: the one the papers of the body asked about print is meant
# ("kilbracken cfo" of a fire authority whose minutes print "Chief Fire Officer" and no Chief Finance Officer); where
# the papers print both or neither, SHORTHAND's reading stands
INITIALS_READ = (
    InitialsRead("cfo", ("chief fire officer", "chief finance officer"),
                 "Fire and Rescue Services Act 2004 and fire authorities' minutes: the 'CFO' is the Chief Fire "
                 "Officer; councils', police and NHS bodies' minutes: the Chief Finance Officer (LGA 1972 s.151)"),
)


SHORTHAND = (
    Shorthand(r"cttees?|cttee's|ctte|cmte|comm'?ee", "committee",
              "committee clerks' and members' shorthand ('P&R Cttee', 'Planning Ctte'), in agendas and emails"),
    Shorthand(r"sub-?cttees?|sub-?ctte|sub-?cmte|subcomm'?ee", "sub-committee",
              "a sub-committee in clerks' and members' shorthand, typed as one word ('Licensing Subcttee'): agendas, "
              "emails and chat"),
    Shorthand(r"mtgs?", "meeting", "'next mtg': notes and chat"),
    Shorthand(r"(?<=planning\s)reg|(?<=planning\s&\s)reg|(?<=licensing\s)reg|(?<=licensing\s&\s)reg|"
              r"(?<=planning\sand\s)reg|(?<=licensing\sand\s)reg", "regulatory",
              "'planning reg', 'licensing & reg' for the regulatory committees ('Planning Regulatory Committee', "
              "'Licensing and Regulatory Committee') in members' and officers' shorthand"),
    Shorthand(r"(?<!\d)(?<!\d\s)bds?(?!\s*(?:rooms?|flats?|houses?|homes?|units?)\b)", "board",
              "'bd' for board in notes and chat ('glos hwb bd', 'the health & wellbeing bd'); not a bedroom count "
              "('3 bd')"),
    # Welsh councils' own names for their bodies, which members and residents use in English questions ("gorslas
    # cymuned council", "pwyllgor cynllunio"); the papers in English print the English
    Shorthand(r"cymuned", "community", "Welsh 'community': Cyngor Cymuned (a community council, Wales' parish tier)"),
    Shorthand(r"cyngor", "council", "Welsh 'council': Cyngor Sir, Cyngor Tref, Cyngor Cymuned on bilingual papers"),
    Shorthand(r"pwyllgor", "committee", "Welsh 'committee' on bilingual agendas and minutes ('Pwyllgor Cynllunio')"),
    Shorthand(r"tref", "town", "Welsh 'town': Cyngor Tref (a town council in Wales)"),
    Shorthand(r"(?:get|gets|got|getting)\s+together", "meet",
              "'when they next get together': everyday for a body's meeting (the papers' 'next meeting')"),
    Shorthand(r"b\s*&\s*b|b\s+and\s+b", "bed and breakfast",
              "'B&B' for bed and breakfast accommodation: councils' homelessness and temporary accommodation reports "
              "(Homelessness (Suitability of Accommodation) (England) Order 2003)"),
    Shorthand(r"paeds", "paediatrics", "'paeds' for paediatrics: NHS clinicians' and trusts' shorthand"),
    Shorthand(r"cab(?=\s+(?:\d|mtg|meeting|member|decision|report|paper|on|in|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
              r"nov|dec)|\W*$)", "cabinet",
              "members' and officers' shorthand for the cabinet ('cab 17/3', 'the cab mtg')"),
    Shorthand(r"cncls?|cnl|cncil", "council", "texting shorthand for council: 'full cncl', 'the town cncl'"),
    Shorthand(r"others?\s+like\s+(?:it|this|that|them)(?=\s*(?:[?.!,;]|$|\s+(?:in|across|around|elsewhere)\b))",
              "similar ones", "'are there others like it': others of its kind, as minutes say 'similar' or 'of its "
              "kind' (ALIKE_SAID); everyday speech"),
    Shorthand(r"(?!(?:many|much|any|one|anything|something)\b)([a-z]+)\s+(?:of\s+(?:that|its|this|the\s+same)\s+"
              r"(?:kind|type|sort)|like\s+(?:it|this|that)(?=\s*(?:[?.!,;]|$|\s+(?:in|across|around|elsewhere|exist)\b)))",
              r"similar \1", "'how many bodies of that kind', 'how many schemes like it': others of a thing's kind, as "
              "minutes say 'one of four of its kind' (ALIKE_SAID); everyday speech (round 28c)"),
    Shorthand(r"enough\s+((?:[\w'’]+\s+){0,4}?)(?:for\s+(?:it|the\s+meeting|them|the\s+vote|the\s+decision)\s+)?"
              r"to\s+(?:be\s+)?(?:valid|legal|legit|legitimate|official|count|go\s+ahead|proceed|go\s+on)",
              r"enough \1to be quorate",
              "'enough members there for it to be valid', 'enough councillors to go ahead': a quorum asked "
              "(QUORUM_ENOUGH), which minutes record as 'the meeting was quorate' (Local Government Act 1972 sch.12 "
              "para 12)"),
    Shorthand(r"(?<=many\s)such(?=\s+[a-z])", "similar",
              "'how many such groups', 'one of how many such partnerships': others of a thing's kind, as minutes say "
              "'one of three such partnerships' (ALIKE_SAID); everyday speech"),
    Shorthand(r"(?<=many\s)like\s+(?:it|this|that|them)", "similar ones",
              "'one of how many like it': others of a thing's kind, as minutes say 'one of four of its kind' "
              "(ALIKE_SAID); everyday speech"),
    Shorthand(r"cat(?=\s*[1-4]\b)|cat\.(?=\s*[1-4]\b)", "category",
              "highways shorthand for a defect's category ('cat 1 potholes'): the code of practice Well-managed "
              "Highway Infrastructure (2016) grades defects by category, which minutes print 'category 1'"),
    # minutes called "the record" of a meeting, as its approval words them ("confirmed as a correct record"):
    # "january's record", "the record of march", "the 9 aug record", a meeting's "its record" are that meeting's minutes
    Shorthand(r"(?<=['’]s\s)record|(?<=\bits\s)record(?!\s+(?:of|on|in|for)\b)|record(?=\s+(?:of|from)\s+(?:the\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
              r"oct|nov|dec)[a-z]*\b|last\s+(?:meeting|time)|(?:that|the\s+previous)\s+meeting))",
              "minutes", "everyday and clerks' word for a meeting's minutes ('signed as a correct record')"),
    Shorthand(r"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s+record", r"\1 minutes",
              "a meeting's minutes named by its month ('the 9 aug record'), as above"),
    Shorthand(r"p\s*&\s*r|p\s+and\s+r", "policy and resources",
              "the Policy and Resources Committee as councils abbreviate it ('P&R Committee')"),
    Shorthand(r"o\s*&\s*s|o\s+and\s+s", "overview and scrutiny",
              "Overview and Scrutiny (Local Government Act 2000 s.21) as councils abbreviate it ('O&S')"),
    Shorthand(r"hwbb?", "health and wellbeing board",
              "Health and Wellbeing Boards (Health and Social Care Act 2012 s.194), 'HWB' in councils' own papers"),
    Shorthand(r"pcps?(?!\s*[/.]?\d)", "police and crime panel",
              "Police and Crime Panels (Police Reform and Social Responsibility Act 2011 s.28), 'the PCP' in their own "
              "papers, the commissioners' and the press"),
    Shorthand(r"(?:the\s+)?metro[\s-]+mayor['’]?s(?=\s+(?:meeting|mtg|board|cabinet|authority)\b)",
              "the combined authority", "a mayoral combined authority's meeting named by the 'metro mayor' who chairs "
              "it (Cities and Local Government Devolution Act 2016), as the press and residents call it"),
    # a committee called "the X lot" in chat ("what did the planning and highways lot at tressingham say", "the
    # licensing lot decided"): not "a lot", "the lot", "whatever lot", a car or parking lot, nor a body already named
    # by its noun ("the cabinet lot"), nor a body of another kind ("the notts fire lot": the fire authority; "the
    # joint lot"; "the urgency lot": a sub-committee)
    Shorthand(r"(?<!\ba\s)(?<!\bthe\s)(?<!\bwhole\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\bcar\s)(?<!\bparking\s)"
              r"(?<!\bbuilding\s)(?<!\bempty\s)(?<!\bvacant\s)(?<!\bcabinet\s)(?<!\bboard\s)(?<!\bpanel\s)"
              r"(?<!\bcouncil\s)(?<!\bcommittee\s)(?<!\bfire\s)(?<!\bjoint\s)(?<!\burgency\s)"
              r"lot(?=\s+(?:at|in|over\s+at|from|say|said|decide|decided|agree|agreed|think|thought|recommend|"
              r"recommended|want|wanted|do|did|go|went|vote|voted)\b)", "committee",
              "chat's 'the planning lot' for a council's committee, named by its business: members, residents and "
              "officers in chat"),
    Shorthand(r"stand-ins|standins", "substitutes", "'any stand-ins?': everyday for substitutes, which records print "
              "('Substitute for Councillor A Moorhead'); not the start of a 'Standards' committee's name"),
    Shorthand(r"stand-in|standin", "substitute", "'who was the stand-in': as above"),
    Shorthand(r"apols?|apologs", "apologies", "'apols' for apologies for absence: clerks' notes, emails and chat"),
    Shorthand(r"qs|q's", "questions", "'any qs?', 'public qs': everyday shorthand for questions"),
    Shorthand(r"govt", "government", "everyday shorthand"),
    Shorthand(r"dept", "department", "everyday shorthand"),
    # words cut short in chat and notes; a list, not a rule: read as "the longer word it starts", 'over', 'plan' and
    # 'park' in a small council's papers became 'overdue', 'planning' and 'parking'
    Shorthand(r"tech", "technology", "everyday clipping: 'assistive tech', 'the tech review'"),
    Shorthand(r"perf", "performance", "everyday clipping: 'the housing repairs perf report'"),
    Shorthand(r"enviro", "environmental", "everyday clipping: 'the enviro management plan'"),
    Shorthand(r"env(?=\s+(?:and|&|cttee|committee|ctte|sub|scrutiny|panel|health|services?|dept|team|directorate)\b)",
              "environment", "everyday clipping before a body or service: 'env committee', 'env health' (papers: "
              "'Environment and Licensing Committee', 'Environmental Health')"),
    Shorthand(r"info", "information", "everyday clipping: 'any info on the grant'"),
    Shorthand(r"admin", "administration", "everyday clipping: 'admin costs'"),
    Shorthand(r"docs", "documents", "everyday clipping: 'the docs the committee considered'"),
    Shorthand(r"thru", "through", "texting spelling: 'took everyone thru it' (a question's 'went thru' is the "
              "lexicon's 'went through')"),
    Shorthand(r"paras\.?(?=\s*\d)", "paragraphs", "everyday clipping before a number: 'paras 5 and 6 of the "
              "minutes' (minutes print 'Paragraphs 5 and 6')"),
    Shorthand(r"para\.?(?=\s*\d)", "paragraph", "everyday clipping before a number: 'what did they add at para 41' "
              "(minutes print 'Paragraph 41 - to include ...')"),
    # before the noun it qualifies only: "the temp in the pool" is a temperature
    Shorthand(r"temp(?=\s+(?!(?:in|at|of|on|was|is|for|to|and|or)\b)[a-z])", "temporary",
              "everyday clipping: 'temp accommodation', 'temp staff', 'a temp road closure' (papers: 'temporary')"),
    Shorthand(r"misc", "miscellaneous", "everyday clipping: 'the misc items report', 'misc expenses'"),
    Shorthand(r"execs?(?!\w)", "executive", "everyday clipping of officers' titles: 'the exec director of ...', 'the "
              "chief execs secretary' (minutes print 'Executive Director', 'Chief Executive's Secretary')"),
    # officers' titles by their initials, as staff and the public say them; minutes print them in full ("Richard
    # Chapman, Chief Finance Officer")
    Shorthand(r"a\s*&\s*e", "accident and emergency", "NHS everyday shorthand: 'A&E waits'"),
    Shorthand(r"cfo", "chief finance officer", "initials of an officer's title: 'who's the cfo'; where the papers "
              "asked of print only another post of those initials, that post is meant (INITIALS_READ)"),
    Shorthand(r"ceo", "chief executive", "initials of an officer's title: 'the council's ceo'"),
    # a joint committee by its initials after what it is for ("the crem jc", "the waste jc", "the joint cttee"): two
    # or more councils' joint committees under Local Government Act 1972 s.102, which members and officers shorten to
    # "JC" in emails and chat; in lower case after a word (not a person's initials: "apologies from JC", "Cllr JC")
    Shorthand(r"(?<=[a-z]{3}\s)(?<!from\s)(?<!cllr\s)(?<!with\s)(?<!and\s)jcs?"
              r"(?=\s*(?:[?.!,;:)]|$)|\s+(?:meeting|mtg|minutes|on|in|at|last|next|held|this|that|when|-|–)\b)",
              "joint committee",
              "'the crem jc', 'the waste jc': joint committees of two or more councils (LGA 1972 s.102) by their "
              "initials in members' and officers' emails and chat"),
    # texting shorthand for time (chat, SMS, notes): "last yr", "2 wks", "this mth"
    Shorthand(r"yr", "year", "texting shorthand: 'last yr'"),
    Shorthand(r"yrs", "years", "texting shorthand: '3 yrs'"),
    Shorthand(r"wks?", "week", "texting shorthand: 'next wk'"),
    Shorthand(r"mths?|mnths?", "month", "texting shorthand: 'this mth'"),
    Shorthand(r"hrs?", "hour", "texting shorthand: 'the A&E 4 hr target', '12 hr waits' (papers: 'four-hour')"),
    Shorthand(r"w/(?=\s)", "with", "texting shorthand: 'the revamp w/ a reuse shop'"),
    Shorthand(r"w/o", "without", "texting shorthand: 'w/o consultation'"),
    Shorthand(r"abt", "about", "texting shorthand: 'anything abt the bins'"),
    Shorthand(r"nxt", "next", "texting shorthand: 'nxt meeting', 'nxt date?'"),
    Shorthand(r"pl[sz]e?", "please", "texting shorthand: 'venue for each one pls', 'start time plz'"),
    Shorthand(r"wen", "when", "texting spelling: 'clerk updating wen?'"),
    Shorthand(r"b4", "before", "texting shorthand: 'the meeting b4 that'"),
    Shorthand(r"btwn|betw", "between", "texting shorthand: 'how did numbers compare btwn summer and winter'"),
    Shorthand(r"coz|cos", "because", "texting spelling: 'cancelled coz of covid'"),
    Shorthand(r"tho", "though", "texting spelling"),
    # a lone lower-case letter for a word as texting writes it ("how many of the homes r affordable", "did u see", "ur
    # council"); never capital ("R Tennant", "Item U", "Appendix R" are names and letters). ("wot", "wat": the
    # speller's question words, index.spelling)
    Shorthand(r"(?-i:u)(?=\s+(?!&)\S)", "you", "texting shorthand: 'can u check if the clerk has quotes'"),
    Shorthand(r"(?-i:ur)", "your", "texting shorthand: 'ur committee'"),
    Shorthand(r"(?<=\w\s)(?-i:n)(?=\s+\w)", "and", "texting shorthand between two words: 'start time n venue'"),
    Shorthand(r"(?-i:r)(?=\s+(?!&)\S)", "are", "texting shorthand: 'r all the local councils up to date'"),
    Shorthand(r"(?<!\d)(?<!\b\d\s)(?<!\b\d\d\s)(?<!\b\d\d\d\s)mins(?!\s*(?:late|early|past|to|before|after))",
              "minutes", "everyday clipping of a meeting's minutes: 'the march mins', 'the jan 2019 mins' (not "
              "'10 mins late' or 'after 20 mins', a time; a year before it is the minutes' date)"),
    Shorthand(r"ppl", "people", "texting shorthand: 'how many ppl signed'"),
    Shorthand(r"sigs", "signatures", "everyday clipping of a petition's signatures: 'how many sigs did it get'"),
    # "subs" is also a parish's subscriptions ("subs to NALC", "subs paid"): substitutes only where the question ends
    # on it or asks it of a meeting or a body ("who were the subs?", "subs at notts fire p&s")
    # "sub" for one substitute where it is someone's, for a person ("who was sub for cllr etchells", "was there a sub
    # for her", "any sub for the chair"; not "the planning sub for march": a sub-committee's meeting)
    Shorthand(r"sub(?=\s+for\s+(?:(?:cllrs?|councillors?|mrs?|ms|miss|dr|prof)\b|(?:him|her|them)\b|"
              r"(?:the\s+)?(?:chair\w*|vice[\s-]chair\w*|mayor|leader|member|lay\s+member|portfolio\s+holder)\b))",
              "substitute", "committee members' shorthand for a substitute member: 'who was sub for cllr X'"),
    Shorthand(r"subs(?=\W*$|\s+(?:at|in|on)\s)", "substitutes",
              "committee members' shorthand for substitute members (standing orders on substitutes): 'who were the "
              "subs?'"),
    # "sub" after the words naming a body, for the sub-committee: "the p&r urgency sub in march", "what did the
    # licensing sub decide", "planning sub - who chaired" (not a substitute, after an article, a possessive or a verb
    # of being: "who was the sub", "was there a sub", "as sub"; nor one "for" someone, written out above; nor a
    # subscription: "the annual sub", "the membership sub")
    Shorthand(r"(?<=[a-z]\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bany\s)(?<!\bas\s)(?<!\bhis\s)(?<!\bher\s)"
              r"(?<!\btheir\s)(?<!\bone\s)(?<!\bno\s)(?<!\bwas\s)(?<!\bis\s)(?<!\bbe\s)(?<!\bto\s)(?<!\bwere\s)"
              r"(?<!\band\s)(?<!\bor\s)(?<!\bfor\s)(?<!\bannual\s)(?<!\byearly\s)(?<!\bmonthly\s)(?<!\bmembership\s)"
              r"sub(?!-)(?!\s+(?:in\s+for|instead|committees?|cttees?|groups?|panels?)\b)"
              r"(?!\s+for\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:the\s+)?(?:next|last)\b|\d))",
              "sub-committee", "members' and officers' clipping of a sub-committee named by its business ('the "
              "Licensing Sub', 'P&R Urgency Sub'): agendas' running heads, emails and chat"),
    # what someone "wanted to know" is what they asked, minuted as "asked", "Information was requested", "queried"
    # (not "did cllr helme know any of the people involved": knowing someone is a declaration's matter)
    Shorthand(r"(?:want(?:ed|s)?|would\s+like|wish(?:ed)?|need(?:ed)?)\s+to\s+know", "ask",
              "how people say someone asked: 'what did members want to know about the cctv'"),
    # signing said in other words: "who put their name to january's minutes", "whose signature went on them"
    Shorthand(r"put\s+(?:his|her|their|a|the)\s+(?:name|signature)s?\s+(?:to|on)", "signed",
              "everyday idiom for signing a document"),
    Shorthand(r"whose\s+signature\s+(?:went|is|was|goes)\s+on", "who signed", "everyday idiom for signing"),
    # "did he put pen to paper on the declaration", "has the chair put pen to paper": signing, tense left to the verb
    # before it ("did ... sign")
    Shorthand(r"put\s+pen\s+to\s+paper(?:\s+(?:on|to|for))?", "sign", "everyday idiom for signing a document"),
    Shorthand(r"approx", "approximately", "everyday shorthand: 'approx how much'"),
    Shorthand(r"avg|av(?=\s+(?:response|time|wait|cost|number|length|speed)\b)", "average",
              "everyday shorthand in chat and notes: 'avg response time', 'av wait' (performance reports print "
              "'Average response time')"),
    Shorthand(r"biz", "business", "everyday clipping: 'any urgent biz', 'any other biz' (minutes print 'urgent "
              "business', 'any other business')"),
    # a time counted in seconds, after its number only ("the 10 sec standard", "within 60 secs"): "sec schools" are
    # secondary schools (minutebook.lexicon)
    Shorthand(r"(?<=\d\s)secs?|(?<=\d)secs?", "seconds",
              "everyday clipping of a time: 'answered within 10 secs' (papers: 'within ten seconds')"),
    Shorthand(r"appts", "appointments", "everyday shorthand (diaries, NHS letters): 'how many appts were cancelled'"),
    Shorthand(r"appt", "appointment", "everyday shorthand: 'the appt of a new clerk'"),
    Shorthand(r"recs", "recommendations", "everyday shorthand in chat and notes: 'the audit recs', 'inspection recs'"),
    Shorthand(r"dois?(?=\s+(?:forms?|register|entries|entry|returns?|updates?|declarations?)\b)|dois?(?=\s*[?,.]|$)",
              "declarations of interest",
              "clerks' and members' shorthand for the register of interests ('DOI forms', 'DOI register', 'any "
              "DOIs?'); minutes print 'Declaration of Interests Form', 'declarations of interest'"),
    Shorthand(r"asb", "anti-social behaviour", "police and community safety shorthand ('ASB'); minutes often print "
              "'anti-social behaviour' in full"),
    Shorthand(r"asn", "additional support needs", "Scottish education shorthand ('ASN assistants', 'ASN bases', after "
              "the Education (Additional Support for Learning) (Scotland) Act 2004); committee papers often print "
              "'additional support needs' in full"),
    # office and project shorthand in notes, emails and chat; reports print the word in full
    Shorthand(r"mgmt|mgt|mngmt", "management", "notes and email shorthand: 'woodland mgmt plan', 'asset mgt'"),
    Shorthand(r"mgrs?", "manager", "notes and email shorthand: 'the site mgr'"),
    Shorthand(r"refurbs?", "refurbishment", "everyday shorthand: 'the chamber refurb', 'toilet refurb'"),
    Shorthand(r"maint", "maintenance", "notes shorthand: 'grounds maint contract'"),
    Shorthand(r"reps(?!\s*\d)", "representatives", "everyday shorthand: 'the parent reps', 'union reps'"),
    Shorthand(r"progs?(?=\s+(?:of|for|board|update|report|plan)\b|\W*$)", "programme",
              "notes shorthand: 'the capital prog', 'works prog for 24/25'"),
    Shorthand(r"comms", "communications", "office shorthand: 'comms plan', 'the comms team'"),
    Shorthand(r"accom", "accommodation", "housing and office shorthand: 'temp accom', 'office accom'"),
    Shorthand(r"assoc", "association", "everyday shorthand: 'the residents assoc'"),
    Shorthand(r"amt", "amount", "notes shorthand: 'grant amt'"),
    Shorthand(r"tbc", "to be confirmed", "agenda and email shorthand: 'date tbc'"),
    Shorthand(r"hsg", "housing", "officers' shorthand: 'hsg revenue account', 'hsg strategy'"),
    Shorthand(r"educ", "education", "notes shorthand: 'educ committee', 'special educ needs'"),
    # a street's suffix as people type it; the papers print it in full ("Glen Road", "Station Avenue")
    Shorthand(r"(?<=[a-z] )rd", "road", "address shorthand: 'glen rd', as on envelopes and in chat"),
    Shorthand(r"(?<=[a-z] )ave", "avenue", "address shorthand: 'station ave'"),
    # an ampersand standing between words ("speak & vote", "Argyll & Bute"), after the initials above ("p&r") are
    # written out; the papers mostly print "and", and questions' cues are read in words
    Shorthand(r"(?<=\s)&(?=\s)", "and", "everyday shorthand in chat and notes; councils' own names ('Argyll & Bute')"),
)

# Staying away asked by the verb of coming: "who didn't show?", "who did not turn up", "which cllrs didnt make it"
# (general usage; minutes print "Apologies", "Absent", "Not present")
STAYED_AWAY = Term(r"(?:didn['’]?t|did\s+not)\s+(?:show(?:\s+up)?|turn\s+up|come|attend|make\s+it)",
                   "everyday ways of asking who was absent (general usage)")

# Coming in late asked in everyday words: "did anyone turn up late", "who joined after the meeting had started",
# "three members drifted in just after the 7pm start", "who wandered in late" (general usage; minutes print "(arrived
# at 7.03pm)", "joined the meeting at 11.15am")
# ("which cllr got to the panel late", "who got there late": the meeting may be named between the getting and "late")
CAME_LATE = Term(r"(?:(?:turn\w*\s+up|arriv\w*|came|com\w+|join\w*|"
                 r"(?:drift|wander|roll|stroll|trickl|slipp?|walk)\w*\s+in|"
                 r"(?:got|get|gets|getting)\s+(?:there|in|to\s+(?:the\s+|that\s+|this\s+|[\w'’]+['’]s\s+)?"
                 r"(?:[\w&'’-]+\s+){0,6}?(?:meeting|mtg|session|sitting|panel|committee|cttee|board|council|"
                 r"cabinet|hearing|it)))"
                 r"\s+(?:(?:just|shortly|soon|a\s+(?:bit|little|few\s+minutes))\s+)?"
                 r"(?:late|after\s+(?:the\s+)?(?:[\w.:]+\s+)?(?:start|beginning|off)|"
                 r"after\s+(?:the\s+|it\s+)?(?:meeting\s+)?(?:had\s+)?(?:started|began|begun|kicked\s+off))|"
                 # the time asked: "the member who joined at 11.15", "who arrived at 7.20pm" (as records note it:
                 # "joined the meeting at 11.15am", "(arrived 7.20pm)")
                 r"(?:join(?:ed|s|ing)?|arriv(?:ed|es|ing)|turn(?:ed|s)?\s+up|came\s+in)\s+(?:the\s+meeting\s+)?"
                 r"at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\b\.?)?(?![\d/])(?!\s*(?:th|st|nd|rd)\b)|"
                 # coming in after a clock time or partway, as chat asks it: "which cllrs rolled in after 7?", "anyone
                 # join partway", "who turned up mid-meeting" (minutes: "(arrived at 7.01pm)", "joined the meeting at
                 # 11.15am"); a verb of coming in, not "came after" (an item's order), and an hour, not "after 7 days"
                 r"(?:join(?:ed|s|ing)?|arriv(?:ed|es|ing)|turn(?:ed|s)?\s+up|c[ao]me\s+in|"
                 r"(?:drift|wander|roll|stroll|trickl|slipp?|walk)\w*\s+in)\s+(?:the\s+(?:meeting|mtg)\s+)?"
                 r"(?:after\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\b\.?|o['’]?clock\b)?(?![\d/])"
                 r"(?!\s*(?:th|st|nd|rd|days?|weeks?|months?|years?|mins?|minutes?|hours?|hrs?|items?|%)\b)|"
                 r"(?:part|half)[\s-]?way(?:\s+through)?|mid[\s-]?(?:way|meeting|session)))|"
                 # the lateness asked without a verb of coming: "somebody was late to the planning committee", "which
                 # cllrs were a bit late", "any latecomers", "late arrivals?", "stragglers at the parish meeting" (not
                 # "late with its returns", "late payments": something overdue)
                 r"(?:some(?:one|body)|any(?:one|body)|who|which\s+(?:[\w-]+\s+)?(?:members?|councillors?|cllrs?))"
                 r"\s+(?:was|were)\s+(?:a\s+(?:bit|little)\s+)?late\b(?!\s+(?:with|in\s+paying|payments?|fees?|"
                 r"returns?|submissions?)\b)|late[\s-]?comers?|late\s+arrivals?|"
                 # (stragglers at a meeting, not "the stragglers on ethics training returns": those behind with
                 # something owed, which a follow-up answers)
                 r"stragglers?\b(?!\s+(?:on|with|for|in\s+(?:sending|returning|submitting|paying))\b)",
                 "everyday ways of asking who came late (general usage; 'latecomers', 'stragglers': those who came "
                 "after the start)")
# and leaving early: "who left early", "did anyone leave the adult care scrutiny meeting early" (the meeting named
# between; minutes print "(left at 11.40 am, before item 8)", "Councillor Obi left the meeting before this item")
# ("did someone head off before the end", "anyone slip away early", "who ducked out before the close": the going in
# other verbs, the end in other nouns)
LEFT_EARLY = Term(r"(?:"
                  + r"(?:left|leav\w+|head(?:ed|ing|s)?\s+off|(?:slip(?:ped|ping|s)?|sneak(?:ed|ing|s)?|snuck|"
                  r"nip(?:ped|ping|s)?|dash(?:ed|ing)?)\s+(?:off|out|away)|duck(?:ed|ing|s)?\s+out|"
                  # "somebody walked out of the panel mid hearing", "who stormed out halfway through"
                  r"(?:walk|storm|march)(?:ed|ing|s)?\s+out|"
                  r"(?:go|goes|went|gone|going)(?:\s+(?:off|home))?|depart(?:ed|ing|s)?)\s+"
                  r"(?:(?:of\s+|from\s+)?(?:the|that|this|our|their)\s+(?:[\w&'’-]+\s+){0,8}?(?:meeting|mtg|session|"
                  r"sitting|committee|cttee|panel|board|council|cabinet|hearing)\s+)?(?:early|before\s+(?:the\s+(?:end|close|finish)|it\s+(?:ended|finished|closed))|"
                  # "did anyone leave partway", "who left halfway through", "anyone go mid-meeting", "walked out mid
                  # hearing", "left mid debate"
                  r"(?:part|half)[\s-]?way(?:\s+through)?|"
                  r"mid[\s-]?(?:way|meeting|session|sitting|hearing|debate|discussion|item|agenda))"
                  # or whether they stayed to the end, its other side: "did cllr x stay to the end", "was she there
                  # till the close", "did he sit through the whole meeting", "did they stick around until the end"
                  r"|(?:stay(?:ed|ing|s)?|remain(?:ed|ing|s)?|st(?:ick|uck)\s+around|sit|sat|there|present|"
                  r"in\s+the\s+room)\s+(?:(?:in|at|for|through|on)\s+(?:the|that|this|our|their)\s+"
                  r"(?:[\w&'’-]+\s+){0,8}?(?:meeting|mtg|session|sitting|committee|cttee|panel|board|council|"
                  r"cabinet|hearing)\s+)?(?:(?:right\s+)?(?:to|till|til|until|up\s+to)\s+the\s+(?:(?:very\s+)?end|close|"
                  # (the end of the meeting, not "remain until the end of the year")
                  r"finish)(?=\s*(?:[?.!,;]|$)|\s+of\s+(?:the\s+|that\s+|this\s+)?(?:[\w&'’-]+\s+){0,8}?(?:meeting|mtg|"
                  r"session|sitting|committee|cttee|panel|board|council|cabinet|hearing|jc)\b)|(?:for|through)\s+(?:the\s+)?(?:whole|entire|full|all\s+of\s+the)(?:\s+(?:[\w&'’-]+\s+){0,10}?"
                  r"(?:thing|meeting|mtg|session|sitting|hearing|committee|cttee|panel|board|council|cabinet)\b|(?=\s*(?:[?.!]|$)))))",
                  "everyday ways of asking who left before the end, or stayed to it (general usage)")

# A meeting named as held in public: NHS boards' "Board Meeting in Public", CCG governing bodies' "Governing Body
# Meeting in Public", which people ask after as "the ddccg board in public", "the icb meeting in public": which meeting,
# not what it did (the public's own part, "did the public send in questions", is another matter: its words stay)
MEETING_IN_PUBLIC = Term(r"\b(?:meeting|mtg|board|body|session)\s+(?:held\s+)?in\s+public\b",
                         "NHS trust and ICB 'Board Meeting in Public', CCG 'Governing Body Meeting in Public' (the "
                         "NHS Act 2006 sch.7 and the Health and Care Act 2022 require boards to meet in public)")
# A council called by its kind, as its own members and residents call it: "how much did the county overspend by",
# "what has the borough spent on it" (the council whose name prints the word, "Wessendale County Council"; not a place
# or thing of that name: "county hall", "county lines")
COUNCIL_BY_KIND = Term(r"\bthe\s+(county|borough|district|city|town|parish)(?:\s+council)?\b(?!['’]s\b)"
                       r"(?!\s+(?:hall|halls|lines|court|courts|centre|center|ground|square|wide|boundary|boundaries|"
                       r"farm|farms|road|park|library|museum|show|fair)\b)",
                       "everyday English for one's own council ('the county', 'the borough'); a council's name carries "
                       "its kind (Local Government Act 1972 s.2, s.245: county, district, borough, city, town, parish)")
# A meeting called by how it was held, as people describe a remote meeting: "the teams call", "that zoom meeting", "the
# online session"; its papers print the platform in the venue line ("Held on 13th January 2022 via Microsoft
# Teams"), which says which meeting (remote meetings: Coronavirus Regulations 2020, and since, hybrid practice)
MEETING_BY_MEDIUM = Term(r"\b(teams|zoom|skype|webex|video|online|virtual|remote)\s+(calls?|meetings?|mtgs?|sessions?|"
                         r"conferences?)\b",
                         "everyday names of a meeting held remotely ('teams call', 'zoom meeting'); the venue line "
                         "names its platform")
# A body the council sends a member to, named before the seat or the representing asked of it: "her old argyll college
# board seat", "the hall management cttee - which cllr carries on representing us there", "the burial committee: who
# is our rep there" (councils appoint representatives to outside bodies each year at their annual meeting; minutes
# print "Representative on the Village Hall Management Committee", "was on the Board of Argyll College"). Read on the
# words after the body's name; before it, "our rep on the ..." (service/bodies_asked.py OUTSIDE_BODY).
SEAT_ON_BODY_AFTER = Term(r"^\s*(?:seats?|reps?|representatives?|nominees?|appointees?)\b|"
                          r"^[^?.;]{0,60}?\b(?:represent(?:s|ed|ing)?|reps?)\s+(?:us|the\s+(?:council|parish|town))"
                          r"\s+(?:there|on\s+it|at\s+it|on\s+that)\b|"
                          r"^[^?.;]{0,60}?\bour\s+(?:reps?|representatives?|nominees?|delegates?)\s+(?:there|on\s+it)\b",
                          "councils' appointments to outside bodies (annual meetings' 'representatives on outside "
                          "bodies'); everyday 'seat', 'rep', 'representing us there'")
# A month that is also a verb ("may", "march") naming a meeting by the noun after it: "cwm eithin's may cabinet", "the
# march full council", "may planning committee" (people name a body's meeting by its month; a verb is followed by
# another verb or an object, never a body's name)
# how minutes set out the meetings of a year to come, by the item's title: "Schedule of Meetings 2034/35", "Calendar
# of meetings", "Programme of meetings for 2024-25", "Dates of future meetings", "Meeting dates 2025" (annual meetings
# of town and parish councils, fire authorities and combined authorities adopt one each May or June)
MEETINGS_SCHEDULE = Term(r"\b(?:schedule|calendar|programme|program|timetable|cycle)\s+of\s+(?:(?:council|committee|"
                         r"future|formal)\s+)?meetings\b|\bdates\s+(?:of|for)\s+(?:(?:future|forthcoming|the\s+next)\s+)?"
                         r"meetings\b|\bmeetings?\s+(?:dates|schedule|calendar)\b",
                         "the titles annual meetings give the year's dates of meetings (town, parish and district "
                         "councils, fire authorities)")

# a later question jotted as a noun phrase of two words after a question mark ("mtg location? translator's name?",
# "... agreed? the cost?", "venue? start time?"): a question of its own, as chat lists its questions (not a bare
# question word: "why not?", "who else?")
JOTTED_PART = Term(r"^(?:the\s+)?(?:[\w-]+['’]s?\s+name|[\w-]+['’]s\s+[\w-]{3,}|(?:total\s+|final\s+|start\s+|end\s+)?"
                   r"(?:name|cost|date|time|venue|location|amount|figure|total|sum|price|reason|outcome|result)s?)\W*$",
                   "chat's way of asking several things at once, each a noun phrase ending in a question mark")

MONTH_BEFORE_BODY = Term(r"\s+(?:(?:full|annual|ordinary|extraordinary|special|planning|licensing|parish|town|"
                         r"district|county)\s+){0,2}(?:cabinet|council|committee|cttee|board|panel|meeting|mtg|"
                         r"sitting|session|agm)\b",
                         "everyday naming of a meeting by its month ('the may cabinet'); modal 'may' and the verb "
                         "'march' are never followed by a body's name")
# A meeting called a sitting, as people name it by when it sat ("prior to the december sitting", "the reconvened
# sitting", "that evening's sitting"): the meeting, no subject (adjourned and reconvened meetings, and councils that
# say "sitting" of a meeting); not the verb ("who sits on the board", "sitting in for")
SITTING_NAMED = Term(r"\b(?:the|that|this|its|their|last|next|first|second|later|earlier|reconvened|adjourned|resumed|"
                     r"morning|afternoon|evening|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|"
                     r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)['’]?s?\s+sittings?\b",
                     "everyday naming of a meeting as a sitting, by when it sat (Local Government Act 1972 sch.12 "
                     "and standing orders on adjourned meetings)")
# A decision recorded by who backed it, as parish minutes often give it after the motion's mover and seconder ("Cllr
# James proposed ..., Cllr Green seconded, unanimous approval", "all in favour", "agreed nem con"): the outcome of the
# motion, as "resolved" is
DECIDED_BY_ALL = Term(r"\b(?:unanimous(?:ly)?\s+(?:approv\w+|agreed|support\w*|decision|vote|resolution)|"
                      r"(?:approv\w+|agreed|supported|carried|resolved|accepted|endorsed)\s+unanimously|"
                      r"all\s+(?:members\s+|councillors\s+)?(?:were\s+)?in\s+favou?r|nem\.?\s*con\.?|"
                      r"nemine\s+contradicente|(?:majority|general)\s+approval)",
                      "parish and town council minutes: 'Cllr X proposed, Cllr Y seconded, unanimous approval', 'all "
                      "in favour', 'agreed nem con' (no one against)")
# What a body made of a review or report put to it, as its resolution says it ("That Cabinet: Welcomes ...", "which
# Cabinet warmly endorsed", "the report was accepted"): the review's outcome at that body, as a finding is
REVIEW_TAKEN = Term(r"\b(?:endorsed|endorses|welcomed|welcomes|accepted|accepts|adopted|adopts|approved|approves)\b"
                    # (not the review set up: "approved the terms of reference for a review", "agreed its scope")
                    r"(?!\s+(?:the\s+|its\s+)?(?:terms\s+of\s+reference|scope|scoping|brief|remit|timetable)\b)",
                    "cabinet and council resolutions on a scrutiny review: 'That Cabinet: Welcomes ...', 'which "
                    "Cabinet warmly endorsed', 'the recommendations were accepted'")
# A quorum asked in everyday words: "were there enough members for quoracy", "enough councillors there to be quorate",
# "enough of them to make a quorum": "enough" says a quorum is asked, which minutes record as "the meeting was quorate"
QUORUM_ENOUGH = Term(r"\benough\b(?=(?:\s+[\w'’]+){0,4}?\s+(?:for|to\s+(?:be|make|form|have|get))\s+(?:a\s+)?"
                     r"(?:quorum|quorate|quoracy)\b)",
                     "everyday English for a quorum ('enough members to be quorate'); Local Government Act 1972 "
                     "sch.12 para 12 and standing orders set the quorum the minutes say was present")

# What something was about, asked at the end of a question ("a resident spoke in questions from electors - what
# about?", "the member of the public who came, what was it about?"): the sentence saying its subject answers it
SUBJECT_ASKED = Term(r"\bwhat\s+(?:(?:was|were|is|are)\s+)?(?:(?:it|that|this|they|he|she)\s+(?:(?:was|were)\s+)?)?"
                     r"(?:all\s+)?about\s*\?*\s*$|\b(?:on|about)\s+what\s+(?:subject|topic|matter|issue)s?\b",
                     "everyday English: 'what about?', 'what was it about?' asks the subject of something said")
# how minutes say what a contribution was about: "updated the Council on the latest developments in regard to ...",
# "raised concerns regarding ...", "spoke about ...", "asked in relation to ..." (clerks' reporting of public
# participation and members' questions)
SUBJECT_SAID = Term(r"\b(?:about|regarding|in\s+regard\s+to|with\s+regard\s+to|concerning|relating\s+to|"
                    r"in\s+relation\s+to|in\s+respect\s+of|on\s+the\s+(?:subject|issue|matter)\s+of)\b",
                    "clerks' reporting of what a speaker raised: 'in regard to', 'regarding', 'in relation to'")

# How chat frames a question around what it asks: a request's opening ("I need the number of ...", "can you tell me
# who ...", "remind me what ..."), and anywhere in it "quick one:", "any idea which ...", "do you know the venue",
# "someone's asked me where ...", "sorry if this is obvious, but", "can you check whether ...", "just wondering",
# "which person ...", "the name of the seconder", "... and names?": general usage in chat and email, none of it what
# a minute is about (the words are no subject to find in the papers)
CHAT_FRAME = Term(
    r"^\W*(?:(?:hi|hello|please|pls)[,!]?\s+)?(?:i\s+(?:need|want|would\s+like|['’]d\s+like)(?:\s+to\s+know)?|"
    r"(?:can|could|would)\s+you\s+(?:please\s+)?(?:tell|give|find|show|remind)(?:\s+me)?|"
    r"(?:please\s+)?(?:tell|give|show|remind)\s+me)\b|"
    r"\bquick\s+(?:one|q|question|query|check)\b|\bany\s+idea(?:s)?\b|"
    r"\b(?:do|does|would)\s+(?:you|u|any(?:one|body)|some(?:one|body))\s+(?:happen\s+to\s+)?know\b|"
    r"\b(?:some(?:one|body)|a\s+(?:resident|member|colleague|councillor))(?:['’]s|\s+has|\s+have)?\s+asked\s+me\b|"
    r"\bsorry\s+if\s+(?:this|that|it)(?:['’]s|\s+is)\s+(?:obvious|a\s+(?:silly|daft|stupid)\s+(?:one|question))\b|"
    r"\b(?:can|could)\s+(?:you|u)\s+(?:just\s+)?(?:check|confirm|find\s+out|see|look\s+up)\b|"
    r"\b(?:just\s+|i\s+was\s+|i['’]?m\s+|was\s+)wondering\b|\b(?:i\s+)?(?:can['’]?t|cannot|don['’]?t)\s+"
    r"(?:remember|recall)\b|\bwhich\s+(?:person|persons|people)\b|\b(?:the\s+)?names?\s+of\b|\bnames?\s*\?|"
    r"\b(?:thanks|thank\s+you|thx|cheers|ta)\W*$|(?:^\W*|[-–—:;]\s*)(?:please\s+|pls\s+)?list\s+(?:the|all|every|any)\b|"
    # the request after the body and date are named: "argyll & bute 21 jan 16 - list every ...", "..., with dates"
    r"(?<=[-–—:;,]\s)(?:please\s+|pls\s+|can\s+you\s+)?list\s+(?:every|each|all)\b|"
    # an item asked after by the earlier meeting it carries on from: "picks up from which earlier board meeting",
    # "follows on from which meeting", "carrying on from when" (the minutes say "the changes discussed at the meeting
    # on 23 July 2019", "further to the meeting of ...")
    r"\b(?:pick(?:s|ed|ing)?\s+up|follow(?:s|ed|ing)?\s+on|carr(?:y|ies|ied|ying)\s+on|continu(?:e|es|ed|ing))\s+"
    r"(?:from|where)\b(?=\s+(?:which|what|when|the|an?)\b)|"
    r"\b(?:with|and)\s+(?:the(?:ir)?\s+|its\s+|each\s+one['’]s\s+)?dates?\s*(?:pls|please)?\W*$|"
    r"\b(?:on\s+file|on\s+record|in\s+the\s+(?:papers|system))\s*(?=[,?;:)]|$|-)|"
    r"\b(?:(?:a|the|full)\s+)?list\s+of\b(?=\s+(?:the\s+)?[a-z]+\W*$)|"
    r"\b(?:last|this)\s+time(?:\s+(?:a)?round)?\b|\bnext\s+time\s+(?:a)?round\b|"
    r"(?<=\bwhose\s)names?\s+(?:is|are|was|were)\s+(?:(?:down|put\s+down|listed)\s+(?:as|for)|on)\b|"
    # "what topics did the briefing deal with", "what did the note cover": the subject of something asked, as "what
    # was it about" asks it (the minutes print the subjects, not these words)
    r"\bwhat\s+(?:topics|subjects|areas|points|themes)\b|"
    r"(?<=\s)(?:deal|dealt|deals|dealing)\s+with\s*(?=[?,;:]|$)|(?<=\s)(?:cover|covers|covered)\s*(?=[?,;:]|$)",
    "how people frame a question in chat and email (general usage; '... - list of absentees', '... - list every "
    "earlier set of minutes ..., with dates' (round 29's held-out sets), a request ending the "
    "question; 'the seats nobody contested last time round', 'what did they set this time', the occasion said "
    "loosely; 'whose name is down as "
    "backing it', 'whose names are on moving and backing': who did it); the framing words name nothing in the papers")

# The things a question asks to have listed, by their noun: "list the applications they chose not to call in", "- list
# all the conditions imposed", "pls list every objection" (chat and email requests; the noun is what the answer must
# give, and the framing "list the" is no subject: CHAT_FRAME)
LISTED_THINGS = Term(r"(?:^\W*|[-–—:;]\s*)(?:please\s+|pls\s+)?list\s+(?:the|all|every|any)\s+(?:of\s+)?(?:the\s+)?"
                     r"(?:[\w'’-]+\s+){0,2}?(?P<things>[\w'’-]+s)\b",
                     "requests to list things in chat and email ('list the conditions', '- list all the objections')")
# How a chat message opens and closes around its question: a greeting ("hi", "hey there,", "morning all,", "sorry to
# bother you,") and thanks or a plea at the end ("thx", "thanks!", "cheers", "pls", "? ta", "many thanks in advance"):
# general usage in chat and email. They are no part of what is asked, and read as words they dilute the question's
# subject and hide its opening ("hi, did we ever get ...")
GREETING = Term(r"^\W*(?:(?:hi|hiya|hey|hello|dear\s+(?:all|team|clerk))(?:\s+(?:there|all|team|everyone|folks))?"
                r"(?=[\s,!.:;]|$)|"
                r"(?:good\s+)?(?:morning|afternoon|evening)(?:\s+(?:all|team|everyone|folks))?(?=\s*[,!.:;-])|"
                r"sorry\s+to\s+(?:bother|trouble)\s+(?:you|u)(?:\s+but)?)[\s,!.:;-]*",
                "how chat and email messages open: 'hi', 'hey there,', 'morning all,', 'sorry to bother you but' "
                "(general usage)")
SIGN_OFF = Term(r"[\s,.!-]*\b(?:(?:many\s+)?(?:thanks|thank\s+(?:you|u)|thx|ty|cheers|ta)"
                r"(?:\s+(?:so\s+much|a\s+lot|again|in\s+advance|all))?|please|pls|plz)[\s.!]*$",
                "how chat and email messages close: 'thx', 'thanks!', 'cheers', 'pls', 'many thanks in advance' "
                "(general usage)")
_GREETING = re.compile(GREETING.form, re.I)
_SIGN_OFF = re.compile(SIGN_OFF.form, re.I)


def unframed(text: str) -> str:
    """``text`` without the greeting that opens it or the thanks that close it ("hi quick q - who chaired it? thx":
    "quick q - who chaired it?"); the text as it was where nothing else is left."""
    rest = _SIGN_OFF.sub("", _GREETING.sub("", text, count=1), count=1).strip()
    return rest if re.search(r"\w", rest) else text

# A body's possessive typed without its apostrophe, before one of its own bodies or offices: "surrey county councils
# cabinet", "the panels chair" (chat usage); not a plural ("which councils replied", "the boards met jointly")
BODY_POSSESSIVE_BARE = Term(r"(?:council|authority|panel|board|commission)s(?=\s+(?:cabinet|committee|cttee|"
                            r"sub-committee|panel|board|leader|chair(?:man|woman|person)?|mayor|"
                            r"executive)\b)",
                            "chat usage: a body's possessive without its apostrophe, before its own body or office")
# The words after a plural that say it is no possessive typed without its apostrophe ("the councils of the county",
# "the panels were"): function words, not a thing owned ("rotherhams care") (English grammar)
NOT_POSSESSED = Term(r"of|to|in|on|at|for|from|with|by|and|or|were|are|was|is|has|have|had|did|do|does|the|a|an|that|"
                     r"who|which|what|when|where|not",
                     "function words that follow a plural, not a possessive: 'the councils of', 'the panels were' "
                     "(English grammar)")

# The words that join two bodies, or two parts, a question asks of at once: "gorslas cc (mar 17) and hillingdon
# cabinet", "ollerby on the depot, wyndhurst on the rents", "the aonb cttee vs lisnacree planning" (general usage).
# A body's name holds "and" between its words ("Health and Wellbeing Board"), never first.
QUESTION_JOINS = Term(r"and|&|or|vs|versus|compared|whereas|while|but|then",
                      "words joining two things asked of in one question, general usage")

# How people speak of a body's next meeting without the word: "when they next get together", "when we meet again",
# "when the panel next sits" (general usage): when, not a subject the papers must print
MET_AGAIN = Term(r"\bnext\s+(?:sits?|sitting|convenes?|meets?)\b|\b(?:sits?|convenes?|meets?)\s+(?:again|next)\b",
                 "everyday words for a body's next meeting in questions, general usage (their 'get together' is "
                 "written out as 'meet' before a question is read: SHORTHAND)")

# The tier or kind of council printed after its name, which says where a question asks, not what: "harbourne town
# council", "wenlow parish council", "kenmoor borough council's" (Local Government Act 1972 ss.1-2, 9 for counties,
# districts, boroughs and parishes, s.245 for towns and cities; Local Government (Wales) Act 1994 for community
# councils)
COUNCIL_TIERS = Term(r"town|parish|community|district|borough|county|city|metropolitan|unitary|village",
                     "the tiers of council in England and Wales as councils name themselves")

# A count of things received asked with "did we get": "how many responses did we get to the consultation", "how many
# objections have they had", "how much did we receive in grants" (general usage): a figure the minutes report ("1,312
# responses had been received"), not whether something asked for has come, which a follow-up answers
COUNT_RECEIVED = Term(
    r"\bhow\s+(?:many|much)\b[^?]{0,80}?\b(?:did|have|has|had|do|does)\s+(?:we|they|you|members|councillors|the\s+"
    r"(?:[\w'’&-]+\s+){0,4}?)?(?:\s*)(?:get|got|gotten|had|have|receive\w*|see|saw)\b",
    "how people ask a count of things received: 'how many responses did we get', 'how many objections have they had'")

# How people ask after something promised or put in hand, around what it is: "whose job is it", "who's on it", "when
# do we hear back", "still waiting on it?", "has it happened", "did it ever happen", "like they said", "as promised"
# (general usage in chat and email between members and officers). The words ask where it stands or who owns it (an
# action's owner, a log's status, "report back" in the minutes), none of them what the minute is about.
# Whether a thing has happened since it was last heard of, the doing asked at the question's end with "since": "got
# put off in april - signed off since?", "approved since then?", "anything happened since?" (general usage in chat
# and email; round 29's held-out follow-ups). Where it stands now is asked.
DONE_SINCE_ASKED = Term(
    r"\b(?:[a-z]+(?:ed|en)(?:\s+(?:off|up|out|through|in))?|done|sorted|happened|gone\s+(?:ahead|through)|moved|"
    r"progressed)\s+(?:at\s+all\s+|yet\s+)?since(?:\s+(?:then|that|that\s+meeting))?\s*[?.!]*\s*$",
    "how people ask whether a thing was done after the meeting they know of: 'signed off since?', 'approved since "
    "then?'")
# Whether a thing promised is going to be done, asked ahead in everyday words: "will the october questions record get
# annotated", "will the path get fixed", "will they be sending the letter" (general usage in chat and email; round 29's
# held-out follow-ups). Where the promise stands is asked: done, scheduled or still to do.
DOING_AHEAD_ASKED = Term(
    # (not "when is the management area going to be revoked?": a time asked, which the papers may not give)
    r"(?<!\bwhen\s)\b(?:will|would|is|are)\s+(?:[\w'’&/+-]+\s+){1,10}?(?:get(?:ting)?|be(?:ing)?)\s+"
    r"(?:[a-z]+(?:ed|en)|done|made|"
    r"sent|paid|put\s+(?:up|right|in)|set\s+up|sorted)\b(?=\s*(?:[?.!]|$|\b(?:at\s+all|or\s+not|then|soon|too)\b))",
    "how people ask whether a thing will be done: 'will the record get annotated?', 'is the path being fixed?' (a "
    "doing asked at the question's end)")
# Where a thing stands, asked as a choice of two states after it is named: "inspecting the path - done or pending",
# "complete or still outstanding?", "sorted or not", "happened yet or still waiting" (general usage in chat and email;
# round 29's held-out follow-ups). The follow-up's status is asked; neither state is a word the papers must hold.
STATUS_CHOICE = Term(
    r"\b(?:done|complete[d]?|finished|sorted|happened|fixed|actioned|closed|in\s+place|signed\s+off)(?:\s+yet)?\s*"
    r"(?:or|/)\s*(?:still\s+|is\s+it\s+|it['’]?s\s+)?(?:pending|outstanding|open|ongoing|waiting|not(?:\s+yet)?|"
    r"in\s+progress|to\s+do)\b|"
    r"\b(?:pending|outstanding|open|ongoing|in\s+progress)\s*(?:or|/)\s*(?:done|complete[d]?|finished|sorted|closed)\b",
    "how people ask where a follow-up stands as a choice of two states: 'done or pending', 'complete or still "
    "outstanding', 'sorted or not', 'open or closed'")
FOLLOW_UP_FRAME = Term(
    r"\bwhose\s+(?:job|task|responsibility|baby)\s+(?:is|was|will\s+be)\s+(?:it|that|this)\b|"
    # the owner asked in a word or two after the thing is named: "the thank-you letter - whose job?", "whose task,
    # and is it done", "assigned to whom?", "who's it been given to"
    r"\bwhose\s+(?:job|task|responsibility|baby|action)\s*(?=[?,;:.!)]|\s+(?:and|&|now|then)\b|$)|"
    r"\b(?:assigned|allocated|delegated|given|handed)\s+to\s+whom\b|"
    r"\bwho\s*(?:is|was|['’]?s)\s+(?:it|that|this)\s+(?:been\s+)?(?:assigned|allocated|delegated|given|handed)\s+to\b|"
    # where it stands asked in the one word, after the thing: "the access track - status?", "bins, status pls",
    # "and the current status?"
    r"(?:(?<=[-–—:,;(])|(?<=[-–—:,;(]\s)|(?<=\band\s)|(?<=\b&\s)|^)(?:(?:its|the|current|latest|present)\s+){0,2}"
    r"status(?:\s+(?:pls|please|now|update))?\s*(?=[?.!)]|$)|"
    r"\bwho['’]?s?\s+(?:is\s+)?(?:on|doing|handling|dealing\s+with)\s+(?:it|that|this)\s*(?=[?,;:]|$)|"
    r"\bhear(?:d|s|ing)?\s+back\b|"
    r"\b(?:still\s+)?waiting\s+(?:on|for)\s+(?:it|that|this|them)\b|"
    r"\b(?:has|have|did)\s+(?:it|that|this|they)\s+(?:ever\s+|actually\s+|really\s+)?happen(?:ed)?\b|"
    r"\b(?:like|as)\s+(?:they|he|she|we|you|it)\s+(?:said|promised)(?:\s+(?:they|he|she|we|you|it)\s+would)?\b|"
    r"\bas\s+promised\b|" + STATUS_CHOICE.form,
    "how people ask after a thing promised or put in hand (general usage in chat and email): who owns it, whether "
    "it has happened, when word comes back; the framing words name nothing in the papers")

# How people ask after a task by its doing, not by the words of following up: who is doing it ("who's putting the
# approved minutes up online", "who is sending the letter to county"), whether it was done after all ("did members
# actually do the site visit", "did they ever hold the drop-in"), whether the asker got what was asked for ("she
# wanted a breakdown - did she get it"), and whether it is going where it was to go ("is a note going on the
# questions doc", "are the minutes going up online") (general usage in chat and email; the follow-up sets' chat
# questions). Where it stands, and whose it is, is asked; the words of the doing stay the question's own.
DOING_ASKED = Term(
    r"\bwho(?:['’]s|\s+is|\s+was|\s+will\s+be)\s+(?:(?:going|meant|supposed|due|expected)\s+to\s+be\s+)?(?:putting|sending|writing|doing|chasing|"
    r"arranging|sorting|organi[sz]ing|contacting|obtaining|drafting|preparing|posting|publishing|uploading|ordering|"
    r"booking|following|taking\s+(?:it|that|this)\s+(?:on|forward)|looking\s+(?:at|into)|getting)\b"
    r"(?!\s+(?:forward|up\s+for|together)\b)|"
    r"\bdid\s+(?:they|we|members|councillors|cllrs|the\s+(?:council|members|councillors|committee|panel|board|"
    r"clerk|officers?))\s+(?:actually|ever|really|in\s+the\s+end|then)\s+(?:do|hold|carry\s+out|make|have|go\s+on|"
    r"go\s+ahead\s+with|get\s+round\s+to)\b|"
    r"\bdid\s+(?:she|he|they|we|members|councillors|(?:cllr|councillor|mr|mrs|ms|dr)\.?\s+[\w'’-]+)\s+"
    r"(?:ever\s+|actually\s+|finally\s+)?(?:get|receive|see)\s+(?:it|them|that|those|one)\b(?!\s+(?:approved|"
    r"through|passed|agreed)\b)|"
    r"\b(?:is|are)\s+(?:a|an|the|any|that|this|their|our)\s+(?:[\w'’-]+\s+){0,3}?(?:going|being\s+put)\s+"
    r"(?:on|onto|into|in|out|up|online)\b(?!\s+(?:with|about)\b)",
    "chat questions after a task by its doing: 'who's putting the minutes up online', 'who's meant to be sorting "
    "that', 'did members actually do the site visit', 'did she get it', 'is a note going on the questions doc' "
    "(general usage)")

# How people ask what someone was given to do: "what was the clerk asked to price up", "which costings was the clerk
# told to get", "what were members supposed to check": the action, and so where it stands (the follow-up sets' chat
# questions; general usage)
ACTION_GIVEN_ASKED = Term(r"\b(?:what|which)\b[^?]{0,60}?\b(?:was|were)\s+(?:[\w'’-]+\s+){1,3}?(?:asked|told|tasked|"
                          r"instructed|meant|supposed)\s+to\b",
                          "chat questions after an action: 'what was the clerk asked to price up'")
# How people ask whether a thing was done in one word after naming it, the question going on after it: "minute 110
# defib update - inspected? which cllr has taken it on", "the hall roof - repaired? who paid" (a past participle asked
# alone; not a decision asked so, "the plans - approved?", which the decision's own route answers)
DONE_ASKED_ALONE = Term(r"[-–—,:]\s*(?:all\s+|now\s+|ever\s+)?(?!(?:approved|agreed|decided|granted|refused|passed|"
                        r"adopted|accepted|rejected|carried|supported|noted|discussed|considered|raised|mentioned|"
                        r"allowed|dismissed|upheld|deferred|elected|appointed|chosen|named|needed|concerned)\b)"
                        r"[a-z]{3,}(?:ed|en)\s*\?",
                        "chat questions: 'defib update - inspected? which cllr has taken it on', 'bus shelter glass - "
                        "fixed?'")
# How people call someone they ask about without naming them: "the guy from it talked to the council", "the lady
# from the trust", "who was the bloke who spoke": everyday words that say who, which minutes never print so (they
# name the person, "Mr Rhydian Mason"). Lower case after a determiner only: "Cllr Guy Evans" is a name.
SOMEONE = Term(r"(?-i:(?<=\bthe\s)|(?<=\ba\s)|(?<=\bthat\s)|(?<=\bthis\s))(?-i:guys?|blokes?|fellas?|chaps?|"
               r"lady|ladies|gents?|gentlem[ae]n)\b",
               "everyday words for a person in questions, general usage")
# a year that is part of a statute's name, not a time: "the LGA 1972", "Local Government Act 1972", "FOIA 2000",
# "the 1972 Act", "the Data Protection Act 2018", "the ... (England) Regulations 2012" (UK legislation is cited by
# short title and year, Interpretation Act 1978 s.19; minutes and people cite the initials: LGA, DPA, FOIA, TCPA)
STATUTE_BEFORE_YEAR = Term(
    r"\b(?:acts?|regulations|regs|order|rules|measure|lga|lgfa|dpa|foia|foi|tcpa|hswa|eqa|pbama|s\.?\s*\d+[a-z]?)"
    r"(?:\s+(?:act|of))?[\s,]*$",
    "UK statute citation by short title and year (Interpretation Act 1978 s.19): 'Local Government Act 1972', "
    "'LGA 1972', 'FOIA 2000', 'the Local Authorities (Executive Arrangements) ... Regulations 2012'",
)
STATUTE_AFTER_YEAR = Term(r"^\s*(?:act|regulations|order)\b",
                          "a statute named by its year first: 'the 1972 Act', 'the 2012 regulations'")
# How people ask whom someone was there for: "what firm were they from", "which company is she with", "what
# organisation did he represent" (general usage). The records name the firm after the person ("Justin Gartland of
# Nathaniel Lichfield and Partners spoke in favour", "Ms Y, Hafod Housing Association"), seldom the word "firm".
AFFILIATION_ASKED = Term(r"\b(?:what|which|whose)\s+(?:firm|company|organi[sz]ation|outfit|practice|consultancy|"
                         r"agency|business)\s+(?:(?:was|were|is|are|did|do|does)\s+)?(?:(?:he|she|they|it|them|"
                         r"(?:the|that|this)\s+[\w'’-]+)\s+)?(?:from|with|represent\w*|work\w*\s+for|speaking\s+for|"
                         r"acting\s+for|on\s+behalf\s+of)\b"
                         # the firm asked last, after who spoke: "who spoke for item 1 and which firm", "who was the
                         # agent - from what company?", "the objector, of which organisation"
                         r"|(?:\b(?:and|from|of|for|with|at)\s+)?\b(?:what|which|whose)\s+(?:firm|company|"
                         r"organi[sz]ation|outfit|practice|consultancy|agency|business)(?:\s+(?:was|were|is|are)\s+"
                         r"(?:it|that|he|she|they|this))?\s*[?.!]*\s*$",
                         "everyday ways of asking whom a speaker or attendee was there for (general usage); the firm "
                         "asked at the end of a question after who spoke ('... and which firm?')")
_SHORTHAND = [(re.compile(rf"(?<![\w&])(?:{s.form})(?![\w&])", re.I), s.written) for s in SHORTHAND]


@lru_cache(maxsize=1024)  # a question is written out by each reading of it (its whole, its parts, each council's)
def written_out(text: str) -> str:
    """``text`` with the shorthand of :data:`SHORTHAND` written as the papers print it ("p&r cttee": "policy and
    resources committee")."""
    for pattern, written in _SHORTHAND:
        text = pattern.sub(written, text)
    return text


# "and" typed as an ampersand or "n" between words: "residents & reporters", "press n public", "fish n chips" (chat
# and notes); the lexicon's forms are read with "and" written out
AND_TYPED = Term(r"(?<=[a-z])\s+(?:&|n)\s+(?=[a-z])", "'&' and 'n' for 'and' between words: chat, notes and emails")
# two letters joined by an ampersand, as papers and people print an initialism: "A&E", "B&B", "P&R", "O & S"
_AMPERSAND_INITIALS = re.compile(r"(?<![\w&])[a-z]\s*&\s*[a-z](?![\w&])", re.I)


# an initialism printed in capitals: "ASN assistant recruitment", "the CFO's report", "PCP members"
_CAPITAL_INITIALS = re.compile(r"(?<![\w&])[A-Z]{2,5}s?(?![\w&])")


def initials_written(text: str) -> str:
    """``text`` with the initialisms that :data:`SHORTHAND` knows written out, as a question's are: those joined by an
    ampersand ("68.4% of patients attending A&E": "accident and emergency"; read word by word, "A&E" is two letters
    and no word at all), and those printed in capitals ("LC3 Update on ASN assistant recruitment": "additional
    support needs", which the question "asn assistants" is read as). Initialisms it does not know, and shorthand in
    lower case (a word of the paper's own), are left as printed."""
    if "&" in text:
        text = _AMPERSAND_INITIALS.sub(lambda m: written_out(m.group(0)), text)
    return _CAPITAL_INITIALS.sub(_initials_out, text)


_SMALL_WORDS = frozenset(["and", "of", "the", "for", "to", "in", "on"])


def _initials_out(m: re.Match[str]) -> str:
    """A capitals token written out where its letters are the initials of the words written ("ASN": additional
    support needs, "PCP": police and crime panel, "DOI": declarations of interest); not a clipping that happens to be
    printed in capitals for another thing ("CAB", the Citizens Advice Bureau, is no "cabinet"; "HR" no "hour")."""
    token = m.group(0)
    written = written_out(token)
    if written == token:
        return token
    words = [w for w in re.split(r"[\s-]+", written.lower()) if w]
    letters = token.lower().removesuffix("s") if len(token) > 2 and token.endswith("s") else token.lower()
    every = "".join(w[0] for w in words)
    some = "".join(w[0] for w in words if w not in _SMALL_WORDS)
    return written if letters in (every, some) else token

# ----------------------------------------------------------------------------- untitled business

# What a clerk records without an item heading (before item 1, or in a paper with none), named by its first
# sentence: "Councillor Kelly presented the Council with a Petition ... in respect of proposed cuts to the nursery",
# "A minute's silence was observed for former Provost Grant", "The Mayor welcomed ..." (ModernGov notes, parish
# minutes' opening prose). The kind of business, and the words that say what it is about.
UNTITLED_BUSINESS = Term(
    r"petitions?|deputations?|presentations?|minute['’]?s\s+silence|tributes?|announcements?|statements?|letters?|"
    r"motions?|questions?",
    "the business clerks minute before the first item: petitions, deputations, tributes, announcements",
)
ABOUT = Term(
    r"in\s+respect\s+of|regarding|concerning|relating\s+to|about|on\s+behalf\s+of|opposing|calling\s+for|against|"
    r"in\s+support\s+of|for",
    "the words that give a petition's or a letter's subject: 'a petition opposing the closure of ...'",
)

# ----------------------------------------------------------------------------- when a meeting ended

CLOCK = r"\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?|hrs\b|hours\b)?|noon\b|midday\b"
# A venue that is no place: meetings held by video since 2020 print "Venue: Remote", "Microsoft Teams Meeting",
# "Virtual meeting via Zoom", "held remotely"
REMOTE_VENUE = Term(
    r"\b(?:remote(?:ly)?|virtual(?:ly)?|online|zoom|(?:microsoft\s+)?teams|skype|webex|video\s*conference)\b",
    "how councils' headers print a meeting held by video (ModernGov 'Venue: Remote', 'Microsoft Teams Meeting')",
)
# Who took part from elsewhere, as attendance records note it ("Members attending online:", "Cllr Price (remote)",
# "joined via Teams", "by telephone") and as people ask it ("who joined online", "who was on the zoom", "anyone dial
# in"): hybrid meetings after the Local Authorities (Coronavirus) Regulations 2020 and parish practice since
REMOTE_ATTENDANCE = Term(
    r"\b(?:remote(?:ly)?|virtual(?:ly)?|online|on[-\s]?line|zoom|(?:microsoft\s+)?teams|skype|webex|video\w*|"
    r"(?:by|via)\s+(?:tele)?phone|dial(?:l(?:ed|ing)|ed|ing)?\s+in|"
    r"v/c)\b",  # "Mr W MacKay (V/C)": by video conference, as the Highland Council's roll marks it since before 2020
    "hybrid and remote attendance in records and questions (Local Authorities (Coronavirus) Regulations 2020)",
)
# A record's key to a mark printed beside names: "members marked (R) attended remotely via Microsoft Teams", "those
# shown with an asterisk joined online", "* denotes remote attendance", "(S) = substitute member" (hybrid meetings'
# records since the Local Authorities (Coronavirus) Regulations 2020, and rolls that mark substitutes or part
# attendance): the mark, whose names the key's words are said of
MARK_KEY = Term(
    r"\b(?:marked|denoted|indicated|shown|identified|flagged)\s+(?:with\s+|by\s+|as\s+)?(?:an?\s+)?"
    r"(?P<mark>\([A-Za-z*†]{1,3}\)|\*|†|asterisk)|"
    r"(?:^|\s)(?P<lead>\([A-Za-z*†]{1,3}\)|\*|†)\s*(?:=|denotes|indicates|means|[–-]\s)",
    "the key to a mark in a roll: 'members marked (R) attended remotely', '* denotes remote attendance'",
)
# a key whose words are said of people, as a roll's are (not "items marked * are exempt": an agenda's)
MARK_KEY_OF_PEOPLE = Term(
    r"\b(?:members?|councillors?|cllrs?|those|names?|attend\w*|present|remote(?:ly)?|substitut\w*|virtual(?:ly)?|"
    r"video|zoom|teams|online|part\s+of\s+the\s+meeting)\b(?![^.]{0,40}\b(?:items?|agenda|reports?|papers?)\b)",
    "the key's subject in a roll's key ('members marked (R) ...', '(V) denotes attendance by video link')",
)
# The people a question asks after by their post, not their name ("were the two public health directors at the
# governing body", "was the clerk there", "were both vice-chairs at the panel"): the posts attendance records print
# beside names (NHS boards' "Director of Public Health", councils' "Vice-Chair", parish "Clerk", "Co-opted Member")
POST_ASKED = Term(
    r"(?:directors?|directers?|officers?|clerks?|chair(?:s|man|men|woman|person)?|vice[\s-]?chair\w*|mayors?|"
    r"leaders?|reps?|representatives?|governors?|trustees?|commissioners?|managers?|heads?(?=\s+of\b)|executives?|"
    r"treasurers?|"
    r"secretar(?:y|ies)|advis[eo]rs?|gps?|nurses?|co-?opt(?:ed|ees?)(?:\s+members?)?|lay\s+members?|"
    r"portfolio\s+holders?|cabinet\s+members?|ward\s+(?:members?|councillors?|cllrs?))",
    "posts attendance records print beside names: NHS governing bodies ('Director of Public Health', 'Lay Member'), "
    "councils ('Vice-Chair', 'Cabinet Member', 'Ward Councillor'), parishes ('Clerk', 'Co-opted Member')",
)
# Whom the minutes name as standing in for a chairman or vice-chairman away from the meeting, and how they put it:
# "With the absence of the Vice Chairman ... RESOLVED to elect Councillor Beck as Vice Chairman for the meeting",
# "In the absence of the Chair, Cllr Roe took the chair", "Cllr Roe (Vice-Chair, in the Chair)", "Councillor Hale
# presided": standing orders let a meeting elect a chairman for the meeting when chair and vice are absent
# (Local Government Act 1972 Sch.12 paras 11 and 39)
CHAIR_STOOD_IN = Term(
    r"\b(?:in|with|given|due\s+to|because\s+of)\s+the\s+absence\s+of\s+(?:the\s+)?(?:vice[\s-]?|deputy\s+)?"
    r"(?:chair\w*|mayor|convenor|convener|leader|presiding\s+member)\b|"
    r"\b(?:elected|appointed|took|taking|take|takes|act(?:ed|ing)?\s+as)\s+(?:as\s+)?(?:the\s+)?"
    r"(?:vice[\s-]?|deputy\s+)?(?:chair\w*|convenor|convener)\s+for\s+(?:the|this|that)\s+meeting\b|"
    r"\btook\s+the\s+chair\b|\bpresided\b|\bin\s+the\s+chair\s+for\b",
    "a chairman for the meeting in the chair's absence (Local Government Act 1972 Sch.12 paras 11, 39; parish and "
    "committee standing orders): 'In the absence of the Chair, Cllr Roe took the chair', 'elected Vice Chairman "
    "for the meeting'",
)
# "The Mayor welcomed everyone to the meeting.", "Cllr Hale opened the meeting", "The Chair declared the meeting
# open": the one who opens a meeting and welcomes those at it is its chair (standing orders: the chair presides and
# opens the business); minutes with no attendance record say who chaired this way only
PRESIDING_ACT = Term(
    r"\bwelcomed\s+(?:everyone|everybody|all|members|councillors|those\s+present|attendees|colleagues|"
    r"the\s+(?:members|committee|board|panel|council|public))\b|"
    r"\bopened\s+the\s+(?:meeting|proceedings)\b|\bdeclared\s+the\s+meeting\s+open\b",
    "the chair's opening of a meeting (standing orders: the person presiding opens the meeting): 'The Mayor welcomed "
    "everyone to the meeting', 'Cllr Hale opened the meeting'",
)
# How a minute of apologies points at the record printed above it: "Apologies were received and noted as above",
# "Apologies were noted as set out above", "as detailed above", "see above" (clerks' shorthand when the attendance
# block already lists them)
APOLOGIES_AS_ABOVE = Term(
    r"\b(?:noted|recorded|listed|received|shown)\s+(?:as\s+)?above\b|"
    r"\bas\s+(?:(?:noted|recorded|listed|shown|given|set\s+out|detailed|stated|indicated|printed|minuted)\s+)?"
    r"(?:above|overleaf)\b|\bsee\s+above\b|"
    # "Apologies were received from the above Members" (Cairngorms NPA, Scottish community councils)
    r"\bfrom\s+the\s+above(?:[\s-]+(?:named|listed|mentioned))?\s+(?:members|councillors|cllrs)\b",
    "parish, council and NHS minutes of apologies that refer to the attendance record above them",
)
# The clerk's opening line, or the header's "held at" with a clock time: "The meeting commenced at 7.02pm", "The
# Chairman opened the meeting at 10.00 am", "Meeting started: 18:30", "held at 7.00pm on Monday 4 February 2008"
# (a time the header did not print on its own line; the clock needs am/pm there, as "held at 3 Spilman Street" is
# an address)
MEETING_OPENED = Term(
    rf"\b(?:meeting|business|proceedings|session|hearing)\b[^.\n]{{0,30}}?\b(?:commenced|started|began|opened|"
    rf"convened|got\s+under\s*way)\b\s*(?:at|:)\s*(?P<clock>{CLOCK})|"
    rf"\b(?:opened|started|convened|commenced)\s+the\s+(?:meeting|proceedings|session)\s+at\s+(?P<clock2>{CLOCK})|"
    r"\bheld\s+(?:[^.\n]{0,60}?\s)?at\s+(?P<clock3>\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m|p\.?m)\b\.?)",
    "the opening line of minutes and the header's 'held at' in every house style",
)
# The clerk's last line: "The meeting closed at 8.15pm", "There being no further business the Chairman closed the
# meeting at 9.40 pm", "The meeting concluded at 4.30pm", "Meeting ended: 21:05", "(The meeting ended at 11.52am)"
MEETING_CLOSED = Term(
    rf"\b(?:meeting|business|proceedings|session|hearing)\b[^.\n]{{0,30}}?\b(?:closed|ended|concluded|finished|"
    rf"terminated|rose|adjourned)\b\s*(?:at|:)?\s*(?:{CLOCK})|"
    rf"\b(?:closed|ended|concluded)\s+the\s+(?:meeting|proceedings|session)\s+at\s+(?:{CLOCK})|"
    rf"^\W*(?:meeting\s+)?(?:closed|close|ended|finished)\s*(?:at|:)\s*(?:{CLOCK})",
    "the closing line of minutes in every house style: 'The meeting closed at 8.15pm', 'Meeting ended: 21:05'",
)
# A meeting's times printed as a range in its header: "10.00 - 10.50 am" (ModernGov's Welsh councils), "1.30pm -
# 4.15pm", "8.15am - 10.20am": when it began and when it finished, the second time being the close
TIME_RANGE = Term(
    r"(?<![\d.:])\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?\s*[-–]\s*(?P<close>\d{1,2}[.:]\d{2}\s*"
    r"(?:a\.?m\b\.?|p\.?m\b\.?))",
    "the times of a meeting in its header, in ModernGov's and clerks' house styles: '10.00 - 10.50 am', "
    "'1.30pm - 4.15pm'",
)
# A sentence that says only what a meeting was given, not what it was told: "The panel received an update from the
# Cabinet Member on the condition of Westcroft Pool", "Members considered a report of the Director", "The Clerk
# presented her report on ...": committee minutes open an item so, and what the report said follows
REPORT_RECEIVED = Term(
    r"\b(?:received|considered|noted|heard|(?:was|were)\s+given|had)\s+(?:an?\s+|the\s+)?(?:verbal\s+|written\s+|"
    r"further\s+|brief\s+|short\s+|detailed\s+)?(?:update|report|presentation|briefing|overview)\b|"
    r"\b(?:presented|introduced|gave)\s+(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:update|report|presentation|briefing|overview)\b",
    "committee minutes' opening of an item: 'The panel received an update from ... on ...', 'Members considered a "
    "report of the Director of ...', 'The Clerk presented her report on ...'",
)
# The line ModernGov's printed minutes put under the officers in attendance: the venue, then the meeting's times
# ("Chamber, County Hall - County Hall, Carmarthen. SA31 1JP. - 10.00 - 10.50 am", Carmarthenshire's PDF minutes)
VENUE_THEN_TIMES = Term(
    rf"(?P<venue>(?-i:[A-Z])[^:;\n]{{2,150}}?)\s+[-–]\s+(?P<times>{TIME_RANGE.form})\s*\.?$",
    "ModernGov's printed minutes: the venue and the meeting's times on one line under the attendance",
)
# The post that ends an officer's entry in a list of officers in attendance, where a flattened page runs the list on
# into the next line ("K. Thomas, Democratic Services Officer Chamber, County Hall - ..."): the next line begins after
# it (a capital follows; "Leader's Office" is a room, not a post)
OFFICER_POST_END = Term(
    r"\b(?:officer|manager|clerk|director|solicitor|secretary|advis[eo]r|assistant|executive|accountant|engineer|"
    r"planner|auditor|treasurer|administrator|co-?ordinator|lawyer|surveyor|translator|minute[-\s]?taker)"
    r"(?=\s+(?-i:[A-Z]))",
    "the posts officers are listed with in councils' records of attendance ('R. Edgecombe, Legal Services Manager', "
    "'K. Thomas, Democratic Services Officer')",
)
# what a question asks of a meeting's own particulars, which its header prints (ModernGov's "Venue: Remote",
# "Contact: Tessa Mott, Democratic Services", a publication note's "DEADLINE FOR CALL-IN", "Held on 13th January 2022
# via Microsoft Teams", "Minutes of Meeting ... on Thursday, 28 June 2018 at 10.35am"): when it started, who to
# contact, the call-in deadline, whether it was held remotely or in person (where it was held: the venue intent)
MEETING_PARTICULARS = Term(
    r"\bcontact\s+(?:officers?|details|person|name|number|for)\b|\bdemocratic\s+serv\w*\b|"
    r"\bcall(?:ed|ing)?[\s-]?in\b[^?]{0,30}\b(?:deadline|period|date|by)\b|"
    # (the deadline in everyday words: "last day for a call-in", "the cut-off for calling them in")
    # ("by what date could decisions be challenged (call in)": the day asked by its noun)
    # ("last day to call them in", "cut-off for calling any of it in": the phrasal verb split by its object)
    r"\b(?:deadline|by\s+when|by\s+what\s+(?:date|day)|last\s+(?:day|date)|closing\s+date|cut[\s-]?off)\b[^?]{0,80}"
    r"\bcall(?:ed|ing)?(?:\s+(?:them|it|those|these|this|that|any(?:\s+of\s+(?:them|it|those|these))?|one))?[\s-]?in\b|"
    # the call-in period asked in everyday words, of the meeting's decisions as a whole (not one decision named:
    # "when will the decision on the skate park be implemented" asks of its item)
    r"\b(?:the|these|those|its|their|all\s+(?:the|its|their))\s+decisions\s+(?:[\w'’-]+\s+){0,3}?(?:be\s+|get\s+|"
    r"come\s+into\s+|take\s+)?(?:implemented|put\s+into\s+(?:action|effect|practice|place)|acted\s+(?:on|upon)|"
    r"force|effect|carried\s+out|go\s+ahead)\b|"
    r"\b(?:implement|action|enact)\s+(?:the|these|those|its|their|any\s+of\s+the)\s+decisions\b|"
    r"\b(?:held|meet|met|meeting|mtg|sat|sit)\b[^?]{0,40}?\b(?:remote(?:ly)?|online|virtual(?:ly)?|zoom|"
    r"microsoft\s+teams|on\s+teams|via\s+teams|hybrid|face[\s-]to[\s-]face|in\s+person|dial(?:led|ing)?\s+in)\b",
    "what people ask of a meeting's header beside its start, venue and contact (the plan's START, VENUE and CONTACT "
    "intents): the contact officer, the call-in deadline, how it was held (the Coronavirus Regulations 2020 let "
    "councils meet remotely; many still print 'and remotely' in the venue). Not a bare 'start' or 'deadline': 'when "
    "did work on the water supply start' asks of an item, not of a meeting's header",
)
# a member's own part in an item, as people ask it ("did she take part", "did he stay for it", "did she leave the
# room"), which the declarations item records beside the interest ("took no part in discussions regarding this
# application", "remained in the room during the discussion and vote", "left the meeting for that item")
OWN_PART = Term(
    r"\b(?:take|takes|took|taking|play(?:ed|s)?)\s+(?:any\s+|a\s+|no\s+)?part\b|"
    r"\b(?:stay|stays|stayed)\s+(?:in|for|on|during)\b|"
    r"\b(?:remain|remains|remained)\s+(?:in\s+the\s+(?:room|meeting|chamber)|for\s+(?:it|that|the))\b|"
    r"\b(?:leave|leaves|left)\s+(?:the\s+)?(?:room|meeting|chamber)\b|"
    # "could lal vote on the grant", "was cllr x allowed to speak", "able to vote given she's treasurer": whether the
    # member could take part, which a dispensation answers (not "could the council vote": a body's decision)
    r"\b(?:could|can|was|were)\s+(?!(?:the|they|it|we|council|committee|cabinet|board|panel|members)\b)"
    r"(?:(?:cllr|councillor|mr|mrs|ms|dr)\s+)?[\w'’-]+\s+(?:(?:able|allowed|permitted)\s+to\s+)?(?:vote|speak)\b|"
    r"\b(?:allowed|able|permitted)\s+to\s+(?:vote|speak)\b",
    "everyday ways of asking whether a member took part in an item, as the Localism Act 2011's rules on "
    "participation put it (taking part in discussion or vote, remaining in or leaving the room)",
)
# a member's part in an item as minutes record it beside the interest: "took no part in discussions", "remained in the
# room during the discussion and vote", "left the meeting for that item", "withdrew", "did not vote", "to allow her to
# speak and vote on this item"
OWN_PART_SAID = Term(
    r"\b(?:take|takes|took|taking)\s+(?:no\s+|any\s+|a\s+full\s+)?part\b|\bremain(?:ed|ing|s)?\b|"
    r"\b(?:left|leave|leaving|withdr[ae]w\w*)\b|\b(?:did\s+not|didn['’]t|not\s+to)\s+(?:vote|speak|participate)\b|"
    r"\bspeak\s+and\s+vote\b|\bspoke\s+and\s+voted\b|\babstain\w*|\bparticipat\w*|\bstayed\b|"
    # "a dispensation had been granted to Cllr Lal under section 33 of the Localism Act 2011 to speak, but not vote"
    r"\bdispensations?\b|\bbut\s+not\s+(?:to\s+)?(?:vote|speak)\b",
    "how minutes record a member's participation after declaring (codes of conduct: remain, speak and vote; leave "
    "the room; take no part; a dispensation under the Localism Act 2011 s.33 'to speak, but not vote')",
)
# an item's own locator asked for: its agenda or minute number, a planning application's reference ("whats the
# application ref", "what agenda number was it", "which agenda item was the new school proposal")
ITEM_LOCATOR_ASKED = Term(
    r"\b(?:ref|refs|reference|references)\b|"
    r"\b(?:agenda|minute|item|application|app|case)\s+(?:no|nos|number|numbers|num)\b|"
    r"\bwhich\s+(?:agenda\s+)?items?\s+(?:no\s+|number\s+)?(?:was|were|is|are)\b|"
    r"\bwhat\s+(?:agenda\s+|minute\s+)?(?:item\s+)?(?:number|no)\b",
    "how people ask for an item's number or a case's reference: agenda and minute numbering, planning references",
)
# the number a paper or a meeting gives itself, asked for: "what are lea pc's april minutes numbered", "which number
# annual meeting was it", "which annual meeting number" (its heading prints it, never the word "number")
OWN_NUMBER_ASKED = Term(
    r"\bwhich\s+(?:number|no)\b|\bnumbered\b|\b(?:meeting|mtg)\s+(?:number|no)\b",
    "how people ask for the serial number or ordinal a paper or meeting gives itself",
)
# the number a meeting gives itself, printed as its ordinal: "Minutes of the One Hundredth & Twenty-fifth Annual
# Meeting" (parish councils count their annual meetings), "the 57th Annual General Meeting"
MEETING_ORDINAL = Term(
    r"\b(?:\d+(?:st|nd|rd|th)|(?:[a-z]+[\s&-]+(?:and\s+|&\s+)?){0,4}?(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+ieth|hundredth|thousandth))\s+"
    r"(?:(?:annual|ordinary|general|statutory|parish|town)\s+){0,3}meeting\b",
    "annual and general meetings numbered by their ordinal in parish and society minutes",
)
# a telephone number asked for ("whats the phone number for lea parish council", "the clerk's tel no", "a number to
# ring"), which papers print as digits, never as the words asked
PHONE_ASKED = Term(
    r"\b(?:phone|telephone|tel|mobile)\s*(?:no|nos|number|numbers)?\b|\bnumber\s+to\s+(?:ring|call|phone)\b",
    "how people ask for a telephone number",
)
# a UK telephone number as papers print it: "07791 088761", "01267 224059", "(01524) 582074", "01483 743012"
PHONE_NUMBER = Term(
    r"(?<![\d/£.,])\(?0\d{3,4}\)?[\s-]?\d{3}[\s-]?\d{3,4}(?![\d/])",
    "UK telephone numbers in Ofcom's national format (0 and an area or mobile code, then the local number)",
)
# a case's reference: "08/310/CP", "18/00335/FUL", "P/19/0123", "DC/1234": parts between slashes, with a digit and a
# letter among them (not "2022/23", a financial year, nor "12/03/2020", a date)
CASE_REFERENCE = Term(
    r"(?<![\w/])(?=[\w/.-]*\d)(?=[\w/.-]*[A-Za-z])[A-Za-z0-9]+(?:/[A-Za-z0-9.-]+)+(?![\w/])",
    "planning and licensing case references as local planning authorities number them (year/serial/type)",
)
# a locator as minutes print it beside an item's name: "item 14 (Marina Park Footpaths)", "Agenda Item 15", "Minute
# No. 47", a numbered row "9.1 Notice of Motion" (a case reference such as 18/00335/FUL is read apart)
ITEM_LOCATOR_SAID = Term(
    r"\b(?:agenda\s+)?(?:items?|minutes?)\s+(?:no\.?\s*)?[A-Z]?\d[\w.()]*|"
    r"(?:^|\n)\s*\d{1,3}(?:\.\d{1,2})+\s+(?-i:[A-Z])",
    "agenda and minute numbers as declarations print them beside the item: 'item 14 (...)', 'Minute No. 47 (...)', "
    "a declarations table's '9.1 Notice of Motion'",
)
# what a thing showed or came to, asked for ("what did the village bulletin survey actually show", "what were the
# findings"): its content or result, which a line naming it ("Discussed the Village Bulletin Survey") does not give
RESULT_ASKED = Term(
    r"\bwhat\s+(?:did|does|do|has|have)\s+[^?]{1,80}?\b(?:show|shown|find|found|reveal|revealed|conclude|concluded|"
    r"say|said|report|reported|recommend|recommended|come\s+up\s+with|tell|told)\b|"
    r"\b(?:results?|findings?|outcomes?|conclusions?)\b",
    "how people ask for what a report, survey or review found, as against what it is",
)
# words that name the kind of answer a question wants rather than its subject: "how much bus improvement money did
# they get", "how much cash went missing" (a sum: minutes print "£38.4m", not "money"); "how long are ambulances
# waiting" (a length of time: "47 minutes"). An item printing a value of that kind holds the word's meaning.
SUM_WORDS = Term(r"money|cash|dosh|funds|sum|amount|estimate|ballpark",
                 "everyday words for a sum of money, which minutes print as a figure ('what's the estimate for the "
                 "new roof': the sum it is estimated to cost; 'a ballpark for the new roof': 'costing an estimated "
                 "£118,000', where the ballpark is the sum and never the word)")
# the Band D figure asked by what it is: "band d charge per household", "the band d bill for a home", "band d cost per
# property" (Local Government Finance Act 1992 ss.5 and 36: council tax is charged on each dwelling, Band D the
# standard band; minutes print "the Band D council tax be £133.37", "a Band D precept of £89.46"): with Band D named,
# these words are the sum printed, not words the minute must hold
BAND_D_NAMED = Term(r"\bband\s*-?\s*d\b", "council tax valuation band D (Local Government Finance Act 1992 s.5)")
BAND_D_SUM_WORDS = Term(r"charges?|bills?|costs?|levy|amount|households?|homes?|houses?|propert(?:y|ies)|"
                        r"dwellings?|annum",
                        "what a Band D council tax is, as people ask it: the charge or bill per household, home, "
                        "property or dwelling a year (LGFA 1992 s.5)")
# a figure asked by the word for one: "the band d number they settled on" (the Band D precept, "set at £89.46"; everyday
# English: the figure is the answer, which minutes print as a sum or a count, never as the word "number"); not the
# number a meeting or an item gives itself, nor a phone number (ITEM_LOCATOR_ASKED, OWN_NUMBER_ASKED, PHONE_ASKED read
# those first)
FIGURE_WORDS = Term(r"number",
                    "everyday English: 'what number did they settle on' asks for a figure, which minutes print as a "
                    "sum or a count (not 'figure', which papers print: 'the figure was set at')")
# a sum asked by its noun, the thing it is a sum of after it: "the estimate for a temporary bridge", "cost of the new
# minibus", "price of a replacement boiler" (everyday English; the noun phrase after it names what the sum is of)
SUM_OF_THING = Term(r"\b(?:cost|price|estimate|budget|fee|charge)s?\s+(?:of|for)\s+(?:an?\s+|the\s+)?"
                    r"(?P<thing>[^?,;:]{1,60})",
                    "everyday English: 'the estimate for a temporary bridge' asks the sum of a temporary bridge, not "
                    "of the bridge")
# words that say how a count is made, not what is counted ("how many different things did officers run", "how many
# separate complaints"): the counted thing is the noun after them
COUNT_MODIFIERS = Term(r"different|separate|distinct|individual|various|diverse|several|extra|additional|further|"
                       r"more",
                       "everyday English: 'how many different X' counts X; 'how many extra operators', 'how many "
                       "more homes' count the operators and homes added")
# what a figure is of, printed after the noun it is of: "rent increase", "repair costs", "parking charges", "crime
# levels" (finance reports and performance tables); the noun before them is still the thing the figure is of
FIGURE_NOUNS = Term(r"costs?|charges?|fees?|prices?|levels?|rates?|increases?|rises?|uplifts?|figures?|totals?|"
                    r"budgets?|spend|spending|income|bills?|numbers?|counts?|savings?|reductions?|cuts?|amounts?|"
                    r"sums?|payments?|funding|grants?|targets?|performance|scores?",
                    "nouns naming a figure after what it is of, as finance and performance reports print them")
# "how much will they save", "what saving will the new contract make": a saving is asked, which minutes print as
# "a saving of £41,000", "would save £120,000 a year", "reduce costs by", "cheaper" (budget and savings reports)
SAVING_ASKED = Term(r"\bsav(?:e|es|ed|ing|ings)\b", "'save', 'saving', 'savings' asked of a change or a contract")
SAVING_SAID = Term(r"\bsav(?:e|es|ed|ing|ings)\b|\breduc\w*|\bcut\w*|\blower\w*|\bcheaper\b|\bless\b|\bdown\s+by\b",
                   "how budget reports word a saving: 'savings of', 'would save', 'reduce costs by', 'cheaper'")
# "what's the sickness absence target", "what is their recycling target": a target asked, which performance reports
# print as "against a target of 4%", "the 95% standard", "trajectory", "ambition" (NHS and council scorecards); the
# figure achieved is not it
TARGET_ASKED = Term(r"\btargets?\b", "'target' asked of a measure")
TARGET_SAID = Term(r"\btarget\w*|\bstandard\b|\btrajector\w*|\bambition\w*|\baim\w*|\bgoal\w*|\bthreshold\w*",
                   "how scorecards word a target: 'against a target of', 'the 4-hour standard', 'trajectory'")
# "how much is each new aerial ladder platform", "what does each bin cost": a price for one, which minutes print as
# "£3.20 for each bin", "£800,000 each", "£45 per permit", "at £12 a head" (purchase and charging decisions)
EACH_ASKED = Term(r"\beach\b(?!\s+(?:year|month|week|day|quarter|time|other)\b)|"
                  r"(?<!,)(?<!,\s)\bper\s+(?!cent\b|annum\b|the\b|their\b|its\b|our\b|an?\b)(?-i:[a-z])[a-z]+",
                  "one of several asked the price of: 'each new platform', 'per permit' (not ', per the committee' "
                  "or 'per Drumhollis's committee': according to)")
EACH_SAID = Term(r"\beach\b|\bper\b|\bapiece\b|\ba\s+(?:head|unit|piece|time)\b|/\s?[a-z]",
                 "how minutes price one of several: '£3.20 for each bin', '£800,000 each', '£45 per permit'")
# "what opening hours", "what hours did the licence ask for", "what are the toilets' opening times": hours of
# opening asked, which minutes print as clock times or days ("10:00 to 23:00", "9am-5pm", "seven days a week",
# "dawn to dusk", "24 hours") (licensing hearings, facilities reports)
HOURS_ASKED = Term(r"\bwhat(?:['’]s|\s+(?:are|were|is|was|will\s+be))?\s+(?:the\s+)?"
                   r"(?:(?!(?:did|do|does|was|were|is|are|has|have|had|happen\w*|about)\b)[\w'’-]+\s+){0,3}?"
                   r"(?:opening|closing|licensed|trading|operating|office|working)\s+(?:hours|times)\b"
                   r"(?!\s+(?:cuts?|changes?|reductions?|extensions?|review|consultation)\b)|"
                   r"\bwhat\s+(?:hours|times\s+(?:of\s+)?(?:opening|operation))\b",
                   "hours of opening or work asked ('what opening hours', 'what hours', 'what are the opening times'), "
                   "not something done about them ('what did they do about the opening hours cut')")
HOURS_SAID = Term(r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\b|p\.?m\b)|\b\d{1,2}[.:]\d{2}\b|\b(?:noon|midday|midnight|dawn|"
                  r"dusk)\b|\b\d+\s*(?:-\s*)?hours?\b|\b(?:\w+|\d)\s+days?\s+(?:a|per)\s+week\b|\b24/7\b|"
                  r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+(?:to|-|–)\s+(?:mon|tues|wednes|thurs|fri|satur|"
                  r"sun)days?\b",
                  "hours as minutes print them: '10:00 to 23:00', '9am-5pm', 'seven days a week', 'dawn to dusk'")
# how minutes record someone coming or going mid-meeting: "Councillor Spoor joined the meeting at 11.15am", "Mrs
# Hudspith left the room", "Cllr Dale arrived at 7.40pm" (attendance notes in the body of the minutes)
MOVEMENT_SAID = Term(r"\b(?:joined|rejoined|arrived\s+(?:at|in|during|late)|entered|left|returned\s+to|withdrew\s+from|"
                     r"came\s+into|re-?entered)\s+(?:the\s+)?(?:meeting|room|chamber|proceedings)\b|\barrived\s+at\s+\d",
                     "a member's arrival or leaving recorded in the body of the minutes")
# An event other than a meeting, held by or for a body: its workshops, site visits and hearings ("after the site
# visit", "at the february 2018 hearing"): planning committees' site visits, scrutiny workshops, panels' confirmation
# hearings, member training and briefing sessions
EVENTS_HELD = Term(r"workshops?|seminars?|hearings?|conferences?|away\s?days?|site\s+visits?|inquiry|"
                   r"consultation\s+events?|training\s+sessions?|briefing\s+sessions?",
                   "events minutes name that are not meetings of the body: site visits, workshops, hearings")
# "who took over as chair after Roger Wilson", "who replaced Mr Tate as clerk", "who succeeded her": a successor asked;
# "who was the PCN rep before Dr le Roux": a predecessor, someone else again
SUCCESSION_ASKED = Term(r"\bwho\b[^?]*?\b(?:took|takes|taking|take|taken)\s+over\s+(?:as|from)\b|"
                        r"\bwho\b[^?]*?\breplac\w*\b[^?]*?\bas\b|\bwho\b[^?]*?\bsucceed\w*|"
                        r"\bwho\b[^?]*?\b(?:before|preceded)\s+(?:cllr|councillor|dr|mr|mrs|ms|miss|sir|dame)\.?\s+[\w'’-]+|"
                        # "after cllr wilson died - new permanent chair appointed? name", "a replacement clerk since
                        # she retired?": a holder after one who went, the going named
                        r"\b(?:after|since|following|now)\b[^?]*?\b(?:died|death|passing|passed\s+away|left|resigned|"
                        r"resignation|stood\s+down|stepped\s+down|retired|retirement|gone)\b[^?]*?"
                        r"\b(?:new|replacement|successor|permanent|substantive)\b",
                        "how people ask who followed or went before someone in an office")
# how minutes name a thing as not so: "will undertake the H&S policy and not the Risk Management document", "all
# policies except the complaints procedure", "rather than the clerk" (parish and committee minutes)
NEGATED_BEFORE = Term(r"and\s+not|but\s+not|not|except(?:\s+for)?|other\s+than|rather\s+than|instead\s+of|excluding",
                      "words that name a thing as excluded from what a sentence says")
# what a numbered case is asked for: "what is application 08/306/CP actually for", "what's 24/0311/FUL about", "what
# does P/19/0123 propose" (how people ask what an application, a licence or a case is, by its reference)
CASE_PURPOSE_ASKED = Term(r"\bwhat(?:['’]?s|\s+is|\s+was|\s+are|\s+were)\b[^?]*?{ref}[^?]*?\b(?:for|about)\b|"
                          r"\bwhat\s+(?:does|did|do|will)\b[^?]*?{ref}[^?]*?\b(?:propos\w*|involv\w*|seek\w*|want\w*|"
                          r"cover\w*|ask\w*\s+for)\b",
                          "how people ask what a case is, by its reference ({ref}: the reference)")
# words that say what became of a case, not what it is: planning call-in lists ("08/306/CP -No Call-in"), decision
# lists ("Approved", "Refused", "Deferred"), consultees' responses ("No objection", "Support", "No comment")
CASE_OUTCOME_WORDS = Term(r"no|not|call|called|calls|in|approved|approve|refused|refuse|granted|grant|deferred|defer|"
                          r"withdrawn|permitted|support|supported|object|objection|objections|comment|comments|"
                          r"observations|noted|decision|delegated|determined|conditions?|subject|to|the|and|with|"
                          r"was|were|be|been|application|applications|reference|ref|case|item",
                          "planning call-in lists, decision lists and consultees' responses, with the words that "
                          "link them")
# a date asked by its noun: "by what date could decisions be challenged", "the dates he was in the role and the date
# of death", "what's the closing date": a day the papers print ("from 13 July 2017 until his death on Sunday 8 December
# 2019", "DEADLINE FOR CALL-IN: 25 SEPTEMBER 2017"), never the word (not "to date", "up to date", "out of date": so far,
# current; not "date of next meeting", a record the next-meeting route reads by its own cue)
DATE_WORDS = Term(r"dates?|deadlines?",
                  "everyday English: 'what date', 'the dates', 'the deadline' ask for a day, which minutes print as "
                  "one ('25 September 2017', 'from 13 July 2017 until ...')")
DATE_NOT_ASKED = Term(r"\b(?:up\s+to|out\s+of|to)\s+dates?\b",
                      "everyday English: 'to date' (so far), 'up to date' and 'out of date' (current or not) ask "
                      "no day")
HOW_LONG = Term(r"\bhow\s+long\b", "'how long' asks for a length of time ('47 minutes', 'six weeks')")
DURATION = Term(r"\b\d[\d.,]*\s*(?:-\s*)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b|"
                r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty)\s+"
                r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b",
                "a length of time as minutes print it: '47 minutes', '38 minutes 12 seconds', 'six weeks'")
# how many came to something, asked of people by what they did: "how many people went to the festival", "how many
# actually turned up", "how many folk came along" (general usage: people ask a turnout by its verb, not its noun)
TURNOUT_ASKED = Term(r"\bhow\s+many\s+(?:(?:people|persons|folk|individuals)\s+)?"
                     r"(?:(?:actually|really|in\s+fact|in\s+total|altogether|roughly|approximately|about)\s+)?(?:went|came|attended|visited|turned\s+(?:up|out)|"
                     r"showed\s+up|rocked\s+up|go|come|attend|visit|turn\s+(?:up|out)|show\s+up)\b",
                     "a turnout asked by what people did: 'how many people went to the festival', 'how many turned up'")
# how a vote went, asked: "which way did it go", "how did the vote go", "what was the result of the vote", "what was
# the outcome of the motion" (general usage; the question names the vote or the motion)
VOTE_OUTCOME_ASKED = Term(r"\b(?:which\s+way|how)\s+did\s+(?:it|that|the\s+(?:vote|voting|motion|amendment|division))"
                          r"\s+go\b|"
                          r"\b(?:result|outcome)\s+of\s+the\s+(?:vote|voting|motion|amendment|division)\b",
                          "how a vote's outcome is asked: 'which way did it go', 'how did the vote go'")
# a count asked of what has been done by now: "how many firefighters have they signed up so far", "how many homes
# has the fund delivered to date", "how many have been recruited yet" (general usage)
DONE_SO_FAR_ASKED = Term(r"\bhow\s+many\b[^?.;]*?(?:\b(?:has|have|had)\b|['’]ve\b|\bso\s+far\b|\bto\s+date\b|"
                         r"\bthus\s+far\b|\bup\s+to\s+now\b|\buntil\s+now\b|\byet\b|\balready\b)",
                         "a count of what is done by now: 'how many have they signed up so far', 'how many to date'")
# how minutes give a number aimed at, not reached: "with a target of 24 new on-call firefighters by March 2031", "the
# ambition is 500 homes", "aims to recruit 30", "a trajectory of 120 a year" (performance and programme reports)
TARGET_SAID = Term(r"\b(?:targets?(?:ed|ing)?|aim(?:s|ed|ing)?\s+(?:to|for|of)|an\s+aim|ambitions?|goals?|"
                   r"aspirations?|objectives?|trajector(?:y|ies)|intend\w*|plann?(?:ed|ing|s)?\s+to|seek\w*\s+to|"
                   r"hope[sd]?\s+to)\b",
                   "a number aimed at in programme and performance reports: 'a target of 24 ... by March 2031', 'aims "
                   "to recruit 30', 'the ambition is 500 homes'")
# how minutes count those who came: "attracted an estimated 31,000 visitors", "attendance of 450", "some 200 people
# attended", "a crowd of 5,000", "footfall was 12,400", "120 participants" (event, visitor and leisure reports); a
# count of helpers ("35 volunteers") or of tickets sold is not of those who came
TURNOUT_SAID = Term(r"\b(?:attend\w*|visit\w*|came|come|went|turn\w*\s+(?:up|out)|turnout|footfall|audiences?|crowds?|"
                    r"spectators?|participa\w*|present|people|persons|guests|attract\w*|drew|drawn|admissions?|"
                    r"entr(?:y|ies)|through\s+the\s+(?:gates?|doors?))\b",
                    "event, visitor and leisure reports: 'attracted 31,000 visitors', 'attendance of 450', 'a crowd of "
                    "5,000', 'footfall was 12,400'")
# how long an office is held, as minutes elect or appoint to it: "for the period expiring on the date of the Annual
# Meeting of the Council in 2023", "until the next Annual Meeting", "for the ensuing year", "for the municipal year
# 2024/25", "for a term of three years" (Local Government Act 1972 ss.3, 15; standing orders)
TERM_OF_OFFICE = Term(r"\bfor\s+(?:the|a)\s+(?:further\s+)?(?:period|term)\s+(?:of\s+office\s+)?(?:expiring|ending|"
                      r"until|to|of)\b|\b(?:until|till|up\s+to|expiring\s+(?:on|at))\s+(?:the\s+(?:date\s+of\s+the\s+)?)?"
                      r"(?:next\s+|following\s+)?annual\s+(?:general\s+|council\s+)?meeting\b|"
                      r"\bfor\s+the\s+(?:ensuing|coming|following|next|forthcoming|current)\s+(?:municipal\s+|civic\s+|"
                      r"council\s+)?year\b|\bfor\s+the\s+(?:municipal|civic|council)\s+year\b",
                      "an office's term as minutes elect to it: 'for the period expiring on the date of the Annual "
                      "Meeting in 2023', 'until the next Annual Meeting', 'for the ensuing year'")
# a length of time asked with the verb of lasting: "how long does her stint as chair run", "how long will the lease
# run", "how long does the consultation go on": the verb asks the length, as "long" does (general usage)
LASTING_VERBS = Term(r"run|runs|running|ran|last|lasts|lasted|lasting",
                     "'how long does it run', 'how long will it last': the length asked, everyday English")
# a rate or share asked by its noun ("what was the recycling rate for 2024/25", "what's the percentage of pupils"):
# minutes print it as a percentage ("66.8% of municipal waste", "54 per cent") or a figure per so many ("4.2 per
# 1,000 population"), never with the word; plurals are left out ("business rates" is a tax)
RATE_ASKED = Term(r"\bwhat(?:['’]?s|\s+is|\s+was|\s+will\s+be)\s+(?:the\s+|their\s+|its\s+|our\s+)?"
                  r"((?:[\w'’&/-]+\s+){0,5}?)(?:rate|percentage|proportion)\b(?!\s+(?:payers?|relief)\b)|"
                  r"\bwhat\s+(?:percent(?:age)?|per\s*cent|%)(?!\s+(?:payers?|relief)\b)",
                  "performance and service reports: a rate or proportion asked by its noun (what it is of captured); "
                  "or by 'what percent' ('the precept going up by what percent', 'what percentage of calls'), which "
                  "budget and performance reports answer '4.8%', '54 per cent'")
RATE_WORDS = Term(r"rate|percentage|proportion|percent", "the nouns of :data:`RATE_ASKED`")
RATE_PRINTED = Term(r"\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)|\b\d[\d.,]*\s+per\s+(?:\d[\d,]*|thousand|hundred|"
                    r"head|capita)\b",
                    "a rate as reports print it: '66.8%', '54 per cent', '4.2 per 1,000 population'")

# whether a meeting could be joined from afar, as people ask it: "could ppl join remotely", "had people joining
# online", "could we dial in via teams" (a venue line answers: "Chamber - County Hall and remotely", "Microsoft Teams")
JOINED_FROM_AFAR = Term(r"\b(?:join(?:ed|ing|s)?|dial(?:led|ling)?\s+in|log(?:ged|ging)?\s+(?:in|on))\b[^?]{0,60}?\b"
                        r"(?:remotely|virtually|online|by\s+video|on\s+(?:zoom|teams)|via\s+\w+)\b",
                        "everyday words for taking part in a meeting from elsewhere, as typed in chat")
# how a venue line names a remote manner of meeting: "and remotely", "Virtual meeting", "Microsoft Teams", "via Zoom"
HELD_FROM_AFAR = Term(r"\b(?:remote(?:ly)?|virtual(?:ly)?|online|teams|zoom|skype|webex|hybrid|video)\b",
                      "ModernGov venue lines ('Venue: Remote', '... and remotely') and remote-meeting headers ('via "
                      "Microsoft Teams', 'Zoom meeting'), Local Authorities (Coronavirus) Regulations 2020")
# ----------------------------------------------------------------------------- another body's word
# How minutes print another body's word, just after naming it (the county council, a trust, a commissioner): "the
# County Council had replied that ...", "the Trust had not yet responded", "the Commissioner's response was noted",
# "Highways England confirmed": correspondence and matters-arising items of parish, town and committee minutes
SPOKE_AFTER = Term(r"said|says|stated|replied|responded|response|responses|reply|replies|answered|answer|confirmed|"
                   r"advised|wrote|written\s+back|objected|objection|objections|supported|opposed|agreed|declined|"
                   r"refused|rejected|accepted|indicated|explained|reported|commented|comments|informed|considered|"
                   r"felt|argued|welcomed|expressed|raised|suggested|proposed|recommended|letter|email|e-mail|views?|"
                   r"position|representations?|told|stance|report|reports|update|updates",
                   "a body's word printed after its name: 'the County Council had replied', \"the Trust's response\"")
# ... or just before it: "a letter from the Trust", "a response received from Highways England", "according to the
# County Council", "as advised by the Environment Agency" (correspondence lists; reports of officers' contacts)
SPOKE_BEFORE = Term(r"from|by|according\s+to",
                    "a body's word printed before its name: 'a letter from the Harbour Trust', 'according to the "
                    "county'")
# How minutes name a body only as the one written to, met or asked (its reply still to come): "RESOLVED to write to the
# County Council", "officers meet the Harbour Trust", "referred to Loughcarra County Council", "to chase the
# Commissioner" (resolutions and action lists of parish, town and committee minutes)
ADDRESSED_BEFORE = Term(r"to|with|meet|meets|meeting|met|ask|asks|asked|asking|invite|invited|inviting|urge|urged|"
                        r"lobby|lobbied|contact|contacts|contacted|approach|approached|refer|referred|write|writes|"
                        r"wrote|writing|chase|chased|remind|reminded|request|requested|seek|sought|consult|consulted|"
                        r"press|pressed|notify|notified|inform|informed|copy|copied",
                        "a body named as written to, met or asked: 'to write to the County Council', 'meet the Trust'")
# ... or asked after its name, in the passive of a resolution: "That the Commissioner be asked to respond by 31 July"
ADDRESSED_AFTER = Term(r"(?:be|being|is\s+to\s+be|are\s+to\s+be|had\s+been|has\s+been|was|were)\s+(?:formally\s+)?"
                       r"(?:asked|invited|requested|sent|written\s+to|contacted|approached|urged|lobbied|chased|"
                       r"reminded|consulted|notified|informed|told|pressed)",
                       "a body asked in a resolution's passive: 'that the Commissioner be asked to respond'")
# How minutes say a body's reply has not come, which answers "did they ever reply": "a reply was still awaited", "no
# response had been received", "the response is outstanding" (matters arising and action logs)
REPLY_AWAITED = Term(r"(?:reply|response|answer|letter)\s+(?:\w+\s+){0,2}?(?:awaited|outstanding|not\s+(?:yet\s+)?"
                     r"(?:been\s+)?received|due)|(?:no|awaiting(?:\s+(?:a|the|their|its))?)\s+(?:\w+\s+)?"
                     r"(?:reply|response|answer)|not\s+(?:yet\s+)?(?:replied|responded|answered)",
                     "a reply not come, as matters arising print it: 'a reply was still awaited', 'No substantive "
                     "reply yet'")

# ----------------------------------------------------------------------------- the full body asked
# The whole council or authority named as the meeting asked, as people call it beside its committees: "what did full
# council decide", "did auchenbrae's full council sign it off", "the full parish council", "the full fire authority",
# "a full meeting of the council" (members, residents and officers distinguish the full council from its committees)
FULL_BODY_ASKED = Term(r"\bfull\s+(?:(?:parish|town|community|city|district|county|borough|fire(?:\s+and\s+rescue)?|"
                       r"combined|park)\s+)?(?:council|authority)\b(?!\s+(?:tax|chamber|meeting\s+room)\b)|"
                       r"\bfull\s+meeting\s+of\s+the\s+(?:[\w&'’-]+\s+){0,4}?(?:council|authority)\b",
                       "the full council or authority named beside its committees: 'what did full council decide', "
                       "'a full meeting of the council'")
# ... named as the body a matter goes to, not the meeting asked: "did it go to full council", "referred up to full
# council", "a recommendation for full council" (what the committee's own minutes answer)
FULL_BODY_SENT = Term(r"\b(?:to|from|via|onto|before|for|with|up\s+to|towards)\s+(?:the\s+|a\s+|its\s+|their\s+)?$",
                      "the full council named as where a matter was sent: 'did it go to full council'")
# How another body's minutes report the full council's own decision after its name: "Council had approved the budget on
# 21 February", "Full Council on 3 March agreed ...", "the Authority adopted the plan" (matters arising, reports back)
FULL_BODY_DECIDED = Term(r"\b(?:full\s+)?(?:council|authority)\s+(?:had\s+|has\s+|have\s+|subsequently\s+|then\s+|"
                         r"(?:at|on)\s+(?:its\s+meeting\s+(?:on|of)\s+)?[\w\s]{1,20}?\s+)?(?:approved|agreed|resolved|"
                         r"decided|adopted|endorsed|ratified|rejected|refused|confirmed|accepted|set)\b",
                         "the full council's decision reported in another body's minutes: 'Council had approved the "
                         "increase on 11 May'")

# What came of an item asked by its noun, after the scene is set ("item 18, where members declared - what was the
# result", "the upshot?", "the verdict"): everyday words for the decision, as members and residents ask in chat
ITEM_RESULT_ASKED = Term(r"\b(?:results?|upshot|verdict)\b",
                         "everyday nouns for what came of an item: 'what was the result'")

# ----------------------------------------------------------------------------- an end asked
# When something ends, asked: "when does the bin contract run out", "when does the lease expire" (a term), "what date
# does Mrs Woods actually leave", "when is the chief executive retiring" (a post): how people ask of contracts, leases
# and posts
TERM_END_ASKED = Term(r"\b(?:when|what\s+(?:date|day))\b[^?]*?\b(?:run(?:s|ning)?\s+out|expir\w*|end|ends|ending|"
                      r"ceas\w*|terminat\w*)\b",
                      "the end of a contract, a lease or an arrangement, asked in everyday words (not works "
                      "'finished': a completion, which any time said of the works gives)")
POST_END_ASKED = Term(r"\b(?:when|what\s+(?:date|day))\b[^?]*?\b(?:leav\w*|step(?:s|ping)?\s+down|"
                      r"stand(?:s|ing)?\s+down|retir\w*|quit\w*)\b",
                      "someone's time in a post ending, asked in everyday words")
# ... and how minutes give one: "the contract expires on 31 March 2026", "runs until 2028", "her last day will be 28
# February", "retires in June" (contract, lease and staffing reports)
TERM_END_SAID = Term(r"expir\w*|end|ends|ended|ending|run(?:s|ning)?\s+(?:out|until|till|to)|until|till|"
                     r"terminat\w*|finish\w*|ceas\w*|break\s+clause|renew\w*|extended|clos\w*|concluded",
                     "a term's end as contract and lease reports word it ('the meeting closed at 9.15pm': its end)")
POST_END_SAID = Term(r"leav\w*|left|last\s+day|final\s+day|step(?:s|ping)?\s+down|stood\s+down|"
                     r"stand(?:s|ing)?\s+down|retir\w*|depart\w*|until|till",
                     "someone's leaving a post as staffing reports word it")

# How minutes give the results of a survey or consultation, whose counts are shares of those asked ("76% of
# respondents would prefer a mixture", "62% of residents supported the scheme"): a share there answers "how many
# want ..." (survey and consultation reports)
ANSWERS_SAID = Term(r"respond\w*|responses|survey\w*|consult\w*|poll\w*|said|say|says|felt|feel|agreed|prefer\w*|"
                    r"want\w*|support\w*|oppos\w*|favour\w*|satisfied|dissatisfied|rated|would\s+recommend",
                    "a survey's or a consultation's results, printed as shares of those who answered")

# ----------------------------------------------------------------------------- what a question already knows

# What the asker sets aside as known, before asking for the rest: "besides the parish council thing, what else did
# she say", "apart from the licensing officer", "other than Shrewsbury to Aberystwyth, which other stretch", "except
# cllr bell" (chat; the clause runs to the next comma or bracket)
SET_ASIDE = Term(r"\b(?:apart|aside)\s+from\b[^,;?()]*|\bother\s+than\b[^,;?()]*|\bexcept(?:\s+for)?\b[^,;?()]*|"
                 r"\bbesides\b[^,;?()]*|\bexcluding\b[^,;?()]*|\bnot\s+counting\b[^,;?()]*",
                 "how people set aside what they know in a question, in chat and in writing (not 'as well as': "
                 "'are the minutes going up on the noticeboard as well as the website' asks of both)")
# ... and how they ask for the rest: "what else", "anyone else", "which other stretch", "any other nominations"
BEYOND_ASKED = Term(r"\b(?:what|who|whom|where|anyone|anybody|anything|someone|somebody|something|any\s+one)\s+else\b|"
                    r"\b(?:which|what|any)\s+other\b(?!\s+(?:than|way|side|hand|business|matters?|items?)\b)",
                    "the rest asked for, beyond what the asker names or what an answer would give first (a second "
                    "nominee beside the one elected, a second route beside the one named); not an agenda's 'any "
                    "other business'")

# ----------------------------------------------------------------------------- marks a paper explains

# What a mark printed beside an entry means, asked: "what does an asterisk next to a decision mean", "what's the star
# for", "what does (KD) stand for" (a legend the minutes print above their items answers: "* DENOTES KEY DECISION")
MEANING_ASKED = Term(r"\bwhat\s+(?:does|do|did|is)\s+(?:an?\s+|the\s+)?[^?]{1,60}?\b(?:mean|means|signify|indicate|"
                     r"stand\s+for)\b|\bwhat(?:['’]s|\s+is|\s+are)\s+(?:the\s+|an?\s+)?(?:asterisk|star)s?\b[^?]{0,50}?\bfor\b",
                     "a legend's meaning, as people ask it")
# ... and how a legend says it: "* DENOTES KEY DECISION", "(K) indicates a key decision", "KD = key decision"
MEANING_SAID = Term(r"\b(?:denotes?|denoting|means?|indicates?|signif(?:y|ies)|represents?|stands?\s+for)\b|\s=\s",
                    "legends printed above minutes and agendas")
# others of the same kind asked ("how many similar outfits are there", "are there others like it"): the word that asks
# it, and how minutes say a thing has others of its kind ("TraCC is one of four of its kind in Wales", "one of three
# such partnerships", "similar schemes run in ...")
ALIKE_WORDS = Term(r"similar|alike|equivalents?|counterparts?",
                   "everyday words asking for others of a thing's kind")
ALIKE_SAID = Term(r"\bof\s+(?:its|their|that|this)\s+(?:kind|type|sort)\b|\bone\s+of\s+(?:\d+|two|three|four|five|six|"
                  r"seven|eight|nine|ten|eleven|twelve|several|many|a\s+(?:few|number|handful))\b(?!\s+(?:of|the)\b)|"
                  r"\bsimilar\b|\bequivalents?\b|\bcounterparts?\b|\bsuch\s+(?:[a-z]+\s+)?(?:bodies|schemes|groups|"
                  r"partnerships|consortia|organisations|organizations|projects|authorities|councils)\b",
                  "how minutes say a thing has others of its kind: 'one of four of its kind in Wales', 'one of three "
                  "such partnerships'")
# ... and the marks named by words: an asterisk or star is printed "*"
MARK_WORDS = Term(r"asterisks?|stars?|starred|asterisked", "the printed mark '*' named in words")

# the words of a change that sets a new level (service.figures_before): a renewal, a rise, a new charge or lease
NEW_LEVEL_SAID = Term(
    r"\b(?:renew\w*|new|offer\w*|propos\w*|increas\w*|rais\w*|ris(?:e|es|ing)|revis\w*|set\s+at|be\s+set|"
    r"agreed\s+at|(?:will|would|to)\s+be|from\s+(?:the\s+)?\d|with\s+effect|lease\s+(?:be|was)|terms?)\b",
    "estates and fees decisions: 'That the lease be renewed for 15 years at £96,000 a year', 'the landlord had offered "
    "a 15-year lease at £96,000', 'increased from £18,000'",
)
# a thing said it will be done, before a month it is promised in (service.said_status): "will be advertised in June",
# "would be installed during March"; not a report asked for a meeting in a month ("be submitted to a meeting ...
# during September"), whose meeting is not yet fixed
WILL_BE_DONE = Term(
    r"\b(?:will|would|shall)\s+(?:now\s+|then\s+|probably\s+)?be\s+[a-z]+(?:ed|en|wn|t)\b",
    "highways and works minutes: 'A 20 mph order will be advertised in June', 'the signs would be installed during "
    "March'",
)
# the month a thing is promised in, with no year (service.said_status; "{months}": the month names): "in June",
# "during early March"; not "in June 2024" (a date found) or "in the June meeting"
MONTH_PROMISED = Term(
    r"\b(?:in|during)\s+(?:early\s+|mid-?\s*|late\s+)?(?P<month>{months})\b(?!\s*(?:\d|meeting\b))",
    "officers' promises minuted as 'will be advertised in June', 'during March'",
)
