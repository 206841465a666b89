"""The floors of the code, read from the modules' own imports (grimp), so they stay as the README draws them:

    minutebook/ (model, settings, errors, vocabulary, dates) ← ingest/ ← index/ ← service/ ← bot/, evals/ ← entry/

Arrows only point down, no module imports itself round a circle, and llama-index and Chroma are used only in
``index/``. Imports made only for type checking count: a circle drawn for mypy is still a circle.
"""

from __future__ import annotations

import graphlib

import grimp
import pytest

PACKAGES = ("entry", "bot", "evals", "service", "index", "ingest", "minutebook")
LAYERS = (
    grimp.Layer("entry"),
    grimp.Layer("bot", "evals", independent=True),
    grimp.Layer("service"),
    grimp.Layer("index"),
    grimp.Layer("ingest"),
    grimp.Layer("minutebook"),
)


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph(*PACKAGES, include_external_packages=True, cache_dir=None)


def _describe(dependencies: set[grimp.PackageDependency]) -> list[str]:
    return sorted(f"{r.importer} -> {r.imported}: {route.heads} ... {route.tails}"
                  for r in dependencies for route in r.routes)


def test_arrows_only_point_down(graph: grimp.ImportGraph) -> None:
    illegal = graph.find_illegal_dependencies_for_layers(layers=LAYERS)
    assert not illegal, _describe(illegal)


def test_no_module_imports_itself_round_a_circle(graph: grimp.ImportGraph) -> None:
    ours = {m for m in graph.modules if m.split(".")[0] in PACKAGES}
    sorter = graphlib.TopologicalSorter(
        {m: graph.find_modules_directly_imported_by(m) & ours for m in ours}
    )
    try:
        sorter.prepare()
    except graphlib.CycleError as err:
        pytest.fail(f"import cycle: {' -> '.join(err.args[1])}")


def test_the_domain_package_holds_only_the_shared_vocabulary(graph: grimp.ImportGraph) -> None:
    domain = {m for m in graph.find_children("minutebook")}
    allowed = {"minutebook.model", "minutebook.settings", "minutebook.errors", "minutebook.dates",
               "minutebook.vocabulary", "minutebook.lexicon"}  # lexicon: the council's other names for things
    assert domain <= allowed, sorted(domain - allowed)


@pytest.mark.parametrize("backend", ["llama_index", "chromadb"])
def test_llama_index_and_chroma_stay_inside_the_index(graph: grimp.ImportGraph, backend: str) -> None:
    users = graph.find_modules_that_directly_import(backend)
    assert users and all(m.startswith("index.") for m in users), sorted(users)


def test_nothing_imports_the_entry_package(graph: grimp.ImportGraph) -> None:
    importers = {m for child in graph.find_descendants("entry") | {"entry"}
                 for m in graph.find_modules_that_directly_import(child)}
    assert {m for m in importers if not m.startswith("entry")} == set()
