"""Answers to questions as people type them: no year, a topic word that names a route, another body, a subject
over time; and answers that read well (names with titles whole, no quote twice, papers by file name, the
rendering with page numbers).

The parish's papers are written for the test, ingested with the real model into a real store and asked through
the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from entry.compose import open_minutebook
from index.embedder import Embedder
from index.nodes import IndexNode
from minutebook.model import Audience, Citation
from minutebook.settings import Settings
from service.core import Minutebook
from service.drafting import Draft
from tests.conftest import ILSC, build_store, need_corpus, papers_minutebook
from tests.fakes import HashEmbedder

MARCH_2023 = """ASHGROVE PARISH COUNCIL
Minutes of the meeting of the Parish Council held on Tuesday 14 March 2023 at 7.30 pm in the Village Hall

Present: Cllr P. Lowe (Chairman); Councillors Khan,
Okafor and Grey.
In attendance: Mr. R. Tennant (Clerk).

1. APOLOGIES FOR ABSENCE
Apologies for absence were received from Cllr D. Marsh.

2. PLAYING FIELD DRAINAGE
The Clerk reported that three quotes had been received for draining the playing field, which had flooded \
twice over the winter.
RESOLVED: That the quote of £4,200 from Fenland Drainage Ltd be accepted.

3. DECLARATIONS OF INTEREST
The Chairman reminded members of the need to declare any interest in the items of business.

4. DATE OF NEXT MEETING
The next meeting will be held on Tuesday 11 July 2023.
"""

MARCH_2024 = """ASHGROVE PARISH COUNCIL
Minutes of the meeting of the Parish Council held on Tuesday 12 March 2024 at 7.30 pm in the Village Hall

Present: Cllr S. Khan (Chairman); Cllrs P. Lowe, D. Marsh; Grey. In attendance: Mr. R. Tennant (Clerk).

1. APOLOGIES FOR ABSENCE
Apologies for absence were received from Cllr T. Okafor and Cllr B. Reyes.

2. ELECTION OF CHAIRMAN
Cllr Lowe stood down after six years.
RESOLVED: That Cllr S. Khan be elected Chairman of the council for the remainder of the year.

3. PLAYING FIELD DRAINAGE
Mr. R. Tennant reported that the drainage works had been finished in October 2023 at a final cost of £4,350.
RESOLVED: That the final invoice from Fenland Drainage Ltd be paid.

4. FINANCE
The Clerk presented the finance report; the balance at the bank was £12,400.
RESOLVED: That the finance report be noted.

5. DATE OF NEXT MEETING
The next meeting will be held on Tuesday 9 July 2024.
"""


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "ashgrove-minutes-2023-03-14.txt": MARCH_2023,
            "ashgrove-minutes-2024-03-12.txt": MARCH_2024,
    }) as opened:
        yield opened


def _dates(citations: list[Citation]) -> list[str]:
    return [c.meeting_date.isoformat() for c in citations]


def test_a_month_without_a_year_is_the_latest_such_meeting(parish: Minutebook) -> None:
    answer = parish.ask("Who sent apologies in March?")
    assert answer.found
    assert "received from Cllr T. Okafor and Cllr B. Reyes" in answer.answer
    assert "received from Cllr D. Marsh" not in answer.answer  # the March before
    assert set(_dates(answer.citations)) == {"2024-03-12"}
    assert "2024" in answer.answer  # the answer says which meeting it used
    # the minute of apologies answers, cited to its number, not the record of those present above it
    assert [c.minute for c in answer.citations] == ["1"]
    # a list of names is quoted whole, not in fragments at its semicolons
    present = parish.ask("Who was at the March meeting?")
    assert "Present: Cllr S. Khan (Chairman); Cllrs P. Lowe, D. Marsh; Grey." in [c.quote for c in present.citations]


def test_the_first_meeting_and_a_list_printed_over_two_lines(parish: Minutebook) -> None:
    answer = parish.ask("who chaired the first meeting?")
    assert answer.found and set(_dates(answer.citations)) == {"2023-03-14"}
    assert "Present: Cllr P. Lowe (Chairman); Councillors Khan, Okafor and Grey." in [c.quote for c in answer.citations]


def test_a_declarations_item_that_records_none_is_not_an_answer(parish: Minutebook) -> None:
    answer = parish.ask("Did anyone declare an interest in March 2023?")
    assert not answer.found and answer.citations == []  # a reminder to declare is not a declaration
    assert "declarations item" in answer.answer


def test_a_topic_word_does_not_choose_the_route(parish: Minutebook) -> None:
    answer = parish.ask("What was resolved on the election of chairman?")
    assert answer.found
    assert "be elected Chairman" in answer.answer  # the decision, not the list of members present
    assert not any(c.quote.startswith("Present") for c in answer.citations)


def test_a_body_the_papers_do_not_hold_is_refused_saying_what_they_hold(parish: Minutebook) -> None:
    # named by words the papers use ("the finance report"), but no body of that name is in them
    answer = parish.ask("What did the Finance Committee decide in March 2024?")
    assert not answer.found and answer.citations == []
    assert "Parish Council" in answer.answer  # what the papers do hold


def test_a_subject_over_time_is_a_timeline_newest_first(parish: Minutebook) -> None:
    answer = parish.ask("What did we decide about the playing field drainage each time it came up?")
    assert answer.found
    dates = list(dict.fromkeys(_dates(answer.citations)))
    assert dates == ["2024-03-12", "2023-03-14"]
    assert answer.answer.index("final invoice") < answer.answer.index("£4,200")


def test_names_with_titles_are_whole_and_papers_are_cited_by_file_name(parish: Minutebook) -> None:
    answer = parish.ask("What did Mr. R. Tennant report about the drainage works in March 2024?")
    assert answer.found
    assert "Mr. R. Tennant reported that the drainage works had been finished" in answer.answer
    quotes = [c.quote.strip() for c in answer.citations]
    assert not any(q in {"Mr.", "R.", "Mr. R."} or q.endswith(" Mr.") for q in quotes)  # not split at a title
    assert {c.document for c in answer.citations} == {"ashgrove-minutes-2024-03-12.txt"}  # never a server path
    assert len(quotes) == len(set(quotes))  # and no quote twice


def test_a_quote_already_said_is_not_said_again_but_a_status_is() -> None:
    import datetime as dt

    draft = Draft(public_url=None)
    cited = Citation(committee="Ashgrove Parish Council", meeting_date=dt.date(2024, 3, 12), minute="3",
                     item_title="PLAYING FIELD DRAINAGE", document="/srv/papers/ashgrove-minutes-2024-03-12.txt",
                     quote="That the final invoice from Fenland Drainage Ltd be paid.")  # fmt: skip
    draft.say("Minute 3, 12 March 2024: That the final invoice from Fenland Drainage Ltd be paid.", cited)
    draft.say("That the final invoice from Fenland Drainage Ltd be paid.", cited)  # the same words again
    draft.say("Status: outstanding: no later paper shows it done.", cited)  # something of its own
    answer = draft.done()
    assert answer.answer.count("Fenland Drainage Ltd") == 1
    assert "Status: outstanding" in answer.answer
    assert [c.document for c in answer.citations] == ["ashgrove-minutes-2024-03-12.txt"]


def test_the_rendering_with_page_numbers_is_read_and_cited(tmp_path: Path) -> None:
    """The same minutes as Markdown and as PDF: the PDF's nodes (with pages) stand for the item."""
    need_corpus()
    papers = [ILSC / "ilsc-minutes-2018-09-18.md", ILSC / "pdf" / "ilsc-minutes-2018-09-18.pdf"]
    store = build_store(tmp_path / "store", papers, HashEmbedder())
    with open_minutebook(Settings(store=store), HashEmbedder()) as mb:
        written: dict[str, list[IndexNode]] = {}
        for n in mb.index.nodes():
            if n.citation.minute:
                written.setdefault(n.item_key, []).append(n)
        in_both = [k for k, ns in written.items() if {Path(n.source).suffix for n in ns} == {".md", ".pdf"}]
        assert len(in_both) >= len(written) // 2  # the two renderings are the same minutes, item by item
        for key in in_both:
            nodes = mb.index.item_nodes(key, Audience.public())
            assert nodes and all(n.source.endswith(".pdf") and n.citation.page for n in nodes)
