"""Shared fixtures: where the real papers are, and stores built from them.

Stores are built in the test process through the library (``ingest.pipeline.ingest_papers``), as the CLI
builds them. Those whose tests measure retrieval or answer quality are embedded with the real model, loaded
once per session (:func:`embedder`); the rest use a deterministic stand-in (:class:`tests.fakes.HashEmbedder`).

``make test`` runs the tests in one worker process per core (pytest-xdist, a file's tests together). Each session
store is then built once for the run by whichever worker asks first and copied for the others: an embedded store
admits one process, so workers never share one.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from filelock import FileLock

from index.embedder import Embedder
from tests.fakes import HashEmbedder, RememberingEmbedder

if TYPE_CHECKING:
    from minutebook.model import Meeting

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
ILSC = CORPUS / "rotherham-ilsc"
EXAMPLES = REPO / "examples"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use the real model, in this process or in one they start, are marked ``real_model``."""
    for item in items:
        if "embedder" in getattr(item, "fixturenames", ()) or "md_store" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.real_model)


def need_corpus() -> None:
    if not ILSC.exists():
        pytest.skip("the shared corpus (../shared/corpus) is not present")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cli(*args: str, env: dict[str, str] | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run the real ``minutebook`` command."""
    return subprocess.run(
        [sys.executable, "-m", "entry.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        cwd=REPO,
    )


def wait_healthy(proc: subprocess.Popen[str] | subprocess.Popen[bytes], url: str, timeout: float = 120) -> None:
    """Wait until the ``minutebook serve`` at ``url`` says ready; fail if it exits or takes longer."""
    import httpx

    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        assert proc.poll() is None and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.5)


def build_store(store: Path, papers: Sequence[Path], embedder: Embedder | None) -> Path:
    """Ingest ``papers`` into ``store`` as ``minutebook ingest`` does, with the answerer's reading of items
    (``embedder`` None: the catalogue only)."""
    from index.store import open_index
    from ingest.catalogue import Catalogue
    from ingest.paper_reader import ReadLimits
    from ingest.pipeline import ingest_papers
    from minutebook.settings import Settings
    from service.prepared import AnswerReading

    settings = Settings(store=store)
    with Catalogue(settings.catalogue_path) as catalogue:
        if embedder is None:
            run = ingest_papers(papers, catalogue)
        else:
            with open_index(settings, writer=True, embedder=embedder, reader=AnswerReading()) as index:
                run = ingest_papers(papers, catalogue, index, limits=ReadLimits.of(settings))
    assert not run.failed, run.failed
    return store


def parsed_meeting(tmp_path: Path, text: str, name: str = "minutes.txt") -> Meeting:
    """The one :class:`~minutebook.model.Meeting` of a paper written for a test, saved as ``name`` (its extension
    chooses the reader) and parsed as ``minutebook parse`` does."""
    from ingest.pipeline import parse_file

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (meeting,) = parse_file(path).meetings
    return meeting


@contextmanager
def papers_minutebook(factory: pytest.TempPathFactory, embedder: Embedder, papers: dict[str, str]) -> Iterator[Any]:
    """A :class:`~service.core.Minutebook` over fictional papers written for a test (file name -> text), ingested
    with ``embedder`` as ``minutebook ingest`` does."""
    from entry.compose import open_minutebook
    from minutebook.settings import Settings

    folder = factory.mktemp("papers")
    for name, text in papers.items():
        (folder / name).write_text(text)
    store = build_store(factory.mktemp("store"), [folder], embedder)
    with open_minutebook(Settings(store=store), embedder) as opened:
        yield opened


def answered(minutebook: Any, question: str, said: Sequence[str] = (), unsaid: Sequence[str] = ()) -> Any:
    """The answer ``minutebook`` gives ``question``, asserted found, saying each of ``said`` and none of ``unsaid``."""
    answer = minutebook.ask(question)
    assert answer.found, (question, answer.answer)
    for s in said:
        assert s in answer.answer, (question, s, answer.answer)
    for s in unsaid:
        assert s not in answer.answer, (question, s, answer.answer)
    return answer


def papers_fixture(folder: Path, pattern: str = "*") -> Any:
    """A module-scoped fixture (assign it to a name in a test module) yielding a :class:`~service.core.Minutebook`
    over the fixture papers in ``folder`` whose names match ``pattern``, ingested with the real model."""

    @pytest.fixture(scope="module")
    def opened(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Any]:
        papers = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob(pattern)) if p.is_file()}
        with papers_minutebook(tmp_path_factory, embedder, papers) as minutebook:
            yield minutebook

    return opened


def built_once(factory: pytest.TempPathFactory, name: str, build: Callable[[Path], Path]) -> Path:
    """A session store built once per test run: in a single process, built here; under xdist, built by the first
    worker that asks (the others wait on a lock) and copied into this worker's own directory."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        return build(factory.mktemp(name))
    run_dir = factory.getbasetemp().parent  # this run's directory, shared by its workers
    shared, done = run_dir / f"shared-{name}", run_dir / f"shared-{name}.built"
    with FileLock(run_dir / f"shared-{name}.lock"):
        if not done.exists():
            shutil.rmtree(shared, ignore_errors=True)  # a worker that failed half way
            build(shared)
            done.touch()
    return Path(shutil.copytree(shared, factory.mktemp(name) / "store", ignore=shutil.ignore_patterns(".writer.*")))


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The real model in the default backend (ONNX, int8), loaded once for the session, remembering every text
    it has embedded."""
    from entry.compose import load_embedder
    from minutebook.settings import Settings

    return RememberingEmbedder(load_embedder(Settings()))


@pytest.fixture(scope="session")
def fake_embedder() -> HashEmbedder:
    return HashEmbedder()


def shared_papers() -> list[Path]:
    """The three shared papers (markdown), then the sample corpus."""
    need_corpus()
    return [*sorted(ILSC.glob("*.md")), EXAMPLES]


@pytest.fixture(scope="session")
def ilsc_store(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Path:
    """The shared papers alone, embedded for real, exactly as ``minutebook ingest`` would: the dev-set store."""
    need_corpus()
    return built_once(tmp_path_factory, "ilsc", lambda d: build_store(d, sorted(ILSC.glob("*.md")), embedder))


@pytest.fixture(scope="session")
def md_store(tmp_path_factory: pytest.TempPathFactory, ilsc_store: Path, embedder: Embedder) -> Path:
    """A store with the three shared papers (markdown) and the sample corpus, embedded for real (the shared
    papers' vectors are those of ``ilsc_store``, remembered)."""
    return built_once(tmp_path_factory, "store", lambda d: build_store(d, shared_papers(), embedder))


@pytest.fixture(scope="session")
def fake_store(tmp_path_factory: pytest.TempPathFactory, fake_embedder: HashEmbedder) -> Path:
    """The same papers as ``md_store``, embedded by the stand-in: for tests of wiring, not of retrieval."""
    return built_once(tmp_path_factory, "fake-store", lambda d: build_store(d, shared_papers(), fake_embedder))


@pytest.fixture(scope="session")
def catalogue_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same papers as ``md_store``, catalogue only (``ingest --no-index``): meetings and the register."""
    return built_once(tmp_path_factory, "catalogue", lambda d: build_store(d, shared_papers(), None))


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``chroma run`` server on loopback, for the server mode of the index."""
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    exe = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen(
        [str(exe), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("chroma run did not start within 60 s")
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=20)
