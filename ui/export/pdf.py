"""PDF/A-2b from the HTML template (WeasyPrint): fonts embedded, XMP metadata with title,
organ, date and the PDF/A identification."""

from __future__ import annotations

from pathlib import Path

from weasyprint import HTML

PDF_VARIANT = "pdf/a-2b"


def write_pdf(html: str, target: Path) -> Path:
    HTML(string=html).write_pdf(str(target), pdf_variant=PDF_VARIANT, uncompressed_pdf=False)
    return target
