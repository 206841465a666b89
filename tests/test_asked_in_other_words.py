"""Questions asked in everyday words are answered from papers that print the council's: a chairman people say the
council "picked" or who "became" chairman (the minutes: "elected"), a nominee (the minutes: "proposed by"),
minutes "ok'd" or "rubber-stamped" (the minutes: "taken as read, confirmed and signed"), a grant "cut" (the minutes:
"a reduction of 8%"), and a question framed
around what it asks ("according to the board", "what did they reckon it'd cost", "the report that went to the
board"); and an office asked of a body the meeting heard about ("who's the clerk to the navigation trust"), which the
attendance record does not give and the item on it does. Each has a twin the papers do not answer, which stays
refused.

The papers are written for the test (a fictional drainage board's annual meeting), ingested with the real model into
a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from entry.compose import open_minutebook
from index.embedder import Embedder
from index.query import SearchFilters
from index.spelling import Speller
from minutebook.model import Audience
from minutebook.settings import Settings
from minutebook.vocabulary import written_out
from service.core import Minutebook
from service.evidence import stems
from tests.conftest import build_store

ANNUAL = """WYKEHAM MARSH INTERNAL DRAINAGE BOARD
Minutes of the Annual Meeting of the Board held at the Village Hall, Wykeham, on Wednesday 17th May 2017

Present: Mr T Ambrose, Mrs K Bellamy, Mr D Cotterill, Mr S Dunmore, Mrs P Everitt

301  ELECTION OF CHAIRMAN
Mr Cotterill was proposed by Mrs Everitt, seconded by Mr Dunmore, and there being no other nominations it was
resolved that Mr D Cotterill be elected Chairman of the Board for the ensuing year.

302  ELECTION OF VICE-CHAIRMAN
Resolved that Mrs K Bellamy be elected Vice-Chairman for the ensuing year.

303  MINUTES
The minutes of the meeting held on 15th February 2017, having been circulated, were taken as read, confirmed and
signed by the Chairman. The exempt minutes of that meeting were also confirmed.

304  SLUICE GATES - ENGINEER'S REPORT
The Engineer reported that the sluice gates at Hobb's Cut had seized during the winter floods. Replacement of the
gates was estimated at £18,400. The Engineer advised that the gates were installed in 1962.
Resolved that the gates be replaced before the autumn, funded from the Board's capital reserve.

305  DRAINAGE RATES
The drainage rate for 2017/18 had been set at the February meeting at 6.2p in the pound.

306  HOBB'S CUT NAVIGATION TRUST
The Chairman reported on the Trust's work to restore the lock at Hobb's Cut. The clerk to the Trust is Mr R
Pargeter, who had asked the Board to nominate a trustee. Resolved that Mr Ambrose be nominated.

307  ENVIRONMENT AGENCY GRANT
The Clerk reported that the Environment Agency's grant to the Board for 2017/18 would be £12,000, a reduction of 8%
on 2016/17.

308  GRANTS
Resolved that a grant of £500 be made to the Wykeham Angling Club on condition that line bins are installed at
each peg, and that a grant of £250 be made to Wykeham Scouts.

310  ENVIRONMENTAL MANAGEMENT PLAN
Resolved that the Environmental Management Plan 2017-2022 be adopted, with an annual report to the Board.

309  BOARD MEMBERSHIP
The Clerk reported changes to the membership of the Board: Marsh District Council had appointed Councillor P Rudd
in place of Councillor H Lisle.
"""


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    folder = tmp_path_factory.mktemp("papers")
    (folder / "wykeham-marsh-idb-annual-meeting-2017-05-17.txt").write_text(ANNUAL)
    store = build_store(tmp_path_factory.mktemp("store"), [folder], embedder)
    with open_minutebook(Settings(store=store), embedder) as opened:
        yield opened


def test_a_chairman_picked_or_become_is_one_elected(board: Minutebook) -> None:
    answered = board.ask("who did the board pick as vice-chairman in may 2017")
    assert answered.found and "Bellamy" in answered.answer
    answered = board.ask("who became chairman of the board in 2017")
    assert answered.found and "Cotterill" in answered.answer
    answered = board.ask("who chose mr cotterill, who nominated him?")
    assert answered.found and "Everitt" in answered.answer
    # no treasurer was elected: the chairman's election is not it
    assert not board.ask("who did the board pick as treasurer in may 2017").found


def test_minutes_okd_are_minutes_confirmed(board: Minutebook) -> None:
    answered = board.ask("were the february minutes ok'd at the board in may 2017?")
    assert answered.found and "confirmed" in answered.answer
    answered = board.ask("did the board rubber-stamp the previous minutes in may 2017")
    assert answered.found and "confirmed" in answered.answer


def test_a_question_framed_around_what_it_asks(board: Minutebook) -> None:
    answered = board.ask("what did the engineer reckon it'd cost to replace the sluice gates at hobb's cut?")
    assert answered.found and "18,400" in answered.answer
    answered = board.ask("according to the engineer, when were the sluice gates at hobb's cut installed?")
    assert answered.found and "1962" in answered.answer
    answered = board.ask("how big a cut is the environment agency grant for 2017/18?")
    assert answered.found and "8%" in answered.answer
    # the minutes' "reduction" is the question's "cut" (a rate "set at 6.2p" is none)
    asked = board.answerer.ask("how big a cut is the grant?", SearchFilters(audience=Audience.public()))
    assert board.answerer.papers.cover(asked, "a reduction of 8% on 2016/17", ["cut"]) == 1.0
    assert board.answerer.papers.cover(asked, "the drainage rate had been set at 6.2p", ["cut"]) == 0.0
    # the papers say what the gates cost, not what the pumps did
    assert not board.ask("what did the engineer reckon it'd cost to replace the pumps at hobb's cut?").found


def test_framing_words_are_not_what_is_asked() -> None:
    # how a question is put around its subject is no word an item must print
    assert stems("according to the hwb, what did they reckon it'd cost? any news? the review, "
                 "re the fen road houses") == stems("hwb cost review cabinet fen road houses")
    assert "accord" not in stems("according") and stems("sluice gates") == ["sluic", "gate"]


def test_an_office_the_record_does_not_give_is_read_in_the_items(board: Minutebook) -> None:
    answered = board.ask("who's the clerk to the hobb's cut navigation trust?")
    assert answered.found and "Pargeter" in answered.answer
    assert "Pargeter" in board.ask("who's the clerk of the navigation trust").answer
    # the board's own clerk is named nowhere: neither the attendance record nor an item gives one (the Trust's clerk
    # is not the board's), nor does the item name the Trust's secretary
    for question in ("who is the clerk to the wykeham marsh drainage board?", "who's the clerk to the board?",
                     "who's the secretary of the hobb's cut navigation trust?"):
        assert not board.ask(question).found, question


LEVELS = """FENWICK LEVELS INTERNAL DRAINAGE BOARD

Minutes of the Annual Meeting of the Board held at the Pumping Station, Fenwick, on Tuesday 9th May 2017

Members present: Mr A Hurst (Chairman), Mrs J Pell, Mr O Tebbutt

41  TOFT PUMPING STATION
The Engineer reported that the Toft pumping station had run for 1,940 hours over the winter.
Resolved that a second pump be installed at Toft pumping station at a cost not exceeding £42,000.

42  DRAINAGE RATES
The drainage rate for 2017/18 had been set at 5.1p in the pound, the same as Fenwick's rate for 2016/17.

43  WILDLIFE
The Engineer reported 4 deaths of mute swans in the Toft drain in 2016, caused by discarded fishing line.
"""

BRAYFORD = """BRAYFORD TOWN COUNCIL
Minutes of the Finance Committee held at the Town Hall, Brayford, on Monday 15th May 2017

Present: Councillor Ruth Oyelaran (Chair), Councillors Dale and Frost

Apologies: Councillor Pennock

12. TOWN HALL BOILER
Resolved that the quote of £6,300 from Brayford Heating for a new boiler be accepted.

13. HIGH STREET FLOODING
Members noted that the blocked drainage gullies on the High Street had been reported to the County Council.
"""


@pytest.fixture(scope="module")
def two_councils(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    folder = tmp_path_factory.mktemp("papers")
    (folder / "fenwick-levels-idb-annual-meeting-2017-05-09.txt").write_text(LEVELS)
    (folder / "brayford-town-council-finance-committee-2017-05-15.txt").write_text(BRAYFORD)
    store = build_store(tmp_path_factory.mktemp("store"), [folder], embedder)
    with open_minutebook(Settings(store=store), embedder) as opened:
        yield opened


def test_a_council_named_by_its_own_name_is_no_unknown_body(two_councils: Minutebook) -> None:
    # the board's papers are its "Annual Meeting of the Board": "the fenwick drainage board" is the council itself
    answered = two_councils.ask("what did the fenwick drainage board decide about toft pumping station?")
    assert answered.found and "42,000" in answered.answer
    answered = two_councils.ask("did the fenwick levels drainage board agree a second pump at toft?")
    assert answered.found and "second pump" in answered.answer
    # Brayford has a town council, no drainage board
    refused = two_councils.ask("what did the brayford drainage board decide about toft pumping station?")
    assert not refused.found


def test_which_member_was_away_is_the_attendance_record(two_councils: Minutebook) -> None:
    # "which councillor", "which town councillor": one member, of a kind, asked for as the record names them
    for question in ("which councillor was missing from the brayford finance committee in may 2017?",
                     "which town councillor couldn't make the brayford finance committee in may 2017?"):
        answered = two_councils.ask(question)
        assert answered.found and "Pennock" in answered.answer, question
    assert not two_councils.ask("which councillor was missing from the brayford finance committee in june 2017?").found


def test_a_figure_of_a_year_is_reported_after_it(two_councils: Minutebook) -> None:
    # the board named with a year is no meeting of that year: the May 2017 minutes give 2016's figure ("deaths" for
    # "died"); a year they give no figure of stays refused
    asked = "how many swans died in the toft drain in {}, according to the fenwick drainage board?"
    answered = two_councils.ask(asked.format(2016))
    assert answered.found and "4 deaths" in answered.answer
    assert not two_councils.ask(asked.format(2014)).found


def test_idioms_for_what_minutes_print(board: Minutebook) -> None:
    # "strings attached": "on condition that"; "who sits on the board": its "membership"; "confidential": "exempt"
    answered = board.ask("was the angling club grant given with any strings attached?")
    assert answered.found and "line bins" in answered.answer
    answered = board.ask("has anything changed about who sits on the board?")
    assert answered.found and "Rudd" in answered.answer
    answered = board.ask("were the confidential february minutes confirmed?")
    assert answered.found and "exempt minutes" in answered.answer
    asked = board.answerer.ask("any strings attached, and who sits on it?", SearchFilters(audience=Audience.public()))
    papers = board.answerer.papers
    assert papers.cover(asked, "approved subject to the usual terms and conditions", ["string", "attach"]) == 1.0
    assert papers.cover(asked, "approved subject to a report to the next meeting", ["string", "attach"]) == 0.0
    assert papers.cover(asked, "the changes in membership", ["sit"]) == 1.0


def test_a_day_and_month_in_figures(board: Minutebook) -> None:
    # "on 17/5", "who else was at": the meeting's attendance record; "2/3 of" and "13/14" are no day
    def periods(question: str) -> list[tuple[dt.date, dt.date]]:
        return board.answerer.ask(question, SearchFilters(audience=Audience.public())).periods

    assert periods("apart from the members, who else was at the board on 17/5?") == [(dt.date(2017, 5, 17),) * 2]
    assert periods("were 2/3 of the members there?") == []
    assert periods("what was the grant for 13/14?") == []
    answered = board.ask("apart from the members, who else was at the board on 17/5?")
    assert answered.found and "Ambrose" in answered.answer


def test_a_word_cut_short_is_the_papers_word() -> None:
    assert written_out("the assistive tech review") == "the assistive technology review"
    assert written_out("housing repairs perf") == "housing repairs performance"
    assert written_out("the technical note") == "the technical note"  # a whole word, not a clipping
    # a word the papers do not print is no clipping of a longer one they do ("took over": not "overdue")
    speller = Speller.of_texts(["Items overdue", "The Clerk took the minutes"])
    assert speller.correct_word("over") == "over"


def test_a_question_in_shortened_words(board: Minutebook) -> None:
    answered = board.ask("did the board adopt the enviro management plan?")
    assert answered.found and "Environmental Management Plan" in answered.answer


def test_what_a_body_heard_asks_what_it_was_told(board: Minutebook) -> None:
    # "what did the pcp hear about ...": the body and its hearing frame the question; the subject is the rest
    asked = board.answerer.ask("rural response times - what did the hartshire pcp hear?",
                               SearchFilters(audience=Audience.public()))
    assert set(asked.terms) == set(stems("rural response times"))
    answered = board.ask("what did the drainage board hear about the sluice gates at hobb's cut?")
    assert answered.found and "seized" in answered.answer
