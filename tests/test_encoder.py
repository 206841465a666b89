"""The ONNX encoder against the torch model it was exported from, and which backend a process loads.

Real model, both backends: the same packaged all-MiniLM-L6-v2 weights through sentence-transformers (torch) and
through the ONNX export run by onnxruntime (fp32, and int8 as served by default). The texts are the index nodes
of a shared paper, words and short phrases as the answerer compares them, and a text longer than the model
reads (256 tokens).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import numpy as np
import pytest

from index.embedder import MiniLMEmbedder
from index.minilm_onnx import OnnxMiniLMEmbedder
from index.nodes import NodeKind, build_nodes
from ingest.pipeline import parse_file
from tests.conftest import ILSC, REPO, free_port, need_corpus

pytestmark = pytest.mark.real_model

WORDS = [
    "budget",
    "children",
    "safeguarding",
    "apologies",
    "short breaks",
    "family hubs",
    "Councillor",
    "overnight respite contract",
    "missing education",
    "resolved",
]
HEAVY = ("torch", "sentence_transformers", "transformers")  # what a query must never load


@pytest.fixture(scope="module")
def texts() -> list[str]:
    need_corpus()
    # the minutes' own passages (a meeting's header, a node of its own since this round, is print furniture around
    # them: the sample measured stays the paper's prose)
    nodes = [n for n in build_nodes(parse_file(ILSC / "ilsc-minutes-2018-09-18.md")) if n.kind != NodeKind.HEADER]
    passages = list(dict.fromkeys(n.text for n in nodes))[::3][:80]
    long = " ".join(n.body for n in nodes)[:6000]  # far over 256 tokens: both cut it at the same place
    return [*passages, *WORDS, long]


@pytest.fixture(scope="module")
def torch_vectors(texts: list[str]) -> np.ndarray:
    return np.asarray(MiniLMEmbedder().embed(texts), dtype=np.float32)


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.sum(a * b, axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


def test_fp32_onnx_vectors_are_the_torch_models(texts: list[str], torch_vectors: np.ndarray) -> None:
    onnx = OnnxMiniLMEmbedder(precision="fp32").encode(texts)
    assert onnx.shape == torch_vectors.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(onnx, axis=1), 1.0, atol=1e-5)  # normalised in the graph
    cos = _cosines(onnx, torch_vectors)
    assert cos.min() >= 0.999, [(t[:40], c) for t, c in zip(texts, cos, strict=True) if c < 0.999]


def test_int8_loss_is_small_and_short_texts_keep_float_vectors(texts: list[str], torch_vectors: np.ndarray) -> None:
    """The int8 model's loss, measured against torch: passages within cosine 0.97 (mean over 0.985); words and
    short phrases are encoded by the float model, so they are torch's to 0.999; and rankings hold."""
    embedder = OnnxMiniLMEmbedder(precision="int8")
    int8 = embedder.encode(texts)
    cos = _cosines(int8, torch_vectors)
    passages = slice(0, len(texts) - len(WORDS) - 1)
    words = slice(len(texts) - len(WORDS) - 1, len(texts) - 1)
    print(
        f"int8 vs torch cosine over {len(cos[passages])} passages: mean {cos[passages].mean():.4f}, "
        f"min {cos[passages].min():.4f}"
    )
    assert cos[passages].mean() >= 0.985 and cos[passages].min() >= 0.97
    assert cos[words].min() >= 0.999
    # what retrieval sees: each word's nearest passages are the same under both models
    p, w = slice(0, passages.stop), words
    for row_t, row_q in zip(torch_vectors[w] @ torch_vectors[p].T, int8[w] @ int8[p].T, strict=True):
        assert set(np.argsort(-row_t)[:3]) & set(np.argsort(-row_q)[:3])
        assert abs(np.corrcoef(row_t, row_q)[0, 1]) >= 0.97


def test_a_texts_vector_barely_depends_on_its_batch(texts: list[str]) -> None:
    """Batches are padded to their longest text and padding is masked: with float weights a text alone or among
    others is the same. int8's dynamic quantisation scales activations over the whole batch, so its vector moves
    a little with its companions (measured: cosine 0.993 at worst here, the size of int8's own loss)."""
    fp32, int8 = OnnxMiniLMEmbedder(precision="fp32"), OnnxMiniLMEmbedder(precision="int8")
    together = {"fp32": fp32.encode(texts), "int8": int8.encode(texts)}
    for i in (0, 5, len(texts) - 3, len(texts) - 1):
        assert float(fp32.encode([texts[i]])[0] @ together["fp32"][i]) >= 0.9999
        assert float(int8.encode([texts[i]])[0] @ together["int8"][i]) >= 0.99


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "entry.cli", *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=REPO,
        env={**os.environ, **env},
    )


def _imported(importtime: str) -> set[str]:
    """Top-level packages named in ``python -X importtime`` output."""
    names = (line.split("|")[-1].strip() for line in importtime.splitlines() if line.startswith("import time:"))
    return {n.split(".")[0] for n in names}


def test_asking_never_imports_torch_and_the_torch_backend_is_chosen_by_the_environment(ilsc_store: Path) -> None:
    question = "Who sent apologies to the 18 September 2018 meeting?"
    onnx = _cli("ask", "--store", str(ilsc_store), "--json", question, env={})
    assert onnx.returncode == 0, onnx.stderr[-2000:]
    assert not set(HEAVY) & _imported(onnx.stderr), "minutebook ask imported torch with the ONNX backend"
    assert "onnxruntime" in _imported(onnx.stderr)
    by_torch = _cli("ask", "--store", str(ilsc_store), "--json", question, env={"MINUTEBOOK_EMBED_BACKEND": "torch"})
    assert by_torch.returncode == 0, by_torch.stderr[-2000:]
    assert {"torch", "sentence_transformers"} <= _imported(by_torch.stderr)
    assert "onnxruntime" not in _imported(by_torch.stderr)
    first, second = json.loads(onnx.stdout), json.loads(by_torch.stdout)
    assert first["found"] and second["found"]
    assert first["citations"][0] == second["citations"][0]  # the same answer, whichever backend encodes


def test_the_service_never_imports_torch(ilsc_store: Path, tmp_path: Path) -> None:
    port = free_port()
    log = (tmp_path / "importtime.txt").open("w")  # a file, not a pipe: nothing reads it while serving
    proc = subprocess.Popen(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "entry.cli",
            "serve",
            "--store",
            str(ilsc_store),
            "--port",
            str(port),
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    try:
        deadline = time.monotonic() + 300
        answer = None
        while answer is None and time.monotonic() < deadline and proc.poll() is None:
            try:
                request = urllib.request.Request(
                    f"http://127.0.0.1:{port}/ask",
                    method="POST",
                    data=json.dumps({"question": "What was resolved?"}).encode(),
                    headers={"Content-Type": "application/json"},
                )
                with urllib.request.urlopen(request, timeout=60) as response:
                    answer = json.loads(response.read())
            except OSError:
                time.sleep(0.2)
        assert answer is not None, "the service never answered"
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        log.close()
    imported = _imported((tmp_path / "importtime.txt").read_text())
    assert "onnxruntime" in imported and "fastapi" in imported
    assert not set(HEAVY) & imported, "the service imported torch with the ONNX backend"
