"""How papers mark exempt (Part 2) and confidential business.

(Part of :mod:`minutebook.vocabulary`: see its docstring.)
"""

from __future__ import annotations

from minutebook.vocabulary.terms import Term

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
