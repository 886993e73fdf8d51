"""The editable protocol draft (DOCX, python-docx) for justering: real styles, tables for the
first page and the named votes, a header with organisation, organ and date, page numbers and
the "Justerandes signatur" boxes in the footer. The wording comes from the phrase macros."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from jinja2 import Environment

from app.protocol.model import Paragraph, Protocol
from ui.export.templates import phrases, vote_word


def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES): Word fills in the numbers."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _furniture(document, protocol: Protocol, title: str) -> None:
    section = document.sections[0]
    section.left_margin, section.right_margin = Cm(2.5), Cm(2.2)
    head = section.header.paragraphs[0]
    head.text = f"{protocol.organisation.upper()}\t{title}\t{protocol.organ} {protocol.date}"
    head.style = document.styles["Header"]
    foot = section.footer.paragraphs[0]
    foot.text = "Sida "
    _field(foot, "PAGE")
    foot.add_run(" (")
    _field(foot, "NUMPAGES")
    foot.add_run(")")
    boxes = section.footer.add_table(rows=1, cols=2, width=Cm(10))
    boxes.style = document.styles["Table Grid"]
    for cell, text in zip(
        boxes.rows[0].cells, ("Justerandes signatur", "Utdragsbestyrkande"), strict=True
    ):
        cell.text = text
        cell.paragraphs[0].runs[0].font.size = Pt(7)


def _first_page(document, protocol: Protocol, say) -> None:
    document.add_heading(protocol.organ, level=0)
    rows = [
        (
            "Plats och tid",
            "\n".join(
                [str(say.plats_och_tid(protocol))] + [str(say.pause(p)) for p in protocol.pauses]
            ),
        ),
        ("Beslutande", "\n".join(str(say.attendee(a)) for a in protocol.beslutande)),
        ("Övriga närvarande", "\n".join(protocol.ovriga)),
        ("Sekreterare", protocol.sekreterare),
        ("Utses att justera", ", ".join(protocol.justerare)),
        (
            "Justeringens plats och tid",
            ", ".join(x for x in (protocol.justering_where, protocol.justering_when) if x),
        ),
        ("Paragrafer", protocol.paragraph_range),
    ]
    table = document.add_table(rows=0, cols=2)
    table.style = document.styles["Table Grid"]
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
        cells[0].paragraphs[0].runs[0].bold = True
    document.add_paragraph()
    signatures = [("Sekreterare", protocol.sekreterare), ("Ordförande", protocol.ordforande)]
    signatures += [("Justerande", j) for j in protocol.justerare]
    for role, name in signatures:
        document.add_paragraph("\n" + "." * 60)
        document.add_paragraph(f"{role}: {name}")
    document.add_heading("ANSLAG/BEVIS", level=2)
    document.add_paragraph(str(say.anslag()))
    anslag = document.add_table(rows=0, cols=2)
    anslag.style = document.styles["Table Grid"]
    filled = (protocol.organ, protocol.date)
    for index, label in enumerate(say.anslag_fields):
        cells = anslag.add_row().cells
        cells[0].text = label
        cells[1].text = filled[index] if index < len(filled) else ""


def _paragraph(document, p: Paragraph, protocol: Protocol, say) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    head = document.add_paragraph(style="Heading 3")
    head.add_run(f"§ {p.number}")
    if p.dnr:
        head.add_run(f"\tDnr {p.dnr}")
    document.add_heading(p.title, level=2)
    organ = protocol.organ

    def text(value) -> None:
        document.add_paragraph(str(value))

    if p.excluded_remote:
        text(say.excluded(p.excluded_remote, p))
    for member, by in p.jav:
        text(say.jav(member, by))
    if p.proposal:
        document.add_heading("Förslag till beslut", level=4)
        text(p.proposal)
    if p.yrkanden:
        document.add_heading("Yrkanden", level=4)
        for y in p.yrkanden:
            text(say.yrkande(y))
    if p.propositions or p.elections:
        document.add_heading("Beslutsgång", level=4)
    for k in p.kontrapropositioner:
        text(say.propositionsordning(k, organ))
        text(say.votering_result(k, organ))
        _vote_table(document, k)
    for prop in p.propositions:
        text(say.proposition(prop, organ))
        if prop.votering:
            text(say.propositionsordning(prop.votering, organ))
            text(say.votering_result(prop.votering, organ))
            _vote_table(document, prop.votering)
        if prop.sluten:
            text(say.sluten(prop.sluten, organ))
    for e in p.elections:
        text(say.election(e, organ))
    for i in p.interruptions:
        document.add_paragraph(str(say.interruption(i))).runs[0].italic = True
    decided = str(say.beslut(p, organ))
    if decided:
        document.add_heading(f"{organ}s beslut", level=4)
        document.add_paragraph().add_run(decided).bold = True
    if p.reservations:
        document.add_heading("Reservationer", level=4)
        for r in p.reservations:
            text(say.reservation(r))
    if p.anteckningar:
        document.add_heading("Protokollsanteckningar", level=4)
        for a in p.anteckningar:
            text(say.anteckning(a))
    if p.omedelbar_justering:
        document.add_paragraph().add_run(str(say.omedelbar())).bold = True
    for c in p.corrections:
        text(say.correction(c))


def _vote_table(document, v) -> None:
    table = document.add_table(rows=1, cols=1 + len(v.columns))
    table.style = document.styles["Table Grid"]
    headings = ("Ledamot", *(vote_word(c).capitalize() for c in v.columns))
    for cell, label in zip(table.rows[0].cells, headings, strict=True):
        cell.text = label
        cell.paragraphs[0].runs[0].bold = True
    for line in v.lines:
        cells = table.add_row().cells
        cells[0].text = line.label
        cells[1 + v.columns.index(line.vote)].text = "X"
    total = table.add_row().cells
    for cell, value in zip(total, ("Summa", *(str(v.count(c)) for c in v.columns)), strict=True):
        cell.text = value
        cell.paragraphs[0].runs[0].bold = True


def write_docx(env: Environment, protocol: Protocol, target: Path, *, title: str) -> Path:
    say = phrases(env)
    document = Document()
    document.styles["Normal"].font.name = "Liberation Serif"
    document.styles["Normal"].font.size = Pt(11)
    document.core_properties.title = title
    document.core_properties.author = protocol.organisation
    document.core_properties.subject = f"{protocol.organ} {protocol.date}"
    _furniture(document, protocol, "PROTOKOLLSUTKAST")
    _first_page(document, protocol, say)
    for p in protocol.paragraphs:
        _paragraph(document, p, protocol, say)
    for b in protocol.bilagor:
        document.add_section(WD_SECTION.NEW_PAGE)
        if b.reservation is not None:
            r = b.reservation
            document.add_heading(f"Bilaga {b.number} – Reservation (§ {b.paragraph})", level=2)
            document.add_paragraph(str(say.reservation(r)))
            document.add_paragraph(r.motivation or "").runs[0].italic = True
        else:
            assert b.election is not None
            heading = f"Bilaga {b.number} – Proportionellt val, beräkning (§ {b.paragraph})"
            document.add_heading(heading, level=2)
            for line in b.election.calculation:
                document.add_paragraph(line)
    if protocol.seal:
        document.add_paragraph(str(say.seal(protocol.seal))).runs[0].font.size = Pt(7)
    document.save(str(target))
    return target
