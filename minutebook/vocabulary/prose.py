"""What the minutes' prose says of commitments, reasons, stances and figures brought up to date.

(Part of :mod:`minutebook.vocabulary`: see its docstring.)
"""

from __future__ import annotations

from minutebook.vocabulary.terms import Term

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
