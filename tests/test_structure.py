"""Golden tests: the minute book read from real papers, the same from every format."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ingest.pipeline import parse_file
from minutebook.model import InterestKind, Meeting, ParsedDocument
from tests.conftest import CORPUS, EXAMPLES, ILSC, cli, need_corpus

FORMATS = [("", ".md"), ("pdf/", ".pdf"), ("docx/", ".docx"), ("html/", ".html")]


def _parse(stem: str, fmt: tuple[str, str]) -> ParsedDocument:
    need_corpus()
    return parse_file(ILSC / f"{fmt[0]}{stem}{fmt[1]}")


def _meeting(doc: ParsedDocument, date: str) -> Meeting:
    found = [m for m in doc.meetings if m.date.isoformat() == date]
    assert found, f"no meeting of {date} in {[m.date for m in doc.meetings]}"
    return found[0]


def _signature(doc: ParsedDocument) -> list[object]:
    return [
        (
            m.date,
            m.chair,
            m.apologies,
            [(i.number, len(i.resolutions)) for i in m.items],
            [(a.number, len(a.sections)) for a in m.agenda],
            [(d.member, d.kind, d.item) for d in m.declarations],
        )
        for m in doc.meetings
    ]


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f[1])
def test_2020_pack_yields_the_july_minutes(fmt: tuple[str, str]) -> None:
    doc = _parse("ilsc-agenda-pack-2020-09-22", fmt)
    assert doc.kind == "agenda"
    july = _meeting(doc, "2020-07-28")
    assert [i.number for i in july.items] == [str(n) for n in range(78, 90)]
    counts = {i.number: len(i.resolutions) for i in july.items}
    assert counts["83"] == 3 and counts["84"] == 4
    assert july.chair == "Cusworth"
    assert july.apologies == ["Buckley", "Clark", "Khan"]
    assert july.committee == "Improving Lives Select Commission"
    pack = _meeting(doc, "2020-09-22")
    assert pack.agenda[6].title.startswith("Update report regarding Children's Social Care")
    kinds = {a.number: a.sections[0].kind.value for a in pack.agenda if a.sections}
    assert kinds["9"] == "work_programme" and kinds["10"] == "monitoring_schedule"
    ref = next(r for r in july.items[6].references if r.minute == "40")
    assert ref.municipal_year == "2019/20"


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f[1])
def test_2018_minutes_items_and_attendance(fmt: tuple[str, str]) -> None:
    doc = _parse("ilsc-minutes-2018-09-18", fmt)
    (meeting,) = doc.meetings
    assert [i.number for i in meeting.items] == [str(n) for n in range(19, 29)]
    assert meeting.chair == "Brookes" and meeting.apologies == ["Cusworth"]
    assert any("Steele" in a for a in meeting.in_attendance)
    send = meeting.items[5]
    assert send.references[0].minute == "53" and str(send.references[0].meeting_date) == "2017-03-22"
    cme = meeting.items[4]
    assert [r.number for r in cme.resolutions] == ["1", "2", "3", "4"]
    assert "locality level data" in cme.resolutions[1].text  # sub-bullets stay with their resolution
    assert not any("<sup>" in i.text for i in meeting.items)
    assert not any("18/09/18" in i.text for i in meeting.items)  # running headers removed


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f[1])
def test_2018_pack_yields_january_with_declaration(fmt: tuple[str, str]) -> None:
    doc = _parse("ilsc-agenda-pack-2018-03-13", fmt)
    january = _meeting(doc, "2018-01-23")
    assert [i.number for i in january.items] == [str(n) for n in range(107, 116)]
    (decl,) = january.declarations
    assert (decl.member, decl.kind, decl.item, decl.withdrew) == ("Senior", InterestKind.PERSONAL, "111", False)
    assert january.apologies == ["Cooksey", "J. Turner", "Mrs. J. Jones"]
    semh = next(i for i in january.items if i.number == "113")
    assert "(a)" in semh.resolutions[1].text and len(semh.resolutions) == 3


@pytest.mark.parametrize(
    "stem", ["ilsc-minutes-2018-09-18", "ilsc-agenda-pack-2020-09-22", "ilsc-agenda-pack-2018-03-13"]
)
def test_all_formats_agree(stem: str) -> None:
    signatures = [_signature(_parse(stem, fmt)) for fmt in FORMATS]
    assert all(s == signatures[0] for s in signatures[1:])


def test_pdf_items_carry_pages() -> None:
    doc = _parse("ilsc-minutes-2018-09-18", ("pdf/", ".pdf"))
    items = doc.meetings[0].items
    assert items[0].pages[0] == 1
    assert max(items[-1].pages) > 1
    assert all(i.pages == sorted(i.pages) for i in items)


def test_sample_corpus_exempt_and_declarations() -> None:
    docs = [parse_file(p) for p in sorted(EXAMPLES.glob("cypsp-*"))]
    items = [(m.date.isoformat(), i) for d in docs for m in d.meetings for i in m.items]
    exempt = [(d, i.number) for d, i in items if i.exempt]
    assert exempt == [("2023-03-23", "58")]
    decls = [(m.date.isoformat(), x) for d in docs for m in d.meetings for x in m.declarations]
    dpi = [x for _, x in decls if x.kind == InterestKind.DISCLOSABLE_PECUNIARY]
    assert [(x.member, x.item, x.withdrew) for x in dpi] == [("Lomax", "58", True)]


def test_parse_json_contract() -> None:
    need_corpus()
    result = cli("parse", "--json", str(ILSC / "ilsc-minutes-2018-09-18.md"))
    assert result.returncode == 0, result.stderr
    (doc,) = json.loads(result.stdout)
    assert {"source", "kind", "meetings"} <= doc.keys()
    meeting = doc["meetings"][0]
    assert {"committee", "date", "chair", "present", "apologies", "declarations", "items"} <= meeting.keys()
    item = meeting["items"][4]
    assert {"number", "title", "text", "pages", "resolutions", "references"} <= item.keys()
    assert {"number", "text"} <= item["resolutions"][0].keys()
    assert meeting["date"] == "2018-09-18"


def test_bad_files_fail_alone_with_reasons(tmp_path: Path) -> None:
    need_corpus()
    good = ILSC / "ilsc-minutes-2018-09-18.md"
    result = cli("ingest", "--no-index", "--store", str(tmp_path), str(CORPUS / "bad"), str(good))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed: ")]
    reasons = {Path(line.split(": ")[1]).name: line.split(": ")[2] for line in failed}
    assert reasons == {
        "empty.pdf": "empty",
        "encrypted.pdf": "encrypted",
        "image-only.pdf": "scanned",
        "truncated.pdf": "corrupt",
        "not-a-pdf.pdf": "unsupported",
        "latin1.txt": "no-structure",  # decoded fine, but a passage with no meeting in it
    }
    assert "1 ingested" in result.stdout
    again = cli("ingest", "--no-index", "--store", str(tmp_path), str(good))
    assert again.returncode == 0 and "1 unchanged" in again.stdout


def test_latin1_text_is_decoded_without_mojibake() -> None:
    need_corpus()
    from ingest.readers import read_source

    text = "\n".join(line.text for line in read_source(CORPUS / "bad" / "latin1.txt").lines)
    assert "£1.5M" in text and "â" not in text and "“Voices”" in text


@pytest.mark.parametrize("fmt", [("", ".md"), ("html/", ".html")], ids=lambda f: f[1])
def test_minutes_without_numbers_read_the_same_items(fmt: tuple[str, str], tmp_path: Path) -> None:
    """A web export that dropped the minute numbers: the same items, titles and resolutions, unnumbered."""
    numbered = _parse("ilsc-minutes-2018-09-18", fmt)
    source = (ILSC / f"{fmt[0]}ilsc-minutes-2018-09-18{fmt[1]}").read_text(encoding="utf-8")
    stripped = re.sub(r"(?m)(^#*\s*\*{0,2}|<h2[^>]*>)\d{1,3}\.\s+", r"\1", source)
    assert stripped != source
    path = tmp_path / f"unnumbered{fmt[1]}"
    path.write_text(stripped, encoding="utf-8")
    (meeting,) = parse_file(path).meetings
    (expected,) = numbered.meetings
    assert [i.number for i in meeting.items] == [None] * len(expected.items)
    assert [(i.title, len(i.resolutions)) for i in meeting.items] == [
        (i.title, len(i.resolutions)) for i in expected.items
    ]
    assert (meeting.chair, meeting.apologies) == (expected.chair, expected.apologies)
