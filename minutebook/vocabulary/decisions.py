"""How clerks write what a body decided, and the words of a follow-up's progress.

(Part of :mod:`minutebook.vocabulary`: see its docstring.)
"""

from __future__ import annotations

import re

from minutebook.vocabulary.terms import Term, alternation

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
# A tracker's column heading that gives the day its rows stand at, before the date: "Minute   Decision   Position at
# 23 March 2038" (a decision tracker under a progress item, its columns set out by spaces): a table's header, not a
# meeting's title
TABLE_AS_AT = Term(
    r"\b(?:position|status|progress|update|outcome)\s+(?:as\s+)?(?:at|on)\s*$",
    "district councils' decision trackers under 'PROGRESS ON PREVIOUS DECISIONS': 'Minute  Decision  Position at 23 "
    "March 2038'",
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


def done_said() -> re.Pattern[str]:
    """The words that say a follow-up done (``STATUS_DONE``, with the verbs of doing and the owners in their
    places), wherever they stand in a line."""
    return re.compile(r"\b" + alternation(STATUS_DONE).replace("{done}", alternation(DONE_VERBS))
                      .replace("{owner}", alternation(ACTION_OWNERS)), re.I)
