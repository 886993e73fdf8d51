"""The PDF/A of the example meeting: what it says, § by §, and that it is PDF/A-2b with every
font embedded."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pikepdf
import pytest

pytestmark = pytest.mark.db


def text_of(pdf: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def pages_of(pdf: Path) -> list[str]:
    return text_of(pdf).split("\f")


def page_with(pages: list[str], heading: str) -> str:
    (page,) = [p for p in pages if heading in p]
    return page


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def vote_table(page: str) -> dict[str, str]:
    """Who voted what, read from the laid-out table by the column each X stands in."""
    lines = page.splitlines()
    (start,) = [
        i for i, line in enumerate(lines) if re.search(r"Ledamot\s+Ja\s+Nej\s+Avstår", line)
    ]
    columns = {word: lines[start].index(word) for word in ("Ja", "Nej", "Avstår")}
    votes = {}
    for line in lines[start + 1 :]:
        if line.strip().startswith("Summa"):
            break
        name, mark = re.match(r"\s*(.+?\))\s+X", line).group(1), line.rindex("X")
        votes[name] = min(columns, key=lambda word: abs(columns[word] - mark))
    return votes


def test_page_one_is_complete(rendered) -> None:
    first = squash(pages_of(rendered["pdf"])[0])
    for expected in (
        "EXEMPELBY KOMMUN",
        "SAMMANTRÄDESPROTOKOLL",
        "Kultur- och fritidsnämnden",
        "Sessionssalen, Kommunhuset, kl. 13:00–14:35",
        "Ajournering 13:42–13:55 (§ 14)",
        "Ajournering 14:03–14:08 (§ 15): Greta Ols (V): förbindelse bruten kl. 14:03",
        "Anna Berg (S), ordförande",
        "Kim Tell (M) tjg för Dag Lind (M)",
        "Filip Nord (SD) §§ 12–14, 16",
        "Mia Vik (SD) tjg för Filip Nord (SD) § 15",
        "Greta Ols (V), deltar på distans",
        "Fia Ivarsson, förvaltningschef",
        "Eva Holm",
        "Kommunkansliet, 2026-03-20 10:00",
        "§§ 12–16",
        "Sida 1 (8)",
        "Justerandes signatur",
    ):
        assert expected in first, expected


def test_the_anslag_block_follows_page_one(rendered) -> None:
    anslag = squash(page_with(pages_of(rendered["pdf"]), "ANSLAG/BEVIS"))
    assert "Datum för anslags uppsättande" in anslag
    assert "Förvaringsplats för protokollet" in anslag


def test_paragraph_14_prints_the_vote_list_with_the_utslagsrost(rendered) -> None:
    page = page_with(pages_of(rendered["pdf"]), "Motion om fri entré")
    flat = squash(page)
    assert "Dnr KFN 2025/0117" in flat
    assert "Greta Ols (V) yrkar: Motionen bifalls. Ida Rask (L) instämmer." in flat
    assert "Omröstningen utfaller med lika röstetal, 4 ja-röster och 4 nej-röster" in flat
    assert "Ordföranden använder sin utslagsröst (ja)" in flat
    votes = vote_table(page)
    assert votes["Greta Ols (V)"] == "Nej"
    assert votes["Hugo Pihl (S)"] == "Avstår"
    assert votes["Filip Nord (SD)"] == "Ja"
    assert len(votes) == 9
    assert list(votes)[-1] == "Anna Berg (S)", "the presiding member is called last"
    assert re.search(r"Summa\s+4\s+4\s+1", page)
    assert "Skriftlig reservation, se bilaga 1." in flat


def test_paragraph_15_records_the_jav_and_the_lost_feed(rendered) -> None:
    flat = squash(page_with(pages_of(rendered["pdf"]), "Föreningsbidrag 2026"))
    assert "Filip Nord (SD)" in flat
    assert "jäv" in flat
    assert "Mia Vik (SD)" in flat
    assert "Greta Ols (V)" in flat
    assert "förbindelse bruten" in flat


def test_paragraph_16_has_the_aterremiss_and_the_protokollsanteckning(rendered) -> None:
    flat = squash(page_with(pages_of(rendered["pdf"]), "Ny taxa för lokaluthyrning"))
    assert "Bo Ek (M) yrkar att ärendet återremitteras" in flat
    assert "att ärendet ska avgöras i dag" in flat
    assert "Moderaterna vill att taxan följs upp efter ett år." in flat


def test_the_reservation_is_a_bilaga_with_its_motivation(rendered) -> None:
    flat = squash(page_with(pages_of(rendered["pdf"]), "Bilaga 1"))
    assert "Fri entré för pensionärer främjar folkhälsan" in flat


def test_the_final_protocol_prints_the_journal_seal(rendered, example_db) -> None:
    from db.engine import open_engine
    from db.journal import SqlJournalStore

    store = SqlJournalStore(open_engine(str(example_db), create=False))
    (meeting,) = store.meeting_ids()
    assert store.head(meeting).hash in squash(text_of(rendered["pdf"])).replace(" ", "")


def test_it_is_pdf_a_2b_with_metadata_and_every_font_embedded(rendered) -> None:
    with pikepdf.open(rendered["pdf"]) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2"
        assert meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == "Protokoll Kultur- och fritidsnämnden 2026-03-16"
        assert "Kultur- och fritidsnämnden" in meta["dc:description"]
        assert pdf.Root.OutputIntents[0].S == "/GTS_PDFA1"
        fonts = {}
        for page in pdf.pages:
            for name, font in page.Resources.get("/Font", {}).items():
                fonts[name] = font
        assert fonts
        for font in fonts.values():
            descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
            descriptor = descendant.FontDescriptor
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_the_utdrag_holds_only_its_paragraph_and_the_attestation(rendered) -> None:
    flat = squash(text_of(rendered["utdrag"]))
    assert "Motion om fri entré" in flat
    assert "Föreningsbidrag 2026" not in flat
    assert "Rätt utdraget, intygar" in flat
    assert "Protokollsutdrag" in pikepdf.open(rendered["utdrag"]).open_metadata()["dc:title"]
