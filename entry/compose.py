"""The composition root: the one place that builds minutebook's parts and wires them together.

Settings are read here, once per process; the catalogue, the index with its embedder, the answerer (the LLM
one wrapping the extractive one when configured), the :class:`~service.core.Minutebook` facade for each
audience, the FastAPI app and its Slack mount are all built here and handed down. Nothing below this package
builds another stage's parts or decides who may see exempt material.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minutebook.model import Audience
from minutebook.settings import Settings

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # the parts are imported where they are built: a command loads only what it uses
    from fastapi import FastAPI

    from index.embedder import Embedder
    from index.store import MinutebookIndex
    from ingest.catalogue import Catalogue
    from service.answer import Answerer
    from service.core import Minutebook


def build_settings(store: Path | None = None, **overrides: Any) -> Settings:
    """The one Settings object of this run, from the environment; explicit options (the CLI's) win."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    settings = Settings()
    updates = {k: v for k, v in {"store": store, **overrides}.items() if v is not None}
    return settings.model_copy(update=updates) if updates else settings


def audience(settings: Settings) -> Audience:
    """Who this deployment serves: entitled to exempt material only where ``MINUTEBOOK_INCLUDE_EXEMPT`` is set."""
    return Audience.of_deployment(settings.include_exempt)


def _say(message: str) -> None:
    print(f"minutebook: {message}", file=sys.stderr, flush=True)


def load_embedder(settings: Settings) -> Embedder:
    """The embedding model in the backend ``MINUTEBOOK_EMBED_BACKEND`` names (loaded on first use).

    ``onnx`` (the default) runs an ONNX export of the packaged model with onnxruntime, int8 unless
    ``MINUTEBOOK_EMBED_PRECISION=fp32``; the export is made once per machine (``minutebook prepare-model``, which
    ``make install`` runs) and never imports torch afterwards. ``torch`` is sentence-transformers.
    """
    if settings.embed_backend == "torch":
        from index.embedder import MiniLMEmbedder

        return MiniLMEmbedder(settings.embed_model, device=settings.embed_device,
                              batch_size=settings.embed_batch_size)
    from index.minilm_onnx import OnnxMiniLMEmbedder

    return OnnxMiniLMEmbedder(settings.embed_model, precision=settings.embed_precision,
                              batch_size=settings.embed_batch_size, threads=settings.embed_threads,
                              cache=settings.model_cache, log=_say)


@contextmanager
def open_index(settings: Settings, *, writer: bool, embedder: Embedder | None = None) -> Iterator[MinutebookIndex]:
    """The store's index with its embedder (the configured model unless one is given) and the answerer's reading
    of items, so that writes prepare what answers need (:mod:`index.prepare`)."""
    from index.store import open_index as _open_index
    from service.prepared import AnswerReading

    with _open_index(settings, writer=writer, embedder=embedder or load_embedder(settings),
                     reader=AnswerReading()) as index:
        yield index


def build_answerer(settings: Settings, catalogue: Catalogue, index: MinutebookIndex) -> Answerer:
    """The extractive answerer; behind an LLM when ``MINUTEBOOK_LLM_BASE_URL`` and ``..._MODEL`` are set."""
    from service.answer import ExtractiveAnswerer

    extractive = ExtractiveAnswerer(catalogue, index, public_url=settings.public_url)
    if settings.llm_base_url and settings.llm_model:
        from service.llm import LLMAnswerer

        return LLMAnswerer(settings, extractive)
    return extractive


def build_minutebook(settings: Settings, catalogue: Catalogue, index: MinutebookIndex) -> Minutebook:
    """The facade over an open catalogue and index, for the deployment's audience."""
    from service.core import Minutebook

    return Minutebook(settings, catalogue, index, build_answerer(settings, catalogue, index), audience(settings))


@contextmanager
def open_minutebook(settings: Settings, embedder: Embedder | None = None, *, warm: bool = False
                    ) -> Iterator[Minutebook]:
    """Open the store read-only for answering (the catalogue stays writable for feedback).

    ``warm`` does what the first questions would before returning: the model loaded and its first encode, BM25
    loaded, the store's facts read, the latest meetings' items read as the answerer reads them, and a first answer
    (so the questions right after start wait for none of it).
    """
    from ingest.catalogue import Catalogue

    with (
        Catalogue(settings.catalogue_path) as catalogue,
        open_index(settings, writer=False, embedder=embedder) as index,
    ):
        mb = build_minutebook(settings, catalogue, index)
        if warm:
            t0 = time.perf_counter()
            index.warm()
            items = mb.answerer.warm(mb.audience)
            log.info("read %d items of the latest meetings in %.1f s", items, time.perf_counter() - t0)
            mb.search("warm up", k=1)
            mb.ask("What was resolved at the latest meeting?")
        try:
            yield mb
        finally:
            close = getattr(mb.answerer, "close", None)
            if close is not None:
                close()


def build_app(settings: Settings, embedder: Embedder | None = None) -> FastAPI:
    """The HTTP service over ``settings.store``, with the Slack bot at ``/slack/events`` when its secrets are set.

    The service answers for the deployment's audience; the bot is always given the public minute book.
    """
    from service.app import create_app

    app = create_app(settings, lambda: open_minutebook(settings, embedder, warm=True))
    if settings.slack_bot_token and settings.slack_signing_secret:
        from bot.http import mount_slack

        def public() -> Minutebook | None:
            mb: Minutebook | None = app.state.minutebook
            return mb.public() if mb is not None else None

        mount_slack(app, settings, public)
    return app
