"""Stage 1, **read**: files into :class:`~narkomindel.model.Document` objects.

Public entry points: :func:`read_bytes` and :func:`read_file`.  Readers are
chosen by content (not only by extension) from the registered plug-ins; see
:mod:`narkomindel.read.plugins` to add one.
"""

from __future__ import annotations

import stat
from pathlib import Path

from narkomindel.config import Settings, load_settings
from narkomindel.errors import (
    BinaryFileError,
    EmptyFileError,
    FileTooLargeError,
    ReadError,
    UnknownFormatError,
)
from narkomindel.model import Document
from narkomindel.read import html, memorial, pdf, spreadsheet, tei, text  # noqa: F401  (register built-ins)
from narkomindel.read.decode import looks_binary
from narkomindel.read.plugins import ReaderSpec, choose_reader, readers, register_reader

__all__ = ["read_bytes", "read_file", "readers", "register_reader", "ReaderSpec", "choose_reader"]


def _one_line(text: str | None, limit: int = 400) -> str | None:
    """``text`` on one line (a parser's message may quote the offending line), shortened."""
    if text is None:
        return None
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


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
    what is wrong, where, and how to fix it — on one line.
    """
    try:
        return _read_bytes(data, path, settings, encoding=encoding, reader=reader)
    except ReadError as exc:
        exc.message = _one_line(exc.message) or ""
        exc.where, exc.hint = _one_line(exc.where, 200), _one_line(exc.hint)
        exc.args = (exc.render(),)
        raise


def _read_bytes(
    data: bytes,
    path: str,
    settings: Settings | None,
    *,
    encoding: str | None,
    reader: str | None,
) -> Document:
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
    """Read a file from disk (see :func:`read_bytes`).

    Only a regular file is read, and never more than ``max_file_bytes`` + 1 bytes of it:
    a FIFO, a device or a directory, a file too large, or one the system cannot open
    (missing, no permission, a loop of symbolic links) is a :class:`ReadError`.
    """
    settings = settings or load_settings()
    p = Path(path)
    where = str(p)
    try:
        info = p.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(
                "not a regular file (a directory, FIFO, socket or device)",
                where=where,
                hint="name the file itself; Narkomindel reads files, not streams",
            )
        if info.st_size > settings.max_file_bytes:
            raise FileTooLargeError(
                f"file is {info.st_size:,} bytes, over the limit of {settings.max_file_bytes:,}",
                where=where,
                hint="split it, or raise max_file_bytes (NARKOMINDEL_MAX_FILE_BYTES)",
            )
        with p.open("rb") as fh:
            data = fh.read(settings.max_file_bytes + 1)  # a file growing meanwhile stops here
    except OSError as exc:
        raise ReadError(
            f"cannot read the file ({exc.strerror or exc.__class__.__name__})",
            where=where,
            hint="check the path and its permissions",
        ) from exc
    return read_bytes(data, where, settings, encoding=encoding)
