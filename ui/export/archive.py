"""The archive package for the diarium / e-archive, and its verification.

A folder with the PDF/A, the DOCX draft, `metadata.xml` (mapping in docs/archive-metadata.md),
the meeting's journal as JSON lines (the rows exactly as stored, so the hash chain re-verifies)
and `manifest-sha256.txt` over all of them. The journal's seal (its head hash at the close) is
in the metadata and printed in the protocol."""

from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from app.journal.port import StoredEntry
from app.journal.verify import ChainReport, verify_chain
from app.protocol.model import Protocol
from db.journal import SqlJournalStore

MANIFEST = "manifest-sha256.txt"
JOURNAL = "journal.jsonl"
METADATA = "metadata.xml"
FORMAT = "klubban-arkivpaket/1"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def write_journal(store: SqlJournalStore, meeting_id: str, target: Path) -> Path:
    with target.open("w", encoding="utf-8") as out:
        store.write_jsonl(meeting_id, out)
    return target


def write_metadata(protocol: Protocol, files: list[Path], target: Path) -> Path:
    root = ET.Element("arkivpaket", format=FORMAT)
    ET.SubElement(root, "arkivbildare").text = protocol.organisation
    ET.SubElement(root, "organ").text = protocol.organ
    ET.SubElement(root, "dokumenttyp").text = "Protokoll"
    ET.SubElement(root, "sammantradesdatum").text = protocol.date
    ET.SubElement(root, "plats").text = protocol.place
    ET.SubElement(root, "sammantrade").text = protocol.meeting_id
    ET.SubElement(root, "paragrafer").text = protocol.paragraph_range
    ET.SubElement(root, "sekreterare").text = protocol.sekreterare
    ET.SubElement(root, "ordforande").text = protocol.ordforande
    for name in protocol.justerare:
        ET.SubElement(root, "justerare").text = name
    arenden = ET.SubElement(root, "arenden")
    for p in protocol.paragraphs:
        arende = ET.SubElement(arenden, "arende", paragraf=str(p.number))
        ET.SubElement(arende, "rubrik").text = p.title
        if p.dnr:
            ET.SubElement(arende, "diarienummer").text = p.dnr
        if p.sekretess:
            ET.SubElement(arende, "sekretess").text = "true"
    if protocol.seal:
        ET.SubElement(root, "forsegling", algoritm="SHA-256").text = protocol.seal
    filer = ET.SubElement(root, "filer")
    for path in files:
        ET.SubElement(filer, "fil", namn=path.name, sha256=sha256(path))
    ET.indent(root)
    ET.ElementTree(root).write(target, encoding="utf-8", xml_declaration=True)
    return target


def write_manifest(folder: Path) -> Path:
    target = folder / MANIFEST
    lines = [f"{sha256(p)}  {p.name}" for p in sorted(folder.iterdir()) if p.name != MANIFEST]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def verify_package(folder: Path) -> list[str]:
    """Swedish problems found; empty when every file matches and the journal chain holds."""
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return [f"{folder}: {MANIFEST} saknas – detta är inget arkivpaket från Klubban."]
    problems = []
    listed = set()
    for number, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), 1):
        digest, _, name = line.partition("  ")
        listed.add(name)
        path = folder / name
        if not path.is_file():
            problems.append(f"{MANIFEST} rad {number}: filen {name} saknas.")
        elif sha256(path) != digest:
            problems.append(f"{name} har ändrats: kontrollsumman stämmer inte med manifestet.")
    for path in sorted(folder.iterdir()):
        if path.name not in listed and path.name != MANIFEST:
            problems.append(f"{path.name} finns i paketet men inte i manifestet.")
    if (folder / JOURNAL).is_file():
        report = verify_journal(folder)
        if not report.ok:
            problems.append(f"Journalen: {report.describe()}")
    return problems


def verify_journal(folder: Path) -> ChainReport:
    entries, texts = [], []
    for line in (folder / JOURNAL).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        texts.append(row["payload"])
        row["payload"] = json.loads(row["payload"])
        entries.append(StoredEntry(**row))
    seal_element = ET.parse(folder / METADATA).getroot().find("forsegling")
    seal = seal_element.text if seal_element is not None else None
    meeting = entries[0].meeting_id if entries else ""
    return verify_chain(meeting, entries, seal=seal, payload_texts=texts)
