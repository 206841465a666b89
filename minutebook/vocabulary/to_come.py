"""Business still to come: pending, deferred, taken up later, sent elsewhere; and where and when it was said.

(Part of :mod:`minutebook.vocabulary`: see its docstring.)
"""

from __future__ import annotations

from minutebook.vocabulary.terms import Term

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
    r"(?:(?:asked|requested|called)\s+for|request(?:ed)?|commission(?:ed)?)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:breakdown|analysis|report|update|briefing|note|figures|details|review)\b",
    "'Councillor Royle asked for a breakdown of false alarms by type of premises' (fire authority performance items); "
    "'The Committee agreed to: (b) request a report on options for reducing ASN transport costs to its next meeting' "
    "(a council's budget monitoring, its decision a list of verbs)",
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
