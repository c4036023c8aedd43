"""PDFs a user can hand us that are not ordinary: encrypted, bombs, damaged.  Each gets
one clear error line, and the work done before refusing is bounded."""

from __future__ import annotations

import pytest

from narkomindel.config import Settings
from narkomindel.errors import (
    EncryptedFileError,
    InputTooComplexError,
    MalformedInputError,
    NarkomindelError,
)
from narkomindel.read import pdf, read_bytes
from narkomindel.read.pdf import _refusal
from tests.read.pdfs import encrypted_pdf, form_bomb_pdf, shared_content_pdf, text_pdf


def test_issue_10_encrypted_pdf_says_decrypt_it_first() -> None:
    with pytest.raises(EncryptedFileError, match="encrypted.*decrypt it first") as info:
        read_bytes(encrypted_pdf("secret"), "locked.pdf", Settings())
    assert "truncated" not in str(info.value) and info.value.code == "E111"


def test_encrypted_without_a_password_is_read_with_a_warning() -> None:
    doc = read_bytes(encrypted_pdf(""), "restricted.pdf", Settings())
    assert "recalled to Moscow" in doc.text
    assert any("encrypted" in w for w in doc.warnings)


def test_a_cipher_needing_a_library_is_an_encrypted_file() -> None:
    from pypdf.errors import DependencyError

    error = _refusal(DependencyError("cryptography>=3.1 is required for AES"), "a.pdf")
    assert isinstance(error, EncryptedFileError) and "decrypt it first" in error.render()


def test_decompression_bomb_refused() -> None:
    bomb = shared_content_pdf(b"0 " * 15_000_000, compress=True)  # 30 MB from ~30 KB
    assert len(bomb) < 100_000
    with pytest.raises(InputTooComplexError, match="safety limit"):
        read_bytes(bomb, "bomb.pdf", Settings(max_pdf_stream_bytes=1_000_000))


def test_token_bomb_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "MAX_STREAM_TOKENS", 20_000)  # 500,000 in use: a smaller bomb here
    content = b"BT /F1 11 Tf 72 720 Td " + b"(a) Tj " * 15_000 + b"ET"
    with pytest.raises(InputTooComplexError, match="tokens"):
        read_bytes(shared_content_pdf(content), "tokens.pdf", Settings())


def test_pages_sharing_one_large_stream_counted_per_page() -> None:
    content = b"BT /F1 11 Tf 72 720 Td " + b"(a) Tj " * 3_000 + b"ET"  # 21 KB
    shared = shared_content_pdf(content, pages=200)  # 4 MB to parse from a 30 KB file
    with pytest.raises(InputTooComplexError, match="page content"):
        read_bytes(shared, "shared.pdf", Settings(max_pdf_content_bytes=100_000))


def test_a_form_drawn_thousands_of_times_refused_before_parsing() -> None:
    with pytest.raises(InputTooComplexError, match="page content"):
        read_bytes(form_bomb_pdf(5_000, 10_000), "forms.pdf", Settings())


def test_too_many_pages_refused() -> None:
    with pytest.raises(InputTooComplexError, match="pages, over the limit"):
        read_bytes(text_pdf(3), "long.pdf", Settings(max_pdf_pages=2))


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\n" + bytes(range(256)) * 8,
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>",
        b"%PDF-" + b"[" * 50_000,
        b"%PDF-1.4\n" + b"<<" * 20_000,
    ],
)
def test_garbage_after_a_pdf_header_is_a_clear_error(data: bytes) -> None:
    with pytest.raises(NarkomindelError) as info:
        read_bytes(data, "junk.pdf", Settings())
    assert isinstance(info.value, (MalformedInputError, InputTooComplexError)) or (
        info.value.code == "E108"
    )
