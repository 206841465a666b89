"""Hostile and careless files fail alone, with a clear reason, and the rest of the batch goes in.

Every paper is read and parsed in a child process with a time and memory limit (``ingest.paper_reader``).
The files are made by ``tests/hostile.py``: decompression bombs (PDF and DOCX), a 50 MB line, a megabyte of
emphasis markup, 100,000 nested HTML elements, tables nested thousands deep, PDF objects nested or cyclic, and
UTF-16 without a byte-order mark. The limits are lowered for the tests (512 MB) so that a bomb trips them
quickly; the defaults are 2 GB and 60 s.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.catalogue import Catalogue
from ingest.paper_reader import PaperReader, ReadLimits
from ingest.readers import read_source
from minutebook.errors import IngestError, IngestReason
from minutebook.model import SourceFormat
from tests import hostile
from tests.conftest import EXAMPLES, cli

LIMITS = ReadLimits(timeout_s=60, memory_mb=512)
MINUTES = "Minutes of the meeting of the Cabinet held on 1 January 2020\n\n1. Apologies\n\nNone were received.\n"


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("hostile")
    return {
        "pdf-bomb": hostile.pdf_bomb(d / "bomb.pdf", expands_to_mb=768),
        "docx-bomb": hostile.docx_bomb(d / "bomb.docx", expands_to_mb=150),
        "long-line": hostile.long_line(d / "line.txt", megabytes=50),
        "emphasis": hostile.heavy_emphasis_markdown(d / "emphasis.md"),
        "nested-html": hostile.nested_html(d / "nested.html", depth=100_000),
        "nested-tables": hostile.nested_tables_html(d / "tables.html", depth=5_000),
        "nested-pdf": hostile.pdf_nested(d / "nested.pdf"),
        "cyclic-pdf": hostile.pdf_cyclic(d / "cyclic.pdf"),
        "good-pdf": hostile.text_pdf(d / "good.pdf", MINUTES.replace("\n\n", "\n").splitlines()),
    }


@pytest.fixture(scope="module")
def reader() -> Iterator[PaperReader]:
    with PaperReader(LIMITS) as paper_reader:
        yield paper_reader


@pytest.mark.parametrize(
    ("name", "reason", "words"),
    [
        ("pdf-bomb", IngestReason.TOO_LARGE, "more than 512 MB of memory"),
        ("docx-bomb", IngestReason.TOO_LARGE, "MB of XML"),
        ("long-line", IngestReason.TOO_LARGE, "characters of text"),
        ("nested-tables", IngestReason.TOO_LARGE, "tables nested 5000 deep"),
    ],
)
def test_a_hostile_file_fails_with_a_clear_reason(
    reader: PaperReader, files: dict[str, Path], name: str, reason: IngestReason, words: str
) -> None:
    started = time.monotonic()
    with pytest.raises(IngestError) as caught:
        reader.read(files[name])
    assert caught.value.reason is reason and words in caught.value.message, caught.value
    assert time.monotonic() - started < 30
    assert reader.read(files["good-pdf"]).meetings  # and the reader goes on (a fresh child after a bomb)


@pytest.mark.parametrize("name", ["emphasis", "nested-html", "nested-pdf", "cyclic-pdf"])
def test_pathological_but_readable_files_are_read(reader: PaperReader, files: dict[str, Path], name: str) -> None:
    """Megabytes of markup and 100,000 nested elements are text like any other, read in linear time."""
    started = time.monotonic()
    doc = reader.read(files[name])
    assert [m.date.isoformat() for m in doc.meetings] == ["2020-01-01"]
    assert time.monotonic() - started < 45


def test_a_paper_over_the_time_limit_is_stopped_and_the_next_is_read(files: dict[str, Path]) -> None:
    with PaperReader(ReadLimits(timeout_s=0.5, memory_mb=512)) as slow:
        started = time.monotonic()
        with pytest.raises(IngestError) as caught:
            slow.read(files["nested-html"])  # seconds of work
        assert caught.value.reason is IngestReason.TIMEOUT and "0.5 s" in caught.value.message
        assert time.monotonic() - started < 5
        assert slow.read(files["good-pdf"]).meetings[0].committee == "Cabinet"


def test_the_time_limit_counts_the_readers_processor_time_not_the_clock(tmp_path: Path) -> None:
    """A reader held off the processor (a busy machine) past the limit still reads its paper: it used little time."""
    paper = hostile.nested_html(tmp_path / "nested.html", depth=20_000)  # a fraction of a second of work
    with PaperReader(ReadLimits(timeout_s=1.5, memory_mb=512)) as reader:
        good = tmp_path / "good.txt"
        good.write_text(MINUTES)
        reader.read(good)  # the child is up
        child = reader._child
        assert child is not None
        os.kill(child.pid, signal.SIGSTOP)
        threading.Timer(2.5, os.kill, (child.pid, signal.SIGCONT)).start()  # held for longer than the limit
        started = time.monotonic()
        assert reader.read(paper).meetings is not None
        assert time.monotonic() - started > 1.5


def test_a_reader_starved_of_the_processor_for_many_times_the_limit_still_reads_its_paper(tmp_path: Path) -> None:
    """A machine loaded many times over: the child shares one processor with busy processes, at a lower priority.

    Its paper needs a twentieth of the limit in processor time, but takes more than four limits on the clock; the
    child is at work throughout, so it is waited on (a stopped or sleeping child is not, past four limits)."""
    # About 0.05 s of work unloaded, a twentieth of the limit: room for a processor slowed by the rest of the suite
    # (0.19 s of work once used more than the limit in a full run). Two hogs, each leading its own session (its own
    # scheduling group, weight 1024), beside a child at nice 19 in a group at nice 19 (weight 15): the child gets
    # about a two-hundredth of the processor, so the read takes ten seconds or so on the clock: well past the four
    # limits the test must pass (one hog in the test's own group left it a fiftieth: too close), and well short of
    # the thirty a working child is waited on.
    paper = hostile.nested_html(tmp_path / "nested.html", depth=4_000)
    good = tmp_path / "good.html"  # (an HTML paper: the child has loaded the HTML reader before the clock starts)
    good.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in MINUTES.splitlines()) + "</body></html>")
    limit = 1.0
    with PaperReader(ReadLimits(timeout_s=limit, memory_mb=512)) as reader:
        reader.read(good)  # the child is up
        child = reader._child
        assert child is not None
        cpu = min(os.sched_getaffinity(0))
        hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"], start_new_session=True)
                for _ in range(2)]
        try:
            for hog in hogs:
                os.sched_setaffinity(hog.pid, {cpu})
            os.sched_setaffinity(child.pid, {cpu})
            os.setpriority(os.PRIO_PROCESS, child.pid, 19)
            autogroup = Path(f"/proc/{child.pid}/autogroup")  # the child leads a session: its group has a nice too
            if autogroup.exists():
                autogroup.write_text("19")
            started = time.monotonic()
            assert reader.read(paper).meetings is not None
            took = time.monotonic() - started
        finally:
            for hog in hogs:
                hog.kill()
                hog.wait()
    assert took > 4 * limit, f"the child was not starved ({took:.1f} s on the clock); the test proves nothing"


def test_a_reader_that_dies_mid_paper_fails_that_paper_alone(files: dict[str, Path]) -> None:
    with PaperReader(LIMITS) as fragile:
        fragile.read(files["good-pdf"])  # the child is up
        child = fragile._child
        assert child is not None
        threading.Timer(0.3, os.kill, (child.pid, signal.SIGSEGV)).start()
        with pytest.raises(IngestError) as caught:
            fragile.read(files["nested-html"])
        assert caught.value.reason is IngestReason.CRASHED and "SIGSEGV" in caught.value.message
        assert fragile.read(files["good-pdf"]).meetings


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(3 << 20)
    with PaperReader(ReadLimits(max_file_mb=2)) as small, pytest.raises(IngestError) as caught:
        small.read(big)
    assert caught.value.reason is IngestReason.TOO_LARGE and "the limit is 2 MB" in caught.value.message
    assert small._child is None  # no child was needed to say so


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "minutes.txt"
    path.write_bytes((MINUTES + "\nThe café’s lease was renewed.\n").encode(encoding))
    source = read_source(path)
    assert source.format is SourceFormat.TEXT
    assert "The café’s lease was renewed." in [line.text for line in source.lines]


def test_one_batch_with_every_hostile_file_ingests_the_good_papers(files: dict[str, Path], tmp_path: Path) -> None:
    """The issue's batch: the good papers go in, each hostile file fails alone with its reason, no traceback."""
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(MINUTES.replace("Cabinet", "Licensing Committee").encode("utf-16-le"))
    # eight megabytes of the emphasis above: tens of seconds of work in linear time, in little memory; the good
    # hostile files take a few seconds each, well inside the limit
    slow = hostile.heavy_emphasis_markdown(tmp_path / "slow.md", size=8 << 20)
    store = tmp_path / "store"
    papers = [EXAMPLES, *files.values(), utf16, slow]
    env = {"MINUTEBOOK_READ_MEMORY_MB": "512", "MINUTEBOOK_READ_TIMEOUT_S": "12"}
    result = cli("ingest", "--no-index", "--store", str(store), *map(str, papers), env=env)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    failed = {
        Path(line.split(": ")[1]).name: line.split(": ")[2]
        for line in result.stderr.splitlines()
        if line.startswith("failed: ")
    }
    assert failed == {
        "bomb.pdf": "too-large",
        "bomb.docx": "too-large",
        "line.txt": "too-large",
        "tables.html": "too-large",
        "slow.md": "timeout",
    }
    with Catalogue(store / "catalogue.sqlite3") as catalogue:
        ingested = {Path(d.source).name for d in catalogue.documents()}
        recorded = {Path(f.source).name: f.reason for f in catalogue.failures()}
    assert {p.name for p in EXAMPLES.glob("cypsp-*")} <= ingested
    assert {"emphasis.md", "nested.html", "nested.pdf", "cyclic.pdf", "good.pdf", "utf16.txt"} <= ingested
    assert recorded == failed  # the papers page lists each with its reason
