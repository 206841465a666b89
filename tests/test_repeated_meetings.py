"""A paper that prints one meeting twice (the minutes reprinted whole, as a pack carrying the draft and then the
signed copy does) is one meeting: it is read, written to the store, and each item is in it once. It had been
refused whole ("two parts of the paper were read as one"), losing a paper with text. Fictional papers."""

from __future__ import annotations

from pathlib import Path

from index.embedder import Embedder
from index.nodes import build_nodes
from index.store import open_index
from ingest.pipeline import parse_file
from minutebook.settings import Settings

MINUTES = """BRAMBLEFORD TOWN COUNCIL

MINUTES OF THE PLANNING COMMITTEE
held on Tuesday 4 March 2025 at 7.00 pm at the Guildhall

Present: Councillor A. Price (Chair), Councillors B. Khan, C. Ward
Apologies: Councillor D. Lowe

1. DECLARATIONS OF INTEREST
None were declared.

2. PLANNING APPLICATION 24/0912 - LAND AT MILL LANE
The Committee considered the application for twelve dwellings.
RESOLVED: That the Town Council objects to the application on highway grounds.

3. DATE OF NEXT MEETING
The next meeting will be held on 1 April 2025.
"""

SIGNED = "\n4. CLOSE\nThe meeting closed at 7.45 pm.\n\nSigned ............ Chair\n"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "brambleford-planning-2025-03-04.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_minutes_printed_twice_are_one_meeting_with_each_item_once(tmp_path: Path) -> None:
    doc = parse_file(_write(tmp_path, MINUTES + "\n" + MINUTES))
    (meeting,) = doc.meetings
    assert [i.number for i in meeting.items] == ["1", "2", "3"]
    assert meeting.chair == "A. Price" and meeting.apologies == ["D. Lowe"]
    assert "objects to the application" in meeting.items[1].text


def test_what_only_the_second_copy_prints_is_kept(tmp_path: Path) -> None:
    doc = parse_file(_write(tmp_path, MINUTES + "\n" + MINUTES + SIGNED))
    (meeting,) = doc.meetings
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4"]
    assert "closed at 7.45" in meeting.items[3].text


def test_a_paper_printing_its_meeting_twice_is_written_to_the_store(tmp_path: Path, embedder: Embedder) -> None:
    doc = parse_file(_write(tmp_path, MINUTES + "\n" + MINUTES))
    with open_index(Settings(store=tmp_path / "store"), writer=True, embedder=embedder) as index:
        assert index.replace_document(doc) == len(build_nodes(doc)) > 0
        assert doc.source in index.sources()
