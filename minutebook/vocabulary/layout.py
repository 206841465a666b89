"""How papers are laid out: committee-system pages, meeting headings, items' numbers and roles, what a paper's marks
mean.

(Part of :mod:`minutebook.vocabulary`: see its docstring.)
"""

from __future__ import annotations

from minutebook.vocabulary.exempt import EXCLUSION
from minutebook.vocabulary.terms import Term, alternation

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
