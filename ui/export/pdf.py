"""PDF/A-2b from the HTML template (WeasyPrint): fonts embedded, XMP metadata with title,
organ, date and the PDF/A identification."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from jinja2 import Environment
from weasyprint import HTML

from app.protocol.model import Protocol

PDF_VARIANT = "pdf/a-2b"


def title_of(protocol: Protocol, *, final: bool) -> str:
    kind = "Protokoll" if final else "Protokollsutkast"
    return f"{kind} {protocol.organ} {protocol.date}"


def render_html(
    env: Environment,
    protocol: Protocol,
    *,
    final: bool,
    only: Iterable[int] | None = None,
    preview: bool = False,
) -> str:
    """The protocol as HTML for WeasyPrint; `preview` leaves out the page furniture (running
    head, signature boxes) for the secretary's on-screen view."""
    css = env.get_template("protocol.css").render()
    selected = None if only is None else set(only)
    title = title_of(protocol, final=final)
    if selected is not None:
        title = f"Protokollsutdrag {protocol.organ} {protocol.date} § " + ", ".join(
            str(n) for n in sorted(selected)
        )
    return env.get_template("protocol.html.j2").render(
        protocol=protocol, css=css, final=final, only=selected, title=title, preview=preview
    )


def write_pdf(html: str, target: Path) -> Path:
    HTML(string=html).write_pdf(str(target), pdf_variant=PDF_VARIANT, uncompressed_pdf=False)
    return target
