"""What a question asks for (:class:`Intent`), read from its cue words, each with a confidence.

"Who sent apologies" asks for the attendance record; "what was resolved on apologies for absence" asks for a
resolution, its cue in the question's frame and "apologies" inside its topic, where a cue counts for much less.
The cues are data: (intent, pattern, confidence), matched on the question as typed, lower-cased.
"""

from __future__ import annotations

import re
from enum import StrEnum

from minutebook.vocabulary import (
    ATTENDANCE_AS_SUBJECT,
    CAME_LATE,
    COUNT_RECEIVED,
    DECIDED_UNSAID,
    DECISION_VERB_ASKED,
    DECLARING_RULES,
    DOING_AHEAD_ASKED,
    INTEREST_EVERYDAY,
    JOINED_FROM_AFAR,
    LEFT_EARLY,
    LEFT_QUORUM_ASKED,
    MEETING_IN_SEASON,
    MEETING_OUT_OF_CYCLE,
    OUTCOME_EVERYDAY,
    PAPER_NOTE,
    PARTY_ASKED,
    POST_ASKED,
    SAT_IN_ASKED,
    SPEED_OF_DECIDING,
    STATUS_CHOICE,
    STAYED_AWAY,
    TIME_OF_COMING_OR_GOING,
)


class Intent(StrEnum):
    """What a question asks for; anything else is a fact to quote."""

    ATTENDANCE = "attendance"  # who was there, sent apologies, chaired
    DECLARATION = "declaration"  # interests declared, members withdrawing
    NEXT_MEETING = "next_meeting"  # when the committee meets next
    RESOLUTION = "resolution"  # what was resolved, agreed, asked for
    FOLLOWUP = "followup"  # whether something asked for has happened
    TIMELINE = "timeline"  # a subject across meetings: "each time", "since", "last discussed"
    VENUE = "venue"  # where a meeting was held
    CLOSING = "closing"  # when a meeting finished
    START = "start"  # when a meeting began
    CONTACT = "contact"  # whom the papers name for enquiries about a meeting


# (intent, pattern, confidence). Cues match the question as typed, lower-cased.
# (nor a state things are in: "how many enforcement cases were open at glynhelyg council", "were any posts vacant at
# the council": things counted, not someone at a meeting)
_NOT_A_NAME = (r"(?!(?:\w+ed|said|made|taken|given|shown|brought|put|held|done|seen|told|heard|read|set|sent|spoken|"
               r"open|outstanding|overdue|pending|vacant|empty|live|active|available|due|unresolved|"
               r"it|this|that|these|those|there|anything|anyone|anybody|something|any|a|an|the|we|they|you|i)\b)")
# an adverb people put between "was" and where: "who was actually there", "who was really at the planning cttee"
_REALLY = r"(?:(?:actually|really|all|even|definitely|physically)\s+)?"
# a matter asked from one stage to a later one ("how did the fare increase go from the proposal to the final decision",
# "from the first draft through to adoption", "between the consultation and the decision"): the meetings that took up
# each stage
STAGES_ASKED = (r"\b(?:from|between)\s+(?:the\s+)?(?:\w+\s+)?(?:proposals?|draft|consultation|recommendations?|"
                r"application|idea|first\s+\w+|report)\s+(?:stage\s+)?(?:to|through\s+to|until|till|and)\s+(?:the\s+)?"
                r"(?:\w+\s+)?(?:decisions?|outcome|approval|adoption|end|result|sign[- ]off)\b|"
                # from a decision to what came of it, in everyday words: "from the decision to buy them to getting
                # them", "from the order to delivery", "from agreeing it to having it installed"
                r"\bfrom\s+(?:the\s+)?(?:decision|order|go[- ]ahead|approval|vote|agreeing|deciding|ordering)"
                r"(?:\s+(?:it|them|this|that)|\s+to\s+\w+(?:\s+[\w'’-]+){0,3}?)?"
                r"\s+(?:to|through\s+to|until|till)"
                r"\s+(?:(?:actually|finally)\s+)?(?:\w+ing\b|(?:the\s+|its\s+|their\s+)?(?:delivery|installation|"
                r"completion|opening|arrival|end|finish)\b)")
# a matter put off (deferred, postponed, held over, called in) and what came of it later ("in the end", "eventually",
# "after"): the forms of the question sets' cross-meeting questions (fresh19), as officers ask after deferred items
HELD_OVER_THEN = (r"\b(?:deferr\w*|defer\b|put\s+(?:it\s+|them\s+|that\s+)?off|postpon\w*|held\s+over|"
                  # ("they kicked it down the road in jan", "parked it", "shelved it": held over, in everyday words)
                  r"kick(?:ed|ing)?\s+(?:it\s+|them\s+|that\s+|the\s+can\s+)?down\s+the\s+road|parked|shelved|"
                  r"adjourn\w*|call(?:ed)?[\s-]+in|first\s+time\s+(?:round|around))\b[^?]{0,80}?"
                  # ("... what happened when it came back": the meeting it came back to)
                  r"\b(?:in\s+the\s+end|eventually|finally|ultimately|after(?:wards)?\s*\??$|"
                  r"when\s+(?:it|they|that)\s+(?:came|come|went|was\s+brought)\s+back|"
                  r"(?:respond|react|reply|replied|decided?|do|did)\s+after(?:wards)?\b|later\s+on|second\s+time)")
# a meeting named by its subject: "the public meeting on the town centre plan", "the meeting about the bypass" (not
# a day: "the meeting on the 5th", "on Tuesday")
ON_SUBJECT = (r"(?!\s+(?:on|about|regarding|concerning)\s+(?!(?:the\s+)?\d|"
              r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))")
# a meeting out of the cycle by its word ("the special meeting", "an extraordinary mtg", "the extra sitting")
OUT_OF_CYCLE_MEETING = (rf"\b(?:{'|'.join(MEETING_OUT_OF_CYCLE)})\s+(?:(?!(?:for|of|to|on|at|in|and|about|the|a|an)\b)"
                        r"[\w&'’-]+\s+){0,2}?(?:meeting|mtg|session|sitting)s?\b")
_CUES: tuple[tuple[Intent, str, float], ...] = (
    # "who sat on ...", and as often "which councillors sat on the hearing", "which members sent apologies", "which
    # parish member was missing", "which councillor couldn't make it": the people asked for are the attendance record's
    # ("what officers were at ...": "what" for "which"; "who was actually there": an adverb between)
    # (and those named before it, asked after by a word standing for them: "the mayor's advisers (mental health,
    # homelessness etc) - which ones were away", "the co-opted members - which of them sent apologies"; or by their
    # role, as the record lists them: "which advisers were away", "which reps attended")
    (Intent.ATTENDANCE, r"\b(?:who|(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:councillors?|cllrs?|members?|people|"
                        r"officers?|ones|them|those|these|advis[eo]rs?|representatives?|reps))\b[^?]{0,40}?\b("
                        r"attend(?:ed|ees?|ing|s)?\b|in\s+attendance|turned\s+up|came\s+along|came\s+to|showed\s+up|"
                        # "who came from the vale council itself": the record names each with their body
                        r"came\s+from|(?:was|were)\s+there\s+from|"
                        # (not "there" saying something was, a later part's: "who's vice chair and was there any
                        # contest")
                        r"(?:was|were)\s+" + _REALLY
                        + r"(?:there(?!\s+(?:any|a|an|no|some|much|many|anyone|anybody|anything)\b)|present|off|away|"
                        r"absent|late|at\s+(?:the|that|this|our|last))\b|"
                        r"present(?!ed|ing|ation|s\b)|couldn'?t\s+make|"
                        # "which members sent regrets": apologies in the older, formal word
                        r"could\s+not\s+make|(?:sent|gave|send|give|offered)\s+(?:their\s+|his\s+|her\s+)?"
                        r"(?:apolog\w*|regrets)|"
                        # "who was presiding": who chaired, in the word Northern Irish and Scottish minutes print
                        r"chair(?:ed|ing)\b|was\s+in\s+the\s+chair|presided|(?:was|were)\s+presiding|"
                        r"substitut\w*|subbing|subbed|"
                        r"(?:came|arrived|turned\s+up|joined)\s+late|left\s+early|sat\s+on|(?:was|were)\s+missing|missed|"
                        r"(?:didn'?t|did\s+not|couldn'?t|could\s+not)\s+(?:come|attend|turn\s+up|make\s+it)|"
                        r"(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:at|there|present))", 0.95),
    # "was anyone only at part of the meeting", "did anyone turn up late", "who left early": when members came
    # and went, which the attendance record notes ("(part meeting)", "(arrived at 7.01pm)", "joined at 11.15am")
    # ("only in for part of the session", "there for part of the sitting": the meeting by another name)
    # (not "why did the business rep leave the board partway", "why'd kemble walk out": the reason, which the
    # declaration records)
    (Intent.ATTENDANCE, r"\A(?![\s\S]*\bwhy(?:['’]d|\s+(?:did|had|has|was|were|would|do|does))\b)[\s\S]*?"
                        r"\b(?:(?:only|just)\s+(?:(?:in|there|present)\s+)?(?:at|for)\s+part|part[\s-]?way\s+through|"
                        r"part\s+of\s+(?:the\s+|that\s+)?(?:[\w&'’-]+\s+){0,6}?(?:meeting|mtg|session|sitting)|"
                        r"part\s+meeting|" + CAME_LATE.form + "|" + LEFT_EARLY.form + r")\b",
     0.9),
    # "what time did cllr dutton leave the fire auth mtg": the time the record notes beside the member's name
    (Intent.ATTENDANCE, TIME_OF_COMING_OR_GOING.form, 0.9),
    # "what reason did cllr warner give for missing the zoom meeting", "who skipped the april meeting": an absence,
    # which the apologies record gives with its reason ("Cllr Warner - work commitments")
    (Intent.ATTENDANCE, r"\b(?:missing|missed|skipp(?:ed|ing)|absent\s+from)\s+(?:the|that|this|last|our|their)\s+"
                        r"(?:[\w&'’.-]+\s+){0,6}?(?:meeting|zoom|call|session|sitting)\b", 0.9),
    # "did the DoE planning service send anyone", "did the county send a rep to the parish meeting": whom a body sent
    # is in the attendance record, under its name ("DoE Planning Service: Mr M Bowman")
    (Intent.ATTENDANCE, r"\bsen[dt]\s+(?:any(?:one|body)|some(?:one|body)|(?:a|an|any)\s+(?:reps?|representatives?|"
                        r"delegates?|officers?|officials?))\b", 0.9),
    # "welton le marsh parish clerk - name?", "what's the clerk called", "name of the clerk": who the clerk is, whom
    # the attendance record names with the post
    (Intent.ATTENDANCE, r"\bclerk(?:['’]s)?\s*(?:[-–—:,]\s*|\s)(?:(?:is\s+)?called|(?:(?:their|her|his)\s+)?name)\b|"
                        r"\bname\s+of\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?clerk\b", 0.9),
    (Intent.ATTENDANCE, r"\bapolog\w*", 0.8),  # and as typed: "apologys", "apologie"
    # "did the public health chiefs both send regrets": apologies in the older, formal word, sent by anyone
    (Intent.ATTENDANCE, r"\b(?:sent|send|sends|sending|gave|give|offered|tendered)\s+"
                        r"(?:(?:their|his|her|any)\s+)?regrets\b", 0.8),
    # the record of absence asked by its noun: "nym planning april 2015 - absences?", "absences at the panel", "any
    # absentees", "list of absentees", "the lea zoom - absent member, reason given?" (not "pupil absences", a school's
    # figure: those are asked with what they are of, "absences from school", "persistent absences")
    # ("+ the two absentees", "the other absences": a count or "other" between)
    # ("names of absentees", "names of the absences": the names asked of them)
    (Intent.ATTENDANCE, r"(?:^|[-–—:,(+]\s*|\b(?:any|the|which|who\s+were\s+the|list(?:\s+of)?(?:\s+the)?|and|"
                        r"names?\s+of(?:\s+the)?)\s+)"
                        r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|other)\s+)?absen(?:ces|tees)\b(?!\s+(?:from|of)\s+(?:school|work|class|lessons))|"
                        r"\babsent\s+(?:members?|councillors?|cllrs?)\b|"
                        # "surrey pcp - missing members?", "any cllrs missing": those away, asked by the adjective
                        # (not "missing persons", "missing payments": things or people lost, not away)
                        r"\bmissing\s+(?:members?|councillors?|cllrs?|trustees?|governors?)\b|"
                        r"\b(?:members?|councillors?|cllrs?|trustees?|governors?)\s+missing\b", 0.8),
    # who stayed away, asked of people without naming them: "who didn't show?", "anyone not there?", "who wasn't in"
    (Intent.ATTENDANCE, r"\b(?:who|any(?:one|body)|which\s+(?:members?|councillors?|cllrs?))\s+"
                        rf"(?:{STAYED_AWAY.form}|"
                        r"(?:(?:was|were)\s*(?:n['’]?t|\s+not)|not)\s+(?:there|present|in|at\s+(?:it|the\s+meeting)))\b",
     0.9),
    # "did the head of governance make it?", "did cllr jones turn up to the meeting": whether someone came, asked last
    # (not "did they make it a priority": something made)
    # (not what a search or an audit turned up, found: "what did the fraud initiative turn up to be clawed back")
    (Intent.ATTENDANCE, r"\bdid\s+(?:[\w&'’.-]+\s+){1,7}?(?:make\s+it|turn\s+up(?!\s+to\s+be\b)|show\s+up|come\s+along)"
                        r"(?:\s+(?:to|along|in|at)\b[^?]{0,40})?\W*$", 0.9),
    # "were any of the powys members off?", "was anyone absent", "were any councillors missing": the apologies record
    (Intent.ATTENDANCE, r"\b(?:were|was)\s+any(?:one|body|\s+(?:of\s+(?:the|our)\s+)?(?:[\w&'’-]+\s+){0,2}?"
                        r"(?:members?|councillors?|cllrs?|officers?|reps?|representatives?|governors?|trustees?))\s+"
                        r"(?:off|absent|missing|away|not\s+(?:there|present))\b", 0.9),
    # "anyone missing?", "- anybody absent?": the same asked without its verb, as a clause of its own in chat
    # ("anyone late to the community council in oct?", "anybody late?": coming late, asked the same way)
    (Intent.ATTENDANCE, r"(?:^|[-–—:,;?(]\s*)any(?:one|body)\s+(?:missing|absent|away|late\b(?!\s+(?:payments?|"
                        r"fees?|returns?|submissions?|with|in\s+paying)\b))\b", 0.9),
    # "was everyone there at the panel, or was someone missing?", "were all the members present": the record of who came
    (Intent.ATTENDANCE, r"\b(?:was|were)\s+(?:every(?:one|body)|all\s+(?:the\s+|our\s+)?(?:members|councillors|cllrs|"
                        r"trustees|governors))\s+(?:there|present|at|in\s+attendance)\b|\b(?:was|were)\s+(?:some(?:one|body)|"
                        r"any(?:one|body))\s+(?:missing|absent|off|away)\b", 0.9),
    # "was anyone from the comms team at the jan 22 meeting", "were any residents there", "were any of the press at
    # it": whether people of a team, body or the public came, which the record lists with their posts or counts
    # ("Deputy Director Communications and Engagement", "Also in attendance: 2 members of the public")
    (Intent.ATTENDANCE, r"\b(?:was|were)\s+(?:any(?:one|body)\s+(?:from|of)\s+(?:the\s+)?(?:[\w&'’-]+\s+){1,5}?|"
                        r"any\s+(?:of\s+the\s+)?(?:members?\s+of\s+the\s+)?(?:public|press|residents?|parishioners|"
                        r"locals|visitors|observers)\s+)(?:there|present|at|in\s+attendance)\b"
                        r"(?!\s+\w+ed\b)", 0.85),  # (not "were any residents there consulted")
    # "did any members of the public join the zoom", "did any residents come along": the public's coming is recorded
    # with those present ("Members of the public: 1", "8 other residents"); joining, for them, is attending
    (Intent.ATTENDANCE, r"\bdid\s+(?:any(?:one|body)?\s+|the\s+)?(?:(?:members?\s+)?of\s+the\s+public|public|"
                        r"residents?|parishioners|press|visitors|observers|members?\s+of\s+the\s+press)\b[^?]{0,30}?"
                        r"\b(?:join|come|attend|turn\s+up|show\s+up|dial\s+in|log\s+on)\b", 0.85),
    # "who was at the brighton sub committee", "who's the clerk at lea": the attendance record names them
    (Intent.ATTENDANCE, r"\bwho\s+(?:else\s+)?(?:was|were)\s+" + _REALLY + r"at\b|"
                        r"\b(?:who|(?:which|what)\s+(?:councillors|cllrs|members))\s+(?:was|were|sat)\s+on\s+the\s+"
                        r"(?:[\w&'’-]+\s+){0,5}?(?:panel|committee|sub-committee|cttee|ctte|board|bench|hearing)\b|"
                        # "which independent members sit on the standards cttee", "which lay members look after
                        # patient involvement on the governing body": a body's members of a kind, which its record of
                        # attendance lists under their label or prints beside each name (not "has anything changed
                        # about who sits on the board": its membership changed, which an item records)
                        r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:councillors|cllrs|members)\s+"
                        r"(?:sits?|serves?|served|(?:looks?|looked)\s+after\s+[^?]{0,50}?)\s+on\s+"
                        r"(?:the\s+|[\w&'’-]+['’]s\s+)"
                        r"(?:[\w&'’-]+\s+){0,5}?(?:panel|committee|sub-committee|cttee|ctte|board|bench|hearing|"
                        r"body|authority)\b|"
                        r"\bwho(?:['’]s|\s+is|\s+was)\s+the\s+(?:\w+\s+)?clerk\b", 0.9),
    (Intent.ATTENDANCE, r"\bsat\s+in\b|\bin\s+attendance\b|\bchair['’]s\s+invitation\b|"
                        r"\binvitation\s+of\s+the\s+chair", 0.8),
    (Intent.ATTENDANCE, r"\b(attend(?:ed|ance|ing|ees)?|turned\s+up|came\s+along|substitutes?|present\s+at)\b",
     0.7),
    (Intent.ATTENDANCE, r"\b(?:was|were)\s+(?:cllr|councillor|mr|mrs|ms|dr)\.?\s+[\w'-]+\s+(?:at|present)\b", 0.9),
    # "who joined online", "who was on the zoom", "anyone dial in", "people joining remotely": remote attendance
    (Intent.ATTENDANCE, r"\b(?:join(?:ed|ing)?|took\s+part|taking\s+part|was\s+on|were\s+on|logged\s+(?:in|on))\s+"
                        r"(?:the\s+(?:meeting\s+)?)?(?:online|remotely|virtually|by\s+(?:video|phone)|via\s+\w+|"
                        r"(?:the\s+)?(?:zoom|teams|video|call))\b|\bdial(?:l)?(?:ed|ing)?\s+in\b|"
                        r"\b(?:was|were|on)\s+the\s+(?:[\w&'’-]+\s+){0,5}?(?:zoom|teams\s+call|video\s+call)\b", 0.85),
    # "who joined the west bergholt pc meeting on zoom", "which members attended the panel remotely", "did anyone take
    # part in the hearing by phone": who took part from elsewhere, which the record notes beside them ("Cllr Owers
    # attended via Zoom"); the meeting may be named between (not "the meeting about online safety")
    (Intent.ATTENDANCE, r"\b(?:who|(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:councillors?|cllrs?|members?|people)|"
                        r"any(?:one|body)|any\s+(?:councillors?|cllrs?|members?))\b[^?]{0,20}?"
                        r"\b(?:join(?:ed|ing|s)?|took\s+part|take\s+part|attend(?:ed|ing|s)?|logged\s+(?:in|on)|"
                        r"dial(?:l)?(?:ed|ing)?\s+in)\s+(?:(?!(?:about|on|regarding)\b)[\w&'’-]+\s+){0,8}?"
                        r"(?:online|remotely|virtually|(?:by|via|on|over)\s+(?:the\s+)?(?:zoom|teams|video\w*|"
                        r"(?:tele)?phone|skype|webex|link|call))\b", 0.95),
    # "were the two public health directors at the governing body in jan", "was the clerk there", "were both
    # vice-chairs at the panel": people asked after by their post, which the record prints beside their names
    (Intent.ATTENDANCE, r"\b(?:was|were)\s+(?:the|our|their|both|all|any|either)\s+(?:(?:of\s+the|two|three|four|both|"
                        r"\d)\s+)?(?:[\w&'’-]+\s+){0,4}?" + POST_ASKED.form
                        # the post's field after it: "was the director of estates at the board"
                        + r"(?:\s+(?:of|for)\s+(?:the\s+)?[\w&'’-]+(?:\s+(?:and|&)\s+[\w&'’-]+)?)?"
                        r"\s+(?:(?:actually|really|both|all)\s+)?"
                        r"(?:at|there|present|in\s+attendance)\b", 0.85),
    # "the vice chairman wasn't there, who filled in?", "who took the chair", "who stepped in for the mayor": who
    # stood in for someone away, which the minutes record ("Councillor Beck be elected Vice Chairman for the meeting")
    # ("X was absent from the sitting; who filled the seat?", "who took her place": a seat at the meeting, the absence
    # said; not a vacancy on the council filled by co-option, asked with no absence)
    (Intent.ATTENDANCE, r"\A(?=[\s\S]*\b(?:absent|absence|away|missing|apologies|couldn['’]?t\s+make|"
                        r"could\s+not\s+make|(?:wasn['’]?t|was\s+not)\s+there)\b)[\s\S]*?\bwho\s+(?:filled|fill|took|take|had|sat\s+in)\s+"
                        r"(?:the|his|her|their|[\w'’]+['’]s)\s+(?:empty\s+|vacant\s+)?(?:seat|place|spot)\b", 0.9),
    (Intent.ATTENDANCE, r"\bwho\s+(?:(?:filled|fill|fills|stepped|step|steps|stood|stand|stands)\s+in|"
                        r"(?:took|take|takes)\s+(?:the\s+chair|(?:his|her|their)\s+place)|covered|"
                        r"deputi[sz]ed|was\s+(?:acting|stand-?in))\b", 0.9),
    # "was helen hipkiss at the ccg meeting?", "was dr clayton there for the whole meeting?": a person, as typed,
    # at a meeting (not "was the report discussed at the meeting": a word done or said is not a name)
    (Intent.ATTENDANCE, r"\b(?:was|were)\s+(?:" + _NOT_A_NAME + r"[a-z][\w.'’-]*\s+){1,4}?"
                        r"(?:at|there\s+(?:for|at)|in)\s+(?:the|that|this|last|our)\s+(?:[\w&'’-]+\s+){0,5}?meeting\b",
     0.85),
    # "was ian brown at highland council on the 28th june", "was joe campbell at magherafelt dc": the meeting named by
    # its body, as people mostly name it (the record may print the name its own way: "I Brown", "J Campbell")
    # (a name, not a thing of someone's: "was cllr cartwright's interest at groby pc" asks of the interest)
    (Intent.ATTENDANCE, r"\b(?:was|were)\s+(?:" + _NOT_A_NAME + r"[a-z](?:[\w.-]|['’](?!s\b))*\s+){1,4}?"
                        r"(?:at|there\s+at)\s+(?:(?:the|that|this|last|our)\s+)?(?:[\w&'’-]+\s+){0,5}?"
                        r"(?:mtg|(?:sub-?)?committee|cttee|council|panel|board|cabinet|authority|hearing|pc|gb)\b"
                        r"(?!['’]s|\s+(?:offices?|meeting\s+room|headquarters|depot|chamber|hall|house)\b)", 0.85),
    # "which independent members were at the standards cttee", "which of the lay members were at the gb": members of a
    # kind the record of attendance lists under its own label, or beside each name ("Lay Member for Governance")
    # ("which public health directors were absent", "which of the lay members were off": a post, present or away)
    # ("which directors of public health were absent": the post's field after it)
    (Intent.ATTENDANCE, r"\b(?:which|what)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,3}?(?:members?|councillors?|cllrs?|"
                        + POST_ASKED.form + r")(?:\s+(?:of|for)\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,2}?[\w&'’-]+)?"
                        r"\s+(?:were|was)\s+(?:at|in|on|present|there|absent|missing|away|off|"
                        r"not\s+(?:there|present))\b", 0.85),
    # "the presiding member at the sept council", "who presided": who chaired, in the words Northern Irish and Scottish
    # minutes print ("Presiding: G C Shiels")
    (Intent.ATTENDANCE, r"\bpresiding\s+(?:member|councillor|cllr|chair\w*)\b|\bwho\s+presided\b", 0.9),
    # "police scotland brass at the june council - names please", "the nhs reps at the board, who were they": people of
    # another body at a meeting, whom the record names with their body ("Also in Attendance: Chief Superintendent G
    # MacDonald, Police Scotland"), asked for by name (not "which officers at the council recommended it")
    (Intent.ATTENDANCE, r"\A(?=[\s\S]*\b(?:names?|who)\b)[\s\S]*?\b(?:(?:top\s+)?brass|reps?|representatives?|"
                        r"officials?|delegates?|bosses|chiefs?|senior\s+officers?|contingent)\s+(?:at|present\s+at|"
                        r"in\s+attendance\s+at)\s+(?:the\s+|that\s+|this\s+|[\w&'’.-]+['’]s\s+)"
                        r"(?:[\w&'’-]+\s+){0,5}?(?:meeting|mtg|chamber|council|committee|cttee|panel|board|cabinet|"
                        r"session|sitting|hearing|authority)\b", 0.85),
    # and asked by whom they sit for: "who were the east harland appointed members at the drainage board", "who sits
    # for the farmers (nfu) on the aonb committee": the record prints each member's body beside the name ("Mrs Sarah
    # Bolitho – National Farmers Union") or over a list of them ("Appointed Members: Cllr T Barnes, ... (East Harland
    # District Council)"), as joint committees, drainage boards and partnerships minute them
    (Intent.ATTENDANCE, r"\bwho\s+(?:sits?|sat|serves?|served)\s+(?:for|on\s+behalf\s+of)\b|"
                        r"\bwho\s+(?:was|were|is|are)\s+the\s+(?:[\w&'’()-]+\s+){0,4}?(?:members|reps|representatives|"
                        r"delegates|councillors|cllrs)\s+(?:at|on)\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,5}?(?:panel|"
                        r"committee|cttee|board|jac|authority|partnership|forum|meeting|mtg)\b", 0.9),
    # "in what capacity was jane kennedy at the combined authority", "who was mr gardner - what capacity was he there
    # in", "what was her role": the record of attendance prints each person's capacity beside the name ("Mr. I.
    # Gardner (Other Person)", "Jane Kennedy (Co-opted Member - Criminal Justice)")
    (Intent.ATTENDANCE, r"\b(?:in\s+)?what\s+(?:capacity|role)\s+(?:was|were|did|is)\s+[^?]{0,60}?"
                        r"\b(?:there|attend\w*|present|at\s+(?:the|that|this))\b|"
                        r"\bwhat\s+(?:was|were)\s+(?:his|her|their)\s+(?:role|capacity)\b", 0.85),
    # "what does janet beer advise the mayor on", "what does dr shah advise the board on": an adviser's field, which
    # the record of attendance prints beside the name ("Mayoral Advisors in attendance Janet Beer (Higher Education)")
    (Intent.ATTENDANCE, r"\bwhat\s+(?:does|did|do)\s+" + _NOT_A_NAME + r"(?:[a-z][\w.'’-]*\s+){1,3}?advises?\s+"
                        r"(?:[\w&'’-]+\s+){0,6}?on\W*$", 0.85),
    # "who took the minutes?", "who was the minute taker?": the attendance record notes the role beside a name
    (Intent.ATTENDANCE, r"\b(?:took|take|takes|taking)\s+(?:the\s+)?minutes\b|\bminute[-\s]?taker\b", 0.9),
    # "who provided the welsh/english translation", "who did the interpreting", "who was the translator": the one the
    # record lists for it ("- Others: ... Mr Hefin Jones, Translator"; Welsh community councils' simultaneous
    # translation under the Welsh Language Measure 2011)
    (Intent.ATTENDANCE, r"\bwho\s+(?:provided|provides|did|does|gave|handled|was\s+(?:doing|providing)|"
                        r"took\s+care\s+of)\s+(?:the\s+)?(?:[\w/&'’-]+\s+){0,3}?(?:translat\w*|interpret\w*)|"
                        r"\bwho\s+(?:was|were)\s+(?:the\s+)?(?:[\w/&'’-]+\s+){0,2}?(?:translators?|interpreters?)\b",
     0.9),
    (Intent.ATTENDANCE, r"\bwho\s+(?:chaired|was\s+chairing|was\s+(?:the\s+)?chair(?:man|person)?\s+(?:of|at))\b",
     0.95),
    # "which cllr was put in the chair for the hearing", "who did they vote into the chair": the member appointed to
    # chair a meeting, which its opening minute records ("Councillor X was elected Chairman for the duration of the
    # hearing"; everyday speech)
    (Intent.ATTENDANCE, r"\b(?:put|placed|voted|installed|sat)\s+(?:[\w'’-]+\s+)?in(?:to)?\s+the\s+chair\b", 0.9),
    # "who stood in for Mayor Anderson?", "who deputised for the chair?": a substitute, in the attendance record
    # ("who subbed in and for who", "did anyone sub in for cllr rourke", "who filled in for the treasurer"; not
    # "the licensing sub in jan": a sub-committee)
    (Intent.ATTENDANCE, r"\b(?:stood|standing|stand)\s+in\s+for\b|\bdeputi[sz]ed\s+for\b|"
                        r"\b(?:subbed|subbing)\s+(?:in|for)\b|\bsub\s+in\s+for\b|"
                        r"\b(?:filled|filling|fill)\s+in\s+for\b|\b" + SAT_IN_ASKED.form, 0.9),
    # "did any of the district or county councillors come to the pc": people of a kind, which may take many words to
    # say (not "did the progress report we asked for in january come to the september meeting": a paper)
    (Intent.ATTENDANCE, r"\bdid\s+any(?:one|body)?\s+(?:of\s+(?:the|our|their)\s+)?(?:[\w&'’-]+\s+){0,6}?"
                        r"(?:councillors?|cllrs?|members?|reps?|representatives?|officers?|governors?|trustees?)\s+"
                        r"(?:come|turn\s+up|show\s+up)\s+(?:to|at)\b", 0.85),
    # "did the clerk come to the annual meeting?", "was the vicar present?", "how many of the public came?"
    # ("did cllr blackwell make the governing body meeting", "did the chair miss the march meeting")
    # ("lcr combined authority 15 sept 17 - did cllr maher come?": come, ending the question)
    # ("how much did the hotel purchase come to": a sum, "come to" with nothing after it, is no attendance)
    (Intent.ATTENDANCE, r"\bdid\s+[^?]{1,40}?\b(?:come\s+to\b(?!\s*(?:[?.!]|$|in\s+total\b|altogether\b))|"
                        r"come(?=\s*(?:[?.!]|$))|attend|turn\s+up(?!\s+to\s+be\b)|"
                        r"show\s+up|make\s+it\s+to|"
                        r"(?:make|miss)\s+(?:the|that|this|last)\s+(?:(?!(?:at|in|on|of|about|for|to)\b)[\w&'’-]+\s+){0,12}?"
                        r"(?:meeting|mtg))\b|"
                        # "did bruce luffman make the cairngorms npa planning committee in september 2008": the body
                        # for its meeting, the question ending or giving when (not "make the council aware")
                        r"\bdid\s+[^?]{1,40}?\b(?:make|miss)\s+(?:the|that|this|last)\s+"
                        r"(?:(?!(?:at|in|on|of|about|for|to)\b)[\w&'’-]+\s+){0,8}?"
                        r"(?:(?:sub-?)?committee|cttee|panel|board|council|cabinet|hearing|session|pc|gb)\b"
                        r"(?=\s*(?:[?.!]|$)|\s+(?:in|on|at|last|this|back)\b)|"
                        r"\b(?:was|were)\s+[^?]{1,40}?\b(?:present|in\s+attendance)\b|"
                        r"\bhow\s+many\s+(?:\w+\s+){0,3}?(?:people|members|councillors|residents|public|press|attendees|visitors)\b"
                        r"[^?]{0,30}\b(?:came|attended|turned\s+(?:up|out)|showed\s+up|rocked\s+up|were\s+(?:there|present|at))\b"
                        # (not the turnout of an event the question names: "how many people turned out for the
                        # lantern parade" asks a figure of the parade, not who came to the meeting)
                        r"(?!\s+(?:for|to|at)\s+(?:the|a|an|this|that|their|our)\s+(?![^?]*\b(?:meeting|mtg|committee|"
                        r"cttee|council|session|sitting|panel|board|hearing)\b))",
     0.85),  # ("how many members of the public showed up": those present counted, "and 8 other residents")
    (Intent.DECLARATION, r"\bdeclar\w*", 0.9),
    # (not "the public interest test", which weighs keeping exempt information private: Local Government Act 1972
    # Sch.12A Part 2 para.10; "in the public interest"; nor an "expression of interest", a bidder's, in procurement)
    (Intent.DECLARATION, r"\b(?<!public\s)(?<!expressions\sof\s)(?<!expression\sof\s)interests?\b", 0.6),
    # "did any cllrs have a conflict on the grants", "was anyone conflicted over the lease": a conflict of interest,
    # which minutes record as an interest declared
    (Intent.DECLARATION, r"\bconflict(?:s|ed)?\b(?!\s+(?:between|with)\b)", 0.85),
    # "did anyone on the planning cttee know the landowner", "which member owns land near an application": an interest
    # asked in everyday words (minutebook.vocabulary.INTEREST_EVERYDAY)
    (Intent.DECLARATION, INTEREST_EVERYDAY.form, 0.85),
    # "did any councillor have a stake in an agenda item", "anyone with a personal stake in the lease": an interest
    (Intent.DECLARATION, r"\b(?:have|had|has|having|with|hold|held|declared?)\s+(?:a|an|any)\s+(?:personal\s+|"
                         r"financial\s+|vested\s+)?stake\s+in\b|\bvested\s+interests?\b|"
                         # "which member had a pecuniary (financial) stake to flag": the kinds of interest the codes
                         # of conduct name, whatever the noun ("stake", "interest")
                         r"\b(?:pecuniary|prejudicial|disclosable|non-?pecuniary|personal|financial|non-?financial)\s+"
                         r"(?:\([\w\s-]{1,20}\)\s+)?(?:stakes?|interests?)\s+(?:to\s+(?:flag|declare|disclose|register)|"
                         r"(?:in|on)\s+(?:item|agenda|the|an?)\b)|"
                         r"\bstakes?\s+to\s+(?:flag|declare|disclose)\b|\bflag(?:ged|s)?\s+(?:an?\s+|any\s+|"
                         r"(?:his|her|their)\s+)?(?:[\w-]+\s+)?(?:interests?|stakes?|conflicts?)\b", 0.85),
    # "why did the business rep leave the housing & land board meeting partway": the body named between; "did anyone
    # have to leave for the glenbrae hall item": the business they left for
    (Intent.DECLARATION, r"\b(leave|left|step(?:ped)?\s+out|withdr[ae]w\w*)\b[^?]{0,60}\b(room|meeting|out|chamber)\b|"
                         r"\b(?:leave|left|withdr[ae]w\w*)\s+(?:for|during|while)\b[^?]{0,60}?\b(?:item|discussion|debate)\b|"
                         # "why did cllr marchbank go out for the quarry item": out of the room, for the business
                         r"\b(?:go|goes|going|gone|went)\s+out\s+(?:for|during|while)\b[^?]{0,60}?\b(?:item|discussion|"
                         r"debate|vote|application)\b|"
                         # "which cllr went out of the room": left it, as the declaration records
                         r"\b(?:go|goes|going|gone|went)\s+out\s+of\s+(?:the\s+)?(?:room|meeting|chamber)\b|"
                         r"\bstep(?:ped)?\s+out\b|\bwalk(?:ed|s|ing)?\s+out\b|\bspeak\s+and\s+vote\b|\bdispensation\b|"
                         # "did anyone recuse themselves", "which item did X excuse himself from", "sit out the item"
                         r"\brecus\w*|\bexcus\w*\s+(?:him|her|them|my|your|our)sel\w*|\bs[ai]t\s+out\b|"
                         # "did cllr brierley stay in the room for orchard rise": whether an interest kept them out
                         r"\b(?:stay(?:ed|s)?|remain(?:ed|s)?)\s+in\s+(?:the\s+)?(?:room|meeting|chamber)\b|"
                         r"\bdpis?\b", 0.85),
    # "did she take part in the parish's debate on it", "why could Cllr Morton take part in the decision despite her
    # seat on the college board": whether a member with an interest joined in, which the declaration records ("took
    # no part in discussions", "claiming the dispensation ... to allow her to speak and vote")
    (Intent.DECLARATION, r"\b(?:did|could|can|was|were|would)\s+(?:she|he|they|(?:cllr|councillor|mr|mrs|ms|miss|dr)\.?"
                         r"\s+[\w'’-]+)\s+(?:still\s+|be\s+allowed\s+to\s+)?(?:take\s+part|participate|speak\s+and\s+vote|"
                         r"get\s+involved|have\s+(?:a|any)\s+(?:say|part|involvement))\b|"
                         # "will she judge it even-handedly", "would he decide it with an open mind", "was she
                         # predetermined": a member's fairness on a matter they are tied to, which the declaration
                         # records ("stated that she would be viewing the application fairly and with an open mind")
                         r"\b(?:(?:she|he|they|(?:cllr|councillor)\.?\s+[\w'’-]+)\s+(?:will|would|could|can|did)|"
                         r"(?:will|would|could|can|did)\s+(?:she|he|they|(?:cllr|councillor)\.?\s+[\w'’-]+))\s+"
                         r"(?:still\s+)?(?:judge|decide|consider|approach|view|assess|treat|look\s+at)\w*\b[^?]{0,40}?"
                         r"(?:even[-\s]?handed\w*|fairly|impartial\w*|objectively|with\s+an\s+open\s+mind)|"
                         r"\bpre-?determin\w*|"
                         # "why didn't sutcliffe vote on the budget", "why did cllr x not take part", "why did she
                         # abstain": a member kept out of a vote, which a declaration records ("remained in the meeting
                         # but did not vote on that item"); not "why did the council vote for it"
                         r"\bwhy\s+(?:didn['’]?t\s+(?:[\w.'’-]+\s+){1,3}?|did\s+(?:[\w.'’-]+\s+){1,3}?not\s+|"
                         r"(?:was|were)(?:n['’]?t|\s+not)?\s+(?:[\w.'’-]+\s+){1,3}?(?:not\s+)?allowed\s+to\s+)"
                         r"(?:vote|take\s+part|participate)\b|\bwhy\s+did\s+(?:[\w.'’-]+\s+){1,3}?abstain\b",
     0.8),
    # "when was the next cabinet", "the next full council": a body's next meeting, named by the body
    (Intent.NEXT_MEETING, r"\bnext\s+(?:full\s+|parish\s+|town\s+)?(?:cabinet|council|committee|sub-committee|panel|"
                          r"board|commission|session|sitting)\b(?!['’]s|\s+(?:tax|report|members?|officers?|elections?|"
                          r"budget|plan|year)\b)", 0.9),
    (Intent.NEXT_MEETING, r"\bnext\s+(?:meet\w*|one)\b|\bmeet(?:s|ing)?\s+next\b|\bmeeting\s+(?:after|following)\b|"
                          r"\b(?:the\s+)?following\s+(?:meeting|one|sitting|session)\b|\bthe\s+one\s+after\b|"
                          # "the sitting following 7/1/19", "after 19/3/15, next date?": the next meeting's date
                          r"\b(?:sitting|session|one)\s+(?:after|following)\b|\bnext\s+date\b|"
                          # "next garrowby planning date", "the next full council date": the body's word before "date"
                          r"\bnext\s+(?:[\w&'’-]+\s+){0,3}?(?:meeting|mtg|cttee|committee|council|planning|panel|"
                          r"board|cabinet|scrutiny|licensing|authority)\s+date\b|"
                          # "where's the next joint waste partnership meeting": the body's name between "next" and
                          # "meeting" (everyday English; no question set's wording)
                          r"\bnext\s+(?:[\w&'’-]+\s+){1,4}?(?:meeting|mtg|sitting)\b|"
                          # "the date of the one that followed", "after 18/8/17 - following date?"
                          r"\b(?:one|meeting|sitting|session)\s+that\s+followed\b|\bfollowing\s+date\b|"
                          # "first full council after the mayor making", "the first meeting following the AGM": the
                          # meeting after one, named by the body or the word for a meeting
                          r"\bfirst\s+(?:[\w&'’-]+\s+){0,3}?(?:meeting|mtg|sitting|session|council|committee|cabinet|"
                          r"panel|board|authority)\s+(?:after|following|since)\b|"
                          r"\bdate\s+of\s+the\s+next\b|"
                          # (a meeting going ahead, not a body going ahead with what it decided: "did the committee
                          # go ahead with consulting on ...", "can the authority go ahead with what it decided", "did
                          # the council go ahead after the site visit", a decision put off until then)
                          r"\b(?:still\s+on|(?<!the\s)(?<!the-)(?:go|went)\s+ahead(?!\s+(?:with|and|after|once|following)\b)|"
                          r"called\s+off|cancell?ed)\b",
     0.9),
    # "when did it next sit", "when did the committee convene again": a council sits, a committee convenes
    (Intent.NEXT_MEETING, r"\bnext\s+(?:sit|sat|sitting|convene\w*|get\s+together)\b|"
                          # ("when's the panel sitting next", "when does it sit next"; not "sitting next to the chair";
                          # "the cc meets again when": a council meets, in the present)
                          r"\b(?:sit(?:s|ting)?|sat|meet(?:s|ing)?|met|convene\w*|reconvene\w*|get\s+together)\s+"
                          r"(?:again|next)\b"
                          r"(?!\s+to\b)|"
                          # "what date do they reconvene?", "when does the panel reconvene"
                          r"\b(?:what\s+(?:date|day)|when)\b[^?]{0,40}?\breconvene\b|"
                          # "when is the education committee back on?", "when's the panel back in session": a body
                          # back to sit, said of the body (the question ends on it; "back on the agenda" is an item's)
                          r"\bwhen\b[^?]{0,60}?\bback\s+(?:on|in\s+session)\s*(?:[?.!]\s*)?$|"
                          # "when can the public next attend a board meeting": the next meeting, open to them
                          r"\bwhen\b[^?]{0,40}?\bnext\s+(?:attend|go\s+to|come\s+to|watch|observe|sit\s+in\s+on)\b",
     0.9),
    # (not when the meeting ended or began: "when did the schools forum meeting end")
    # (nor a meeting named by its subject, which the minutes arrange rather than hold: "when is the public meeting on
    # the town centre plan"; a day after "on" is the meeting's own: "when is the meeting on the 5th")
    (Intent.NEXT_MEETING, r"\bwhen(?:\s+and\s+where)?\s+(?:do|does|is|was|will|were|did)\b[^?]{0,40}\bmeet(?:ing)?\b"
                          r"(?!\s+(?:end|finish|close|conclude|start|begin|commence)\w*)" + ON_SUBJECT + "|"
                          r"\bdue\s+to\s+meet\b|\bwhen['’]s\b[^?]{0,40}"
                          # "when were we meant to meet"; not someone "meant to meet the providers" (an action)
                          r"\bmeeting\b" + ON_SUBJECT + r"|\bmeant\s+to\s+meet\b"
                          r"(?!\s+(?:with\s+)?(?:the|a|an|his|her|their|its|[\w'’-]+['’]s)\b)", 0.8),
    # "date of their autumn sitting?", "when's the spring meeting": a meeting named by its season, asked its date
    (Intent.NEXT_MEETING, r"\b(?:date|day|when)\b[^?]{0,40}?" + MEETING_IN_SEASON.form, 0.9),
    # "when's the special meeting on the irmp responses", "the extraordinary mtg for the hearing - date?": a meeting
    # called out of the cycle, named by its business (which the minutes announce in their next-meeting item or in
    # the item on it: service.scheduled_dates)
    (Intent.NEXT_MEETING, r"\b(?:date|day|when)\b[^?]{0,40}?" + OUT_OF_CYCLE_MEETING + r"|" + OUT_OF_CYCLE_MEETING
                          + r"[^?]{0,80}?\b(?:date|day|when)\b", 0.8),
    # (a body's full name may be long: "where does the nottinghamshire fire & rescue authority policy and strategy
    # committee meet")
    # ("where in county hall did the cabinet sit": a building named, the room asked)
    (Intent.VENUE, r"(?<!\band\s)\bwhere\s+(?:(?:in|at|within)\s+[^?]{1,40}?\s)?(?:was|were|did|does|is|will|do)\b"
                   r"(?![^?]{0,100}\b(?:next|after)\b)"
                   r"[^?]{0,100}?\b(?:meet\w*|held|take\s+place|took\s+place|sit|sat)\b|\bvenue\b|"
                   r"\b(?:which|what)\s+(?:room|hall|building|chamber|venue)s?\b|\bwhereabouts\b|"
                   # "what location was the meeting at" (not "which location was chosen for the defib")
                   r"\b(?:which|what)\s+locations?\s+(?:was|were|did|is|do|does)\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,6}?"
                   r"(?:meeting|mtg|(?:sub-?)?committee|cttee|council|panel|board|cabinet|hearing|session|they|it)\b|"
                   # the venue asked by its noun after the meeting, as people jot it: "spring mtg location?", "the
                   # meeting place", "location of the march meeting"
                   r"\b(?:meeting|mtg|sitting|session)\s+(?:location|place|whereabouts)\b|"
                   r"\blocation\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\w&'’-]+\s+){0,4}?(?:meeting|mtg|sitting|session)\b",
                   0.9),
    # "what's the address where they met", "the address of the council chamber", "the venue's address": where a
    # meeting was held, by the address its header prints; not a speech ("the new chairman's address")
    (Intent.VENUE, r"\baddress\s+(?:where|of\s+(?:the\s+)?(?:venue|(?:council\s+)?chamber|room|hall|building|offices?|"
                   r"place|meeting|mtg)\b)|\bvenue['’]?s?\s+address\b", 0.9),
    # "location of the gloucestershire hwb meeting", "was the surrey panel online?", "was it held in the village hall":
    # the venue asked another way (a remote meeting's header says "Venue: Remote", "Microsoft Teams Meeting")
    # the place asked by its noun alone, ending the question: "south hams annual council, 19/5/22 - location?"
    (Intent.VENUE, r"(?:^|[-–—:,]\s*)(?:the\s+)?(?:location|venue|place)\s*\?*\s*$", 0.85),
    (Intent.VENUE, r"\blocation\s+(?:of|for)\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,5}?(?:meeting|(?:sub-?)?committee|"
                   r"cttee|council|panel|board|cabinet|hearing|session)\b|"
                   r"\b(?:was|were|is)\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,6}?(?:meeting|(?:sub-?)?committee|cttee|"
                   r"council|panel|board|cabinet|hearing|session|it)\b[^?]{0,30}?\s(?:held\s+)?(?:online|remote(?:ly)?|"
                   r"virtual(?:ly)?|in[\s-]person|on\s+(?:zoom|teams)|hybrid|face[\s-]to[\s-]face)\b|"
                   r"\bheld\s+(?:in|at)\s+(?:the\s+)?(?:[\w&'’.-]+\s+){0,5}?(?:hall|room|chamber|house|centre|center|"
                   r"offices?|library|school|church|pavilion|institute)\b", 0.9),
    # "were the two meetings held in the same place?", "did they meet at the same venue", "was it in a different room":
    # where each meeting was held, compared
    (Intent.VENUE, r"\b(?:held|meet|met|meeting|take\s+place|took\s+place|sit|sat)\s+(?:in|at)\s+(?:the\s+)?"
                   r"(?:same|different|another|other)\s+(?:place|venue|room|building|location|hall|chamber)s?\b|"
                   r"\b(?:same|different)\s+(?:place|venue|location)s?\b[^?]{0,30}?\b(?:held|meet|met|meetings?)\b",
     0.9),
    # "were the panels held face to face?", "did the board meet in person or online": the venue says ("Venue: Remote",
    # "Chamber - County Hall, Carmarthen and remotely", a room)
    (Intent.VENUE, r"\b(?:held|meet|met|meeting|take\s+place|took\s+place|sit|sat)\b[^?]{0,40}?\b"
                   r"(?:face[\s-]to[\s-]face|in[\s-]person|remotely|virtually|online|in\s+the\s+room|on\s+zoom|"
                   r"on\s+teams)\b", 0.85),
    # "could ppl join remotely for either?", "which had people joining online - and how": whether a meeting could be
    # joined from afar, which its venue line says ("Chamber - County Hall, Carmarthen and remotely", "via Microsoft
    # Teams"); not who did (the attendance record's "attended remotely")
    (Intent.VENUE, JOINED_FROM_AFAR.form, 0.85),
    # "what time did brightons urgency sub-committee finish", "when did the meeting end", "how late did it go on":
    # the minutes' closing line ("The meeting concluded at 4.30pm"); not "when did the consultation close"
    (Intent.CLOSING, r"\b(?:what\s+time|when|how\s+late)\s+(?:did|does|do|was|were|will)\s+(?:the\s+)?"
                     r"(?:[\w&'’-]+\s+){0,9}?(?:meeting|mtg|(?:sub-?)?committee|cttee|council|panel|board|cabinet|"
                     r"authority|hearing|session|pc|body|forum|commission)\s+(?:finish|end|close|conclude|wrap\s+up|break\s+up|"
                     r"go\s+on|run\s+on|go\s+until|closed|ended|finished|concluded)\b|"
                     r"\b(?:finish(?:ing)?|closing|end)\s+time\b|"
                     # "how long did the standards committee go on for" (not "how long did it take to fix the bench")
                     r"\bhow\s+long\s+(?:did|does|do|was|were)\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,6}?(?:meeting|mtg|"
                     r"(?:sub-?)?committee|cttee|council|panel|board|cabinet|authority|hearing|session|sitting|forum|pc)\s+"
                     # ("how long did the sub-committee's sitting on housing repairs last")
                     r"(?:(?:on|about|over|re|for)\s+(?:[\w&'’-]+\s+){1,4}?)?(?:go\s+on|run|last|sit)\b|"
                     # "how long did it go on, start to finish": a meeting's length, its opening to its closing time
                     r"\bhow\s+long\b[^?]{0,100}?\bstart\s+to\s+finish\b", 0.9),
    # "what time did gwynedd council start", "when does the panel kick off", "start time of the hearing": the time
    # the meeting's header prints ("Council - Thursday, 5th April, 2018 6.00 pm", "held at 7.00pm on Monday")
    # ("what time did proceedings open", "when did the sitting begin": the meeting by another name)
    (Intent.START, r"\b(?:what\s+time|when)\s+(?:did|does|do|was|were|will|is)\s+(?:the\s+)?"
                   r"(?:[\w&'’-]+\s+){0,5}?(?:meeting|(?:sub-?)?committee|council|panel|board|cabinet|authority|"
                   r"hearing|session|sitting|proceedings|business|pc)\s+(?:start|begin|commence|kick\s+off|get\s+going|open|"
                   r"started|began|begun|commenced|due\s+to\s+start)\b(?!\s+(?:again|back)\b)|"
                   # "what time do they start", "and when did it start?": the meeting, where nothing was asked before;
                   # not "what's the replacement bus costing and when does it start": the thing first asked about
                   # (nor "when does it open": a centre, a pool, a hub opens; a meeting starts)
                   r"^(?:(?!\b(?:what|who|whom|which|how|why|where|when)\b)[^?])*?"
                   r"\b(?:what\s+time|when)\s+(?:did|does|do|was|were|will|is)\s+(?:it|they)\s+(?:start|begin|"
                   r"commence|kick\s+off|get\s+going|started|began|begun|commenced|due\s+to\s+start)\b"
                   # (not "when did they start again": when an adjourned meeting reconvened)
                   r"(?!\s+(?:again|back)\b)|"
                   r"\b(?:start(?:ing)?|kick[\s-]?off)\s+time\b|\bwhat\s+time\s+(?:was|is)\s+(?!the\s+next\b)"
                   r"(?:the\s+)?(?:[\w&'’-]+\s+){0,5}?(?:meeting|(?:sub-?)?committee|council|panel|board|cabinet|"
                   r"hearing|session)\b(?![^?]{0,40}\b(?:finish|end|close|conclude)\w*)", 0.9),
    # "what time did the highland council mtg start", "when did the cabinet begin", "start time": the time its header
    # prints ("Thursday, 28 June 2018 at 10.35am", "Cabinet - Tuesday, 14th March, 2023 6.30 pm")
    (Intent.START, r"\b(?:what\s+time\s+(?:did|does|do|was|were|will|is)\b[^?]{0,80}?|"
                   r"when\s+(?:did|does|do|was|were|will|is)\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,6}?"
                   r"(?:meeting|mtg|(?:sub-?)?committee|cttee|council|panel|board|cabinet|authority|hearing|session|"
                   r"pc)\s+)(?:start(?:ed|s)?|begin|began|begun|commenc\w*|kick(?:ed)?\s+off|get\s+going|"
                   r"got\s+going|got\s+under\s?way)\b(?!\s+(?:again|back)\b)|\bstart(?:ing)?\s+time\b", 0.9),
    # whether it began at a time said: "do their meetings always kick off at 10", "did the council start at 6pm", "are
    # the panel's meetings always starting at 2" (the time each meeting's header prints, "Wednesday, 20th December,
    # 2017 10.00 am", read against the time said)
    (Intent.START, r"\b(?:do|does|did|was|were|is|are)\s+(?:[\w&'’-]+\s+){0,5}?(?:meetings?|mtgs?|"
                   r"(?:sub-?)?committees?|cttees?|councils?|panels?|boards?|cabinets?|hearings?|sessions?|pc|it|they)\s+(?:always\s+|"
                   r"usually\s+|normally\s+|all\s+|still\s+)?(?:start|begin|commence|kick\s+off|get\s+going|starting|"
                   r"beginning|kicking\s+off)\s+(?:at|by|before|after)\s+\d", 0.9),
    # "what time did the glos hwb meet in january", "what time does wbpc meet", "what time did cabinet sit": the time
    # a meeting was held at is when it began (its header's time); not "what time did they meet until"
    (Intent.START, r"\bwhat\s+time\s+(?:did|does|do|was|were|will|is)\b[^?]{0,80}?\b(?:meet|met|sit|sat|convene[ds]?)\b"
                   r"(?!\s+(?:until|till|to|for)\b)", 0.9),
    # "who's the contact for the surrey panel", "contact officer for woking council", "who do i email about the
    # licensing committee": the contact the published papers name ("Contact: Frank Jeffrey 01483 743012")
    (Intent.CONTACT, r"\bcontact\s+(?:officer|person|details|name|number|email)s?\b|"
                     r"\bwho(?:['’]s|\s+is|\s+was)\s+(?:the\s+)?(?:main\s+)?contact\b|"
                     r"\bwho\s+(?:do|should|can|could|would)\s+(?:i|we|you|one|people)\s+(?:contact|email|e-mail|"
                     r"ring|call|phone|write\s+to|get\s+in\s+touch\s+with)\b|\bwho\s+to\s+(?:contact|email|ring|call)\b|"
                     r"\b(?:enquiries|inquiries)\s+(?:about|to|for)\b|"
                     # "who's the officer to contact", "which officer do i ring about the panel", "the person to email"
                     r"\b(?:officer|person|someone|somebody)\s+(?:(?:should|do|can|could|would)\s+(?:i|we|you|one|"
                     r"people)\s+|to\s+)(?:contact|e-?mail|ring|call|phone|write\s+to|get\s+in\s+touch\s+with|"
                     r"get\s+hold\s+of)\b", 0.85),
    (Intent.RESOLUTION, r"\b(resolv\w*|decid\w*|decision|agree\w*|recommend\w*|approv\w*|sign(?:ed)?\s+off|"
                        r"ask(?:ed)?\s+for|call(?:ed)?\s+for|want(?:ed)?\b[^?]{0,40}\b(?:done|includ\w*)|elect(?:ed)?|"
                        r"moved\s+and\s+seconded|(?<!\bwho\s)proposed|(?<!\ba\s)(?<!\bthe\s)noted?|co-?opt(?:ed)?\s+(?:onto|on\s+to|as)|"
                        r"co-?option)\b", 0.7),
    # "what did they ask cabinet to do with the adult skills money", "what have they asked the council to do": what a
    # committee asks another body to do is its recommendation to it ("That the Panel recommends to Cabinet that ...")
    (Intent.RESOLUTION, r"\bask(?:ed|s|ing)?\s+(?:the\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,2}?\s+to\s+do\b|"
                        # "what did members ask cabinet to change", "what have they asked the council to reconsider":
                        # the same, by the verb of what was asked
                        r"\bwhat\s+(?:did|have|has)\b[^?]{0,60}?\bask(?:ed)?\s+(?:the\s+)?(?:cabinet|council|"
                        r"executive|board|committee|panel|leader|mayor|commissioner|authority)\s+to\s+[a-z]+", 0.7),
    # "did the panel veto the precept", "did they turn down the licence": whether a decision was taken, which its
    # resolution says (not the motion put to it)
    (Intent.RESOLUTION, DECISION_VERB_ASKED.form, 0.7),
    # "panel ok with that?", "who's getting the contract", "yes or no from the planners?": the same, with no verb
    (Intent.RESOLUTION, DECIDED_UNSAID.form, 0.7),
    # "what happened to the 26 November minutes", "were the March minutes signed": their approval is a decision
    (Intent.RESOLUTION, r"\bminutes\b[^?]{0,30}\b(?:signed|approved|confirmed|agreed|accepted|passed)\b|"
                        r"\bwhat\s+happen(?:ed|d)?\s+(?:to|with)\s+[^?]{0,60}\bminutes\b", 0.8),
    # "what happened with the director's misc items report", "what happened to the chapel lane application": what a
    # report, an application or a motion comes to is what was resolved on it
    (Intent.RESOLUTION, r"\bwhat\s+happen(?:ed|d)?\s+(?:to|with)\s+(?:the|that|this|their|our)\s+[^?]{0,60}?"
                        r"\b(?:report|application|app|motion|petition|proposals?|recommendations?|bid|request|"
                        # (and a decision called in to scrutiny: "what happened to the wharfside mills call in")
                        r"item|call[- ]?in|referral)s?\b", 0.7),
    # "fate of the committee's minutes once it reached full council", "outcome for the rural buses at cabinet", "went
    # to cabinet - response?": what a body did with a matter put to it is what it resolved on it
    (Intent.RESOLUTION, OUTCOME_EVERYDAY.form, 0.7),
    # "what happened in the end with the hall", "what eventually happened on the depot": how a matter ended is what
    # was resolved on it
    (Intent.RESOLUTION, r"\bwhat\s+(?:happen(?:ed|d)?\s+(?:in\s+the\s+end|eventually|finally|ultimately)|"
                        r"(?:eventually|finally|ultimately)\s+happen(?:ed|d)?)\b", 0.7),
    # where a thing stands asked as a choice of states: "done or pending", "complete or still outstanding"
    (Intent.FOLLOWUP, STATUS_CHOICE.form, 0.9),
    # whether a thing will be done, asked at the question's end: "will the questions record get annotated"
    (Intent.FOLLOWUP, DOING_AHEAD_ASKED.form, 0.8),
    (Intent.FOLLOWUP, r"\b(outstanding|overdue|follow[- ]?ups?|actions?\s+(?:list|log|outstanding)|chased|"
                      r"still\s+waiting|where\s+are\s+we)\b", 0.9),
    # (the body named in several words: "did the dunsmere fire authority get its report on on-call availability";
    # and an ask asked after: "where's the update on agency social workers they asked for")
    (Intent.FOLLOWUP, r"\byet\b|\bever\s+(?:get|got|arrive|come|came|receive)\w*|"
                      r"\b(?:did|have|has)\s+(?:we|members|councillors|the\s+\w+(?:\s+[\w'’&-]+){0,4}?)\s+(?:get|got|had|"
                      r"receive\w*|been\s+(?:sent|given|shared))\s+(?:its|their|our|the|a|an|any)\s+(?:[\w'’-]+\s+){0,3}?(?:report|"
                      r"update|breakdown|plan|figures|data|briefing|review|analysis|note|letter|reply|response|"
                      r"information|details|paper|costs?|quotes?|results?)s?\b|"
                      r"\b(?:did|have|has)\s+(?:we|members|councillors|the\s+\w+)\s+(?:get|got|had|receive\w*|been\s+"
                      r"(?:sent|given|shared))\b|"
                      r"\bwhere(?:['’]s|\s+(?:is|are))\s+(?:the|that|this|their|our)\b[^?]{0,80}?\b(?:they|we|members|"
                      r"councillors|(?:the|it)\s+\w+)\s+(?:asked|called)\s+for\b|\b(?:been|get|got|was|were)\s+(?:sent\s+round|circulated|"
                      r"shared)\b|\bcom(?:e|ing)\s+back\b|\bbrought\s+(?:back|forward)\b|\bsent\s+round\b|"
                      r"\b(?:has|have|had)\s+(?:it|they|that|this)\s+(?:gone\s+(?:out|round)|"
                      r"been\s+(?:sent|done))\b|"
                      # "has the clerk sent the letter?", "have they ordered the bench"
                      r"\b(?:has|have)\s+(?:the\s+)?\w+\s+(?:sent|written|contacted|circulated|obtained|ordered|"
                      r"arranged|chased|replied|responded|finished|completed|fixed|repaired|installed)\b", 0.8),
    # where a matter stands, asked as an officer asks it: "what is the current position on the CRMP consultation",
    # "the latest update on the lido works", "where does the skate park stand", "the state of play on the bypass"
    # when a report back promised is to come, asked by whoever waits for it: "when do we get an update", "when will
    # we hear back", "when are members getting the report back" (an officer to report back at a later meeting)
    (Intent.FOLLOWUP, r"\bwhen\s+(?:do|will|shall|are|can)\s+(?:we|members|councillors|cllrs|the\s+\w+)\s+"
                      r"(?:get(?:ting)?|hear(?:ing)?|be\s+(?:told|updated|getting))\s+(?:an?\s+|the\s+|some\s+)?"
                      r"(?:update|report\s+back|news|answer|back)\b", 0.8),
    # where a matter stands, asked as members type it: "drivers hardship scheme, any progress?", "any movement on the
    # depot lease", "any news on the bus shelter" (a later meeting's progress item holds the latest word)
    (Intent.FOLLOWUP, r"\bany\s+(?:progress|movement|news|developments?)\b", 0.8),
    # a person asked to come to a later meeting, asked after as members type it: "head of fleet coming to g&a? when",
    # "is the director attending the panel" (an invitation to a named meeting: scheduled, or still outstanding)
    (Intent.FOLLOWUP, r"\b(?:head\s+of|director|chief|officer|manager|cllr|councillor|mr|mrs|ms|dr)\b[^?]{0,40}?"
                      r"\b(?:coming|attending|appearing|invited)\s+(?:to|before|at)\b", 0.8),
    (Intent.FOLLOWUP, r"\b(?:current|latest|present)\s+(?:position|status|update)\b|\bstate\s+of\s+play\b|"
                      r"\bwhere\s+(?:do|does)\s+(?:the\s+|things\s+|matters\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5}?\s+"
                      r"stand\b", 0.8),
    # whether what was asked for was done, in everyday words without "yet": "did it go out?", "did it happen?", "has
    # it happened", "did the letter get sent in the end?", "they said to send it in March - did it?" (not "did it go
    # through", which asks of a decision)
    (Intent.FOLLOWUP, r"\b(?:has|have)\s+(?:it|they|that|this)\s+(?:actually\s+|really\s+)?happened\b|"
                      r"\bdid\s+(?:it|they|that|this|he|she)\s+(?:go\s+out|happen|get\s+(?:done|sent|issued|"
                      r"written|made|fixed|ordered|delivered|circulated))\b|"
                      r"\bdid\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+(?:get|go)\s+(?:sent|out|issued|done|"
                      r"delivered|circulated)\b(?!\s+(?:for|during|while)\b)|\b(?:they|we|you|he|she)\s+said\s+(?:to|they['’]?d|they\s+would|"
                      r"it\s+would|he['’]?d|she['’]?d)\b[^?]*\bdid\b", 0.8),
    # a commitment asked in everyday words: "has it been promised by a date", "who owes members an update", "wasn't
    # someone meant to meet the providers", "was the clerk supposed to write": an action the follow-up register holds
    # (not "when is fibre supposed to get to the village": when a thing is expected, not who was to do something)
    (Intent.FOLLOWUP, r"\b(?:promised|owes?|owed|undert(?:ook|aken)\s+to|"
                      r"going\s+to\s+(?:send|circulate|write|report|bring|meet|chase))\b|"
                      r"^(?!(?:[^?]*?\s[-–—:]\s*|[^?]*?[:,]\s*)?\W*when\b)[^?]*?\b(?:supposed\s+to|"
                      r"meant\s+to(?!\s+(?:be|mean|say)\b))", 0.8),
    (Intent.TIMELINE, r"\b(each\s+time|every\s+time|over\s+time|over\s+the\s+years|since\s+the\b|"
                      r"last\s+(?:discuss\w*|talk\w*|look\w*|consider\w*)|move[ds]?\s+on|come\s+along|"
                      r"and\s+then\s+in|history)\b", 0.85),
    # two meetings named by their months, with the body's words before "meetings" as people type them: "between the
    # sept and nov community & leisure meetings", "between the jan and march meetings"
    (Intent.TIMELINE, r"\bbetween\s+(?:the\s+)?[\w'’]+\s+(?:and|&)\s+(?:the\s+)?[\w'’]+\s+(?:[\w&'’-]+\s+){0,5}?"
                      r"(?:meetings|mtgs|sessions)\b", 0.85),
    (Intent.TIMELINE, r"\bsince\b", 0.6),
    # "what happened with the pub flats, start to finish", "how did the council get from june to july on taking them
    # over", "the whole story": a matter told across the meetings that took it up
    (Intent.TIMELINE, r"\b(?:start|beginning)\s+to\s+(?:finish|end)\b|\b(?:the\s+)?(?:whole|full)\s+story\b|"
                      r"\bfrom\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?:to|till|until)\s+"
                      r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|" + STAGES_ASKED, 0.85),
    (Intent.TIMELINE, r"\bwhat\s+(?:came|has\s+come)\s+of\b|\bcame\s+of\s+(?:it|that)\b", 0.85),
    # a matter held over at one meeting and settled at a later one, asked as people put it: "they put it off in jan,
    # what was decided in the end", "deferred first time round - who got it in the end", "the call-in: what did the
    # panel do and how did cabinet respond after": the meeting that held it over and the one that settled it
    (Intent.TIMELINE, HELD_OVER_THEN, 0.85),
    # one meeting's set against another's: "what were they at the june mtg vs september", "how much did we have at the
    # feb meeting compared with march", "how's recruitment going compared with last year": each meeting's line
    (Intent.TIMELINE, r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b[^?.;]{0,40}?\b(?:vs\.?|versus|"
                      r"compared\s+(?:with|to))\s+(?:the\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                      r"\bcompared\s+(?:with|to)\s+(?:this\s+time\s+)?last\s+(?:year|time|meeting)\b", 0.85),
    # what a body did on a matter over a span of its meetings: "what did the parish council do about the housing
    # allocation over the summer", "over the last few months", "through the autumn"
    (Intent.TIMELINE, r"\b(?:over|through(?:out)?|during)\s+(?:the\s+)?(?:(?:summer|winter|spring|autumn)"
                      r"(?!\s+(?:19|20)\d\d)|(?:last|past)\s+(?:few\s+|couple\s+of\s+|\w+\s+)?(?:months|weeks|meetings)"
                      # "over the last two town council meetings": the body's words between the count and "meetings"
                      r"|(?:last|past)\s+(?:few|couple\s+of|several|\d+|two|three|four|five|six)\s+"
                      r"(?:[\w&'’-]+\s+){1,5}?(?:meetings|mtgs)"
                      r"|recent\s+months)\b|"
                      # "how did it play out over the two meetings", "across both meetings": each meeting asked of
                      r"\b(?:over|across)\s+(?:the\s+|its\s+|their\s+)?(?:both|two|three|four|five|\d+)\s+"
                      r"(?:[\w&'’-]+\s+){0,4}?(?:meetings|mtgs|sessions)\b", 0.85),
    # ("what happend with": typed so, and read as the papers' nearest word, "happen")
    (Intent.FOLLOWUP, r"\bwhat['’]?s\s+happening\s+with\b|\bwhat\s+happen(?:ed|d)?\s+(?:to|with)\b|"
                      r"\bhow['’]?s\b[^?]*\bgoing\b", 0.5),
)
_COMPILED = tuple((i, re.compile(p, re.I), c) for i, p, c in _CUES)
_DECLARING_RULES = re.compile(DECLARING_RULES.form, re.I)
# "who walked out so they lost quorum": members leaving early, which the record or a minute notes, not an interest
# (minutebook.vocabulary.LEFT_QUORUM_ASKED)
_LEFT_QUORUM = re.compile(LEFT_QUORUM_ASKED.form, re.I)
_INTEREST_NAMED = re.compile(r"(?:declar\w*|interests?|conflict\w*|dispensation)", re.I)
LEFT_QUORUM_CONFIDENCE = 0.95
# Where a question's topic starts: after "about", "on", "regarding" ... the cue words are the subject's
_TOPIC_START = re.compile(r"\b(?:about|regarding|concerning|re|on|over|for\s+the|into|with\s+the)\s+(?!the\s+"
                          r"(?:meeting|panel|committee|commission|council)\b)", re.I)
TOPIC_DISCOUNT = 0.35


ASIDE = re.compile(r"\s*\([^()?]{1,60}\)")  # "(not the indep members)", "(gb mtg jan 22)": an aside in brackets
# how long deciding takes ("how long is X taking to decide local planning apps", "how quickly are applications
# decided", "the time taken to decide appeals"): a performance figure, not a decision
_SPEED_OF_DECIDING = re.compile(SPEED_OF_DECIDING.form, re.I)
_PARTY_ASKED = re.compile(PARTY_ASKED.form, re.I)  # what an applicant or a petition asked for, not a decision
_PAPER_NOTE = re.compile(PAPER_NOTE.form, re.I)  # "the briefing note": a paper, not what was noted
_ATTENDANCE_AS_SUBJECT = re.compile(ATTENDANCE_AS_SUBJECT.form, re.I)  # "secondary attendance": what, not who came
_COUNT_RECEIVED = re.compile(COUNT_RECEIVED.form, re.I)  # "how many responses did we get": a count, not a follow-up


def cue_intents(question: str) -> dict[Intent, float]:
    """Each intent the question's cue words say, with its confidence: a cue inside the question's topic counts for
    much less than one in its frame."""
    cues = [(intent, m, conf) for intent, rx, conf in _COMPILED for m in rx.finditer(question)]  # each cue read once
    topic_at = len(question)
    first_cue = min((m.start() for _, m, _ in cues), default=0)
    for m in _TOPIC_START.finditer(question):
        if m.start() > first_cue:
            topic_at = m.end()
            break
    out: dict[Intent, float] = {}
    end = len(question.rstrip(" ?!."))
    not_decided = [(k.start(), k.end()) for k in _SPEED_OF_DECIDING.finditer(question)]
    not_decided += [(k.start(), k.end()) for k in _PARTY_ASKED.finditer(question)]
    not_decided += [(k.start(), k.end()) for k in _PAPER_NOTE.finditer(question)]
    rules = bool(_DECLARING_RULES.search(question))
    left_quorum = bool(_LEFT_QUORUM.search(question)) and not _INTEREST_NAMED.search(question)
    subject_attendance = [k.span() for k in _ATTENDANCE_AS_SUBJECT.finditer(question)]
    counted = [k.span() for k in _COUNT_RECEIVED.finditer(question)]
    for intent, m, conf in cues:
        if intent == Intent.RESOLUTION and any(a <= m.start() < b for a, b in not_decided):
            # "how long is the council taking to decide applications": how fast, not what was decided; "what hours
            # did the licence application ask for": the applicant's request, not the body's; "the briefing note": a
            # paper, not what was noted
            continue
        if intent == Intent.DECLARATION and rules:
            continue  # "which act makes members declare": the duty, which an agenda prints, not a declaration made
        if intent == Intent.DECLARATION and left_quorum:
            continue  # "who walked out so they lost quorum": who left early, not an interest
        if intent == Intent.ATTENDANCE and any(a <= m.start() < b for a, b in subject_attendance):
            continue  # "what's secondary attendance like": the pupils' attendance reported on, not who came
        if intent == Intent.FOLLOWUP and any(a <= m.start() < b for a, b in counted):
            continue  # "how many responses did we get": a count of what came in, which a minute reports
        # a cue after the topic began is often the topic's own word ("the note about ..."), but a follow-up's
        # last word is the question's ("... on the noticeboard yet?"), not the topic's ("school attendance?")
        last = m.end() >= end and intent == Intent.FOLLOWUP
        topical = m.start() >= topic_at and not last and intent != Intent.TIMELINE
        c = conf * (TOPIC_DISCOUNT if topical else 1.0)
        out[intent] = max(out.get(intent, 0.0), c)
    if left_quorum:
        out[Intent.ATTENDANCE] = max(out.get(Intent.ATTENDANCE, 0.0), LEFT_QUORUM_CONFIDENCE)
    return out
