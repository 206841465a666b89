"""The ``minutebook`` command: a thin shell over the library.

Settings and every part are built by the composition root (:mod:`entry.compose`), once per run, and passed
down. Domain errors become exit messages here and nowhere else.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from datetime import datetime
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from entry import compose, terminal
from minutebook.errors import IngestError, MinutebookError, StoreError
from minutebook.model import ActionStatus

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from index.embedder import Embedder
    from index.store import MinutebookIndex
    from minutebook.settings import Settings
    from service.core import Minutebook

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Committee papers in, cited answers out.")
console = Console()
err_console = Console(stderr=True)

F = TypeVar("F", bound=Callable[..., Any])

StoreOpt = Annotated[
    Path | None, typer.Option("--store", help="Store directory (default: $MINUTEBOOK_STORE or .minutebook).")
]


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
    """Print what minutebook understands of papers, as JSON, without touching a store.

    Each paper is read as ingest reads it: in a child process with a time and memory limit."""
    from ingest.paper_reader import PaperReader, ReadLimits
    from ingest.pipeline import discover

    settings = compose.build_settings()
    out: list[dict[str, Any]] = []
    failed = False
    with PaperReader(ReadLimits.of(settings)) as reader:
        for path in discover(paths):
            try:
                doc = reader.read(path)
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
    no_index: Annotated[bool, typer.Option("--no-index", help="Catalogue only; skip embedding (the next ingest "
                                           "with the index indexes these papers).")] = False,
) -> None:
    """Read papers into the store: catalogue of meetings, items, resolutions; and the search index."""
    from ingest.catalogue import Catalogue
    from ingest.paper_reader import ReadLimits
    from ingest.pipeline import discover, ingest_papers
    from ingest.store_lock import WriterLock

    settings = compose.build_settings(store)
    files = discover(paths)
    if not files:
        err_console.print("[yellow]no files found[/]")
        raise typer.Exit(1)
    settings.store.mkdir(parents=True, exist_ok=True)
    with (  # the store's writer lock first: the index holds it, or the lock alone for the catalogue only
        nullcontext(None) if no_index else compose.open_index(settings, writer=True) as index,
        WriterLock(settings.store) if no_index else nullcontext(None),
        Catalogue(settings.catalogue_path) as catalogue,
        _progress() as progress,
    ):
        task = progress.add_task("ingesting", total=len(files), current="")
        run = ingest_papers(
            files,
            catalogue,
            index,
            limits=ReadLimits.of(settings),
            on_file=lambda p: progress.update(task, current=p.name),
            on_result=lambda _: progress.advance(task),
        )
    _summary(run.results)
    console.print(f"follow-up register: {run.actions} actions")
    if run.failed:
        raise typer.Exit(1)


def _summary(results: list[Any]) -> None:
    terminal.ingest_summary(console, results)
    for r in results:
        if r.status == "failed":  # one line per failed file, never wrapped: easy to read and to grep
            sys.stderr.write(f"failed: {r.source}: {r.reason}: {r.message}\n")
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
    from ingest.pipeline import remove_paper

    settings = compose.build_settings(store)
    with Catalogue(settings.catalogue_path) as catalogue:
        catalogue.find_document(document)  # an unknown document is an error before the model is loaded
        with compose.open_index(settings, writer=True) as index:
            doc = remove_paper(document, catalogue, index)
    console.print(f"removed {doc.source}")


@app.command()
@domain_errors
def search(
    query: Annotated[str, typer.Argument(help="What to look for, in plain words.")],
    store: StoreOpt = None,
    k: Annotated[int, typer.Option("--k", min=1, max=100, help="How many hits.")] = 10,
    committee: Annotated[str | None, typer.Option(help="Only this committee.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Meetings on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Meetings on or before YYYY-MM-DD.")] = None,
    kind: Annotated[str | None, typer.Option(help="Document kind: minutes, agenda, report, ...")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Ranked hits with their citations and scores."""
    from index.query import SearchFilters

    settings = compose.build_settings(store)
    filters = SearchFilters(
        committee=committee,
        date_from=_date(date_from),
        date_to=_date(date_to),
        doc_kind=kind,
        audience=compose.audience(settings),
    )
    with compose.open_index(settings, writer=False) as index:
        hits = index.search(query, k=k, filters=filters)
    if as_json:
        rows = [{"score": round(h.score, 6), "dense": h.dense, "bm25": h.lexical,
                 **h.citation.model_dump(mode="json", exclude={"n", "quote", "url"}), "item_key": h.node.item_key,
                 "node_kind": h.node.kind.value, "doc_kind": h.node.doc_kind, "exempt": h.node.exempt,
                 "text": h.node.body} for h in hits]
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"search: {query}")
    for col in ("#", "score", "meeting", "minute", "res", "item", "document", "page", "text"):
        table.add_column(col, overflow="fold")
    for n, h in enumerate(hits, 1):
        c = h.citation
        table.add_row(str(n), f"{h.score:.4f}", c.meeting_date.isoformat(), c.minute or "", c.resolution or "",
                      c.item_title[:50], c.document, str(c.page or ""), h.node.body[:120])
    console.print(table)


@app.command()
@domain_errors
def serve(
    store: StoreOpt = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the HTTP API (and the Slack bot at /slack/events when SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are set)."""
    import uvicorn

    settings = compose.build_settings(store)
    if not settings.catalogue_path.exists():
        raise typer.BadParameter(
            f"no minutebook store at {settings.store}: run `minutebook ingest` first", param_hint="--store"
        )
    err_console.print(f"minutebook: serving {settings.store} on http://{host}:{port} (docs at /docs)")
    uvicorn.run(compose.build_app(settings), host=host, port=port, log_level="info")


@app.command()
@domain_errors
def ask(
    question: Annotated[str, typer.Argument(help="The question, in plain words.")],
    store: StoreOpt = None,
    committee: Annotated[str | None, typer.Option(help="Only this committee.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Meetings on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Meetings on or before YYYY-MM-DD.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer as POST /ask returns it.")] = False,
) -> None:
    """Answer a question from the papers, with citations (the same answer as POST /ask)."""
    settings = compose.build_settings(store)
    if not settings.catalogue_path.exists():
        raise typer.BadParameter(f"no minutebook store at {settings.store}", param_hint="--store")
    with compose.open_minutebook(settings) as mb:
        answer = mb.ask(question, committee=committee, date_from=_date(date_from), date_to=_date(date_to))
    if as_json:
        sys.stdout.write(answer.model_dump_json(indent=2) + "\n")
        return
    console.print(answer.answer, markup=False, highlight=False)
    if answer.citations:
        terminal.citations(console, answer.citations)
    if not answer.found:
        raise typer.Exit(3)


def _date(value: str | None) -> Any:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@app.command()
@domain_errors
def actions(
    store: StoreOpt = None,
    committee: Annotated[str | None, typer.Option(help="Only this committee (any case or spacing).")] = None,
    status: Annotated[
        ActionStatus | None, typer.Option(case_sensitive=False, help="Only actions with this status.")
    ] = None,
    as_of: Annotated[
        datetime | None,
        typer.Option("--as-of", formats=["%Y-%m-%d"], help="Where things stood on YYYY-MM-DD (recomputed)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The follow-up register: what each resolution asked for, who owns it, when it is due and where it stands.

    completed: a later paper shows it done; scheduled: it is on a later agenda or work programme;
    outstanding: no word of it yet; overdue: outstanding and past its due date.
    """
    from ingest.catalogue import Catalogue
    from ingest.register import read_register

    day = as_of.date() if as_of else None
    settings = compose.build_settings(store)
    if not settings.catalogue_path.is_file():  # never create an empty store by asking
        raise StoreError(f"no minutebook store at {settings.store} (no catalogue; run minutebook ingest first)")
    with Catalogue(settings.catalogue_path) as catalogue:  # the catalogue only: no index, no writer lock
        found = read_register(catalogue, compose.audience(settings), committee=committee, status=status, as_of=day)
    if as_json:
        payload = {"actions": [a.model_dump(mode="json") for a in found]}
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        return
    title = "follow-ups" + (f" as of {day.isoformat()}" if day else "")
    terminal.follow_ups(console, title, found)


@app.command("probes")
@domain_errors
def probes_(
    store: StoreOpt = None,
    out: Annotated[Path | None, typer.Option("--out", help="Write the set here (JSONL); default: standard output.")]
    = None,
) -> None:
    """Write questions from the store's own papers, in the evaluation format, to score with `minutebook eval`: who
    chaired each meeting, who sent apologies, who declared an interest, and what it decided on each item it
    resolved, with the answers the parse read (evals/probes.py)."""
    from evals.probes import probes
    from ingest.catalogue import Catalogue

    settings = compose.build_settings(store)
    with Catalogue(settings.catalogue_path) as catalogue:  # the catalogue only: no index, no writer lock
        found = probes(catalogue.parsed_documents())
    text = "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in found)
    if out is None:
        sys.stdout.write(text)
        return
    out.write_text(text, encoding="utf-8")
    console.print(f"{len(found)} probe questions written to {out}; score them with: minutebook eval {out} "
                  f"--store {settings.store}")


@app.command(hidden=True)
@domain_errors
def calibrate(
    sets: Annotated[list[str] | None, typer.Argument(help="Question sets with their stores, as QUESTIONS=STORE.")]
    = None,
    skip_every: Annotated[int, typer.Option("--skip-every", min=0, help="Hold out every Nth question.")] = 0,
    hold_out_sets: Annotated[str | None, typer.Option(
        "--hold-out-sets", help="Hold out the whole sets whose file name matches this regular expression.")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Write the per-question rows here (JSON).")] = None,
    rows_from: Annotated[list[Path] | None, typer.Option(
        "--from", help="Fit on rows an earlier run wrote (--out), asking nothing; repeatable.")] = None,
) -> None:
    """Fit the support test's lines (coverage + slope * similarity >= cut, or unprinted_cut, and an item passing
    under them on its margin) on question sets, every Nth question or whole sets held out and scored after the fit
    (evals/calibrate.py). Each store is opened once, for all its sets."""
    import re

    from evals.calibrate import features, held_out, search

    rows: list[dict[str, Any]] = []
    for rows_file in rows_from or []:
        rows += json.loads(rows_file.read_text())
    by_store: dict[str, list[Path]] = {}
    for spec in sets or []:
        name, sep, store = spec.partition("=")
        if not sep or not name or not store:
            raise typer.BadParameter(f"takes QUESTIONS=STORE, not {spec!r}")
        by_store.setdefault(store, []).append(Path(name))
    for store, paths in by_store.items():
        with compose.open_minutebook(compose.build_settings(Path(store))) as mb:
            for path in paths:
                rows += features(mb, path, held_out(path, skip_every))
    if hold_out_sets is not None:
        whole = re.compile(hold_out_sets)
        for row in rows:
            row["held_out"] = row["held_out"] or bool(whole.search(row["set"]))
    if out is not None:
        out.write_text(json.dumps(rows, indent=1))
    from service.papers import CUT, SLOPE, STANDOUT_FLOOR, STANDOUT_MARGIN, UNPRINTED_CUT

    current = (SLOPE, CUT, UNPRINTED_CUT)
    sys.stdout.write(json.dumps(search(rows, current=current, standout=(STANDOUT_FLOOR, STANDOUT_MARGIN)), indent=2)
                     + "\n")


@app.command("eval")
@domain_errors
def eval_(
    questions: Annotated[Path, typer.Argument(help="Question set (JSONL, evaluation format).")],
    store: StoreOpt = None,
    also: Annotated[list[str] | None, typer.Option(
        "--also", help="Another question set on its own store, as QUESTIONS=STORE; repeatable. The report shows "
                       "every set side by side.")] = None,
    system: Annotated[list[str] | None, typer.Option(
        "--system", help="Score only these systems (minutebook, bm25, dense, 'llama-index defaults').")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    report: Annotated[Path | None, typer.Option("--report", help="Write a Markdown report (and PNG) here.")] = None,
    retyped_as: Annotated[list[str] | None, typer.Option(
        "--retyped", help="Also score each set typed again as people type: 'slips' (a letter wrong in one "
                          "word), 'shorthand' (cttee, mtg, cllr, &, mins), 'bare' (lower case, no punctuation) or "
                          "'chatty' (a greeting before it, thanks after it); repeatable.")] = None,
) -> None:
    """Score minutebook and the baselines on question sets: retrieval, answers, faithfulness, latency."""
    import tempfile

    from evals.harness import run_eval
    from evals.report import write_report
    from evals.retyped import WAYS, retyped

    cols = ("hit@1", "hit@5", "hit@10", "mrr", "citation_hit", "fact_recall", "refusal", "status_accuracy",
            "quotes_verbatim", "latency_p50_s")
    sets = [(questions, compose.build_settings(store))]
    for spec in also or []:
        path, sep, other = spec.partition("=")
        if not sep or not path or not other:
            raise typer.BadParameter(f"--also takes QUESTIONS=STORE, not {spec!r}")
        sets.append((Path(path), compose.build_settings(Path(other))))
    unknown = sorted(set(retyped_as or []) - set(WAYS))
    if unknown:
        raise typer.BadParameter(f"--retyped takes {', '.join(WAYS)}, not {', '.join(unknown)}")
    results = []
    with tempfile.TemporaryDirectory(prefix="minutebook-retyped-") as folder:
        sets += [(retyped(q, way, Path(folder)), settings) for q, settings in list(sets) for way in retyped_as or []]
        for qfile, settings in sets:
            with compose.open_minutebook(settings) as mb:
                results.append(run_eval(mb, qfile, include=system or None))
    if report is not None:
        md, png = write_report(results, report)
        err_console.print(f"report: {md} (plot {png})")
    if as_json:
        out = results[0] if len(results) == 1 else {"sets": results}
        sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
        return
    for result in results:
        table = Table(title=f"minutebook eval: {Path(result['questions_file']).name}")
        for col in ("system", "answers", *cols):
            table.add_column(col)
        for s in result["systems"]:
            table.add_row(s["system"], s["answer_mode"], *("n/a" if s["overall"][c] is None else str(s["overall"][c])
                                                           for c in cols))
        console.print(table)


@app.command()
@domain_errors
def bench(
    paths: Annotated[list[Path], typer.Argument(help="Papers to ingest for the benchmark.")],
    store: StoreOpt = None,
    questions: Annotated[Path, typer.Option("--questions", help="Questions for search latency (JSONL).")] = Path(
        "/work/shared/evals/dev.jsonl"
    ),
    synthetic: Annotated[int, typer.Option("--synthetic", min=0, help="Synthetic nodes for the scale test.")] = 100000,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    reuse_synthetic: Annotated[
        bool, typer.Option("--reuse-synthetic", help="Search the synthetic store an earlier run left, if any.")
    ] = False,
    load: Annotated[bool, typer.Option("--load", help="Instead: load-test a cold `serve`.")] = False,
    clients: Annotated[int, typer.Option("--clients", min=1, help="Concurrent clients (--load).")] = 50,
    seconds: Annotated[float, typer.Option("--seconds", min=1, help="How long the load lasts (--load).")] = 60,
) -> None:
    """Ingest throughput, search latency (corpus and synthetic scale), memory, cold start; with bare ratios.

    With ``--load``: the papers are ingested into the store (unchanged ones skipped), a fresh ``serve`` is started
    on it, and ``--clients`` clients ask and search for ``--seconds`` while ``/healthz`` is polled."""
    from evals.bench import BenchParts, rows, run_bench
    from index.embedder import MiniLMEmbedder

    settings = compose.build_settings(store)
    if load:
        from evals.load import run_load

        ingested = subprocess.run([sys.executable, "-m", "entry.cli", "ingest", "--store", str(settings.store),
                                   *map(str, paths)], capture_output=True, text=True, check=False)
        if ingested.returncode not in (0, 1):
            raise StoreError(f"ingest failed: {ingested.stderr.strip()[-500:]}")
        figures = run_load(settings.store, questions, clients=clients, seconds=seconds)
        sys.stdout.write(json.dumps(figures, indent=2) + "\n")
        return

    @contextmanager
    def writable(s: Settings, embedder: Embedder) -> Iterator[MinutebookIndex]:
        with compose.open_index(s, writer=True, embedder=embedder) as index:
            yield index

    def served(s: Settings, embedder: Embedder) -> AbstractContextManager[Minutebook]:
        return compose.open_minutebook(s, embedder, warm=True)  # asked as the service asks: after its start-up

    parts = BenchParts(embedder=lambda: compose.load_embedder(settings),
                       torch_embedder=lambda: MiniLMEmbedder(settings.embed_model,
                                                             batch_size=settings.embed_batch_size),
                       open_index=writable, open_minutebook=served, build_app=compose.build_app,
                       cli=[sys.executable, "-m", "entry.cli"])
    result = run_bench(settings, paths, questions, synthetic, parts, reuse_synthetic=reuse_synthetic)
    if as_json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
        return
    table = Table(title="minutebook bench")
    table.add_column("measure")
    table.add_column("value (bare: the same operation without minutebook, timed in the same run)", overflow="fold")
    table.add_column("goal")
    for measure, value, goal in rows(result):
        table.add_row(measure, value, goal)
    console.print(table)


@app.command("prepare-model")
@domain_errors
def prepare_model() -> None:
    """Export the packaged embedding model to ONNX (fp32 and int8) once for this machine, if not done yet.

    ``make install`` runs this; otherwise the first command that embeds does it (about 20 s, with torch).
    """
    from index.minilm_onnx import ensure_onnx_model, model_cache_dir

    settings = compose.build_settings()
    embedder = compose.load_embedder(settings)
    path = getattr(embedder, "path", None)
    if settings.embed_backend != "onnx" or path is None:
        console.print(f"the {settings.embed_backend} backend needs no export")
        return
    cache = model_cache_dir(settings.model_cache)
    for precision in ("fp32", "int8"):
        made = ensure_onnx_model(path, precision, cache, log=lambda m: err_console.print(m))
        sys.stdout.write(f"{precision}: {made}\n")


@app.command()
@domain_errors
def slack(store: StoreOpt = None) -> None:
    """Run the Slack bot in Socket Mode, for installs without a public URL (needs SLACK_APP_TOKEN, SLACK_BOT_TOKEN).

    With a public URL, `minutebook serve` with SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET answers at /slack/events.
    """
    from entry.socket import check_socket_settings, run_socket_mode

    settings = compose.build_settings(store)
    check_socket_settings(settings)  # before opening anything: a missing token is a one-line error, exit 2
    err_console.print(f"minutebook slack: Socket Mode over the store {settings.store}; Ctrl-C stops")
    run_socket_mode(settings)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
