"""Small hostile PDFs for tests, written by hand (and one encrypted with pypdf)."""

from __future__ import annotations

import io
import zlib

from tests.pdfgen import assemble, make_pdf


def shared_content_pdf(content: bytes, pages: int = 1, *, compress: bool = False) -> bytes:
    """A PDF whose ``pages`` pages all draw one content stream."""
    stream = zlib.compress(content, 9) if compress else content
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{' '.join(f'{4 + i} 0 R' for i in range(pages))}]"
        f" /Count {pages} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    content_id = 4 + pages
    for _ in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            b" /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_id
        )
    flate = b" /Filter /FlateDecode" if compress else b""
    objects.append(b"<< /Length %d%s >>\nstream\n" % (len(stream), flate) + stream + b"\nendstream")
    return assemble(objects)


def form_bomb_pdf(draws: int, form_bytes: int) -> bytes:
    """One page that draws one form XObject ``draws`` times."""
    form = b"BT /F1 11 Tf 72 720 Td " + b"(a) Tj " * (form_bytes // 7) + b"ET"
    page = b"/Fm0 Do " * draws
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >>"
        b" /XObject << /Fm0 6 0 R >> >> /Contents 5 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(page) + page + b"\nendstream",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R"
        b" >> >> /Length %d >>\nstream\n" % len(form) + form + b"\nendstream",
    ]
    return assemble(objects)


def encrypted_pdf(user_password: str) -> bytes:
    """A one-page PDF encrypted (RC4, which pypdf writes without extra libraries)."""
    from pypdf import PdfReader, PdfWriter

    source = make_pdf([["The envoy was recalled to Moscow in the spring of that year."]])
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(source)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def text_pdf(pages: int, lines: int = 40) -> bytes:
    """An ordinary text PDF of ``pages`` pages."""
    words = "the envoy reported to the commissariat and was recalled to Moscow in 1937".split()
    return make_pdf(
        [
            [
                " ".join(words[(p + i + k) % len(words)] for k in range(11)) + "."
                for i in range(lines)
            ]
            for p in range(pages)
        ]
    )
