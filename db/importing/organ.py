"""The organ file: the body's name and kind and its rules for distance participation, as a
small TOML file a secretary edits by hand (template: resources/templates/import/organ.toml).

    [organ]
    namn = "Kommunfullmäktige"
    typ = "fullmaktige"            # fullmaktige, styrelse, namnd, utskott, bolagsstyrelse

    [distansdeltagande]
    beslut = "KF 2021-02-22 § 18"  # beslutet som tillåter deltagande på distans
    max_antal = 10                 # högst så många på distans samtidigt; utelämna = ingen gräns
    presidiet_i_salen = true       # ordföranden (och den som leder) ska vara i salen
    anmalan_timmar = 24            # anmäl distansdeltagande så många timmar före
    undantag = ["sekretess", "sluten_omrostning"]   # ärenden där distansdeltagare lämnar
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from app.meeting.model import BodyKind, DistancePolicy, ItemFlag
from db.importing.problems import ImportProblem
from db.settings_toml import dumps

ORGAN = "organ"
POLICY = "distansdeltagande"
_LINE = re.compile(r"at line (\d+), column (\d+)")
_LARGEST = 10_000
"""A bound on the counts (a TOML integer may be far beyond what the database stores)."""


@dataclass(frozen=True, slots=True)
class OrganPreview:
    file: str
    name: str = ""
    kind: BodyKind = BodyKind.FULLMAKTIGE
    policy: DistancePolicy = field(default_factory=DistancePolicy)
    problems: tuple[ImportProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def read_organ(path: Path) -> OrganPreview:
    name = path.name
    try:
        text = path.read_text(encoding="utf-8-sig")
        document = tomllib.loads(text)
    except OSError as error:
        problem = ImportProblem(name, f"Filen kan inte läsas: {error.strerror}.")
    except UnicodeDecodeError:
        problem = ImportProblem(name, "Filen är inte sparad som UTF-8.")
    except tomllib.TOMLDecodeError as error:
        where = _LINE.search(str(error))
        line = int(where.group(1)) if where else None
        problem = ImportProblem(name, f"Filen är inte giltig TOML ({error}).", row=line)
    else:
        return _Reader(name, text, document).read()
    return OrganPreview(name, problems=(problem,))


def write_organ(path: Path, name: str, kind: BodyKind, policy: DistancePolicy) -> None:
    document = {
        ORGAN: {"namn": name, "typ": kind.value},
        POLICY: {
            "beslut": policy.decided_by,
            "max_antal": policy.max_remote,
            "presidiet_i_salen": policy.presidium_in_room,
            "anmalan_timmar": policy.notice_hours,
            "undantag": [f.value for f in policy.exclude],
        },
    }
    path.write_text(dumps(document), encoding="utf-8")


class _Reader:
    def __init__(self, file: str, text: str, document: dict[str, object]) -> None:
        self.file = file
        self.lines = text.splitlines()
        self.document = document
        self.problems: list[ImportProblem] = []

    def problem(self, section: str, key: str, message: str) -> None:
        self.problems.append(
            ImportProblem(
                self.file, message, row=self._line_of(section, key), column_name=f"{section}.{key}"
            )
        )

    def _line_of(self, section: str, key: str) -> int | None:
        current = ""
        for number, line in enumerate(self.lines, start=1):
            stripped = line.strip()
            if stripped.startswith("["):
                current = stripped.strip("[] ")
            elif current == section and re.match(rf"{re.escape(key)}\s*=", stripped):
                return number
        return None

    def get(self, section: str, key: str, kind: type, default: object) -> object:
        table = self.document.get(section, {})
        value = table.get(key, default) if isinstance(table, dict) else default
        if value is not default and not (
            isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        ):
            wanted = {str: "en text", int: "ett heltal", bool: "true eller false", list: "en lista"}
            self.problem(section, key, f"Värdet måste vara {wanted[kind]}, inte {value!r}.")
            return default
        return value

    def read(self) -> OrganPreview:
        name = self.get(ORGAN, "namn", str, "")
        if not name:
            self.problem(ORGAN, "namn", "Organets namn saknas.")
        kind_text = self.get(ORGAN, "typ", str, BodyKind.FULLMAKTIGE.value)
        kinds = [k.value for k in BodyKind]
        if kind_text not in kinds:
            self.problem(ORGAN, "typ", f"Typen ”{kind_text}” är okänd; välj en av {kinds}.")
            kind_text = BodyKind.FULLMAKTIGE.value
        max_remote = self.get(POLICY, "max_antal", int, None)
        if isinstance(max_remote, int) and max_remote < 0:
            self.problem(POLICY, "max_antal", "Antalet kan inte vara negativt.")
        elif isinstance(max_remote, int) and max_remote > _LARGEST:
            self.problem(POLICY, "max_antal", f"Antalet kan inte vara större än {_LARGEST}.")
        notice = self.get(POLICY, "anmalan_timmar", int, 24)
        if isinstance(notice, int) and notice < 0:
            self.problem(POLICY, "anmalan_timmar", "Antalet timmar kan inte vara negativt.")
        elif isinstance(notice, int) and notice > _LARGEST:
            self.problem(
                POLICY, "anmalan_timmar", f"Antalet timmar kan inte vara större än {_LARGEST}."
            )
        exclude = self.get(POLICY, "undantag", list, [f.value for f in ItemFlag])
        flags = [f.value for f in ItemFlag]
        unknown = [f for f in exclude if f not in flags]
        if unknown:
            self.problem(POLICY, "undantag", f"Okända undantag {unknown}; välj bland {flags}.")
        policy = DistancePolicy(
            decided_by=self.get(POLICY, "beslut", str, None),
            max_remote=max_remote,
            presidium_in_room=self.get(POLICY, "presidiet_i_salen", bool, True),
            notice_hours=notice,
            exclude=tuple(ItemFlag(f) for f in exclude if f in flags),
        )
        if self.problems:
            return OrganPreview(self.file, problems=tuple(self.problems))
        return OrganPreview(self.file, name, BodyKind(kind_text), policy)
