"""Reading and understanding text takes time in proportion to the text, whatever the text is.

Hypothesis builds adversarial papers: a short motif of markup and clerks' words (emphasis openers without
closers, brackets, numbered rows, headers, literal HTML, tabs, nested elements) repeated to a small size and to
eight times that size. Each is read (markdown, plain text or HTML reader, then the shared clean-up) and parsed
(the structure stage), in this process, and the CPU time of the large one must stay within a constant factor
of eight times the small one's: a quadratic step would take 64 times as long. The known pathological inputs
the issue found are fixed examples.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ingest.readers.cleanup import finish
from ingest.readers.html import read_html
from ingest.readers.markdown import markdown_lines
from ingest.readers.text import text_lines
from ingest.structure import parse_text
from minutebook.errors import IngestError
from minutebook.model import Line, SourceFormat, SourceText

GROWTH = 8  # the large input is this many times the small one
SLACK = 3.0  # allowed factor over linear growth (timing noise on a shared machine); quadratic would be 8x
FLOOR_S = 0.15  # below this the large input is fast whatever its growth
RETRIES = 3  # measurements of the large input before a growth beyond SLACK counts (make test runs two workers)
SMALL_CHARS = 6_000

# fmt: off
TOKENS = [
    "**", "__", "*", "_", "~~", "`", "[", "]", "(", ")", "![", "](", "<", ">", "\\", "#", "|", "\t", "-", ":", ".",
    " ", " ", "\n", "\n\n", "a", "word", "1.", "12.", "4.1", "(a)", "(iv)", "C032/19", "Minute No. 7", "AGENDA ITEM 3:",
    "RESOLVED", "RESOLVED – (1) That", "It was resolved that", "Action: Clerk to", "Present:", "Apologies:",
    "Councillor", "Cllr J Smith", "declared a personal interest", "Part II", "exempt", "28 July 2020",
    "Minutes of the meeting of the Cabinet held on 1 January 2020", "At a meeting of the Council held on",
    "http://x.example/a", "<p>", "</p>", "<div>", "<b>", "<li>", "<td>", "<table><tr><td>", "<br>", "&amp;",
]
# fmt: on
_MOTIF = st.lists(st.sampled_from(TOKENS), min_size=1, max_size=8).map("".join)

Reader = Callable[[str], list[Line]]


def _html_lines(text: str) -> list[Line]:
    return read_html(f"<html><body>{text}</body></html>".encode()).lines


READERS: dict[str, Reader] = {"markdown": markdown_lines, "text": text_lines, "html": _html_lines}


def _read_and_parse(reader: Reader, text: str) -> None:
    try:
        lines = finish(reader(text))
        parse_text(SourceText(format=SourceFormat.TEXT, lines=lines), "adversarial", "0" * 64)
    except IngestError:
        pass  # too-large, no-structure and the like: a clear refusal is a result


def _cpu(reader: Reader, text: str, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        _read_and_parse(reader, text)
        best = min(best, time.process_time() - start)
    return best


def _paper(motif: str, chars: int) -> str:
    header = "Minutes of the meeting of the Cabinet held on 1 January 2020\n\n"
    return header + motif * max(1, chars // max(1, len(motif)))


def _assert_linear(reader: Reader, motif: str) -> None:
    small = _cpu(reader, _paper(motif, SMALL_CHARS))
    large = _cpu(reader, _paper(motif, SMALL_CHARS * GROWTH), runs=1)
    for _ in range(RETRIES):  # measured again before failing on noise: another test process may hold the core
        if large <= FLOOR_S or large <= small * GROWTH * SLACK:
            break
        large = min(large, _cpu(reader, _paper(motif, SMALL_CHARS * GROWTH), runs=3))
    assert large <= max(FLOOR_S, small * GROWTH * SLACK), (
        f"{len(motif)}-char motif {motif[:60]!r}: {small:.3f} s at {SMALL_CHARS} chars, {large:.3f} s at "
        f"{SMALL_CHARS * GROWTH} chars (linear would be about {small * GROWTH:.3f} s)"
    )


@pytest.mark.parametrize("fmt", list(READERS))
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(motif=_MOTIF)
@example(motif="**a ")  # emphasis openers with no closer (minutes of CPU on a megabyte before)
@example(motif="_a_b ")
@example(motif="[a](")  # link text and addresses that never close
@example(motif="[")
@example(motif="12. Item title\n")  # numbered rows: sub-item search was quadratic
@example(motif="<div>")  # nested elements (a RecursionError in the HTML reader before)
@example(motif="<table><tr><td>")
@example(motif="<p>a ")
def test_read_and_parse_time_grows_with_the_text(fmt: str, motif: str) -> None:
    _assert_linear(READERS[fmt], motif)


def test_a_megabyte_line_of_markup_is_read_in_seconds() -> None:
    """The issue's file: a megabyte of heavy emphasis kept ingest busy for fifteen minutes."""
    text = _paper("**bold *and* __under _a ~~b [c](", 1_000_000)
    start = time.process_time()
    _read_and_parse(markdown_lines, text)
    assert time.process_time() - start < 20
