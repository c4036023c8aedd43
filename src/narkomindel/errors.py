"""One exception tree.  Every error says what happened, where, and how to fix it.

Each class carries its code (``Ennn``), a one-line title and the default fix
hint; the place that raises it adds the specifics (``where``, the message, a
better hint when it knows one).  The command line and the HTTP API each turn
these into a message in one place; ``docs/errors.md`` is generated from this
module (:func:`error_table`).

Codes: E0xx configuration and usage, E1xx reading files, E2xx the database,
E3xx curation, imports and references, E9xx bugs.
"""

from __future__ import annotations

import re

__all__ = [
    "NarkomindelError",
    "ConfigError",
    "UsageError",
    "ReadError",
    "EmptyFileError",
    "BinaryFileError",
    "UnknownFormatError",
    "DecodeError",
    "UnsafeXMLError",
    "MalformedInputError",
    "FileTooLargeError",
    "NoTextLayerError",
    "MissingFileError",
    "UnreadableFileError",
    "TimeBudgetError",
    "OutputError",
    "StoreError",
    "NotFoundError",
    "DiskFullError",
    "ImportRowError",
    "ReferenceFileError",
    "CurationError",
    "ConflictError",
    "AccessError",
    "TooManyAttemptsError",
    "ExtractionError",
    "InternalError",
    "error_table",
    "error_table_markdown",
    "EncryptedFileError",
    "InputTooComplexError",
]


class NarkomindelError(Exception):
    """Base of every error Narkomindel raises on purpose."""

    code = "E000"
    title = "Narkomindel error"
    default_hint: str | None = None

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None):
        self.message = message
        self.where = where
        self.hint = hint if hint is not None else self.default_hint
        super().__init__(self.render())

    def render(self) -> str:
        parts = [f"[{self.code}]"]
        if self.where:
            parts.append(f"{self.where}:")
        parts.append(self.message)
        text = " ".join(parts)
        if self.hint:
            text += f" — {self.hint}"
        return text


class ConfigError(NarkomindelError):
    code = "E001"
    title = "invalid configuration"
    default_hint = "see docs/cli.md#configuration for the allowed values"


class UsageError(NarkomindelError, ValueError):
    """An argument a query or command cannot use (a year that is not a year ...).

    The message names arguments as ``‹name›`` (the library's parameter name); it
    reads ``name`` from Python and ``--option`` on the command line
    (:meth:`render_for`)."""

    code = "E002"
    title = "an argument that cannot be used"

    def render(self) -> str:
        return self.render_for({})

    def render_for(self, names: dict[str, str]) -> str:
        """The message with every ``‹param›`` called by the name the caller knows it by."""
        text = re.sub(r"‹(\w+)›", lambda m: names.get(m.group(1), m.group(1)), super().render())
        return text


class ReadError(NarkomindelError):
    """A file could not be read into a Document."""

    code = "E100"
    title = "the file cannot be read"


class EmptyFileError(ReadError):
    code = "E101"
    title = "the file is empty"


class BinaryFileError(ReadError):
    code = "E102"
    title = "the file is binary, not text"


class UnknownFormatError(ReadError):
    code = "E103"
    title = "no reader knows this format"


class DecodeError(ReadError):
    code = "E104"
    title = "the text cannot be decoded"


class UnsafeXMLError(ReadError):
    code = "E105"
    title = "the XML declares entities or an external DTD"


class MalformedInputError(ReadError):
    code = "E106"
    title = "the file is damaged or malformed"


class FileTooLargeError(ReadError):
    code = "E107"
    title = "the file is over the size limit"
    default_hint = "split it, or raise max_file_bytes (NARKOMINDEL_MAX_FILE_BYTES)"


class NoTextLayerError(ReadError):
    code = "E108"
    title = "the PDF has no text layer"


class MissingFileError(ReadError):
    code = "E109"
    title = "no such file or folder"
    default_hint = "check the path"


class UnreadableFileError(ReadError):
    code = "E110"
    title = "the file or folder cannot be opened"
    default_hint = "check its permissions"


class TimeBudgetError(ReadError):
    """A file took longer to read or extract than the per-file budget allows."""

    code = "E120"
    title = "the file took longer than its time budget"
    default_hint = (
        "split the file, or raise max_seconds_per_file (NARKOMINDEL_MAX_SECONDS_PER_FILE)"
    )


class OutputError(NarkomindelError):
    """An export or report that cannot be written where it was asked to go."""

    code = "E130"
    title = "the output cannot be written there"
    default_hint = "choose another --out"


class StoreError(NarkomindelError):
    code = "E200"
    title = "the database cannot do this"


class NotFoundError(StoreError):
    code = "E201"
    title = "nothing with this id or name"


class DiskFullError(StoreError):
    code = "E202"
    title = "no space left for the database"
    default_hint = "free space and run again; nothing was lost"


class ImportRowError(NarkomindelError):
    """Rows of a curated file that cannot be applied; nothing of the file was applied."""

    code = "E300"
    title = "rows of an imported file cannot be applied"

    def __init__(self, problems: list[str], *, where: str | None = None):
        self.problems = problems
        shown = "; ".join(problems[:20]) + (
            f"; … {len(problems) - 20} more" if len(problems) > 20 else ""
        )
        super().__init__(
            f"{len(problems)} invalid row(s), nothing applied: {shown}",
            where=where,
            hint="fix these rows (or delete them) and import the file again",
        )


class EncryptedFileError(ReadError):
    """A file is encrypted (a PDF with a password): it must be decrypted before reading."""

    code = "E111"
    title = "the file is encrypted"
    default_hint = "decrypt it first (e.g. qpdf --decrypt), then ingest the copy"


class InputTooComplexError(ReadError):
    """Reading a file would take more work or memory than a limit allows (a decompression
    bomb, a content stream of millions of tokens, pages sharing one huge stream)."""

    code = "E112"
    title = "the file would take more work or memory than the limits allow"


class ReferenceFileError(NarkomindelError):
    """A reference file for ``evaluate`` that cannot be used."""

    code = "E301"
    title = "the reference file cannot be used"


class CurationError(NarkomindelError):
    """A curator's decision that cannot take effect (it is refused, not logged)."""

    code = "E302"
    title = "the decision cannot take effect"


class ConflictError(CurationError):
    """Another curator changed the same person since this page was read; nothing was done."""

    code = "E320"
    title = "someone else changed this first"
    default_hint = "reload the page, look at what changed, and decide again"


class AccessError(NarkomindelError):
    """A write the server does not allow: read-only, not logged in, the wrong role, or a
    form without its session's CSRF token."""

    code = "E321"
    title = "not allowed"
    default_hint = (
        "log in as a curator (an admin for accounts); a read-only server takes no changes"
    )


class TooManyAttemptsError(AccessError):
    code = "E322"
    title = "too many log-in attempts"
    default_hint = "wait a minute and try again"


class ExtractionError(NarkomindelError):
    """An extractor failed on a source; the source stays stored, the batch goes on."""

    code = "E399"
    title = "extraction failed on this source"
    default_hint = "please report this as a bug, with the file if you can share it"


class InternalError(NarkomindelError):
    """Something that should never happen happened."""

    code = "E900"
    title = "an unexpected error (a bug)"
    default_hint = "please report this as a bug, with the command and the file"


def error_table() -> list[tuple[str, str, str, str]]:
    """(code, class, title, default hint) of every error, in code order."""
    seen: list[type[NarkomindelError]] = []
    todo: list[type[NarkomindelError]] = [NarkomindelError]
    while todo:
        cls = todo.pop()
        seen.append(cls)
        todo.extend(cls.__subclasses__())
    rows = {(c.code, c.__name__, c.title, c.default_hint or "") for c in seen}
    return sorted(rows)


def error_table_markdown() -> str:
    """``docs/errors.md``: every code with its class, meaning and default fix."""
    lines = [
        "# Error codes",
        "",
        "Every error Narkomindel reports on purpose is one line: `error: [Ennn] where: what",
        "happened — how to fix it`. The command line exits with code 2 (`ingest` with 1 when",
        "some files failed and the rest were stored); a failing file in a batch is reported",
        "and the batch goes on. This page is generated from `src/narkomindel/errors.py`",
        "(`narkomindel.errors.error_table_markdown()`); a test keeps it current.",
        "",
        "| code | class | what it means | how to fix it (unless the message says more) |",
        "|---|---|---|---|",
    ]
    lines += [f"| {c} | `{n}` | {t} | {h} |" for c, n, t, h in error_table()]
    lines += [
        "",
        "Codes: E0xx configuration and usage, E1xx reading files, E2xx the database,",
        "E3xx curation, imports and references, E9xx bugs (please report them).",
    ]
    return "\n".join(lines) + "\n"
