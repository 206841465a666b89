"""The words of minutes, as data: how clerks write decisions, attendance, interests and exemptions.

Every stage that reads committee papers takes its words from here, so a form seen
in a new council's papers is added in one place. Each entry is a regular-expression
fragment (matched without regard to case unless it says otherwise) and a line saying
where the form comes from: the statute or standing order that gives the words, or the
house style of the kind of body that writes them (ModernGov pages, parish clerks,
Scottish and Welsh councils, NHS boards). Nothing here names one council.

The entries are kept in one module per subject, and every stage imports them from here
(``from minutebook.vocabulary import ...``):

- ``terms``: the form of an entry (:class:`~minutebook.vocabulary.terms.Term`) and how entries are joined;
- ``decisions``: how a body's decisions and a follow-up's progress are written;
- ``attendance``: who attended, sent apologies, stood in, declared an interest;
- ``exempt``: exempt (Part 2) and confidential business;
- ``layout``: committee-system pages, meeting headings, items' numbers and roles, a paper's marks;
- ``prose``: commitments, reasons, stances and figures brought up to date in the minutes' prose;
- ``to_come``: business still to come: pending, deferred, taken up later, sent elsewhere;
- ``particulars``: a meeting's times, venue and remote attendance, and the figures minutes print;
- ``questions``: how people ask: shorthand, chat framing, another body's word, what a question knows.
"""

from __future__ import annotations

from minutebook.vocabulary.attendance import *
from minutebook.vocabulary.decisions import *
from minutebook.vocabulary.exempt import *
from minutebook.vocabulary.layout import *
from minutebook.vocabulary.particulars import *
from minutebook.vocabulary.prose import *
from minutebook.vocabulary.questions import *
from minutebook.vocabulary.terms import *
from minutebook.vocabulary.to_come import *
