"""A meeting's particulars (times, venue, remote attendance) and the figures minutes print and questions ask for (sums,
targets, rates, durations, turnouts).

(Part of :mod:`minutebook.vocabulary`: see its docstring.)
"""

from __future__ import annotations

from minutebook.vocabulary.terms import Term

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
    r"\bfrom\s+the\s+above(?:[\s-]+(?:named|listed|mentioned))?\s+(?:members|councillors|cllrs)\b|"
    # "The Chair welcomed members and noted the apologies above", "the above apologies were accepted" (NHS boards,
    # whose minutes list apologies in the attendance block before the first item)
    r"\bthe\s+(?:above\s+apolog\w*|apolog\w*\s+(?:(?:listed|recorded|noted|shown|given|set\s+out)\s+)?above)\b",
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

# The kinds of place a council runs or a report counts figures for, as a name goes before them ("Carrowmena Leisure
# Centre", "Hollins Park", "Westgate Library", "Mill Lane Car Park"): a figure printed for one named place is not
# another's ("the waiting list at derrylogan leisure centre" against Carrowmena Leisure Centre's)
FACILITY_NAME_END = Term(
    r"leisure\s+cent(?:re|er)|sports?\s+cent(?:re|er)|community\s+cent(?:re|er)|swimming\s+pool|pool|library|"
    r"car\s+park|park|cemetery|crematorium|museum|depot|recycling\s+cent(?:re|er)|household\s+waste\s+(?:recycling\s+)?"
    r"site|stadium|hospital|primary\s+school|high\s+school|school|academy|village\s+hall|town\s+hall|hall|"
    r"playing\s+fields?|recreation\s+ground|allotments?|marina|harbour|market|theatre",
    "leisure, library, parks, bereavement, waste and schools reports counting figures per site ('swimming lesson "
    "waiting lists at Carrowmena Leisure Centre had reached 412', 'visits to Westgate Library rose by 9%')",
)
