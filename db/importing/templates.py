"""The downloadable import templates (resources/templates/import/), written from example
data by the same code that exports, so that a template always imports cleanly.

Regenerate with `python -m db.importing.templates [FOLDER]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.meeting.model import Ersattare, Item, Member
from db.importing.export import write_agenda, write_members

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "templates" / "import"
MEMBERS = (
    Member("m01", "Anna Andersson", "S", "ordforande"),
    Member("m02", "Bertil Bengtsson", "M", "1:e vice ordforande"),
    Member("m03", "Cecilia Carlsson", "C", "2:e vice ordforande"),
    Member("m04", "David Dahl", "S"),
    Member("m05", "Eva Ek", "M"),
)
ERSATTARE = (
    Ersattare("e01", "Fredrik Falk", "S", 1),
    Ersattare("e02", "Gun Gustafsson", "S", 2),
    Ersattare("e03", "Hans Holm", "M", 1),
    Ersattare("e04", "Ingrid Isaksson", "C", 1),
)
ITEMS = (
    Item("a1", "Val av justerare", proposal="Ordföranden föreslår att … utses att justera."),
    Item("a2", "Godkännande av dagordning", proposal="Dagordningen godkänns."),
    Item(
        "a3",
        "Motion om badplats",
        dnr="KS 2026/0412",
        proposal="Kommunstyrelsen föreslår att motionen avslås.",
    ),
    Item("a4", "Val av revisorer", dnr="KS 2026/0007", sluten_omrostning=True),
    Item("a5", "Ärende med sekretess", dnr="KS 2026/0100", sekretess=True),
)
ORGAN = """\
# Organet och dess regler för deltagande på distans (arbetsordning/reglemente).
# Spara filen som UTF-8. Rader som börjar med # är kommentarer.

[organ]
namn = "Kommunfullmäktige"
typ = "fullmaktige"            # fullmaktige, styrelse, namnd, utskott eller bolagsstyrelse

[distansdeltagande]
beslut = "KF 2021-02-22 § 18"  # beslutet som tillåter deltagande på distans
max_antal = 10                 # högst så många på distans samtidigt; ta bort raden = ingen gräns
presidiet_i_salen = true       # ordföranden (och den som leder mötet) ska vara i salen
anmalan_timmar = 24            # distansdeltagande anmäls så många timmar före sammanträdet
undantag = ["sekretess", "sluten_omrostning"]  # ärenden som distansdeltagare inte deltar i
"""
INSTRUCTIONS = """\
Mallar för import till Klubban
==============================

ledamoter.xlsx / ledamoter.csv – ledamöter och ersättare i ett organ, en person per rad:
  typ         ledamot eller ersättare
  namn        för- och efternamn (varje person får bara finnas en gång)
  parti       partibeteckning, t.ex. S, M, C; ersättare måste höra till ett parti med ledamöter
  roll        ordförande, 1:e vice ordförande, 2:e vice ordförande (bara ledamöter; annars tom)
  turordning  bara ersättare: 1, 2, 3 … inom partiet, utan luckor (ledamöter: tom)
  Importera: klubban import members ledamoter.xlsx --organ organ.toml

dagordning.xlsx / dagordning.csv – ärendena för ett sammanträde i den ordning de behandlas:
  nummer             ärendets nummer på dagordningen (5 eller 5a)
  rubrik             ärendets rubrik
  dnr                diarienummer (kan lämnas tomt)
  förslag            förslaget till beslut (kan lämnas tomt, får ha flera rader)
  sekretess          ja eller nej (tomt = nej)
  sluten omröstning  ja eller nej (tomt = nej)
  Importera: klubban import agenda dagordning.xlsx --meeting KF-2026-03-16

organ.toml – organets namn och typ och reglerna för deltagande på distans.
  Importera ensam (klubban import organ organ.toml) eller med ledamöterna (--organ).

Kolumnerna får stå i valfri ordning; stora och små bokstäver spelar ingen roll. CSV-filer
får ha komma eller semikolon som avgränsare och sparas som ”CSV UTF-8” eller som Excel
sparar ”CSV (semikolonavgränsad)”. Ingenting importeras om något fel hittas; varje fel
anges med fil, rad och kolumn.
"""


def write_templates(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for suffix in ("xlsx", "csv"):
        written.append(folder / f"ledamoter.{suffix}")
        write_members(written[-1], MEMBERS, ERSATTARE)
        written.append(folder / f"dagordning.{suffix}")
        write_agenda(written[-1], ITEMS)
    for name, text in (("organ.toml", ORGAN), ("LÄS MIG.txt", INSTRUCTIONS)):
        written.append(folder / name)
        written[-1].write_text(text, encoding="utf-8")
    return written


if __name__ == "__main__":
    for path in write_templates(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER):
        print(path)
