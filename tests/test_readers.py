"""Readers: every format of the shared corpus, the bad inputs, and small made-up files.

The corpus tests skip when ``../shared/corpus`` (beside the repository) is absent.
"""

from __future__ import annotations

import functools
import io
import re
import shutil
import textwrap
import time
import zipfile
from pathlib import Path

import pytest

from ingest.readers import detect_format, read_source
from minutebook.errors import IngestError, IngestReason
from minutebook.model import SourceFormat, SourceText

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
ILSC = CORPUS / "rotherham-ilsc"
BAD = CORPUS / "bad"

MINUTES = "ilsc-minutes-2018-09-18"
PACK_2018 = "ilsc-agenda-pack-2018-03-13"
PACK_2020 = "ilsc-agenda-pack-2020-09-22"
STEMS = [MINUTES, PACK_2018, PACK_2020]
KINDS = {
    "md": SourceFormat.MARKDOWN,
    "pdf": SourceFormat.PDF,
    "docx": SourceFormat.DOCX,
    "html": SourceFormat.HTML,
}


def corpus_file(stem: str, kind: str) -> Path:
    """The rendering ``kind`` of a corpus document; skips the test if the corpus is absent."""
    if not ILSC.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return ILSC / f"{stem}.md" if kind == "md" else ILSC / kind / f"{stem}.{kind}"


@functools.cache
def _read(path: Path) -> SourceText:
    return read_source(path)


def read(stem: str, kind: str) -> SourceText:
    """Read once per session: the PDFs take a few seconds each."""
    return _read(corpus_file(stem, kind))


def texts(source: SourceText) -> list[str]:
    return [line.text for line in source.lines]


def flat(text: str) -> str:
    """Compare across formats: hard line breaks and repeated spaces count as one space."""
    return re.sub(r"[ \n]+", " ", text)


def bad(name: str) -> Path:
    if not BAD.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return BAD / name


# --------------------------------------------------------------------------- the corpus, every rendering


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("stem", STEMS)
def test_every_rendering_reads_cleanly(stem: str, kind: str) -> None:
    source = read(stem, kind)
    assert source.format is KINDS[kind]
    assert len(source.lines) > 150
    for line in source.lines:
        assert line.text == line.text.strip(" \n") and line.text.strip()  # table rows may end in empty cells
        assert not re.fullmatch(r"(?i)page \d+", line.text), "page footer left in"
        assert not re.search(r"</?(?:sup|p|li|ul|ol|b|i|h\d)\b", line.text), f"markup left in: {line.text[:80]}"
        assert "\u00a0" not in line.text and "  " not in line.text
        assert not re.search(r"\*\*\S[^*]*\*\*", line.text), "markdown emphasis left in"
        assert 0 <= line.level <= 6


@pytest.mark.parametrize("kind", KINDS)
def test_2020_pack_key_paragraphs_in_every_format(kind: str) -> None:
    lines = [flat(t) for t in texts(read(PACK_2020, kind))]
    assert any(t.startswith("Resolved") for t in lines)
    assert "83. LOOKED AFTER CHILDREN SUFFICIENCY STRATEGY - PROGRESS REPORT" in lines
    assert "- 1) That the progress made in delivery of the LAC Sufficiency Strategy be noted." in lines
    assert "(a) FIELD-ITEM-NUMBER" in lines and "(b) FIELD-ITEM-NUMBER" in lines
    assert "CIN\t10173\t9266\t91.1%\t907\t8.9%" in lines  # a bordered table row, cells tab-joined


@pytest.mark.parametrize("kind", KINDS)
def test_2018_minutes_key_paragraphs_in_every_format(kind: str) -> None:
    lines = [flat(t) for t in texts(read(MINUTES, kind))]
    assert any(t.startswith("Present:- Councillor Brookes (in the Chair)") for t in lines)
    assert "23. CHILDREN MISSING EDUCATION" in lines
    assert any("held on 20th September at 5.00-7.00 p.m., repeated on 21st September" in t for t in lines)
    assert "- 78% of children were from the central area of Rotherham" in lines
    assert any(t.startswith("Resolved:- (1) That the report be noted.") for t in lines)


@pytest.mark.parametrize("kind", KINDS)
def test_2018_pack_agenda_numbers_in_every_format(kind: str) -> None:
    """Word and HTML keep these numbers as automatic list numbering; the reader writes them out."""
    lines = [flat(t) for t in texts(read(PACK_2018, kind))]
    assert "7. Minutes of the previous meeting held on 23rd January, 2018 (Pages 1 - 9)" in lines
    assert "11. Date and time of the next meeting - Tuesday 24 April, 2018 at 5.30 pm" in lines
    # the two later numbered lists restart at 1
    assert any(t.startswith("2. That the response be referred to the next meeting") for t in lines)
    assert any(t.startswith("1. Complex abuse procedures are used") for t in lines)
    assert any(t.startswith("3. This report sets out information") for t in lines)


def test_pdf_lines_carry_page_numbers() -> None:
    source = read(MINUTES, "pdf")
    assert source.page_count == 11
    pages = [line.page or 0 for line in source.lines]
    assert all(1 <= p <= 11 for p in pages)
    assert pages == sorted(pages)
    by_text = {flat(line.text): line.page for line in source.lines}
    assert by_text["Present:- Councillor Brookes (in the Chair); Councillors Beaumont, Clark, Elliot, Ireland, "
                   "Jarvis, Khan, Marriott, Price, Senior, Short and Julie Turner."] == 1  # fmt: skip
    assert by_text["The current position was as follows:-"] == 2
    assert by_text["28. DATE AND TIME OF THE NEXT MEETING"] == 11


def test_pdf_merges_wrapped_lines_into_paragraphs() -> None:
    lines = texts(read(MINUTES, "pdf"))
    assert (
        "Councillor Steele, Chair of the Overview Scrutiny Management Board, was in attendance at the "
        "invitation of the Chair." in lines
    )
    # a paragraph cut by a page break is joined up again, on the page where it starts
    source = read(MINUTES, "pdf")
    cut = next(line for line in source.lines if line.text.startswith("There had been a redesigning"))
    assert cut.page == 1 and cut.text.endswith("better understanding of potential vulnerability.")


def test_titles_and_heading_levels() -> None:
    html = read(MINUTES, "html")
    assert html.title == "Minutes of Improving Lives Select Commission on Tuesday 18 September 2018"
    assert read(MINUTES, "pdf").title == html.title  # PDF metadata
    assert read(MINUTES, "docx").title == html.title  # DOCX core properties
    levels = {kind: {line.text: line.level for line in read(MINUTES, kind).lines} for kind in KINDS}
    assert levels["html"]["19. DECLARATIONS OF INTEREST"] == 2
    assert levels["md"]["23. CHILDREN MISSING EDUCATION"] == 3
    assert levels["docx"]["23. CHILDREN MISSING EDUCATION"] > 0
    assert levels["pdf"]["23. CHILDREN MISSING EDUCATION"] > 0  # set larger than the body text
    assert levels["md"]["19. DECLARATIONS OF INTEREST"] == 0  # only **bold**: not a heading


def test_markdown_links_and_line_breaks() -> None:
    lines = texts(read(PACK_2018, "md"))
    assert "Venue: Town Hall, Moorgate\nStreet, ROTHERHAM.\nS60 2TH" in lines  # hard breaks kept
    assert any(t.endswith("01709 334162 or ian.thomas@rotherham.gov.uk") for t in lines)  # [text](mailto:)
    assert any(t.endswith("‘Our Rotherham’ website https://www.ourrotherham.com") for t in lines)  # <autolink>
    html_lines = texts(read(PACK_2018, "html"))
    assert "Venue: Town Hall, Moorgate\nStreet, ROTHERHAM.\nS60 2TH" in html_lines  # <br>


# --------------------------------------------------------------------------- bad inputs


@pytest.mark.parametrize(
    ("name", "reason", "message"),
    [
        ("empty.pdf", IngestReason.EMPTY, "empty file"),
        ("truncated.pdf", IngestReason.CORRUPT, "damaged or truncated PDF"),
        ("encrypted.pdf", IngestReason.ENCRYPTED, "password-protected PDF"),
        ("not-a-pdf.pdf", IngestReason.UNSUPPORTED, "PNG image, not a document"),
        ("image-only.pdf", IngestReason.SCANNED, "no text layer (scanned image); OCR is not configured"),
    ],
)
def test_bad_inputs_give_their_reason(name: str, reason: IngestReason, message: str) -> None:
    with pytest.raises(IngestError) as caught:
        read_source(bad(name))
    assert caught.value.reason is reason
    assert message in caught.value.message and "\n" not in str(caught.value)


def test_windows_1252_text_is_decoded() -> None:
    source = read_source(bad("latin1.txt"))
    body = "\n".join(texts(source))
    assert "Over £1.5M cost avoidance" in body
    assert "in delivery – all 7 projects" in body
    assert "the “Voices” of young people" in body
    assert "\ufffd" not in body and "Â" not in body and "â€" not in body


def test_detection_ignores_the_file_name(tmp_path: Path) -> None:
    pdf_as_txt = tmp_path / "minutes.txt"
    shutil.copy(corpus_file(MINUTES, "pdf"), pdf_as_txt)
    source = read_source(pdf_as_txt)
    assert source.format is SourceFormat.PDF and source.lines == read(MINUTES, "pdf").lines

    html_as_pdf = tmp_path / "minutes.pdf"
    shutil.copy(corpus_file(MINUTES, "html"), html_as_pdf)
    assert read_source(html_as_pdf).format is SourceFormat.HTML

    docx_as_html = tmp_path / "pack.html"
    shutil.copy(corpus_file(PACK_2018, "docx"), docx_as_html)
    assert read_source(docx_as_html).format is SourceFormat.DOCX


def test_pdf_timeout_kills_the_reader() -> None:
    from ingest.paper_reader import PaperReader, ReadLimits

    path = corpus_file(PACK_2020, "pdf")
    with PaperReader(ReadLimits(timeout_s=0.001)) as reader:  # the child's start is not counted
        started = time.monotonic()
        with pytest.raises(IngestError) as caught:
            reader.read(path)
        assert caught.value.reason is IngestReason.TIMEOUT
    assert time.monotonic() - started < 10


def test_missing_file_is_an_ingest_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError):
        read_source(tmp_path / "nothing-here.pdf")


# --------------------------------------------------------------------------- detection, made-up bytes


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n...", SourceFormat.PDF),
        (b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", SourceFormat.HTML),
        (b"\xef\xbb\xbf  <html lang='en'><p>x</p></html>", SourceFormat.HTML),
        (b"# Minutes\n\nPresent: all", SourceFormat.MARKDOWN),
        (b"The **committee** met.", SourceFormat.MARKDOWN),
        (b"Present: Councillors A and B.\n\nResolved: that it be noted.", SourceFormat.TEXT),
        (b"See <b>this</b> and that.", SourceFormat.TEXT),  # inline tags alone do not make a web page
    ],
)
def test_detect_format(data: bytes, expected: SourceFormat) -> None:
    assert detect_format(data) is expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", IngestReason.EMPTY),
        (b" \r\n\t \n", IngestReason.EMPTY),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", IngestReason.UNSUPPORTED),
        (b"\x89PNG\r\n\x1a\n\x00\x00", IngestReason.UNSUPPORTED),
        (_zip({"notes.txt": b"hello"}), IngestReason.UNSUPPORTED),
        (_zip({"xl/workbook.xml": b"<x/>"}), IngestReason.UNSUPPORTED),
        (b"\x00\x01\x02\x03binary\x00", IngestReason.UNSUPPORTED),
    ],
)
def test_detect_format_rejects(data: bytes, reason: IngestReason) -> None:
    with pytest.raises(IngestError) as caught:
        detect_format(data)
    assert caught.value.reason is reason


def test_docx_that_is_not_valid_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(_zip({"[Content_Types].xml": b"<nope", "word/document.xml": b"<w:document"}))
    with pytest.raises(IngestError) as caught:
        read_source(path)
    assert caught.value.reason is IngestReason.CORRUPT


# --------------------------------------------------------------------------- readers, made-up files


def _read_text(tmp_path: Path, text: str, encoding: str = "utf-8") -> SourceText:
    path = tmp_path / "paper.bin"
    path.write_bytes(text.encode(encoding))
    return read_source(path)


def test_plain_text_paragraphs_markers_and_stacked_letters(tmp_path: Path) -> None:
    source = _read_text(
        tmp_path,
        "Consideration was given to a report\nwhich was wrapped.\n\n"
        "Resolved:- (1) That the report be noted.\n(2) That a further report be submitted.\n"
        "83. NEXT ITEM\n\nF\nI\nE\nL\nD\n-\nI\nT\nE\nM\n\nA\tB\tC\n",
    )
    assert source.format is SourceFormat.TEXT and source.lines[0].page is None
    assert texts(source) == [
        "Consideration was given to a report which was wrapped.",
        "Resolved:- (1) That the report be noted.",
        "(2) That a further report be submitted.",
        "83. NEXT ITEM",
        "FIELD-ITEM",
        "A\tB\tC",
    ]


PROSE = ("The Highway Authority raised no objection subject to a Section 106 Agreement securing an HGV Routing "
         "Scheme via the B3190 and away from Fore Street, Little Wexcombe. HGV Movements would remain at the Current "
         "Average of 88 a day, the Principal Minerals and Waste Planner said.")
WRAPPED_AT_80 = f"""\
Minutes of the Planning Committee held on 4 July 2012

Present:
Councillor Ann Lee (Chair)
Dr Ben Hall BH Lay Member for Patient and Public Involvement, Vice Chair
Cllr Cara Moss

12/091  Mill Lane Quarry - Extension
Application No: EM/11/0233/MIN
{textwrap.fill(PROSE, 80)}
Ref     Action                                                         Owner   Due
A12     Publish the dust monitoring results on the council's website   JK      30/09/12
A13     Review the routing agreement                                   JK      31/12/12
"""


def test_text_wrapped_at_a_width_is_read_as_its_sentences(tmp_path: Path) -> None:
    """A paper hard-wrapped at a width (80 columns here): a line the next word would not fit on runs on into the
    next, whatever case that starts with ("... Little" over "Wexcombe."), so a sentence is read whole; a line an
    entry (an attendance list, a table's rows) and a label ("Application No:") keep their own lines."""
    assert any(line[:1].isupper() for line in textwrap.wrap(PROSE, 80)[1:])  # a line runs on in upper case
    for suffix in ("txt", "md"):
        path = tmp_path / f"wrapped.{suffix}"
        path.write_text(WRAPPED_AT_80, encoding="utf-8")
        lines = [t for line in read_source(path).lines for t in line.text.split("\n")]
        assert PROSE in lines, suffix
        assert "Cllr Cara Moss" in lines and "Application No: EM/11/0233/MIN" in lines, suffix
        assert sum(t.startswith(("A12", "A13")) for t in lines) == 2, suffix


def test_markdown_headings_lists_emphasis_and_html(tmp_path: Path) -> None:
    source = _read_text(
        tmp_path,
        "### **23. CHILDREN MISSING EDUCATION**\n\n**19. DECLARATIONS OF INTEREST**\n\n"
        "Held on 20<sup>th</sup> July, see [the report](https://x.test/r) and <https://x.test>.\n\n"
        "The points were:-\n- *first* point\n* second\n  continued\n1) third\n\n"
        "Intro <ul><li>alpha</li><li>beta</li></ul>\n\n"
        "<b>Cell</b>\tTBC - 2 <sup>nd</sup> April\t\n\n---\n\n(a) F\nI\nE\nL\nD\n",
    )
    assert source.format is SourceFormat.MARKDOWN
    assert [(line.text, line.level) for line in source.lines] == [
        ("23. CHILDREN MISSING EDUCATION", 3),
        ("19. DECLARATIONS OF INTEREST", 0),
        ("Held on 20th July, see the report and https://x.test.", 0),
        ("The points were:-", 0),
        ("- first point", 0),
        ("- second continued", 0),
        ("1) third", 0),
        ("Intro", 0),
        ("- alpha", 0),
        ("- beta", 0),
        ("Cell\tTBC - 2nd April\t", 0),
        ("(a) FIELD", 0),
    ]


def test_html_content_lists_tables_and_noise(tmp_path: Path) -> None:
    page = (
        "<html><head><meta charset='windows-1252'><title>T</title></head><body>"
        "<header><p>Council</p></header><nav><a href='#'>Home</a></nav>"
        "<a class='skip-link' href='#c'>Skip to content</a><div class='breadcrumb'>Home &gt; Meetings</div>"
        "<main id='c'><h1>Minutes of the Board</h1><p>Costs – £100<br>and more</p>"
        "<ol start='3'><li>Third</li><li>Fourth <ul><li>inner</li></ul></li></ol>"
        "<ol type='a'><li>alpha</li></ol>"
        "<p><a href='x.pdf'>Agenda frontsheet pdf icon PDF 116 KB</a></p>"
        "<table><tr><th>Name</th><th>Date</th></tr><tr><td><p>One</p></td><td>1 May</td></tr></table>"
        "<script>var x = 1;</script></main><footer>Copyright</footer></body></html>"
    )
    path = tmp_path / "page.txt"
    path.write_bytes(page.encode("cp1252"))
    source = read_source(path)
    assert source.format is SourceFormat.HTML and source.title == "Minutes of the Board"
    assert [(line.text, line.level) for line in source.lines] == [
        ("Minutes of the Board", 1),
        ("Costs – £100\nand more", 0),
        ("3. Third", 0),
        ("4. Fourth", 0),
        ("- inner", 0),
        ("a. alpha", 0),
        ("Agenda frontsheet", 0),
        ("Name\tDate", 0),
        ("One\t1 May", 0),
    ]


def test_docx_numbering_tables_and_headings(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.core_properties.title = "A test paper"
    document.add_heading("Agenda", level=1)
    for text in ("Apologies", "Minutes"):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("A point", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Item", "Owner"
    document.add_paragraph("Line one").add_run().add_break()
    path = tmp_path / "paper"
    document.save(str(path))
    source = read_source(path)
    assert source.format is SourceFormat.DOCX and source.title == "A test paper"
    assert [(line.text, line.level) for line in source.lines] == [
        ("Agenda", 1),
        ("1. Apologies", 0),
        ("2. Minutes", 0),
        ("- A point", 0),
        ("Item\tOwner", 0),
        ("Line one", 0),
    ]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_figure_wrapped_onto_the_next_line_goes_on_with_its_sentence(tmp_path: Path, suffix: str) -> None:
    # "38.2 micrograms" looks like a paragraph's number; after a line stopped mid-sentence on a lower-case word, it is
    # the sentence's figure (and "1 against):" the vote's), not a new paragraph
    paper = tmp_path / f"minutes{suffix}"
    paper.write_text(
        "Tom Halliwell, Environmental Protection Team Leader, presented the annual status report for the district.\n"
        "The annual mean nitrogen dioxide level at the Kirkgate Air Quality Management Area was\n"
        "38.2 micrograms per cubic metre, just below the national objective of 40. Levels at the\n"
        "other monitoring points had fallen by an average of 6% compared with the year before.\n\n"
        "It was proposed by Councillor Rowse, seconded by Councillor Angove and RESOLVED (9 in favour,\n"
        "1 against) that the report be noted.\n",
        encoding="utf-8")
    texts = [line.text for line in read_source(paper).lines]
    assert any("Management Area was 38.2 micrograms per cubic metre" in t for t in texts), texts
    assert any("(9 in favour, 1 against) that the report be noted" in t for t in texts), texts
