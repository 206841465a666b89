"""How a question's words are read: what says where or who rather than what, and everyday words the papers put
their own way, which the support test had read as missing from good evidence (and refused it).

Fictional councils' minutes, ingested with the real model and asked through the service's ``Minutebook``: a name
the minutes print only as an owner ("Dotty’s Tearoom"); what a question calls "wrong" with the minutes ("contrary to
the minutes"); who "stood in" ("in the absence of the Vice Chairman ... elected for the meeting"); a council's name
no paper prints before a committee's business ("at avpa planning"); and apologies a minute notes "as above".
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from entry.compose import open_minutebook
from index.embedder import Embedder
from index.query import SearchFilters
from minutebook.model import Audience
from minutebook.settings import Settings
from service.core import Minutebook
from tests.conftest import build_store, papers_minutebook

JUNE = """Minutes of the Parish Council Meeting
Held on Monday 3rd June 2024 at 7.30pm in the Memorial Hall

Present: Cllrs Edwin Marsh (Chair), Priya Shah, Oliver Stanton

24/61 Apologies
Apologies were received from Cllr Hannah Fenwick.

24/62 Questions from residents
A resident raised concerns about noise from Dotty’s Tearoom on Sunday evenings and asked the council to speak \
to the owners. The clerk will write to the owners.

24/63 Village Green
RESOLVED – to mow the village green fortnightly from June to September.
"""

JULY = """Minutes of the Parish Council Meeting
Held on Monday 1st July 2024 at 7.30pm in the Memorial Hall

Present: Cllrs Edwin Marsh (Chair), Priya Shah, Oliver Stanton, Hannah Fenwick

24/71 Apologies
Apologies were received from Cllr Oliver Stanton.

24/72 Minutes of the previous meeting
RESOLVED – that the minutes of the meeting held on 3rd June 2024 be signed as a correct record. Cllr Stanton \
told the council that he had left before item 24/63, contrary to the minutes, and the minutes were updated before \
they were signed.

24/73 Bus Shelter
RESOLVED – to accept the quotation of £3,900 from Greenway Joinery for a new bus shelter on Church Street.
"""


@pytest.fixture(scope="module")
def hollowmere(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "hollowmere-parish-council-2024-06-03.txt": JUNE,
            "hollowmere-parish-council-2024-07-01.txt": JULY,
    }) as opened:
        yield opened


def test_a_name_the_minutes_print_only_as_an_owner_is_a_name_they_print(hollowmere: Minutebook) -> None:
    # "dotty's" says whose tearoom; the minutes print "Dotty’s Tearoom" and never "Dotty" alone
    answer = hollowmere.ask("what did the resident say about dotty's tearoom?")
    assert answer.found and "noise" in answer.answer and answer.citations[0].minute == "24/62"


def test_what_was_wrong_with_the_minutes_is_what_was_contrary_to_them(hollowmere: Minutebook) -> None:
    answer = hollowmere.ask("what was wrong with the june minutes?")
    assert answer.found and "contrary to the minutes" in answer.answer
    assert answer.citations[0].minute == "24/72"


# a transcription that runs the whole minutes on one line (as a scanned paper's text layer does): the attendance
# record read from its header runs on into the first minutes
ELMSTEAD = ("(These minutes are published subject to approval by the Parish Council) Elmstead Parish Council Minutes "
            "of a Meeting of Elmstead Parish Council held at 7.00pm on Monday 4 March 2024 at the Village Hall, Mill "
            "Road, Elmstead EPC/101/23-24 Present Members: Cllr R Hale (Chairman), Cllr Dunn, Cllr Frost (arrived at "
            "7.02pm), Cllr Gill, Cllr Moss and Cllr Oakes (arrived at 7.05pm). EPC/102/23-24 Apologies for Absence "
            "Apologies for absence were received from Cllr Ward With the absence of the Vice Chairman it was proposed "
            "by Councillor Hale that Councillor Frost be elected Vice Chairman for the meeting the Council RESOLVED to "
            "elect Councillor Frost as Vice Chairman for the meeting. EPC/103/23-24 Declarations of Interest Cllr Gill "
            "Personal interest in item 6 (Allotments) as an allotment holder. Cllr Moss Personal interest in item 8 "
            "(Village Hall Roof) as a trustee of the village hall. EPC/104/23-24 Playing Field The Council RESOLVED to "
            "replace the swings at the playing field at a cost of £2,400.\n")


@pytest.fixture(scope="module")
def elmstead(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "elmstead-parish-council-2024-03-04.txt": ELMSTEAD,
    }) as opened:
        yield opened


def test_who_stood_in_is_who_acted_in_the_absence_of_the_office_holder(elmstead: Minutebook) -> None:
    # minutes say "with the absence of the Vice Chairman ... elected Vice Chairman for the meeting", never "stood in":
    # the minute holds all the question turns on
    question = "who stood in as vice chairman at elmstead in march?"
    asked = elmstead.answerer.ask(question, SearchFilters(audience=Audience.public()))
    hit = next(h for h in asked.hits if h.node.citation.minute == "EPC/102/23-24")
    measures = elmstead.answerer.papers.support_measures(asked, hit)
    assert measures is not None and measures.coverage == pytest.approx(1.0)
    answer = elmstead.ask(question)
    assert answer.found and "Councillor Frost" in answer.answer


def test_the_records_words_a_minute_prints_are_cited_to_the_minute(elmstead: Minutebook) -> None:
    # the attendance record read from the header runs on into minute EPC/102 ("... from Cllr Ward With the absence of
    # the Vice Chairman ..."): what it says of the vice chairman is the minute's
    answer = elmstead.ask("who stood in as vice chairman at elmstead in march?")
    assert answer.found and answer.citations[0].minute == "EPC/102/23-24"



def _ashcombe(month: str, day: int, first: str, second: str) -> str:
    return f"""Minutes of the meeting of the Planning Committee
Held at The Old School, Ashcombe on Thursday {day} {month} 2015

Present: Ann Lowe, Brian Pike, Clare Rudd, Derek Shaw

{day}/1 Minutes
Resolved: That the minutes of the previous meeting be confirmed and signed as a correct record.

{day}/2 Applications for Planning Permission
The following members of the public addressed the meeting regarding the Plans List Items indicated:
Plans List Item 1 – {first} spoke in objection to the application.
Plans List Item 2 – {second} spoke in favour of the application.
"""


SPEAKERS = {("March", 12): ("Mr Ian Bell", "Mrs Jo Amis"), ("April", 16): ("Dr Ravi Nair", "Mr Tom Eddy"),
            ("May", 14): ("Mr Owen Hart", "Ms Rhian Cole of Cole Architects"),
            ("June", 11): ("Mrs Gail Frye", "Mr Ken Lomas")}


@pytest.fixture(scope="module")
def ashcombe(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = tmp_path_factory.mktemp("papers")
    for n, ((month, day), (first, second)) in enumerate(SPEAKERS.items()):
        (papers / f"ashcombe-vale-npa-planning-committee-2015-{n + 3:02d}-{day}.txt").write_text(
            _ashcombe(month, day, first, second))
    store = build_store(tmp_path_factory.mktemp("store"), [papers], embedder)
    with open_minutebook(Settings(store=store), embedder) as opened:
        yield opened


def test_a_word_no_paper_prints_before_a_committees_business_says_where(ashcombe: Minutebook) -> None:
    # "avpa" (the authority, as the asker shortens it) is printed nowhere: before "planning" it says where, and is
    # no word of what is asked that the minute lacks
    answer = ashcombe.ask("who spoke on plans list item 2 at avpa planning in may")
    assert answer.found and "Rhian Cole" in answer.answer and "14/2" in [c.minute for c in answer.citations]


BOARD = """Minutes of the Meeting of the Harrowfield Health Partnership Board
Held on Thursday 9 June 2022 at 2pm, Board Room, Harrowfield House

Present:
Dr Sara Lind SL Chair
Peter Quarry PQ Finance Director
Apologies:
Dr Nadia Vance NV Board GP
Tom Whitlock TW Lay Member

HHP/22/31 Welcome and Apologies
The Chair welcomed members to the meeting. Apologies were received and noted as above.

HHP/22/32 Budget
The board approved the budget for 2022/23.
"""


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "harrowfield-health-partnership-board-2022-06-09.txt": BOARD,
    }) as opened:
        yield opened


def test_apologies_the_record_lists_are_cited_to_the_minute_that_notes_them_as_above(board: Minutebook) -> None:
    answer = board.ask("who sent apologies to the health partnership board in june 2022?")
    assert answer.found and "Nadia Vance" in answer.answer and "Tom Whitlock" in answer.answer
    assert {c.minute for c in answer.citations} == {"HHP/22/31"}
    # who was present is the record's own: no minute lists it
    answer = board.ask("who was at the health partnership board in june 2022?")
    assert answer.found and "Sara Lind" in answer.answer and "HHP/22/31" not in {c.minute for c in answer.citations}


ANNUAL = """Minutes of the Annual Meeting of Brookvale Parish Council
Held on Wednesday 15 May 2024 at 7pm in the Pavilion

Present: Cllrs Gwen Holt, Ray Ingle, Sunil Joshi, Vera Kemp

1 Election of Chairman
It was proposed by Cllr Holt and seconded by Cllr Kemp that Cllr Ingle be elected Chairman. Cllr Ingle was elected.

2 Election of Vice-Chairman
It was proposed by Cllr Ingle and seconded by Cllr Joshi that Cllr Holt be elected Vice-Chairman. Cllr Holt was \
elected.
"""


@pytest.fixture(scope="module")
def annual(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "brookvale-parish-council-annual-meeting-2024-05-15.txt": ANNUAL,
    }) as opened:
        yield opened


def test_a_municipal_year_is_the_year_a_meeting_was_held_in(annual: Minutebook) -> None:
    # the annual meeting of May 2024 opens the year 2024/25, which its minutes never print
    answer = annual.ask("who is brookvale's vice-chairman for 2024/25?")
    assert answer.found and "Cllr Holt" in answer.answer and answer.citations[0].minute == "2"
    assert not annual.ask("who was brookvale's vice-chairman for 2022/23?").found  # a year no meeting was held in
