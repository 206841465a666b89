"""The ingest stage: files in, minute book out (catalogue, and the index when one is given).

One broken file never aborts a batch: each file gets a :class:`FileResult`
with a one-line reason. Order of writes makes a crash harmless: the index
replaces the document's nodes first (idempotently, keyed by source), and the
catalogue commits last in one transaction. The catalogue's content hash is
the commit marker: a file whose catalogue row did not commit is simply done
again next time, and nothing is ever duplicated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ingest.actions import track
from ingest.catalogue import Catalogue, DocumentInfo
from ingest.readers import read_source
from ingest.structure import parse_text
from minutebook.errors import IngestError, IngestReason
from minutebook.model import ParsedDocument, sha256_bytes

SKIP_NAMES = {"README.md", "readme.md", "README.txt", "LICENSE"}
SKIP_SUFFIXES = {".jsonl", ".json", ".py", ".yaml", ".yml", ".toml"}
# Parse this much text ahead before embedding it in one call: the encoder sorts the nodes of several papers
# by length together, which pads far less than one paper at a time (memory stays bounded by the budget).
EMBED_AHEAD_CHARS = 400_000


class DocumentIndex(Protocol):
    """What the ingest stage needs of an index: embed documents together, replace or remove one's nodes, and
    bring what it derives from them (BM25) up to date afterwards."""

    def embed_documents(self, docs: list[ParsedDocument]) -> list[Any]: ...

    def replace_document(self, doc: ParsedDocument, embedded: Any = None) -> int: ...

    def remove_document(self, source: str) -> None: ...

    def refresh(self) -> None: ...


@dataclass
class FileResult:
    """What happened to one file."""

    source: str
    status: str  # "ingested", "unchanged" or "failed"
    reason: str | None = None
    message: str | None = None
    kind: str | None = None
    meetings: int = 0
    items: int = 0
    resolutions: int = 0
    pages: int | None = None
    nodes: int = 0
    notes: tuple[str, ...] = ()  # what the parser could not understand (ParsedDocument.notes)


def discover(paths: Iterable[Path]) -> list[Path]:
    """Files to ingest: named files, and every file below named folders (hidden files and notes skipped)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                rel = p.relative_to(path)
                if p.is_file() and not any(part.startswith(".") for part in rel.parts) and _wanted(p):
                    found.append(p)
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def _wanted(p: Path) -> bool:
    return p.name not in SKIP_NAMES and p.suffix.lower() not in SKIP_SUFFIXES


def parse_file(path: Path, *, pdf_timeout_s: float = 60.0) -> ParsedDocument:
    """Read and understand one file, without touching any store."""
    if not path.exists():
        raise IngestError(IngestReason.UNSUPPORTED, "no such file")
    data = path.read_bytes()
    text = read_source(path, pdf_timeout_s=pdf_timeout_s)
    return parse_text(text, str(path), sha256_bytes(data))


def ingest_files(
    files: list[Path],
    catalogue: Catalogue,
    index: DocumentIndex | None = None,
    *,
    pdf_timeout_s: float = 60.0,
    on_file: Callable[[Path], None] | None = None,
    embed_ahead_chars: int = EMBED_AHEAD_CHARS,
) -> Iterator[FileResult]:
    """Ingest each file, yielding its result once it is written (failures and unchanged files at once).

    Parsed papers wait in a small queue (up to ``embed_ahead_chars`` of text) so that their nodes are
    embedded together; each paper is then written on its own, index first and catalogue last.
    """
    pending: list[ParsedDocument] = []
    size = 0
    for path in files:
        if on_file:
            on_file(path)
        source = str(path.resolve())
        try:
            data = path.read_bytes()
            if catalogue.document_hash(source) == sha256_bytes(data):
                catalogue.forget_failure(source)  # a failed newer version was put back as it was
                yield FileResult(source, "unchanged")
                continue
            doc = parse_file(path, pdf_timeout_s=pdf_timeout_s).model_copy(update={"source": source})
        except IngestError as err:
            yield _failed(catalogue, source, err.reason.value, err.message)
            continue
        except OSError as err:
            yield _failed(catalogue, source, IngestReason.UNSUPPORTED.value, f"cannot read: {err.strerror or err}")
            continue
        pending.append(doc)
        size += _text_size(doc)
        if size >= embed_ahead_chars:
            yield from _write(pending, catalogue, index)
            pending, size = [], 0
    yield from _write(pending, catalogue, index)


def _failed(catalogue: Catalogue, source: str, reason: str, message: str, sha256: str | None = None) -> FileResult:
    """A file that failed: recorded in the catalogue (the ingest status page lists it with its reason)."""
    catalogue.record_failure(source, reason, message, sha256)
    return FileResult(source, "failed", reason, message)


def _text_size(doc: ParsedDocument) -> int:
    """Characters of text a paper will put into the index (the embed-ahead queue's measure)."""
    size = 0
    for m in doc.meetings:
        size += len(m.attendance_text) + sum(len(d.text) for d in m.declarations)
        size += sum(len(i.text) + sum(len(r.text) for r in i.resolutions) for i in m.items)
        size += sum(len(a.text) + sum(len(s.text) for s in a.sections) for a in m.agenda)
    return size


def _write(docs: list[ParsedDocument], catalogue: Catalogue, index: DocumentIndex | None) -> Iterator[FileResult]:
    """Embed the queued papers together, then write each: index nodes first, the catalogue row (commit) last."""
    if not docs:
        return
    embedded = index.embed_documents(docs) if index is not None else [None] * len(docs)
    for doc, emb in zip(docs, embedded, strict=True):
        try:
            nodes = index.replace_document(doc, emb) if index is not None else 0
            catalogue.replace_document(doc)
        except IngestError as err:
            yield _failed(catalogue, doc.source, err.reason.value, err.message, doc.sha256)
            continue
        yield FileResult(
            doc.source,
            "ingested",
            kind=doc.kind.value,
            meetings=len(doc.meetings),
            items=sum(len(m.items) + len(m.agenda) for m in doc.meetings),
            resolutions=sum(len(i.resolutions) for m in doc.meetings for i in m.items),
            pages=doc.page_count,
            nodes=nodes,
            notes=tuple(doc.notes),
        )


def refresh_actions(catalogue: Catalogue) -> int:
    """Recompute the follow-up register from every paper in the catalogue and store it; return its size.

    Statuses are as of the latest paper (see :func:`ingest.actions.track`): a paper that arrives later can turn
    an outstanding action completed, and removing a paper takes its evidence away again.
    """
    register = track(catalogue.parsed_documents())
    catalogue.replace_actions(register)
    return len(register)


@dataclass
class IngestRun:
    """What one ingest did: each file's result, and the size of the follow-up register afterwards."""

    results: list[FileResult] = field(default_factory=list)
    actions: int = 0

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]


def ingest_papers(
    paths: Iterable[Path],
    catalogue: Catalogue,
    index: DocumentIndex | None = None,
    *,
    pdf_timeout_s: float = 60.0,
    on_file: Callable[[Path], None] | None = None,
    on_result: Callable[[FileResult], None] | None = None,
) -> IngestRun:
    """Ingest files and folders of papers into a store, with the steps every ingest needs afterwards.

    Each file is written as :func:`ingest_files` writes it; then the index refreshes what it derives from its
    nodes (BM25) and the follow-up register is recomputed, since a new paper can change where earlier
    follow-ups stand. ``index`` ``None`` fills the catalogue only.
    """
    run = IngestRun()
    for result in ingest_files(discover(paths), catalogue, index, pdf_timeout_s=pdf_timeout_s, on_file=on_file):
        run.results.append(result)
        if on_result is not None:
            on_result(result)
    if index is not None:
        index.refresh()
    run.actions = refresh_actions(catalogue)
    return run


def remove_paper(document: str, catalogue: Catalogue, index: DocumentIndex | None = None) -> DocumentInfo:
    """Delete one document (source path, file name or id) from the catalogue and the index, then refresh BM25
    and the follow-up register (its evidence no longer counts, its minutes' actions are gone)."""
    doc = catalogue.find_document(document)
    if index is not None:
        index.remove_document(doc.source)
    catalogue.remove_document(str(doc.id))
    if index is not None:
        index.refresh()
    refresh_actions(catalogue)
    return doc
