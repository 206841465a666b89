"""Terminal output people can read: at 80 columns words wrap whole, rows say what tells them apart, and a table
that cannot fit becomes one block per row. The commands run for real on a catalogue-only store."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rich.console import Console

from entry import terminal
from ingest.naming import short_names
from tests.conftest import EXAMPLES, ILSC, cli, need_corpus

WIDTH = {"COLUMNS": "80", "LINES": "50", "TERM": "dumb"}


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][\w’'()-]*[\w)]", text)


def _unbroken(text: str, printed: str) -> list[str]:
    """The words of ``text`` that do not appear whole in ``printed`` (a word cut at a column's edge)."""
    flat = " ".join(printed.split())
    return [w for w in _words(text) if not re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", flat)]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    need_corpus()
    store = tmp_path_factory.mktemp("catalogue-only")
    done = cli("ingest", "--no-index", "--store", str(store), str(ILSC), str(EXAMPLES), env=WIDTH)
    assert done.returncode == 0, done.stderr
    return store


def test_short_names_keep_what_tells_papers_apart() -> None:
    assert short_names(["/c/pdf/a.pdf", "/c/html/a.pdf", "/c/b.md"]) == ["pdf/a.pdf", "html/a.pdf", "b.md"]
    assert short_names(["/x/a.md", "/y/a.md", "/y/b.md"]) == ["x/a.md", "y/a.md", "b.md"]


def test_ingest_summary_at_80_columns_names_every_file_whole(tmp_path: Path) -> None:
    need_corpus()
    files = sorted(str(p) for p in ILSC.rglob("*") if p.is_file())
    done = cli("ingest", "--no-index", "--store", str(tmp_path / "s"), *files, env=WIDTH)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(len(line.rstrip()) for line in lines) <= 80 and "…" not in done.stdout
    for name in short_names(files):  # the same name in four formats: each row shows its own
        assert name in done.stdout, name
    assert re.search(r"agenda: 2 meetings, 25 items, 14\s+resolutions", done.stdout)


def test_actions_at_80_columns_wrap_whole_words_in_blocks(store: Path) -> None:
    done = cli("actions", "--store", str(store), env=WIDTH)
    assert done.returncode == 0, done.stderr
    assert max(len(line.rstrip()) for line in done.stdout.splitlines()) <= 80 and "…" not in done.stdout
    actions = json.loads(cli("actions", "--store", str(store), "--json").stdout)["actions"]
    assert len(actions) > 20
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", done.stdout)]
    for a in actions:
        assert _unbroken(a["text"], done.stdout) == [], a["text"]
        # each block starts with what tells it apart: the meeting (and committee), minute, due date and status
        minute = (a["minute"] or a["item_title"]) + (f"({a['resolution']})" if a["resolution"] else "")
        head = f"{a['meeting_date']} {a['committee']} · minute {minute} · "
        assert any(b.startswith(head) and f"· {a['status']} action " in b for b in blocks), a
    assert re.search(r"^\d+ actions: ", done.stdout, re.M)


def test_a_wide_terminal_gets_the_table_and_a_narrow_one_blocks() -> None:
    cols = [terminal.Column("file", head=True), terminal.Column("what", width=20)]
    rows = [["cypsp-minutes-2023-03-23.txt", "minutes: 1 meeting, 9 items, 12 resolutions, 37 index nodes"]]
    wide, narrow = Console(width=120, record=True), Console(width=40, record=True)
    terminal.show(wide, None, cols, rows)
    terminal.show(narrow, None, cols, rows)
    table, block = wide.export_text(), narrow.export_text()
    assert "─" in table and re.search(r"cypsp-minutes-2023-03-23\.txt\s+minutes:", table)
    assert "─" not in block and block.splitlines()[0].strip() == "cypsp-minutes-2023-03-23.txt"
    assert _unbroken(rows[0][1], block) == [] and max(len(x.rstrip()) for x in block.splitlines()) <= 40
