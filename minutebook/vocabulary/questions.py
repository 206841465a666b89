"""How people ask: shorthand, chat framing, another body's word, the full body, an end, what a question already knows.

(Part of :mod:`minutebook.vocabulary`: see its docstring.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from minutebook.vocabulary.terms import Term

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
    # not "the prog report", "prog update": a progress report
    Shorthand(r"progs?\.?(?!\s+(?:reports?|updates?|checks?)\b)", "programme",
              "everyday clipping: 'the capital prog', 'the work prog' (papers: 'Capital Programme', 'Work Programme')"),
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

# the time someone came or went, asked of a member named ("what time did cllr dutton leave the fire auth mtg", "when did
# professor haig join the board meeting", "at what time did she arrive"): the clock time the record notes beside the
# name ("Left at 11.50am, after Minute 88", "joined at 10.15am"); "when" only with the meeting left or joined (not
# "when did he leave the council": a member standing down)
TIME_OF_COMING_OR_GOING = Term(
    r"\b(?:(?:at\s+)?what\s+time|what\s+hour)\s+(?:did|had|was|were)\s+(?:[\w.'’-]+\s+){1,4}?"
    r"(?:leave|left|go|depart|arrive|arriving|join|get\s+(?:there|in)|turn\s+up|come\s+in|head\s+off)\b|"
    r"\bwhen\s+(?:did|had|was|were)\s+(?:[\w.'’-]+\s+){1,4}?(?:leave|left|depart|join|arrive\s+at)\s+"
    r"(?:the|that|this|their)\s+(?:[\w&'’-]+\s+){0,6}?(?:meeting|mtg|session|sitting|hearing)\b",
    "chat's ways of asking when a member came or went, which attendance records note beside the name ('Left at "
    "11.50am', 'joined at 10.15am', 'arrived 7.20pm')")
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
# a meeting named by its body and then its month, as a heading or a chat line names it ("harbour board march - any
# declarations?", "icb board june: apologies"): the body word before the month and a stop after it (the verb "march" and
# modal "may" are followed by what they do, never by a dash, a colon or the end)
BODY_THEN_MONTH = Term(r"\b(?:cabinet|council|committee|cttee|board|panel|meeting|mtg|authority|auth|forum|trust|"
                       r"commission|sub-committee|subcommittee|agm)\s+$",
                       "chat's naming of a meeting as its minutes head it, the body then the month ('Board - March "
                       "2038'), set off by a dash, colon or question mark as questions in the fresh sets type it")
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

# A figure asked by the noun of what it is, tersely, as people type it into chat ("hackney carriage vehicle licence fee
# for 38/39?", "a&e 4 hr performance for january?", "swimming lesson waiting list at X?"): no "how much" or "what is"
FIGURE_NOUN_ASKED = Term(
    r"\b(?:fees?|costs?|prices?|charges?|rates?|budgets?|amounts?|totals?|figures?|numbers?|levels?|performance|"
    r"waiting\s+lists?|income|spend|savings?|targets?)\b",
    "chat questions to licensing, finance, health and leisure papers, asking a figure by its noun alone",
)
