"""The protocol as HTML from the templates: for WeasyPrint (the PDF/A) and, without the page
furniture, for the secretary's live preview. No WeasyPrint here: the windows import this."""

from __future__ import annotations

from collections.abc import Iterable

from jinja2 import Environment

from app.protocol.model import Protocol


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
