"""The user's settings: one TOML file in the platform's config folder (platformdirs, app
"klubban"; KLUBBAN_CONFIG_DIR overrides it, as do tests). Declared in db.settings_schema.

Reading never fails: a malformed file gives the defaults and a message naming the line; an
invalid value gives that key's default and a message naming the key, the other keys are kept.
Writing keeps the previous file as settings.toml.bak. Secrets are refused (keyring only).
"""

from __future__ import annotations

import os
import re
import shutil
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import platformdirs

from db.settings_schema import (
    BY_KEY,
    FREE_SECTIONS,
    SETTINGS,
    SettingInvalid,
    Value,
    checked,
    is_secret_key,
    refuse_secret,
)
from db.settings_toml import dumps, format_value

APP = "klubban"
FILE_NAME = "settings.toml"
_WHERE = re.compile(r"at line (\d+), column (\d+)")
_DEFAULTS = {s.key: s.default for s in SETTINGS}


def config_dir() -> Path:
    override = os.environ.get("KLUBBAN_CONFIG_DIR")
    return Path(override) if override else platformdirs.user_config_path(APP, appauthor=False)


def data_dir() -> Path:
    override = os.environ.get("KLUBBAN_DATA_DIR")
    return Path(override) if override else platformdirs.user_data_path(APP, appauthor=False)


def settings_path() -> Path:
    return config_dir() / FILE_NAME


@dataclass(frozen=True, slots=True)
class Settings:
    values: Mapping[str, Value] = field(default_factory=lambda: dict(_DEFAULTS))
    """Every declared key → its value (the default where missing or invalid)."""
    free: Mapping[str, Mapping[str, object]] = field(default_factory=dict)
    """The free sections ("window") as the windows stored them."""
    unknown: Mapping[str, object] = field(default_factory=dict)
    """Keys this version does not know (a newer version's?): kept, written back unchanged."""
    problems: tuple[str, ...] = ()
    """Swedish messages from reading the file, for the user to see."""

    def __getitem__(self, key: str) -> Value:
        return self.values[key]

    @property
    def database_url(self) -> str:
        url = self.values["database.url"]
        return str(url) if url else f"sqlite:///{data_dir() / 'klubban.db'}"

    def with_value(self, key: str, value: object) -> Settings:
        """A copy with one setting changed; SettingInvalid (Swedish, names the key) if not."""
        setting = BY_KEY.get(key)
        if setting is None:
            refuse_secret(key)
            raise SettingInvalid(f"Det finns ingen inställning som heter {key}.")
        try:
            return replace(self, values={**self.values, key: checked(setting, value)})
        except SettingInvalid as error:
            raise SettingInvalid(error.message + ".") from None

    def with_free(self, section: str, key: str, value: object) -> Settings:
        """A copy with a window's own value (e.g. ("window", "chair_geometry", "…"))."""
        if section not in FREE_SECTIONS:
            raise SettingInvalid(f"Avsnittet [{section}] är inte fritt att skriva i.")
        refuse_secret(key)
        format_value(value)  # TypeError now rather than when saving
        table = {**self.free.get(section, {}), key: value}
        return replace(self, free={**self.free, section: table})


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "den är inte sparad som UTF-8"
        message = f"Inställningsfilen {path} kunde inte läsas ({reason}). {_KEPT}"
        return Settings(problems=(message,))
    except tomllib.TOMLDecodeError as error:
        found = _WHERE.search(str(error))
        where = f" på rad {found.group(1)}, kolumn {found.group(2)}" if found else ""
        return Settings(problems=(f"Inställningsfilen {path} har ett fel{where}. {_KEPT}",))
    return _from_document(document)


_KEPT = (
    "Standardvärdena används. Filen lämnas orörd tills inställningarna sparas; då sparas den "
    f"gamla som {FILE_NAME}.bak."
)


def _from_document(document: Mapping[str, object]) -> Settings:
    values: dict[str, Value] = {}
    problems: list[str] = []
    for setting in SETTINGS:
        section, name = setting.key.split(".")
        table = document.get(section)
        raw = table.get(name) if isinstance(table, dict) else None
        try:
            values[setting.key] = checked(setting, raw) if raw is not None else setting.default
        except SettingInvalid as error:
            values[setting.key] = setting.default
            default = format_value(setting.default) if setting.default is not None else "tomt"
            problems.append(f"{error.message} – standardvärdet {default} används.")
    free: dict[str, dict[str, object]] = {}
    unknown: dict[str, object] = {}
    for key, value in _flat(document):
        if is_secret_key(key):
            problems.append(
                f"Inställningen {key} ser ut att vara ett lösenord och används inte: lösenord "
                "sparas bara i nyckelringen. Ta bort raden ur inställningsfilen."
            )
        elif key.split(".")[0] in FREE_SECTIONS:
            section, name = key.split(".", 1)
            free.setdefault(section, {})[name] = value
        elif key not in BY_KEY:
            unknown[key] = value
    return Settings(values, free, unknown, tuple(problems))


def _flat(table: Mapping[str, object], prefix: str = "") -> list[tuple[str, object]]:
    pairs: list[tuple[str, object]] = []
    for key, value in table.items():
        if isinstance(value, Mapping):
            pairs += _flat(value, f"{prefix}{key}.")
        else:
            pairs.append((f"{prefix}{key}", value))
    return pairs


def save_settings(settings: Settings, path: Path | None = None) -> Path | None:
    """Writes the values that differ from their defaults, the free sections and unknown keys.
    An existing file that would change is first copied to settings.toml.bak (returned)."""
    path = path or settings_path()
    flat = {**settings.unknown, **dict(_changed(settings))}
    for section, table in settings.free.items():
        flat.update({f"{section}.{key}": value for key, value in table.items()})
    text = dumps(_nested(flat))
    backup = None
    if path.exists():
        if path.read_bytes() == text.encode("utf-8"):
            return None
        backup = path.with_name(path.name + ".bak")
        shutil.copy2(path, backup)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)  # never a half-written settings file
    return backup


def _changed(settings: Settings) -> list[tuple[str, object]]:
    return [(s.key, settings[s.key]) for s in SETTINGS if settings[s.key] != s.default]


def _nested(flat: Mapping[str, object]) -> dict[str, object]:
    """{"a.b": 1} → {"a": {"b": 1}}."""
    nested: dict[str, object] = {}
    for key, value in flat.items():
        *parents, name = key.split(".")
        target = nested
        for parent in parents:
            target = target.setdefault(parent, {})  # type: ignore[assignment]
        target[name] = value
    return nested
