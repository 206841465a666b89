"""The ``minutebook`` command: a thin shell over the library.

Settings are built here, once, and passed down. Domain errors become exit
messages here and nowhere else.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from minutebook.errors import IngestError, MinutebookError
from minutebook.settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Committee papers in, cited answers out.")
console = Console()
err_console = Console(stderr=True)

F = TypeVar("F", bound=Callable[..., Any])

StoreOpt = Annotated[
    Path | None, typer.Option("--store", help="Store directory (default: $MINUTEBOOK_STORE or .minutebook).")
]


def _settings(store: Path | None = None, **overrides: Any) -> Settings:
    """The one Settings object of this run; command-line options win over the environment."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    settings = Settings()
    updates = {k: v for k, v in {"store": store, **overrides}.items() if v is not None}
    return settings.model_copy(update=updates) if updates else settings


def domain_errors(fn: F) -> F:
    """Turn minutebook's own errors into a one-line message and exit status 2."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except MinutebookError as err:
            err_console.print(f"[bold red]error:[/] {err}")
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[current]}"),
        console=err_console,
        transient=True,
    )


@app.command()
@domain_errors
def parse(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to parse.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (the default and only output).")] = True,
) -> None:
    """Print what minutebook understands of papers, as JSON, without touching a store."""
    from ingest.pipeline import discover, parse_file

    settings = _settings()
    out: list[dict[str, Any]] = []
    failed = False
    for path in discover(paths):
        try:
            doc = parse_file(path, pdf_timeout_s=settings.pdf_timeout_s)
        except IngestError as err:
            failed = True
            err_console.print(f"[red]{path}[/]: {err}")
            out.append({"source": str(path), "error": {"reason": err.reason.value, "message": err.message}})
            continue
        out.append(doc.model_dump(mode="json"))
    sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    if failed:
        raise typer.Exit(1)


@app.command()
@domain_errors
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of papers (folders are walked).")],
    store: StoreOpt = None,
    no_index: Annotated[bool, typer.Option("--no-index", help="Catalogue only; skip embedding.")] = False,
) -> None:
    """Read papers into the store: catalogue of meetings, items, resolutions; and the search index."""
    from ingest.catalogue import Catalogue
    from ingest.pipeline import discover, ingest_files

    settings = _settings(store)
    files = discover(paths)
    if not files:
        err_console.print("[yellow]no files found[/]")
        raise typer.Exit(1)
    settings.store.mkdir(parents=True, exist_ok=True)
    results = []
    with Catalogue(settings.catalogue_path) as catalogue, _progress() as progress, _open_index(settings, no_index) as index:
        task = progress.add_task("ingesting", total=len(files), current="")
        for result in ingest_files(
            files,
            catalogue,
            index,
            pdf_timeout_s=settings.pdf_timeout_s,
            on_file=lambda p: progress.update(task, current=p.name),
        ):
            results.append(result)
            progress.advance(task)
        if index is not None:
            index.refresh_after_ingest(catalogue)
    _summary(results)
    if any(r.status == "failed" for r in results):
        raise typer.Exit(1)


class _NoIndex:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _open_index(settings: Settings, disabled: bool) -> Any:
    if disabled:
        return _NoIndex()
    from index.store import open_index

    return open_index(settings, writer=True)


def _summary(results: list[Any]) -> None:
    table = Table(title="minutebook ingest")
    for col in ("file", "status", "kind", "meetings", "items", "resolutions", "nodes", "reason"):
        table.add_column(col)
    for r in results:
        colour = {"ingested": "green", "unchanged": "dim", "failed": "red"}[r.status]
        reason = f"{r.reason}: {r.message}" if r.reason else ""
        table.add_row(
            Path(r.source).name,
            f"[{colour}]{r.status}[/]",
            r.kind or "",
            str(r.meetings or ""),
            str(r.items or ""),
            str(r.resolutions or ""),
            str(r.nodes or ""),
            reason,
        )
    console.print(table)
    counts = {s: sum(r.status == s for r in results) for s in ("ingested", "unchanged", "failed")}
    console.print(", ".join(f"{n} {s}" for s, n in counts.items()))


@app.command()
@domain_errors
def remove(
    document: Annotated[str, typer.Argument(help="Source path, file name or document id.")],
    store: StoreOpt = None,
) -> None:
    """Delete one document everywhere: catalogue, vectors and BM25."""
    from ingest.catalogue import Catalogue

    settings = _settings(store)
    with Catalogue(settings.catalogue_path) as catalogue:
        doc = catalogue.find_document(document)
        with _open_index(settings, False) as index:
            if index is not None:
                index.remove_document(doc.source)
            catalogue.remove_document(str(doc.id))
            if index is not None:
                index.refresh_after_ingest(catalogue)
    console.print(f"removed {doc.source}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
