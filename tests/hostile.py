"""Hostile files, made for the tests: what an attacker or a careless export sends to ``minutebook ingest``.

Each function writes one file and returns its path. They are built from bytes here (a small PDF writer, zip
archives), so the tests need no fixtures on disk and every file is what its name says.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path


def pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF of ``objects`` (object n is ``objects[n - 1]``), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def _page_objects(content: bytes, filters: bytes = b"") -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d %s>>\nstream\n" % (len(content), filters) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def text_pdf(path: Path, lines: list[str]) -> Path:
    """A well-formed one-page PDF with ``lines`` of text (ASCII)."""
    ops = [b"BT /F1 11 Tf 56 780 Td 14 TL"]
    ops += [
        b"(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode() + b") '" for line in lines
    ]
    ops.append(b"ET")
    path.write_bytes(pdf(_page_objects(b"\n".join(ops))))
    return path


def pdf_bomb(path: Path, expands_to_mb: int = 1024) -> Path:
    """A PDF whose one content stream inflates to ``expands_to_mb`` MB (twice deflated: a few kilobytes)."""
    once = zlib.compressobj(1)
    chunk = bytes(1 << 20)
    inner = bytearray()
    for _ in range(expands_to_mb * (1 << 20) // len(chunk)):
        inner += once.compress(chunk)
    inner += once.flush()
    outer = zlib.compress(bytes(inner), 9)
    path.write_bytes(pdf(_page_objects(outer, b"/Filter [/FlateDecode /FlateDecode] ")))
    return path


def pdf_nested(path: Path, depth: int = 100_000) -> Path:
    """A PDF whose page resources hold an array nested ``depth`` deep."""
    objects = _page_objects(b"BT /F1 11 Tf 56 780 Td (Minutes of the Cabinet held on 1 January 2020) Tj ET")
    objects[2] = objects[2].replace(b"/Resources <<", b"/Resources << /Nested " + b"[" * depth + b"]" * depth)
    path.write_bytes(pdf(objects))
    return path


def pdf_cyclic(path: Path) -> Path:
    """A PDF whose page tree is a cycle: the pages node is its own kid, and the page its own parent's parent."""
    objects = _page_objects(b"BT /F1 11 Tf 56 780 Td (Minutes of the Cabinet held on 1 January 2020) Tj ET")
    objects[1] = b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 /Parent 2 0 R >>"
    path.write_bytes(pdf(objects))
    return path


def docx_bomb(path: Path, expands_to_mb: int = 400) -> Path:
    """A Word document whose body (word/document.xml) expands to ``expands_to_mb`` MB of paragraphs."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    para = b"<w:p><w:r><w:t>Resolved that the report be noted.</w:t></w:r></w:p>"
    head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{w}"><w:body>'.encode()
    count = expands_to_mb * (1 << 20) // len(para)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(
            "[Content_Types].xml",
            (
                '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
                '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
                'document.main+xml"/></Types>'
            ),
        )
        archive.writestr(
            "_rels/.rels",
            (
                '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
                '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
            ),
        )
        with archive.open("word/document.xml", "w", force_zip64=True) as doc:
            doc.write(head)
            block = para * 4096
            for _ in range(count // 4096):
                doc.write(block)
            doc.write(b"</w:body></w:document>")
    return path


def heavy_emphasis_markdown(path: Path, size: int = 1 << 20) -> Path:
    """A megabyte of markdown emphasis that never closes (it kept ingest busy for fifteen minutes)."""
    motif = "**bold *and* __under _a ~~b [c]("
    path.write_text("# Minutes of the Cabinet held on 1 January 2020\n\n" + motif * (size // len(motif)))
    return path


def nested_html(path: Path, depth: int = 100_000) -> Path:
    """A web page of ``depth`` nested elements around a meeting's minutes."""
    minutes = "<p>Minutes of the Cabinet held on 1 January 2020</p><p>1. Apologies</p>"
    body = "<div>" * depth + minutes + "</div>" * depth
    path.write_text(f"<!DOCTYPE html><html><head><title>Cabinet</title></head><body>{body}</body></html>")
    return path


def nested_tables_html(path: Path, depth: int = 5_000) -> Path:
    """A web page of tables nested ``depth`` deep, each in the one cell of the table around it."""
    body = "<table><tr><td>" * depth + "Minutes of the Cabinet held on 1 January 2020" + "</td></tr></table>" * depth
    path.write_text(f"<!DOCTYPE html><html><body>{body}</body></html>")
    return path


def long_line(path: Path, megabytes: int = 50) -> Path:
    """A text file that is one line of ``megabytes`` MB."""
    with path.open("w") as f:
        f.write("Minutes of the Cabinet held on 1 January 2020 ")
        piece = "the committee noted the report " * 1024
        for _ in range(megabytes * (1 << 20) // len(piece)):
            f.write(piece)
        f.write("\n")
    return path
