"""Stage 1, **read**: files into :class:`~narkomindel.model.Document` objects.

Public entry points: :func:`read_bytes` and :func:`read_file`.  Readers are
chosen by content (not only by extension) from the registered plug-ins; see
:mod:`narkomindel.read.plugins` to add one.
"""

from __future__ import annotations

from pathlib import Path

from narkomindel.config import Settings, load_settings
from narkomindel.errors import (
    BinaryFileError,
    EmptyFileError,
    FileTooLargeError,
    UnknownFormatError,
)
from narkomindel.model import Document
from narkomindel.read import html, memorial, pdf, spreadsheet, tei, text  # noqa: F401  (register built-ins)
from narkomindel.read.decode import looks_binary
from narkomindel.read.plugins import ReaderSpec, choose_reader, readers, register_reader

__all__ = ["read_bytes", "read_file", "readers", "register_reader", "ReaderSpec", "choose_reader"]


def read_bytes(
    data: bytes,
    path: str,
    settings: Settings | None = None,
    *,
    encoding: str | None = None,
    reader: str | None = None,
) -> Document:
    """Read one file's bytes.  ``path`` names it in messages and helps pick the reader.

    Raises a :class:`~narkomindel.errors.ReadError` subclass with a message that says
    what is wrong, where, and how to fix it.
    """
    settings = settings or load_settings()
    if len(data) > settings.max_file_bytes:
        raise FileTooLargeError(
            f"file is {len(data):,} bytes, over the limit of {settings.max_file_bytes:,}",
            where=path,
            hint="split it, or raise max_file_bytes (NARKOMINDEL_MAX_FILE_BYTES)",
        )
    if not data.strip():
        raise EmptyFileError(
            "file is empty", where=path, hint="remove it from the batch or fill it"
        )
    if reader:
        spec = next((r for r in readers() if r.name == reader), None)
        if spec is None:
            names = ", ".join(r.name for r in readers())
            raise UnknownFormatError(
                f"no reader named {reader!r}", where=path, hint=f"choose one of {names}"
            )
    else:
        spec = choose_reader(data, path)
        if spec is not None and spec.name == text.NAME and looks_binary(data):
            raise BinaryFileError(
                "file looks binary (NUL bytes) and is not a format Narkomindel reads",
                where=path,
                hint="supply text, HTML, TEI XML, PDF or registry pages; convert other formats first",
            )
    if spec is None:
        raise UnknownFormatError(
            "no reader recognises this file",
            where=path,
            hint="supply text, HTML, TEI XML, PDF or registry pages",
        )
    return spec.read(data, path, settings, encoding=encoding)


def read_file(
    path: str | Path, settings: Settings | None = None, *, encoding: str | None = None
) -> Document:
    """Read a file from disk (see :func:`read_bytes`)."""
    p = Path(path)
    return read_bytes(p.read_bytes(), str(p), settings, encoding=encoding)
