"""Items a paper gives neither a number nor a title are still items of their own in the index, and a paper whose
nodes would repeat an id is refused as a failed paper before anything of it is written (the vector store refused
it half way, and the error aborted the whole ingest)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from index.embedder import Embedder
from index.nodes import build_nodes
from index.store import open_index
from minutebook.errors import IngestError
from minutebook.model import DocumentKind, Meeting, MinuteItem, ParsedDocument, SourceFormat
from minutebook.settings import Settings


def _paper(source: str) -> ParsedDocument:
    items = [MinuteItem(number=None, title="", text="The potholes on Mill Lane were reported to the county."),
             MinuteItem(number=None, title="", text="No planning applications were received this month.")]
    meeting = Meeting(committee="Keston Parish Council", date=dt.date(2022, 5, 5), items=items)
    return ParsedDocument(source=source, sha256="0" * 64, format=SourceFormat.TEXT, kind=DocumentKind.MINUTES,
                          meetings=[meeting])


def test_untitled_unnumbered_items_are_keyed_apart(tmp_path: Path) -> None:
    nodes = build_nodes(_paper(str(tmp_path / "keston.txt")))
    assert len({n.id for n in nodes}) == len(nodes)
    assert len({n.item_key for n in nodes}) == 2


def test_a_paper_whose_nodes_repeat_an_id_is_refused_before_it_is_written(tmp_path: Path,
                                                                          embedder: Embedder) -> None:
    source = str(tmp_path / "keston.txt")
    nodes = build_nodes(_paper(source))
    twice = [nodes[0], nodes[0]]
    with open_index(Settings(store=tmp_path / "store"), writer=True, embedder=embedder) as index:
        with pytest.raises(IngestError, match="read as one"):
            index.write(source, twice, [[0.1] * embedder.dimension] * 2)
        assert index.node_count() == 0 and index.vectors.count() == 0
