"""How clerks record who attended, sent apologies, stood in, and declared an interest.

(Part of :mod:`minutebook.vocabulary`: see its docstring.)
"""

from __future__ import annotations

from minutebook.vocabulary.terms import Term

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
