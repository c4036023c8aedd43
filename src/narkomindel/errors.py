"""One exception tree.  Every error says what happened, where, and how to fix it."""

from __future__ import annotations

__all__ = [
    "NarkomindelError",
    "ReadError",
    "EmptyFileError",
    "BinaryFileError",
    "UnknownFormatError",
    "DecodeError",
    "UnsafeXMLError",
    "MalformedInputError",
    "FileTooLargeError",
    "NoTextLayerError",
    "StoreError",
    "NotFoundError",
    "ConfigError",
    "UsageError",
    "ImportRowError",
    "EncryptedFileError",
    "InputTooComplexError",
]


class NarkomindelError(Exception):
    """Base of every error Narkomindel raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None):
        self.message = message
        self.where = where
        self.hint = hint
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


class ReadError(NarkomindelError):
    """A file could not be read into a Document."""

    code = "E100"


class EmptyFileError(ReadError):
    code = "E101"


class BinaryFileError(ReadError):
    code = "E102"


class UnknownFormatError(ReadError):
    code = "E103"


class DecodeError(ReadError):
    code = "E104"


class UnsafeXMLError(ReadError):
    code = "E105"


class MalformedInputError(ReadError):
    code = "E106"


class FileTooLargeError(ReadError):
    code = "E107"


class NoTextLayerError(ReadError):
    code = "E108"


class StoreError(NarkomindelError):
    code = "E200"


class NotFoundError(StoreError):
    code = "E201"


class UsageError(NarkomindelError):
    """An argument or option a query cannot use (a year that is not a year ...)."""

    code = "E002"


class ImportRowError(NarkomindelError):
    """Rows of a curated file that cannot be applied; nothing of the file was applied."""

    code = "E300"

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

    code = "E109"


class InputTooComplexError(ReadError):
    """Reading a file would take more work or memory than a limit allows (a decompression
    bomb, a content stream of millions of tokens, pages sharing one huge stream)."""

    code = "E110"
