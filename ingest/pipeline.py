"""The ingest stage: files in, minute book out (catalogue, and the index when one is given).

One broken file never aborts a batch: each paper is read and parsed in a child process with a time and memory
limit (:class:`~ingest.paper_reader.PaperReader`), and each file gets a :class:`FileResult` with a one-line
reason. Order of writes makes a crash harmless: the index replaces the document's nodes first (idempotently,
keyed by source), and the catalogue commits last in one transaction. The catalogue is the commit marker and
the truth the index follows: every ingest first brings the index into line with it (nodes of papers the
catalogue does not hold are removed; papers it holds without nodes are indexed), and a file whose catalogue
row did not commit is simply done again, so nothing is lost or duplicated. Removing a paper deletes its
catalogue rows first and its nodes after.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ingest.actions import track
from ingest.catalogue import Catalogue, DocumentInfo
from ingest.paper_reader import PaperReader, ReadLimits, file_sha256
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

    def sources(self, *, finished: bool = True) -> set[str]: ...

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


def parse_file(path: Path) -> ParsedDocument:
    """Read and understand one file in this process, without touching any store and without limits of time or
    memory (a trusted file; ingest and ``minutebook parse`` use :class:`~ingest.paper_reader.PaperReader`)."""
    if not path.exists():
        raise IngestError(IngestReason.UNSUPPORTED, "no such file")
    data = path.read_bytes()
    text = read_source(path)
    return parse_text(text, str(path), sha256_bytes(data))


def ingest_files(
    files: list[Path],
    catalogue: Catalogue,
    index: DocumentIndex | None = None,
    *,
    limits: ReadLimits | None = None,
    on_file: Callable[[Path], None] | None = None,
    embed_ahead_chars: int = EMBED_AHEAD_CHARS,
) -> Iterator[FileResult]:
    """Ingest each file, yielding its result once it is written (failures and unchanged files at once).

    A file is unchanged when the catalogue holds its content hash and, with an index, the index holds its
    nodes. Parsed papers wait in a small queue (up to ``embed_ahead_chars`` of text) so that their nodes are
    embedded together; each paper is then written on its own, index first and catalogue last.
    """
    pending: list[ParsedDocument] = []
    size = 0
    indexed = index.sources() if index is not None else set()
    with PaperReader(limits) as reader:
        for path in files:
            if on_file:
                on_file(path)
            source = str(path.resolve())
            try:
                sha = file_sha256(path, reader.limits)
                if catalogue.document_hash(source) == sha and (index is None or source in indexed):
                    catalogue.forget_failure(source)  # a failed newer version was put back as it was
                    yield FileResult(source, "unchanged")
                    continue
                doc = reader.read(path, source)
            except IngestError as err:
                yield _failed(catalogue, source, err.reason.value, err.message)
                continue
            except OSError as err:
                yield _failed(catalogue, source, IngestReason.UNSUPPORTED.value,
                              f"cannot read: {err.strerror or err}")
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
    limits: ReadLimits | None = None,
    on_file: Callable[[Path], None] | None = None,
    on_result: Callable[[FileResult], None] | None = None,
) -> IngestRun:
    """Ingest files and folders of papers into a store, with the steps every ingest needs before and after.

    Before: the index is brought into line with the catalogue (:func:`reconcile`). Each file is then written
    as :func:`ingest_files` writes it; afterwards the index refreshes what it derives from its nodes (BM25) and
    the follow-up register is recomputed, since a new paper can change where earlier follow-ups stand.
    ``index`` ``None`` fills the catalogue only (the caller holds the store's writer lock either way).
    """
    run = IngestRun()
    files = discover(paths)
    if index is not None:
        files += reconcile(catalogue, index, files)
    for result in ingest_files(files, catalogue, index, limits=limits, on_file=on_file):
        run.results.append(result)
        if on_result is not None:
            on_result(result)
    if index is not None:
        index.refresh()
    run.actions = refresh_actions(catalogue)
    return run


def reconcile(catalogue: Catalogue, index: DocumentIndex, files: list[Path]) -> list[Path]:
    """Make the index hold exactly the catalogue's papers; return files to read again for that.

    Nodes of a source the catalogue does not hold (an ingest killed before its catalogue commit, a removal
    killed after it) are removed. A paper the catalogue holds without nodes (catalogued without an index, or
    a removal killed between its two steps) is indexed: read again from its file when the file is there
    unchanged (returned, unless ``files`` has it already), else from the catalogue's copy.
    """
    documents = {d.source: d for d in catalogue.documents()}
    for source in sorted(index.sources(finished=False) - documents.keys()):
        index.remove_document(source)
    indexed = index.sources()  # a write killed half way does not count: the paper is indexed again
    asked = {str(p.resolve()) for p in files}
    again: list[Path] = []
    from_catalogue: set[str] = set()
    for source in sorted(documents.keys() - indexed - asked):
        path = Path(source)
        try:
            if path.is_file() and file_sha256(path, ReadLimits()) == documents[source].sha256:
                again.append(path)
                continue
        except (OSError, IngestError):
            pass
        from_catalogue.add(source)
    if from_catalogue:
        docs = [d for d in catalogue.parsed_documents() if d.source in from_catalogue]
        for doc, embedded in zip(docs, index.embed_documents(docs), strict=True):
            index.replace_document(doc, embedded)
    return again


def remove_paper(document: str, catalogue: Catalogue, index: DocumentIndex | None = None) -> DocumentInfo:
    """Delete one document (source path, file name or id) from the catalogue, then from the index; then refresh
    BM25 and the follow-up register (its evidence no longer counts, its minutes' actions are gone).

    The catalogue goes first: it is the truth the index follows, so a removal killed between the two steps
    leaves nodes the next ingest removes, never a paper that comes back."""
    doc = catalogue.find_document(document)
    catalogue.remove_document(str(doc.id))
    if index is not None:
        index.remove_document(doc.source)
        index.refresh()
    refresh_actions(catalogue)
    return doc
