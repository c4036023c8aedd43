"""One validated configuration with packaged defaults (``default_config.toml``).

Values come, in rising priority, from the packaged defaults, a TOML file named by
``$NARKOMINDEL_CONFIG`` and environment variables ``NARKOMINDEL_<NAME>``.
"""

from __future__ import annotations

import os
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from narkomindel.errors import ConfigError

__all__ = ["Settings", "load_settings", "default_db_path"]


class Settings(BaseModel):
    """Every setting with its default and what it does."""

    db: str = Field(
        "narkomindel.db", description="SQLite database file used when --db is not given."
    )
    max_file_bytes: int = Field(
        50_000_000, gt=0, description="Files larger than this are refused (split them first)."
    )
    max_xml_bytes: int = Field(
        50_000_000, gt=0, description="XML files larger than this are refused before parsing."
    )
    min_pdf_chars_per_page: int = Field(
        20, ge=0, description="A PDF whose pages average fewer characters has no usable text layer."
    )
    default_language: str = Field("en", description="Language assumed when a source does not say.")
    max_seconds_per_file: float = Field(
        300.0,
        ge=0,
        description="Reading or extracting one file may take this long (0: no limit); a file"
        " that takes longer fails with its own message and the batch goes on.",
    )
    max_pdf_pages: int = Field(
        5_000, gt=0, description="PDFs with more pages than this are refused (split them first)."
    )
    max_pdf_stream_bytes: int = Field(
        20_000_000,
        gt=0,
        description="Most bytes one PDF stream may decompress to (a decompression bomb is refused).",
    )
    max_pdf_content_bytes: int = Field(
        8_000_000,
        gt=0,
        description=(
            "Most bytes of page content (pages' streams and the forms they draw, counted on every"
            " page that uses them) one PDF may hold; this bounds the work of reading it."
        ),
    )
    post_model: bool = Field(
        False,
        description="Run the trained attachment model of English posts after the post rules"
        " (extract.post_model; off: in cross-validation it added no right post).",
    )


def _packaged_defaults() -> dict[str, Any]:
    text = resources.files("narkomindel").joinpath("default_config.toml").read_text("utf-8")
    return tomllib.loads(text)


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    """Load and validate the settings; raise :class:`ConfigError` with the bad field named."""
    values: dict[str, Any] = dict(_packaged_defaults())
    config_path = path or os.environ.get("NARKOMINDEL_CONFIG")
    if config_path:
        try:
            values.update(tomllib.loads(Path(config_path).read_text("utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(
                f"cannot read configuration: {exc}",
                where=str(config_path),
                hint="fix the TOML syntax or unset NARKOMINDEL_CONFIG",
            ) from exc
    for name in Settings.model_fields:
        env = os.environ.get(f"NARKOMINDEL_{name.upper()}")
        if env is not None:
            values[name] = env
    try:
        return Settings(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ConfigError(
            f"invalid setting {'.'.join(str(p) for p in first['loc'])}: {first['msg']}",
            where=str(config_path or "environment"),
            hint="see docs/cli.md#configuration for the allowed values",
        ) from exc


def default_db_path() -> str:
    """The database used when a command gets no --db: $NARKOMINDEL_DB, else ./narkomindel.db."""
    return os.environ.get("NARKOMINDEL_DB") or load_settings().db
