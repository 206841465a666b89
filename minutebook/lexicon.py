"""The words people ask with and the words councils write, as data: each group names one thing.

A question says "kids in care", "home-schooled" or "CAMHS"; the papers say "looked after children",
"electively home educated" and "CYPMHS". Each :class:`Synonyms` group lists the forms that mean the same
thing (lower case; a form of several words must appear as those words), with a line saying where the
equivalence comes from: the statute or guidance that names the thing, the body that renamed it, or the
everyday word for it. Question reading expands a question with the other forms of every group it uses, and
the support test counts a form of the group in the evidence as the question's word. Nothing here names one
council; add a group when a new council's papers use another name for a thing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Synonyms:
    """Forms that name the same thing in questions and papers, and where the equivalence comes from."""

    forms: tuple[str, ...]
    source: str
    # the name of a thing ("children in care"), which evidence prints as one of its forms; False for an act or
    # everyday words ("signed off", "kids"), whose words the papers inflect and reorder ("signed as correct")
    thing: bool = True


# everyday ways of saying the press and public were put out of a meeting beyond "kick" and "shut" ("did they chuck the
# press out", "threw the public out", "turfed the press and public out"): each verb's forms with whom and "out"
PUT_OUT = tuple(f"{verb} the {who} out" for verb in ("chuck", "chucked", "chucking", "throw", "threw", "thrown",
                                                     "throwing", "turf", "turfed", "boot", "booted", "send", "sent")
                for who in ("press", "public", "press and public", "public and press"))

# the same verbs with "out" before whom they put out ("did they boot out press/public", "kicked out the public", "threw
# out the press and public"): English puts the particle either side of its object; "press/public" is typed for both
PUT_OUT_BEFORE = tuple(f"{verb} out {the}{who}"
                       for verb in ("chuck", "chucked", "chucking", "throw", "threw", "thrown", "throwing", "turf",
                                    "turfed", "boot", "booted", "booting", "kick", "kicked", "kicking", "send", "sent",
                                    "shut", "shutting", "keep", "kept", "keeping")
                       for the in ("", "the ")
                       for who in ("press", "public", "press and public", "public and press", "press public",
                                   "public press"))

# the same said of those put out, as people ask whether they were ("were the press and public booted", "got the press n
# public kicked out", "were residents & reporters asked to leave": everyday words for the press and the public)
PUT_OUT_PASSIVE = tuple(f"{who} {verb}" for verb in ("booted", "booted out", "kicked out", "chucked out", "thrown out",
                                                     "turfed out", "sent out", "asked to leave", "told to leave",
                                                     "made to leave")
                        for who in ("press", "public", "press and public", "public and press",
                                    "residents and reporters", "reporters and residents", "public and reporters",
                                    "reporters and public",
                                    "public and journalists", "journalists and public", "public and media",
                                    "media and public"))

# the press and public excluded from a meeting, as clerks minute it and as people ask it
EXCLUSION_SAID = Synonyms(
    ("excluded the press and public", "exclusion of the press and public", "exclusion of press and public",
     "exclude the press and public", "press and public be excluded", "press out", "public out",
     "shut the public out", "shut the press out", "shutting the public out", "shutting the press out",
     "kick the public out", "kicked the public out", "kick the press out", "kicked the press out",
     "keep the public out", "kept the public out", "keeping the public out", "keep the press out",
     "kept the press out", "keeping the press out", "kicking the press out", "kicking the public out",
     "exclude the public", "excluded the public",
     "exclusion of the public", "public be excluded", "public were excluded", "exclude the press",
     "excluded the press", "exclusion of the press", "keep the press and public out",
     "kept the press and public out", "keeping the press and public out", "keep the public and press out",
     "shut the press and public out", "kick the press and public out", "kicked the press and public out",
     *PUT_OUT, *PUT_OUT_BEFORE, *PUT_OUT_PASSIVE),
    "Local Government Act 1972 s.100A(4); everyday forms of excluding the press and public (residents and reporters, "
    "the public and the media, as people name them)", thing=False)

# an office's earlier holders, as people ask after them ("which past chairmen did the new chairman thank", "the former
# mayors", "previous convenors") and as minutes name them ("the outgoing Chairman (Cllr Foss) and his predecessor",
# "the retiring Mayor", "the Immediate Past President"): one group an office, with its plural
# ("previous" and "last" are no terms: a form of them would be the office's word alone)
EARLIER = ("past", "former", "outgoing", "retiring", "immediate past", "ex")
OFFICES_HELD = (("chairman", "chairmen", "chair", "chairs", "chairwoman", "chairperson"), ("mayor", "mayors"),
                ("president", "presidents"), ("leader", "leaders"), ("convenor", "convenors", "convener", "conveners"),
                ("provost", "provosts"))


def earlier_holders(office: tuple[str, ...]) -> Synonyms:
    """The group of an office's earlier holders: each earlier word before each form of the office, and the predecessor
    minutes name by that word alone."""
    return Synonyms((*(f"{when} {o}" for when in EARLIER for o in office), "predecessor", "predecessors"),
                    f"an office's earlier holders ('{office[0]}'): councils' minutes say 'the outgoing {office[0]}', "
                    "'the retiring ...', 'his predecessor', 'the immediate past ...'; people ask after 'past' or "
                    "'former' ones (Local Government Act 1972 ss.3, 15: a chairman or mayor elected each year)",
                    thing=False)


# the minutes of a meeting approved at a later one, as clerks write it and as people ask it
MINUTES_APPROVED = Synonyms(
    ("signed off", "sign off", "approved as a correct record", "confirmed as a correct record",
     "signed as a correct record", "correct record", "true record", "accurate record", "approved",
     "confirmed", "taken as read", "ok'd", "okd", "okayed", "okay'd", "ok", "okay",
     "rubber-stamped", "rubber-stamp", "rubber stamped", "rubber stamp", "accepted", "accept",
     "accepts", "went through", "go through", "gone through", "went thru", "go thru", "gone thru",
     "passed", "got passed"),
    "Local Government Act 1972 Sch.12 para 41: minutes signed as a correct record (a 'true' or 'accurate' "
    "record in many councils' minutes; 'The minutes of the previous meeting were approved' in others, "
    "'taken as read, confirmed and signed' in older ones); 'signed off', 'OK'd' and 'rubber-stamped' are "
    "everyday speech for approved; minutes are 'accepted as a true record' in some houses, and people ask "
    "whether they 'went through' or 'got passed' (parish clerks write 'the minutes were passed by "
    "resolution')",
    thing=False,
)

GROUPS: tuple[Synonyms, ...] = (
    *(earlier_holders(office) for office in OFFICES_HELD),
    # ------------------------------------------------------------------ children's services
    Synonyms(("looked after children", "children in care", "child in care", "kids in care", "looked after child",
              "cla", "lac", "children we look after", "council's care", "in care", "children looked after",
              "child looked after"),
             "Children Act 1989 s.22 ('looked after'); DfE statistics say CLA ('Children looked after in England'), "
             "councils LAC or 'children in care'"),
    Synonyms(("care leavers", "care leaver", "left care", "leaving care", "care experienced"),
             "Children (Leaving Care) Act 2000; 'care experienced' in the 2022 care review"),
    Synonyms(("kids", "children", "child", "youngsters", "pupils", "young people"),
             "everyday words for the children and young people papers report on", thing=False),
    Synonyms(("foster carers", "foster carer", "fostering households", "fostering household", "foster families",
              "foster family", "foster parents", "foster households"),
             "Fostering Services (England) Regulations 2011 say 'foster parents'; councils count 'households'"),
    Synonyms(("children in need", "child in need", "cin"), "Children Act 1989 s.17; CIN in statistics"),
    Synonyms(("child protection plan", "child protection plans", "cp plan", "cpp"),
             "Working Together to Safeguard Children"),
    Synonyms(("child sexual exploitation", "cse"), "DfE guidance 2017"),
    Synonyms(("youth offending team", "yot", "youth offending service", "youth justice service", "yjs",
              "youth justice"),
             "Crime and Disorder Act 1998 s.39 ('youth offending team'); many are now 'youth justice services'"),
    Synonyms(("first time entrants", "first-time entrants", "first time offenders", "fte"),
             "Youth Justice Board indicator"),
    # ------------------------------------------------------------------ education and SEND
    Synonyms(("ehcp", "ehcps", "ehc plan", "ehc plans", "education health and care plan",
              "education, health and care plan", "education health and care plans",
              "education, health and care plans"),
             "Children and Families Act 2014 s.37"),
    Synonyms(("send", "special educational needs and disabilities", "special educational needs", "sen"),
             "Children and Families Act 2014; SEND Code of Practice 2015"),
    Synonyms(("electively home educated", "elective home education", "home educated", "home education",
              "home-schooled", "home schooled", "home schooling", "home-schooling", "home ed", "ehe"),
             "Education Act 1996 s.7; DfE 'Elective home education' guidance 2019"),
    Synonyms(("legal time limit", "statutory time limit", "statutory twenty weeks", "statutory 20 weeks",
              "statutory timescale", "statutory timescales", "twenty-week", "20-week", "twenty weeks", "20 weeks"),
             "SEND Regulations 2014 reg.13: an EHC plan is issued within 20 weeks of the request, the 'statutory "
             "timescale' in everyday speech the legal time limit", thing=False),
    Synonyms(("issued", "went out", "sent out", "was issued", "were issued"),
             "everyday forms: a plan or notice 'issued' is one that 'went out'", thing=False),
    Synonyms(("implemented", "implement", "put into action", "put into effect", "put into practice", "acted on",
              "acted upon"),
             "everyday forms of carrying a decision out: publication notes on call-in say decisions 'may then be "
             "implemented'; people ask whether they can be 'put into action'", thing=False),
    Synonyms(("social, emotional and mental health", "social emotional and mental health", "semh"),
             "SEND Code of Practice 2015, a broad area of need"),
    Synonyms(("exclusions", "school exclusions", "school exclusion", "excluded from school", "exclusion of pupils",
              "permanent exclusion", "fixed-term exclusion", "kicked out of school", "kicked out", "expelled",
              "expulsions"),
             "Education Act 2002 s.51A and DfE exclusion guidance say 'exclusion'; 'expelled' and 'kicked out' are "
             "the everyday words", thing=False),
    Synonyms(("persistent absence", "persistently absent", "persistent absentees"),
             "DfE attendance statistics: absent for 10% or more of sessions"),
    Synonyms(("children missing education", "children missing from education", "missing from education",
              "missing education", "cme"),
             "Education Act 1996 s.436A; DfE guidance 2016"),
    Synonyms(("penalty notices", "penalty notice", "fixed penalty notices", "fines", "fine", "fined"),
             "Education Act 1996 s.444A: penalty notices for absence, 'fines' in everyday speech"),
    Synonyms(("secondary schools", "secondary school", "sec schools", "high schools"), "everyday forms"),
    Synonyms(("neet", "not in education, employment or training", "not in education employment or training"),
             "DfE and ONS statistics"),
    Synonyms(("in education, employment or training", "in education employment or training", "eet",
              "in work or education"),
             "DfE care leaver indicators"),
    Synonyms(("holiday activities and food", "holiday activities and food programme", "haf", "holiday clubs",
              "holiday club", "holiday hunger"),
             "DfE Holiday Activities and Food programme (2021-)"),
    Synonyms(("grades", "grade", "graded", "gradings", "rating", "ratings", "rated", "evaluated as", "evaluations",
              "judged", "judgement", "judgements"),
             "inspectorates' findings: Education Scotland 'evaluations' (six-point scale, How good is our school?), "
             "Ofsted 'judgements', Care Inspectorate 'grades', CQC 'ratings'; people ask what 'grades' a school got",
             thing=False),
    # ------------------------------------------------------------------ health
    Synonyms(("camhs", "cypmhs", "child and adolescent mental health services",
              "children and young people's mental health services", "children and young people's mental health"),
             "NHS England renamed CAMHS 'children and young people's mental health services' (CYPMHS)"),
    Synonyms(("mental health support teams", "mental health support team", "mhst", "mhsts"),
             "NHS Long Term Plan 2019: teams in schools"),
    Synonyms(("integrated care board", "icb"), "Health and Care Act 2022"),
    Synonyms(("board assurance framework", "baf"),
             "NHS boards' register of the risks to their strategic objectives (NHS Providers guidance); 'the BAF'"),
    Synonyms(("clinical commissioning group", "ccg"), "Health and Social Care Act 2012"),
    Synonyms(("primary care network", "pcn"), "NHS Long Term Plan 2019"),
    Synonyms(("stockpiled", "stockpile", "stockpiles", "in stock", "stocks", "stock", "stockpiling"),
             "everyday 'stockpiled' for what a service holds in stock (winter service plans: 'tonnes of salt in "
             "stock', 'salt stocks')", thing=False),
    Synonyms(("behind plan", "behind budget", "worse than plan", "worse than the plan", "adverse to plan",
              "adverse variance", "below plan"),
             "NHS and council finance reports say a position is 'worse than plan' or an 'adverse variance'; people "
             "say 'behind plan'", thing=False),
    Synonyms(("autism assessment", "autism assessments", "neurodevelopmental assessment",
              "neurodevelopmental assessments", "asd assessment"), "NICE CG128: autism diagnostic assessment"),
    Synonyms(("defibrillator", "defib", "aed"), "everyday form"),
    Synonyms(("speed indicator device", "speed indicator devices", "sid", "sids", "speed sign", "speed signs",
              "speed display sign", "speed display signs"),
             "parish and town councils buy 'speed indicator devices' ('SID'), as highway authorities' SID guidance "
             "calls them; people call them 'speed signs'"),
    Synonyms(("toilets", "toilet", "loos", "loo", "public conveniences", "public convenience", "lavatories",
              "lavatory", "wcs", "toilet block"),
             "Public Health Act 1936 s.87 says 'public conveniences'; councils' minutes print 'public toilets', people "
             "say 'the loos'"),
    Synonyms(("bus company", "bus companies", "bus operator", "bus operators", "operator", "operators"),
             "Transport Act 1985: local bus services are run by 'operators'; people say 'the bus company'",
             thing=False),
    Synonyms(("accounts", "annual accounts", "statement of accounts", "statements of accounts",
              "financial statements", "annual financial statements"),
             "Accounts and Audit Regulations 2015 ('statement of accounts'); Irish boards and companies, the NHS and "
             "charities print 'financial statements'; people say 'the accounts'"),
    # ------------------------------------------------------------------ meetings and procedure
    Synonyms(("agm", "annual general meeting", "annual meeting"),
             "Local Government Act 1972 Sch.12 (every council's annual meeting); people say 'the AGM'"),
    Synonyms(("quorate", "quorum", "quoracy", "validly constituted", "duly constituted"),
             "Local Government Act 1972 sch.12 para 12 and standing orders: a meeting is 'quorate' when its quorum is "
             "present; agendas title the check 'Quoracy'; boards' minutes say the meeting was 'quorate and duly "
             "constituted' (whether 'enough members' were there 'for it to be valid' is read as a quorum asked: "
             "minutebook.vocabulary.SHORTHAND)", thing=False),
    Synonyms(("urgent business", "urgent item", "urgent items", "items of urgent business",
              "added to the agenda", "add to the agenda", "adding to the agenda", "items not on the agenda",
              "item not on the agenda", "extra added to the agenda", "extra items added", "extra on the agenda",
              "extra agenda item", "extra agenda items", "extra business", "additional business",
              "add anything to the agenda", "added anything to the agenda", "adding anything to the agenda"),
             "Local Government Act 1972 s.100B(4)(b): an item not on the published agenda may be taken where the "
             "chair is of the opinion that it should be considered as a matter of urgency ('Items of Urgent Business "
             "authorised by the Chairman', 'late items'); people ask what was 'added to the agenda' or 'extra'",
             thing=False),
    Synonyms(("kept apart", "kept separate", "keep apart", "keep separate", "kept separately", "held separately",
              "ring-fenced", "ring fenced", "ringfenced", "ring-fence", "ring fence", "ringfence", "separate account",
              "separate bank account", "new bank account", "dedicated bank account", "dedicated account",
              "designated account", "own bank account"),
             "CIPFA and the Practitioners' Guide for smaller authorities: money held for one purpose is 'ring-fenced' "
             "or kept in 'a separate bank account' (parish minutes: 'a new bank account be opened purely for this "
             "project'); people ask whether funds are 'kept apart' or 'kept separate'", thing=False),
    Synonyms(("shake-up", "shake up", "shakeup", "overhaul", "changes", "reshuffle", "restructure", "restructuring",
              "reorganisation", "reorganization", "revamp"),
             "everyday 'shake-up' and 'overhaul' for what minutes call changes (to a membership, a structure: 'the "
             "changes in membership', 'the restructure')", thing=False),
    Synonyms(("communications", "comms"),
             "councils' and NHS bodies' communications teams and posts ('Deputy Director Communications and "
             "Engagement'); everyday 'comms'", thing=False),
    Synonyms(("withdrew", "withdrawn", "left the room", "leave the room", "left the meeting", "leave the meeting",
              "step out", "stepped out", "took no part", "take no part", "walk out", "walked out", "walks out",
              "left the chamber", "leave the chamber"),
             "codes of conduct: a member with a prejudicial or pecuniary interest withdraws from the room (or "
             "chamber); people say they 'walked out'",
             thing=False),
    Synonyms(("remained", "remained in the room", "remained in the meeting", "remain in the room", "stayed in the room",
              "stay in the room", "stayed in the meeting", "stay in the meeting", "stayed for the item",
              "remained and voted", "spoke and voted", "speak and vote", "took part", "take part",
              "stay for the discussion", "stayed for the discussion", "stay for the debate", "stayed for the debate",
              "stay for the vote", "stayed for the vote"),
             "codes of conduct: a member with a personal (not prejudicial or pecuniary) interest may remain, speak "
             "and vote; people ask whether they 'stayed in the room'", thing=False),
    Synonyms(("disclosable pecuniary interest", "disclosable pecuniary interests", "dpi", "dpis",
              "pecuniary interest", "pecuniary interests"),
             "Localism Act 2011 s.30 and the Relevant Authorities (Disclosable Pecuniary Interests) Regulations 2012: "
             "councils' and members' shorthand 'DPI'"),
    EXCLUSION_SAID,
    MINUTES_APPROVED,
    # whether a decision was opposed, as people ask it ("sign-off of the summer minutes: any dissent?"): minutes say it
    # was taken unanimously, nem con, or who voted against
    Synonyms(("dissent", "dissented", "dissenting", "dissenters", "without dissent", "unanimously", "unanimous",
              "nem con", "nem. con.", "voted against", "vote against", "votes against"),
             "minutes record a decision taken 'unanimously' or 'nem con' (no one against), or the votes against; "
             "people ask whether there was any 'dissent'", thing=False),
    # signing asked in everyday words ("did the chair put pen to the minutes"): the minutes "signed by the Chair"
    Synonyms(("put pen to", "put his pen to", "put her pen to", "put their pen to", "pen to paper", "signed", "sign",
              "signs", "signing", "signature"),
             "everyday 'put pen to (paper)' for signing; Local Government Act 1972 Sch.12 para 41: minutes signed "
             "by the chair", thing=False),
    Synonyms(("stragglers", "straggler", "late", "latecomers", "late returns", "late replies", "late responses",
              "yet to respond", "yet to reply", "not yet responded", "not yet replied", "responses awaited",
              "replies awaited", "outstanding returns", "outstanding responses", "had not responded",
              "had not replied", "ignoring", "ignored", "ignore"),
             "returns chased by a committee (code of conduct compliance returns, annual returns, survey replies): the "
             "papers count those 'yet to respond' and name replies 'received' late; people ask about the "
             "'stragglers' or the 'late' ones, or the ones 'ignoring' the request", thing=False),
    Synonyms(("confirmation hearing", "confirmation hearings", "rubber-stamp", "rubber stamp", "rubber-stamped",
              "rubber stamped", "sign off the appointment", "signed off the appointment", "approve the appointment",
              "approved the appointment"),
             "Police Reform and Social Responsibility Act 2011 Sch.1 and Sch.8: a police and crime panel holds a "
             "'confirmation hearing' on a commissioner's proposed chief executive, chief finance officer or deputy "
             "(and combined authorities' panels likewise); people ask when the panel will 'rubber-stamp' or 'sign "
             "off' the appointment", thing=False),
    Synonyms(("chief finance officer", "treasurer", "s151 officer", "section 151 officer", "director of finance",
              "finance director", "cfo"),
             "Local Government Act 1972 s.151 and Police Reform and Social Responsibility Act 2011 Sch.1 para 6: the "
             "officer responsible for a council's or a commissioner's financial affairs, titled 'Chief Finance "
             "Officer', 'Director of Finance' or, in older and smaller bodies, 'Treasurer'; people call the post "
             "'the treasurer' or 'the CFO'"),
    Synonyms(("exempt", "confidential", "part 2", "part ii", "part two", "not for publication", "closed session",
              "in camera", "in private", "taken in private", "held in private", "behind closed doors",
              "under wraps", "kept under wraps", "keep under wraps", "keeping under wraps"),
             "Local Government Act 1972 s.100A and Sch.12A: business taken with the public excluded is 'exempt', "
             "minuted in 'Part II' or 'confidential' minutes ('EXEMPT MINUTES', 'recorded in the Confidential "
             "Minutes'); people say 'in camera' or that it was taken 'in private', or kept 'under wraps' ('private' "
             "alone is left out: 'private landlords')", thing=False),
    Synonyms(("strings attached", "conditions", "conditional", "terms and conditions", "proviso", "provisos",
              "provided that"),
             "grants and consents are approved 'subject to the usual terms and conditions' or 'provided that'; "
             "people ask whether there were 'strings attached'", thing=False),
    Synonyms(("membership", "sits on", "sit on", "sitting on", "serve on", "serves on", "serving on", "seat on",
              "seats on"),
             "a board's or committee's 'membership' (Health and Social Care Act 2012 s.194 for health and wellbeing "
             "boards; standing orders for committees); people ask who 'sits on' it", thing=False),
    Synonyms(("amended", "corrected", "amendment", "correction", "put right", "changed", "change", "updated"),
             "a record put right: clerks minute that the minutes 'were amended' or 'updated prior to being signed "
             "off'; people ask whether they were 'corrected' or 'changed'", thing=False),
    Synonyms(("tweak", "tweaks", "tweaked", "tweaking", "change", "changes", "changed", "alteration", "alterations"),
             "everyday speech: a small change ('the membership tweak', 'tweaked the terms of reference') is minuted as "
             "'changes in membership' or an 'alteration'", thing=False),
    Synonyms(("fix", "fixed", "fixing", "corrected", "amended", "updated"),
             "everyday speech: a record or document 'fixed' is minuted as corrected, amended or updated ('The minutes "
             "were updated prior to being signed off', 'the website was updated')", thing=False),
    Synonyms(("minutes changed", "minutes were changed", "minutes amended", "minutes were amended",
              "changed the minutes", "amended the minutes", "changes to the minutes", "change to the minutes",
              "amendments to the minutes", "amendment to the minutes", "with amendments", "with no amendments",
              "no amendments", "without amendment", "as amended", "subject to amendment",
              "subject to the following amendments", "as written", "as they were written", "as they stood",
              "as circulated", "as presented", "as a correct record", "as a true record", "as an accurate record"),
             "standing orders: the minutes are approved as a correct record, or with amendments (corrections) "
             "minuted before they are signed; 'changed' in everyday speech, and 'as written' or 'as circulated' for "
             "minutes approved without a change, which clerks minute as 'a correct record'", thing=False),
    Synonyms(("wrong", "incorrect", "inaccurate", "inaccuracy", "inaccuracies", "error", "errors", "mistake",
              "mistakes", "contrary to", "amendment", "amendments"),
             "everyday words for a record found in error: minutes print what they got wrong as 'inaccurate', an "
             "'error' or 'contrary to the minutes', and what was put right as 'amendments' ('With these amendments "
             "the minutes were passed') (not 'corrected', whose stem is every approval's 'correct record')",
             thing=False),
    Synonyms(("slip", "slip-up", "slip up", "misspoke", "misspoken", "misstated", "got it wrong",
              "should have said", "point of clarification", "clarification", "clarify"),
             "everyday words for a thing said wrongly at a meeting, which the next minutes record as 'a point of "
             "clarification' or what the speaker 'should have said' (combined authorities' and councils' minutes of "
             "the previous meeting)", thing=False),
    Synonyms(("annotate", "annotated", "annotating", "annotation", "note added", "note be added", "note will be added",
              "note has been added", "note was added", "note to be added", "add a note", "added a note"),
             "everyday words for a record marked with a correction, which minutes put as 'a note will be added to the "
             "public questions document' (combined authorities' and councils' minutes)", thing=False),
    Synonyms(("keep the same", "kept the same", "keeps the same", "stay on as", "stayed on as", "stays on as",
              "stay as", "stayed as", "remain as", "remains as", "remained as", "continue as", "continues as",
              "continued as", "continue in office", "carry on as", "carries on as", "carried on as", "re-elected",
              "re-appointed", "reappointed"),
             "Local Government Act 1972 s.15: a parish council elects its chairman each year at its annual meeting "
             "(a vice-chairman and representatives under standing orders); one who keeps the office 'continues as' "
             "or is 're-elected'", thing=False),
    Synonyms(("stint", "stints", "term", "terms", "term of office", "tenure", "period of office", "period"),
             "Local Government Act 1972 ss.3, 15 and standing orders: a chairman or mayor holds office for a 'term' or "
             "'period', minuted as elected 'for the period expiring on the date of the Annual Meeting'; people ask "
             "how long their 'stint' or 'tenure' runs", thing=False),
    Synonyms(("stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining"),
             "everyday 'stay' for the papers' 'remain' ('should remain exempt from disclosure', 'remain in "
             "place'): people ask whether a thing should 'stay exempt' or 'stay open'", thing=False),
    Synonyms(("use", "used", "using", "pursuant to", "by virtue of", "in exercise of"),
             "a statute or power a council acts under is minuted as acted 'pursuant to' it, 'by virtue of' it or 'in "
             "exercise of' it (or 'in accordance with' it, words that say nothing alone); people ask which Act or "
             "power it 'used'", thing=False),
    Synonyms(("add", "added", "adding", "insert", "inserted", "amended to include", "amendments to include",
              "amended to add", "amended to insert"),
             "standing orders: minutes are approved 'with amendments' that add words ('Paragraph 41 - to include "
             "that ...', 'amended to insert'); people ask what was 'added' to them ('include' says nothing alone: "
             "it frames every list)", thing=False),
    Synonyms(("reconvened", "reconvene", "reconvenes", "reconvening", "resumed", "resume", "resumes", "resuming",
              "pick it back up", "picked it back up", "pick back up", "picked back up", "pick up again",
              "picked up again", "start again", "started again", "restart", "restarted", "back in session"),
             "standing orders' 'adjournment of the meeting': an adjourned meeting is 'reconvened' or 'resumed' on a "
             "later day (Local Government Act 1972 Sch. 12; Scottish councils 'reconvened'); people ask when it "
             "'picked it back up' or 'started again'", thing=False),
    Synonyms(("adjourned", "adjourn", "adjourns", "adjourning", "adjournment", "stopped the meeting",
              "stop the meeting", "halted the meeting", "broke off", "break off", "cut short", "suspended the meeting",
              "called a halt"),
             "standing orders: the chair 'adjourned the meeting' part-way through its business; people say it "
             "'broke off', was 'cut short' or the chair 'stopped the meeting'", thing=False),
    Synonyms(("elected", "elect", "elects", "election", "appointed", "appoint", "appointment", "chosen", "chose",
              "choose", "picked", "pick", "picks", "voted in", "became", "become", "becomes"),
             "Local Government Act 1972 s.15 and standing orders: a council 'elects' its chairman and vice-chairman "
             "and 'appoints' its representatives, minuted as 'Cllr X was elected' or 'be appointed as'; people say "
             "it 'picked' or 'chose' them, or who 'became' chairman", thing=False),
    Synonyms(("nominated", "nominate", "nominates", "nomination", "nominations", "proposed", "propose", "proposes",
              "put forward", "put up", "put their name forward", "put his name forward", "put her name forward",
              "put forward the name", "put the name forward"),
             "standing orders: a candidate for an office is 'proposed' and seconded ('It was proposed by Cllr James "
             "that Cllr Maude be appointed'), the 'nominations' then closed; people say who 'nominated' them",
             thing=False),
    Synonyms(("idea", "suggested", "suggestion", "suggest", "proposed", "proposal", "put forward"),
             "standing orders: what a member puts to the meeting is 'proposed' (a 'proposal'); people ask 'whose "
             "idea was it'", thing=False),
    Synonyms(("took everyone through", "take everyone through", "talked through", "talk through", "walked through",
              "walk through", "explained", "explain", "explains", "outlined"),
             "an officer 'explained the procedure for the hearing' (licensing hearings regulations 2005); people "
             "say who 'took everyone through' it", thing=False),
    Synonyms(("kit", "equipment", "gear", "apparatus"),
             "everyday 'kit' for what papers call equipment ('additional playground equipment')", thing=False),
    Synonyms(("play equipment", "playground equipment", "play kit", "playground kit"),
             "what a play area is fitted with: minutes say 'playground equipment', people 'play equipment'"),
    Synonyms(("signage", "signs", "signposts", "signposting", "signboards"),
             "papers' collective 'signage' (a motion that 'all new signage be bilingual', Welsh Language Standards; "
             "'wayfinding signage') for what people call 'signs' (round 28c)"),
    Synonyms(("extra", "additional", "further", "more"),
             "everyday 'extra' for the papers' 'additional' ('agreed expenditure on additional playground "
             "equipment')", thing=False),
    Synonyms(("retired", "former", "ex"),
             "someone no longer in post: minutes say 'former consultant', people 'the retired doctor'", thing=False),
    Synonyms(("doctor", "doctors", "dr", "physician", "paediatrician", "pediatrician"),
             "a medical practitioner, titled 'Dr.' in minutes ('former consultant pediatrician Dr. Dewi Evans')",
             thing=False),
    Synonyms(("playground", "playgrounds", "play area", "play areas", "play park", "play parks", "playpark",
              "play space", "recreation ground"),
             "a council's equipped play areas (Fields in Trust's 'LEAP' and 'NEAP'), named a playground in minutes; "
             "people say 'play area' or 'play park'"),
    # English plurals in -men the stemmer does not bring to their singular ("which past chairmen", "the aldermen")
    Synonyms(("chairman", "chairmen"), "English plural in -men", thing=False),
    Synonyms(("chairwoman", "chairwomen"), "English plural in -men", thing=False),
    Synonyms(("alderman", "aldermen"), "English plural in -men (honorary aldermen, Local Government Act 1972 s.249)",
             thing=False),
    Synonyms(("spokesman", "spokesmen"), "English plural in -men", thing=False),
    # Latin plurals the stemmer does not bring to their singular
    Synonyms(("consortium", "consortia"), "Latin plural (consortia: TraCC is 'one of four of its kind in Wales')",
             thing=False),
    Synonyms(("criterion", "criteria"), "Latin plural", thing=False),
    Synonyms(("memorandum", "memoranda"), "Latin plural (memoranda of understanding)", thing=False),
    Synonyms(("curriculum", "curricula"), "Latin plural", thing=False),
    Synonyms(("moved", "move", "moves", "moving", "mover", "proposed", "propose", "proposes", "proposer"),
             "standing orders: a motion is 'moved' (proposed) and seconded; minutes print either ('The Mayor moved', "
             "'It was proposed by Cllr Davies')", thing=False),
    Synonyms(("runs", "run", "running", "heads", "head of", "in charge of", "director of", "lead for"),
             "officers' titles name what they run ('Executive Director of Commissioning Operations', 'Head of "
             "Governance'); people ask who 'runs' or 'heads' it", thing=False),
    Synonyms(("run", "running", "ran", "administer", "administers", "administered", "administering"),
             "schemes and grants are 'administered' by officers, as minutes put it ('the work undertaken by officers "
             "in administering 12 different grant schemes'); people say officers 'ran' them", thing=False),
    Synonyms(("speaker", "speakers", "spoke", "addressed", "public speaking"),
             "planning committees' public speaking schemes: minutes record who 'spoke' or 'addressed the Committee' "
             "on an application; people ask who 'the speaker' was", thing=False),
    Synonyms(("speech", "speeches", "address", "addressed", "addressing"),
             "a new chairman's or mayor's 'address' to the council, minuted 'In addressing the Council ...'; people "
             "ask about the 'speech'", thing=False),
    Synonyms(("leaving", "leaves", "stepping down", "stepped down", "step down", "standing down", "stood down",
              "quit", "quitting", "resigned", "resigning", "resignation", "resign", "handed in her notice",
              "handed in his notice", "handed in their notice", "handed in notice", "handed her notice in",
              "handed his notice in", "given notice", "gave notice"),
             "an officer or member going: minuted as having 'tendered her resignation' or 'stood down'; people ask "
             "who is 'leaving' or say she 'handed in her notice'", thing=False),
    Synonyms(("rep", "reps", "representative", "representatives", "represent", "represents", "represented",
              "representing"),
             "councils appoint 'representatives' to outside bodies (village hall committees, joint boards); 'rep' in "
             "everyday speech", thing=False),
    # ------------------------------------------------------------------ climate, stores, hospitals
    Synonyms(("carbon", "emissions", "carbon emissions", "co2", "co2e", "carbon dioxide", "greenhouse gas",
              "greenhouse gases"),
             "councils report their own emissions in 'tonnes CO2e' (UK Government GHG Conversion Factors for Company "
             "Reporting); people ask how much 'carbon' they put out", thing=False),
    Synonyms(("stockpiled", "stockpile", "stockpiles", "in stock", "stocks", "stocked"),
             "winter service plans report salt 'in stock' (Well-managed Highway Infrastructure code, 2016); people say "
             "'stockpiled'", thing=False),
    Synonyms(("accident and emergency", "emergency department", "emergency departments", "a and e"),
             "NHS England's four-hour standard is reported for 'emergency department' attendances; everyday 'A&E'"),
    # ------------------------------------------------------------------ nations, as nouns and adjectives
    Synonyms(("wales", "welsh"), "the nation and its adjective: 'the Wales rugby captain', 'the Welsh Government'",
             thing=False),
    Synonyms(("scotland", "scottish"), "the nation and its adjective: 'the Scottish Government', 'Scotland's fund'",
             thing=False),
    Synonyms(("england", "english"), "the nation and its adjective: 'Sport England', 'English councils'", thing=False),
    Synonyms(("ireland", "irish"), "the nation and its adjective: 'the Ireland team', 'the Irish Government'",
             thing=False),
    Synonyms(("britain", "british"), "the nation and its adjective: 'Great Britain', 'British Cycling'", thing=False),
    Synonyms(("application", "applications", "app", "apps"),
             "Town and Country Planning Act 1990 s.62 'applications' for planning permission, as minutes list them; "
             "'planning apps', 'the galgate app' in everyday speech", thing=False),
    Synonyms(("documents", "document", "docs", "doc"),
             "everyday clipping of 'documents' ('the docs the committee considered')", thing=False),
    Synonyms(("vacancy", "vacancies", "vacant seat", "seat spare", "spare seat", "seat going spare", "empty seat",
              "seat left empty", "seat empty"),
             "Local Government Act 1972 ss.87-89: a seat on a council with no member is a 'casual vacancy' (and after "
             "an election with fewer candidates than seats, the seats left unfilled); people say a seat was 'spare' "
             "or 'empty'"),
    Synonyms(("co-opted", "co-option", "coopted", "co-opt", "fill the seat", "filled the seat", "fill the vacancy",
              "filled the vacancy", "fill the vacant seat", "replacing", "replaced by", "replacement for"),
             "Local Government Act 1972 s.102(3); a parish fills a casual vacancy by co-option where no election is "
             "called (s.87, s.89), 'did they fill the seat' or 'who's replacing her' (a member who resigned) in "
             "everyday speech", thing=False),
    Synonyms(("sent on to", "send on to", "sending on to", "passed on to", "pass on to", "submitted to", "referred to",
              "refer to", "refers to"),
             "a body's decision that a matter 'be submitted' or 'referred' to another committee; 'sent on to' in "
             "everyday speech", thing=False),
    Synonyms(("signed up", "sign up", "signs up", "signing up", "recruited", "recruit", "recruits", "recruiting"),
             "recruitment (of foster carers, volunteers, retained firefighters) as reports print it; 'how many have "
             "they signed up' in everyday speech", thing=False),
    Synonyms(("presiding", "presided", "presides", "in the chair", "took the chair"),
             "standing orders: the member presiding is minuted as 'in the Chair' ('Mr B Lobban in the Chair')",
             thing=False),
    Synonyms(("substitute", "substitutes", "substituting", "subbing", "subbed", "in place of", "deputising", "stood in",
              "stand in", "standing in"),
             "standing orders on substitute members", thing=False),
    Synonyms(("stood in as", "stand in as", "standing in as", "stands in as", "in the absence of", "acted as",
              "acting as"),
             "standing orders: an office-holder who is absent is replaced for the meeting, minuted as 'in the absence "
             "of the Chairman, Councillor X took the chair' or 'acted as Chairman for the meeting'; 'stood in' in "
             "everyday speech", thing=False),
    Synonyms(("apologies", "apologies for absence", "couldn't make it", "could not make it", "was off",
              "were off", "absent", "missed", "missed the meeting", "regrets", "sent regrets", "sent their regrets",
              "absentees", "absentee"),
             "everyday forms of 'apologies for absence' ('he missed the agm'; 'who sent regrets', the formal "
             "invitation's word; 'the absentees')", thing=False),
    Synonyms(("circulated", "circulate", "sent round", "sent around", "send round", "sent out to members",
              "shared with members", "distributed"),
             "committee practice: information asked for at a meeting is 'circulated' to members between meetings; "
             "'sent round' in everyday speech", thing=False),
    Synonyms(("brought forward", "bring forward", "deferred", "defer", "rescheduled", "reschedule", "postponed",
              "put back", "moved", "move around", "moved around", "move"),
             "standing orders and work programmes: an item is deferred, brought forward or rescheduled; 'moved' in "
             "everyday speech", thing=False),
    Synonyms(("public questions", "questions from members of the public", "questions from the public",
              "public question", "questions from registered electors", "questions received from members of the public",
              "questions were received from members of the public"),
             "council procedure rules; minutes record 'questions received from members of the public'"),
    Synonyms(("deadline", "closing date", "closing date/time", "cut-off", "cut off date", "last date"),
             "procedure rules give a 'closing date' for questions, petitions and consultation responses"),
    Synonyms(("gp", "gps", "general practitioner", "general practitioners", "family doctor", "family doctors"),
             "NHS usage: general practitioners are 'family doctors' (NHS England, 'GP surgeries'); CCG governing "
             "bodies list their GP members"),
    Synonyms(("vice chair", "vice-chair", "vice chairman", "vice-chairman", "vice chairperson", "deputy chair",
              "deputy chairman", "deputy to the chair", "deputy to the chairman", "deputy to"),
             "standing orders: the vice-chairman (or deputy chair) elected each year; people ask who is 'deputy to' "
             "the chairman they name"),
    Synonyms(("chair", "chairs", "chaired", "chairing", "chairman", "chairwoman", "chairperson", "chairmen", "top job"),
             "standing orders: the chairman of a body (the chair, chairperson); 'who chairs it' and 'the top job' "
             "(of a parish's or committee's annual election) in everyday speech", thing=False),
    Synonyms(("turned down", "turn down", "turns down", "turning down", "turned it down", "turn it down", "declined",
              "decline", "declines", "declining"),
             "a nomination or an offer 'declined', as minutes record it ('Cllr X proposed Cllr Y, who declined the "
             "nomination'); 'turned it down' in everyday speech", thing=False),
    Synonyms(("praise", "praised", "praises", "praising", "single out for praise", "singled out for praise",
              "singles out for praise", "commended", "commend", "commends", "congratulated", "congratulate",
              "congratulates", "paid tribute to", "pays tribute to"),
             "a member's thanks for someone's work, minuted as commending, congratulating or paying tribute to them; "
             "'singled out for praise' in everyday speech", thing=False),
    Synonyms(("minute's silence", "minute silence", "minutes silence", "moment's silence", "moment of silence",
              "tribute", "remember", "remembered", "in memory of"),
             "a tribute paid at the start of a meeting, minuted as a minute's silence"),
    Synonyms(("backed", "backing", "backs", "support", "supported", "supports", "endorse", "endorsed",
              "endorses"),
             "everyday speech: a panel that 'backed' a proposal is minuted as supporting or endorsing it (not 'back', "
             "which is as often 'back in January')", thing=False),
    Synonyms(("seconded", "seconder", "seconding", "backed", "backing", "backer", "backed the motion",
              "backing the motion"),
             "standing orders: a motion is moved and 'seconded' ('Proposed by Councillor X, Seconded by Councillor "
             "Y'); people ask whose name is down as 'backing' it or who 'backed' the motion", thing=False),
    Synonyms(("casting vote", "votes being equal", "equality of votes", "votes were equal", "equal votes",
              "tied", "tied vote", "vote was tied", "broke the tie", "break the tie", "breaking the tie", "deadlock",
              "deadlocked", "hung vote"),
             "Local Government Act 1972 Sch.12 paras 39(2) and 13(2): 'in the case of an equality of votes' the person "
             "presiding has a second or 'casting vote', minuted as 'the votes being equal, the Chair used her casting "
             "vote'; people ask who 'broke the tie' of a 'tied' vote", thing=False),
    Synonyms(("moved", "moving", "mover", "proposed", "proposer", "proposing", "moved the motion",
              "moving the motion"),
             "standing orders: a motion is 'moved' or 'proposed' by one member and seconded by another ('The Mayor "
             "moved and Councillor X seconded', 'Proposed by Councillor X'); people ask who was 'moving' it",
             thing=False),
    Synonyms(("rise", "rises", "rising", "rose", "risen", "increase", "increases", "increased", "increasing",
              "go up", "goes up", "going up", "went up", "gone up", "bump up", "bumps up", "bumped up", "bumping up",
              "hike", "hikes", "hiked"),
             "everyday speech: a tax, rent or precept that 'goes up' or 'rises' is minuted as an increase; people "
             "'bump up' an allowance or complain of a 'hike' in a charge",
             thing=False),
    # (not "council tax" alone, which a precept is not: "Local Council Tax Base 2012/13 (412.6 Band D equivalents)")
    Synonyms(("precept", "precepts", "raising from council tax", "raise from council tax", "raised from council tax",
              "raising through council tax", "raise through council tax", "raised through council tax",
              "council tax element", "element of council tax", "element of the council tax"),
             "Local Government Finance Act 1992 ss.39-41: a town or parish council, a fire or police body 'precepts' "
             "on the billing authority, which collects it as part of the council tax; minutes print the 'precept' "
             "and its Band D figure, people ask what it is 'raising from council tax'; a commissioner's 'policing "
             "element of council tax' (not its 'bit' or 'share': read as the words that are no stop words, 'tax' "
             "alone)"),
    Synonyms(("fix", "fixing", "fixed", "repair", "repairs", "repaired", "repairing", "mend", "mending", "mended",
              "strengthen", "strengthening", "strengthened"),
             "everyday speech: a pothole, roof or shelter 'fixed' is minuted as repaired ('pothole repair programme'); "
             "a weak bridge is fixed by 'strengthening' it (highway structures' assessment and strengthening "
             "programmes, DMRB CS 454)",
             thing=False),
    Synonyms(("answered", "responded", "responses", "respondents", "replied", "replies"),
             "everyday forms: a survey or consultation reports its 'responses' and 'respondents', a question asks "
             "who answered it", thing=False),
    Synonyms(("write back", "wrote back", "written back", "writes back", "writing back", "reply", "replied",
              "in reply", "letter in reply", "letter for reply", "letter of reply"),
             "correspondence minuted as received: a minister's or a body's 'letter in reply' to the council; "
             "'wrote back' in everyday speech", thing=False),
    Synonyms(("wrote", "written to", "writes", "write to", "writing to", "letter", "letters", "correspondence"),
             "correspondence is minuted as a letter received or sent ('Submitted a letter from the Minister ...'); "
             "'wrote to the council' in everyday speech", thing=False),
    Synonyms(("write", "write to", "to write", "writing", "letter be sent", "letter should be sent", "send a letter",
              "letter is sent", "letter to be sent", "written to"),
             "a council's decision to write is minuted as 'That a letter be sent to ...'; people ask whom it resolved "
             "'to write' to", thing=False),
    Synonyms(("new rule", "new rules", "from now on", "in future", "henceforth", "going forward"),
             "a council's decision on how a thing is done from then on is minuted as what will happen 'in future' "
             "('It was also resolved that in future draft minutes would be displayed on the website'); people ask "
             "what the 'new rule' is ('rule' alone is a standing order's)", thing=False),
    Synonyms(("dig out", "dig up", "find out", "look into", "look up", "obtain", "ascertain", "investigate"),
             "a clerk asked to get information is minuted as to 'find out', 'obtain' or 'ascertain' it; people say "
             "the clerk was asked to 'dig out' or 'look into' it", thing=False),
    Synonyms(("push", "campaign", "campaigning", "drive", "lobbying", "lobby"),
             "everyday 'push' for a campaign a council backs ('a campaign to encourage people ...')", thing=False),
    Synonyms(("bid", "bids", "application", "applications", "applied", "applicant", "applicants"),
             "grants and funds are 'applied' for: minutes list the 'applications for assistance' approved; people ask "
             "whether a group's 'bid' was successful", thing=False),
    Synonyms(("come good", "came good", "successful", "succeeded", "approved", "granted", "awarded", "got the money",
              "got the grant"),
             "an application minuted as 'approved' or 'granted' (a grant 'awarded'); people ask whether a bid 'came "
             "good' or was 'successful'", thing=False),
    Synonyms(("noticeboards", "noticeboard", "notice boards", "notice board", "boards", "physical boards"),
             "Local Government Act 1972 s.228 and Sch.12 para 10: a parish council posts notices and minutes 'in a "
             "conspicuous place' (its noticeboards); people say 'the boards'"),
    Synonyms(("online", "on the website", "website", "web site", "on the web", "on the internet"),
             "Openness of Local Government Bodies Regulations 2014 and the Transparency Code: minutes published on "
             "the council's 'website'; people say they go 'online'", thing=False),
    Synonyms(("expand", "expanded", "expanding", "expansion", "extension of", "enlarge", "enlarged", "enlargement"),
             "planning applications for a larger site or building are for an 'extension of' it ('Extension of "
             "Greystone Pike Quarry by 6.8 hectares'); people ask whether it may 'expand' ('extension' alone is "
             "already the papers' word)", thing=False),
    Synonyms(("signatures", "signatories", "signed", "signed by", "signing"),
             "petitions: a petition 'containing over 2000 signatures' is one that 2000 people signed", thing=False),
    Synonyms(("send in", "sent in", "sending in", "send anything in", "sent anything in", "send any in",
              "sent any in", "received", "submitted"),
             "questions, comments and objections the public 'send in' are minuted as 'received' or 'submitted' ('No "
             "questions were received from members of the public')", thing=False),
    Synonyms(("signatures", "names", "signed by"),
             "petitions are minuted by their 'signatures' ('a Petition containing over 2000 signatures') or by whom "
             "they were 'signed by' ('a petition signed by 1,046 residents'); people ask how many 'names' were on "
             "one", thing=False),
    Synonyms(("want", "wants", "wanted", "would prefer", "prefer", "preferred", "would like"),
             "everyday forms: surveys report what respondents 'would prefer', a question asks what they want",
             thing=False),
    Synonyms(("mix", "mixture", "blend", "blended", "hybrid"),
             "everyday forms of 'hybrid' or 'blended' working (part office, part home)", thing=False),
    Synonyms(("footfall", "visitor numbers", "number of visitors", "visitors"),
             "venue and service reports count 'footfall'; 'visitor numbers' in everyday speech", thing=False),
    Synonyms(("online", "virtual", "virtually", "remote", "remotely", "via zoom", "on zoom", "zoom",
              "via microsoft teams", "microsoft teams", "on teams", "video conference", "videoconference"),
             "meetings held remotely under the Local Authorities (Coronavirus) Regulations 2020 and since: minutes say "
             "'held virtually', 'via Zoom', 'via Microsoft Teams'; people say 'online'", thing=False),
    Synonyms(("died", "die", "dies", "dying", "death", "deaths", "deceased", "passed away"),
             "everyday forms: reports count 'deaths' ('21 deaths recorded as suicide'), people ask how many 'died'; "
             "a tribute minutes a member's 'death', people say they 'passed away'", thing=False),
    # ------------------------------------------------------------------ money
    Synonyms(("cut", "cuts", "reduction", "reductions", "reduced", "reduce", "decrease", "decreased", "drop",
              "dropped"),
             "budget reports minute 'a reduction of 5.1% on 2012/13', 'reduced by eight hours a week'; people ask "
             "how big a 'cut' it was", thing=False),
    Synonyms(("paid for", "funded", "funding", "grant", "paid"), "everyday forms", thing=False),
    # when a thing begins, as people ask it and as reports put it: "any start date?" for "a definitive timeline for the
    # commencement of the project" (police and crime panels, capital programmes)
    Synonyms(("start date", "starting date", "commencement", "commencement date", "date of commencement"),
             "capital programmes and commissioners' replies minute 'the commencement of the project'; people ask for "
             "its 'start date'", thing=False),
    # work not yet done as people ask it and as reports count it: "how many of the unfixed potholes", minuted "2,905
    # were outstanding" (highways defects, repairs backlogs, housing voids)
    Synonyms(("unfixed", "not fixed", "unrepaired", "not repaired", "outstanding", "awaiting repair",
              "still to be fixed", "yet to be fixed", "yet to be repaired"),
             "highways and housing repairs reports count defects or repairs 'outstanding' or 'awaiting repair'; "
             "people ask how many are 'unfixed' or 'not fixed'", thing=False),
    Synonyms(("unpaid", "outstanding", "owed", "owing", "in arrears", "arrears", "not paid"),
             "debt recovery reports say rates, rents or invoices are 'outstanding' or 'in arrears'; people ask what "
             "is 'unpaid' or 'owed'", thing=False),
    Synonyms(("transfer", "transfers", "transferred", "transferring", "virement", "virements", "vire", "vired",
              "move money", "moving money", "moved money", "moves money", "shift money", "shifting money",
              "shifted money", "move funds", "moving funds", "moved funds", "shift funds", "shifting funds"),
             "financial regulations: money moved from one budget (or a schools forum's block) to another is a "
             "'virement' or a 'transfer' (Schools and Early Years Finance Regulations: a 'block transfer'); people "
             "say the money was 'moved' or 'shifted'", thing=False),
    Synonyms(("half year", "half-year", "halfway through the year", "mid-year", "mid year", "midyear"),
             "the CIPFA Treasury Management Code's 'mid-year review' (and NHS and council 'mid-year' reports) of the "
             "first six months; people ask where things stood 'at the half year'", thing=False),
    Synonyms(("pot", "pot of money", "fund", "pooled budget", "pooled fund"),
             "everyday 'pot' for a fund; pooled budgets under s.75 NHS Act 2006 (the Better Care Fund)", thing=False),
    Synonyms(("reserves", "balances", "balances carried forward", "balance carried forward", "carried forward",
              "general reserve", "general reserves", "earmarked reserves"),
             "a parish council's year-end 'balances carried forward' (Annual Governance and Accountability Return, "
             "Section 2 box 7) are its reserves (general and earmarked, JPAG Practitioners' Guide); people ask what "
             "'reserves' it had", thing=False),
    Synonyms(("bank account", "bank accounts", "keep the cash", "keep the money", "keep the funds", "hold the cash",
              "hold the money", "hold the funds", "kept the cash", "kept the money", "kept the funds"),
             "a council holds its money in bank accounts it resolves to open (Accounts and Audit Regulations 2015; "
             "standing orders and financial regulations: 'It was RESOLVED that a new bank account be opened'); "
             "people ask where it will 'keep the money'", thing=False),
    Synonyms(("in the bank", "bank balance", "money in the bank", "cash at bank", "balance", "balances",
              "bank account", "bank accounts"),
             "a parish or community council treasurer reports its 'balance' at a date (the cash book reconciled to the "
             "bank statement, JPAG Practitioners' Guide); people ask what is 'in the bank'", thing=False),
    # ------------------------------------------------------------------ licensing
    Synonyms(("taxi", "taxis", "hackney carriage", "hackney carriages", "hackney cab", "hackney cabs", "black cab",
              "black cabs", "cab", "cabs"),
             "Town Police Clauses Act 1847 and Local Government (Miscellaneous Provisions) Act 1976 s.65: the "
             "'hackney carriage' a council licenses and sets a table of fares for is what people call a taxi or cab"),
    # ------------------------------------------------------------------ private housing and policing
    Synonyms(("houses in multiple occupation", "house in multiple occupation", "hmo", "hmos"),
             "Housing Act 2004 Part 2 and s.254: councils license 'houses in multiple occupation', which papers and "
             "people alike call 'HMOs'"),
    Synonyms(("long-term empty", "long term empty", "empty for more than six months", "empty for over six months",
              "empty for six months or more", "empty for more than 6 months", "long-term vacant", "long term vacant"),
             "a home 'long-term empty' is one empty for more than six months (the government's live table 615 of "
             "vacant dwellings, council tax empty homes statistics); strategies count homes 'empty for more than six "
             "months'"),
    Synonyms(("paid", "salary", "salaries", "remuneration"),
             "pay policy statements (Localism Act 2011 s.38) give a post's 'salary' or 'remuneration'; people ask what "
             "someone is 'paid' (not 'pay', as often a payment made as a wage: 'how much does the windfarm pay')",
             thing=False),
    # ------------------------------------------------------------------ streets, planning and waste
    Synonyms(("close", "closes", "closed", "closing", "shut", "shuts", "shutting", "shut down", "shutting down"),
             "papers 'close' a facility or service (a recycling centre, a library, a road); people say it is being "
             "'shut' (not 'closure', a proposal's noun: 'a petition opposing the proposed closure' says no time of "
             "closing)", thing=False),
    Synonyms(("houses", "homes", "dwellings", "new homes", "new houses", "new dwellings", "housing units"),
             "local plans and planning applications count 'dwellings' (Town and Country Planning (Use Classes) Order "
             "1987, class C3) or 'new homes' (National Planning Policy Framework); people ask how many 'houses'",
             thing=False),
    Synonyms(("lorries", "lorry", "hgv", "hgvs", "heavy goods vehicle", "heavy goods vehicles"),
             "planning conditions and highway reports say 'HGV' (heavy goods vehicle, Road Traffic Act 1988 s.108); "
             "people say 'lorries'"),
    Synonyms(("lorries", "lorry", "trucks", "truck", "vehicles", "vehicle", "fleet"),
             "a council's fleet is its 'vehicles' (refuse collection, food waste, gritting: the operator's licence "
             "under the Goods Vehicles (Licensing of Operators) Act 1995 counts vehicles); people say 'lorries' or "
             "'trucks'", thing=False),
    Synonyms(("trips", "movements", "vehicle movements", "journeys"),
             "transport assessments count 'vehicle movements' (DfT Guidance on Transport Assessment); people say "
             "'trips'", thing=False),
    Synonyms(("tip", "the dump", "household waste recycling centre", "household waste recycling centres", "hwrc",
              "hwrcs", "recycling centre", "recycling centres", "civic amenity site", "household recycling centre",
              "household recycling centres", "hrc", "hrcs"),
             "Environmental Protection Act 1990 s.51 (places for residents to deposit household waste): councils say "
             "'HWRC' or 'recycling centre', people 'the tip'"),
    Synonyms(("bins", "bin collection", "bin collections", "refuse collection", "waste collection",
              "waste collections", "household waste collection"),
             "Environmental Protection Act 1990 s.45 (collection of household waste); people say 'the bins'",
             thing=False),
    Synonyms(("garden waste", "brown bin", "brown bins", "brown bin collection", "brown bin collections",
              "garden bin", "garden bins", "garden waste bin", "garden waste bins", "green waste"),
             "Controlled Waste (England and Wales) Regulations 2012 Sch.1: garden waste is household waste a council "
             "may charge to collect; papers say 'garden waste service', people name it by its bin ('the brown bin')"),
    Synonyms(("potholes", "pothole", "carriageway defects", "road defects", "highway defects"),
             "highway inspection codes (Well-managed Highway Infrastructure, 2016) say 'defects'; people say "
             "'potholes'"),
    Synonyms(("entrance", "entrances", "site access", "vehicular access", "access road", "way in", "entry point"),
             "planning applications and highway consultations say 'site access' or 'vehicular access' (Town and "
             "Country Planning (Development Management Procedure) Order 2015 art.2: 'access' as a reserved matter); "
             "people ask where the 'entrance' or 'way in' would be", thing=False),
    Synonyms(("dog mess", "dog poo", "dog fouling"), "Clean Neighbourhoods and Environment Act 2005 ('dog fouling')"),
    Synonyms(("fly-tipping", "fly tipping", "flytipping", "illegal dumping"),
             "Environmental Protection Act 1990 s.33 (unauthorised deposit of waste): 'fly-tipping'"),
    Synonyms(("street lights", "street light", "streetlights", "streetlight", "street lighting", "lamp posts",
              "lamp post", "lampposts", "lamp columns", "lamp column", "lighting columns", "lighting column"),
             "Highways Act 1980 s.97 ('lighting of highways'); everyday forms; 'lamp column' and 'lighting column', "
             "the highway engineer's word for the post (BS EN 40, 'lighting columns'), as clerks' reports print it"),
    # premises as people name them and as planning and licensing papers name them
    Synonyms(("fish and chip shop", "fish & chip shop", "fish and chips shop", "chip shop", "chippy", "chippie"),
             "everyday 'chippy' for a fish and chip shop (a hot food takeaway: Use Classes Order 1987, sui generis)"),
    Synonyms(("public house", "public houses", "pub", "pubs"),
             "Licensing Act 2003 premises; minutes and planning papers say 'public house', people 'pub'"),
    Synonyms(("hot food takeaway", "hot food takeaways", "takeaway", "takeaways", "take-away", "take away shop",
              "fish and chip shop", "fish & chip shop", "chip shop", "kebab shop"),
             "Use Classes Order 1987 (sui generis 'hot food takeaway', which a fish and chip or kebab shop is); "
             "everyday 'takeaway'"),
    Synonyms(("revamp", "revamped", "refurbishment", "refurbish", "refurbished", "reconfiguration", "reconfigure",
              "redevelopment", "makeover", "upgrade", "renovation", "renovated", "transformation of the"),
             "everyday words for building works that applications call 'reconfiguration' or 'refurbishment' (and "
             "minutes 'the transformation of the Council Chamber')",
             thing=False),
    # ------------------------------------------------------------------ figures and named things asked in other words
    Synonyms(("unopposed", "uncontested", "elected unopposed", "returned unopposed", "uncontested seats",
              "seats uncontested", "seats went uncontested", "seats were uncontested", "seats unopposed",
              "seats nobody contested", "seats no one contested", "seats that nobody contested",
              "seats did nobody contest", "seats did no one contest", "nobody contested", "no one contested",
              "nobody contest", "no one contest",
              "not contested", "without a contest", "nobody stood against", "contest", "contests", "contested",
              "no other nominations", "no further nominations", "opposed", "any opposition"),
             "the local elections rules (for parishes and communities, the Local Elections (Parishes and Communities) "
             "(England and Wales) Rules 2006): where no more candidates stand than there are seats, they are declared "
             "elected, minuted as 'elected unopposed'; people ask about the seats 'nobody contested'; an office a "
             "council fills by election (chairman, vice-chairman: Local Government Act 1972 s.15, standing orders) is "
             "filled 'unopposed', 'there being no other nominations', and people ask whether there was 'any contest' "
             "or it was 'contested' or whether the one elected was 'opposed'"),
    # a count of those who went to something, as people ask it ("the site visit - how many went", "how many turned
    # up"): minutes say it "was attended by 8 members" (site visits, consultation events, training sessions)
    Synonyms(("how many went", "how many turned up", "how many showed up", "how many came", "how many came along",
              "how many people went", "how many members went", "how many people turned up", "how many people came",
              "attended by", "were attended by", "was attended by"),
             "site visit and event notes minute that it 'was attended by 8 members'; people ask 'how many went' or "
             "'turned up'", thing=False),
    Synonyms(("guests", "guest", "visitors", "visitor", "in attendance", "also in attendance", "also present",
              "attending"),
             "standing orders: people present who are not members are listed 'In attendance' or 'Also in "
             "attendance'; people call them the meeting's 'guests' or 'visitors'", thing=False),
    Synonyms(("rank", "ranks", "constable", "sergeant", "inspector", "chief inspector", "superintendent",
              "chief superintendent", "chief constable", "deputy chief constable", "assistant chief constable",
              "crew manager", "watch manager", "station manager", "group manager", "area manager"),
             "the ranks of police officers (Police Act 1996 s.13 and the Police Regulations 2003; Police Scotland's "
             "the same under the Police and Fire Reform (Scotland) Act 2012) and the fire and rescue service's role "
             "titles (National Joint Council Grey Book): attendance lists name officers by rank ('Chief "
             "Superintendent G MacDonald'); people ask what 'ranks' they held", thing=False),
    Synonyms(("body-worn video", "body worn video", "body-worn cameras", "body worn cameras", "body-worn camera",
              "body worn camera", "body cameras", "body camera", "bodycams", "bodycam", "bwv"),
             "College of Policing, 'Body-worn video' guidance (BWV): forces and panels minute 'body-worn video'; "
             "people say 'bodycams' (not 'body cams': 'cams' alone is a word typos are read as, 'carms' for 'cams')"),
    Synonyms(("tree preservation order", "tree preservation orders", "tpo", "tpos", "protected tree",
              "protected trees"),
             "Town and Country Planning Act 1990 s.198 and the Town and Country Planning (Tree Preservation) "
             "(England) Regulations 2012: works to a tree under a 'tree preservation order' ('TPO') need an "
             "application, which councils' forms call one for work on 'protected trees'"),
    Synonyms(("ref", "refs", "reference", "references", "reference number", "ref no", "application no",
              "application number"),
             "a paper's or application's 'reference' is printed as its number ('Protected Tree Application No 142710', "
             "'Ref: 23/01234/FUL'); people ask for 'the ref'", thing=False),
    Synonyms(("paperwork", "application", "applications", "form", "forms", "documents", "documentation"),
             "everyday 'paperwork' for the application or forms a council submits or receives", thing=False),
    Synonyms(("villager", "villagers", "resident", "residents", "parishioner", "parishioners", "local resident",
              "member of the public", "members of the public"),
             "parish minutes record what 'a resident' or 'a member of the public' raised; people say 'a villager'",
             thing=False),
    Synonyms(("ignoring", "ignored", "ignores", "ignore", "flouting", "flouted", "breach", "breaches", "breached",
              "breaching", "contravention", "contravening", "non-compliance", "not complying"),
             "Town and Country Planning Act 1990 s.171A: failing to comply with a condition is a 'breach of planning "
             "control', minuted as a 'planning condition breach'; people say the owner is 'ignoring' it",
             thing=False),
    Synonyms(("buy", "buys", "buying", "bought", "purchase", "purchases", "purchased", "purchasing", "procure",
              "procured", "procuring", "procurement", "acquire", "acquired", "acquiring", "acquisition"),
             "councils and fire authorities 'purchase' or 'procure' vehicles and equipment; people ask what they are "
             "'buying' (not 'replace', which as often replaces a member or a chair)", thing=False),
    Synonyms(("communities", "towns", "villages", "towns and villages", "localities"),
             "a programme's reach counted by place: papers count the 'towns' (or 'towns and villages') a scheme covers "
             "('re-investment in 14 towns'); people ask how many 'communities' benefit", thing=False),
    Synonyms(("translating", "translate", "translated", "translator", "translators", "translation", "interpreter",
              "interpreters", "interpreting", "interpretation", "bilingual", "simultaneous translation"),
             "Welsh Language (Wales) Measure 2011 and the Welsh Language Standards: a council meeting held in Welsh "
             "and English has simultaneous translation, its record listing 'Mr X, Translator' (or interpreter) among "
             "those present; people ask whether the session was 'bilingual' or 'was anybody translating'", thing=False),
    # ------------------------------------------------------------------ follow-ups asked in everyday words
    Synonyms(("rulebook", "rule book", "constitution", "standing orders"),
             "Local Government Act 2000 s.37: a council's constitution (with its standing orders) is the rules its "
             "meetings and bodies work to; people call it 'the rulebook'", thing=False),
    Synonyms(("spot", "location", "locations", "siting", "sited"),
             "where a thing is to go, as people ask it ('decided on a spot yet?'); minutes say 'Location to be "
             "decided' or 'the siting of the bench'", thing=False),
    Synonyms(("commemorative", "commemorate", "commemorating", "in memory of", "in memory", "memorial",
              "in memoriam"),
             "a tree, bench or plaque planted or put up 'in memory of' someone or an event, as minutes print it; "
             "people call it 'commemorative' or 'a memorial'", thing=False),
    Synonyms(("rules", "policy", "policies"),
             "a council's licensing, trading or lettings policy sets the rules a trade or tenant works to (Local "
             "Government (Miscellaneous Provisions) Act 1982 Sch.4: a street trading policy); people ask about 'the "
             "street trading rules'", thing=False),
    Synonyms(("trip", "visit", "visits", "site visit", "site visits"),  # ("trips" are also vehicle movements, above)
             "members' and scrutiny panels' visits to a service or site, minuted as a 'visit' ('Arrange visit to the "
             "new hub'); people call it a 'trip'", thing=False),
    Synonyms(("fire engines", "fire engine", "engines", "engine", "appliances", "appliance", "fire appliances",
              "fire appliance", "pumps", "pumping appliances"),
             "fire and rescue services count their vehicles as 'appliances' ('on-call appliance availability', "
             "'pumping appliances': the National Framework for fire and rescue authorities); people say 'fire engines'",
             thing=False),
    Synonyms(("worst", "lowest", "poorest", "weakest", "least", "highest"),
             "performance reports rank places and services by a figure ('Hobthorne was the lowest at 52%', "
             "'contamination was highest at 19%'); people ask which is 'worst', which is the lowest or the highest "
             "figure by what is measured", thing=False),
    Synonyms(("best", "highest", "strongest", "top"),
             "performance reports rank by a figure ('the highest rate', 'top performing'); people ask which is 'best'",
             thing=False),
    # a thing put in place, as people ask it ("who fitted the new bus shelter", "when was the defib put in") and as
    # clerks' reports record the work ("had been installed", "erected", "replaced by Cambrian Street Furniture")
    Synonyms(("fitted", "fit", "fits", "fitting", "installed", "install", "installs", "installation", "erected",
              "erect", "put in", "replaced"),
             "parish and town clerks' reports of street furniture and equipment work ('the bus shelter had been "
             "replaced by ...', 'the defibrillator was installed'); 'fitted' and 'put in' in everyday speech",
             thing=False),
    # a question put at a meeting, as chat shortens it ("bailey's qu last month", "public qs")
    Synonyms(("question", "questions", "qu", "qus", "qs"),
             "'qu' and 'qs' for question(s) in notes and chat (general usage)", thing=False),
    # what was right, asked of something said wrongly ("what was the real target"), as a correction records it ("he
    # mentioned ... the target date was March 2025 but should have said that the target date was ... November 2024",
    # "should have read £12,400", "the correct figure was")
    Synonyms(("real", "actual", "correct", "should have said", "should have read", "should read", "corrected"),
             "corrections made at a later meeting or to the minutes ('should have read', 'should have said', 'the "
             "correct figure'); people ask for the 'real' or 'actual' one", thing=False),
    # the councils below a principal council: parishes in England, community councils in Wales and Scotland, which
    # Welsh papers call "Town and Community Councils"; people say "parishes" of either
    Synonyms(("parishes", "parish councils", "community councils", "town and community councils",
              "local councils", "town councils"),
             "Local Government Act 1972 ss.9, 27 (parishes; communities in Wales) and Local Government (Wales) Act "
             "1994: Welsh principal councils report on their 'Town and Community Councils'; 'local councils' in NALC "
             "usage", thing=False),
    Synonyms(("share", "proportion", "percentage", "per cent", "percent"),
             "everyday 'what share' for a proportion the papers print as a percentage ('38 per cent of adults')",
             thing=False),
)


def forms_index(groups: tuple[Synonyms, ...] = GROUPS) -> dict[str, tuple[Synonyms, ...]]:
    """Each form, with the groups it belongs to."""
    out: dict[str, list[Synonyms]] = {}
    for g in groups:
        for f in g.forms:
            out.setdefault(f, []).append(g)
    return {f: tuple(gs) for f, gs in out.items()}
