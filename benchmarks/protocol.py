"""Protocol rendering: DOCX + PDF/A of a meeting of 60 § with 10 roll-call votes of 101 members.

    python -m benchmarks.protocol

Target: under 5 s for both files. The machine's speed is taken into account by a baseline
measured in the same run: WeasyPrint and python-docx writing a plain document of the same
length (60 pages of text, 10 tables of 101 rows) without Klubban's projection or templates.
The ratio says what Klubban adds on top of the libraries.

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from docx import Document
from weasyprint import HTML

from app.meeting import commands as cmd
from app.meeting.events import Vote, YrkandeKind
from app.meeting.model import Item
from app.protocol.project import project
from tests.support.meeting import Play, opened
from ui.export.docx import write_docx
from ui.export.html import render_html, title_of
from ui.export.pdf import write_pdf
from ui.export.templates import environment

PARAGRAPHS = 60
VOTES = 10
MEMBERS = 101


def large_meeting() -> Play:
    play = opened(MEMBERS)
    for n in range(1, PARAGRAPHS + 1):
        key = f"x{n}"
        proposal = f"Förvaltningen föreslår att ärende {n} bifalls. " * 3
        play.do(cmd.AddAgendaItem(Item(key, f"Ärende {n}", f"KS 2026/{n:04}", proposal)))
        play.do(cmd.TakeUpItem(key))
        if n % (PARAGRAPHS // VOTES) == 0:
            play.do(cmd.MakeYrkande(("m02",), YrkandeKind.AVSLAG, "Ärendet avslås."))
            yrkande = max(play.state.current.yrkanden)
            play.do(cmd.PutProposition(("forslag", yrkande), "forslag"))
            play.do(cmd.StartVotering("forslag", yrkande))
            for i, voter in enumerate(play.state.votering.voters):
                play.do(cmd.CastVote(voter, (Vote.JA, Vote.JA, Vote.NEJ, Vote.AVSTAR)[i % 4]))
            play.do(cmd.CloseVotering())
        else:
            play.do(cmd.PutProposition(("forslag",), "forslag"))
    return play


def baseline(folder: Path) -> float:
    """The libraries alone on a document of the same size."""
    start = time.perf_counter()
    rows = "".join(f"<tr><td>Ledamot {i}</td><td>X</td><td></td></tr>" for i in range(MEMBERS))
    sections = []
    for n in range(PARAGRAPHS):
        table = f"<table>{rows}</table>" if n % (PARAGRAPHS // VOTES) == 0 else ""
        text = f"<p>Förvaltningen föreslår att ärende {n} bifalls.</p>" * 6
        sections.append(
            f'<section style="break-before: page"><h2>§ {n}</h2>{text}{table}</section>'
        )
    HTML(string="<html><body>" + "".join(sections) + "</body></html>").write_pdf(
        str(folder / "baseline.pdf")
    )
    document = Document()
    for n in range(PARAGRAPHS):
        document.add_heading(f"§ {n}", level=2)
        for _ in range(6):
            document.add_paragraph(f"Förvaltningen föreslår att ärende {n} bifalls.")
        if n % (PARAGRAPHS // VOTES) == 0:
            table = document.add_table(rows=0, cols=3)
            for i in range(MEMBERS):
                cells = table.add_row().cells
                cells[0].text, cells[1].text = f"Ledamot {i}", "X"
    document.save(str(folder / "baseline.docx"))
    return time.perf_counter() - start


def klubban(folder: Path, play: Play) -> tuple[float, int]:
    start = time.perf_counter()
    protocol = project(play.state, play.history, meeting_id="bench")
    env = environment()
    write_docx(env, protocol, folder / "p.docx", title=title_of(protocol, final=False))
    write_pdf(render_html(env, protocol, final=False), folder / "p.pdf")
    elapsed = time.perf_counter() - start
    voterings = sum(1 for p in protocol.paragraphs for x in p.propositions if x.votering)
    return elapsed, voterings


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(prog="python -m benchmarks.protocol").parse_args(argv)
    play = large_meeting()
    with tempfile.TemporaryDirectory(prefix="klubban-bench-") as directory:
        folder = Path(directory)
        base_s = baseline(folder)
        ours_s, voterings = klubban(folder, play)
    result = {
        "paragraphs": PARAGRAPHS,
        "voterings": voterings,
        "members": MEMBERS,
        "render_docx_pdf_s": round(ours_s, 3),
        "baseline_s": round(base_s, 3),
        "ratio": round(ours_s / base_s, 2),
        "target_s": 5.0,
        "within_target": ours_s < 5.0,
    }
    print(json.dumps(result))
    return 0 if voterings == VOTES else 1


if __name__ == "__main__":
    sys.exit(main())
