"""Every setting, declared once: its key, type, default, limits and the Swedish label the
settings dialog shows. Validation gives a Swedish message naming the key."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.feeds.health import HealthThresholds
from db.settings_toml import format_value

Value = str | int | float | bool | None


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    """ "section.name", as in the TOML file."""
    kind: type
    """float, int, str or bool; an int is accepted where a float is declared."""
    default: Value
    label: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()

    @property
    def optional(self) -> bool:
        """Optional settings may be left out (None), e.g. the phrase template folder."""
        return self.default is None


_FEEDS = HealthThresholds()
"""The feed monitor's defaults are declared with the monitor; these settings override them."""

SETTINGS: tuple[Setting, ...] = (
    Setting(
        "feeds.loss_s",
        float,
        _FEEDS.loss_ms / 1000,
        "Förbindelsen räknas som bruten efter (s)",
        0.1,
        60,
    ),
    Setting(
        "feeds.frozen_s",
        float,
        _FEEDS.frozen_ms / 1000,
        "Stillastående bild larmar efter (s)",
        0.5,
        60,
    ),
    Setting(
        "feeds.first_picture_s",
        float,
        _FEEDS.first_picture_ms / 1000,
        "Första bilden från en ny förbindelse får dröja (s)",
        1,
        120,
    ),
    Setting("feeds.black_s", float, _FEEDS.black_ms / 1000, "Svart bild larmar efter (s)", 0.5, 60),
    Setting(
        "feeds.silence_s", float, _FEEDS.silence_ms / 1000, "Tystnad markeras efter (s)", 0.5, 600
    ),
    Setting(
        "feeds.native_video",
        bool,
        True,
        "Visa videobilderna med datorns egen videoutgång (av: Klubban ritar dem själv)",
    ),
    Setting("phrases.folder", str, None, "Mapp med kommunens egna frasmallar"),
    Setting("database.url", str, None, "Databas (tomt: en fil i användarens datamapp)"),
    Setting("ui.language", str, "sv", "Språk", choices=("sv", "en")),
    Setting("ui.font_scale", float, 1.0, "Textstorlek (1,0 = normal)", 0.5, 3.0),
    Setting(
        "interruption.adjourn_after_s",
        float,
        30.0,
        "Föreslå ajournering när en förbindelse varit bruten i (s)",
        0,
        3600,
    ),
    Setting(
        "interruption.count_absent_after_s",
        float,
        300.0,
        "Föreslå att ledamoten anses frånvarande och ersättare kallas in efter (s)",
        0,
        7200,
    ),
    Setting("interruption.support_name", str, None, "Teknisk support: namn"),
    Setting("interruption.support_phone", str, None, "Teknisk support: telefon"),
)
BY_KEY = {s.key: s for s in SETTINGS}
FREE_SECTIONS = ("window",)
"""Sections whose keys the windows choose themselves (geometry, splitter state …)."""

# A word that ends where the key's word ends: "secretary_geometry" is the secretary window's
# place on the screen, not a secret.
_SECRET = re.compile(
    r"(pass(word|wd|ord)?|l[öo]senord|secret|hemlig[a-zåäö]*|token|api.?key)(?![a-zåäö])", re.I
)
_KIND = {float: "ett tal", int: "ett heltal", str: "en text", bool: "true eller false"}


class SettingInvalid(Exception):
    """A value a setting cannot take; `message` is Swedish and names the key."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def is_secret_key(key: str) -> bool:
    return bool(_SECRET.search(key))


def refuse_secret(key: str) -> None:
    if is_secret_key(key):
        raise SettingInvalid(
            f"Inställningen {key} ser ut att vara ett lösenord. Lösenord sparas bara i "
            "nyckelringen, aldrig i inställningsfilen."
        )


def checked(setting: Setting, value: object) -> Value:
    """The value as the setting's type, or SettingInvalid with the reason."""
    if value is None and setting.optional:
        return None
    if isinstance(value, str) and setting.optional and not value.strip():
        return None
    fits = isinstance(value, setting.kind) and not (
        isinstance(value, bool) and setting.kind is not bool
    )
    if setting.kind is float and isinstance(value, int) and not isinstance(value, bool):
        value, fits = float(value), True
    if not fits or (isinstance(value, float) and not math.isfinite(value)):
        raise SettingInvalid(
            f"Inställningen {setting.key} måste vara {_KIND[setting.kind]}, inte {_shown(value)}"
        )
    if setting.choices and value not in setting.choices:
        allowed = ", ".join(f'"{c}"' for c in setting.choices)
        raise SettingInvalid(
            f"Inställningen {setting.key} måste vara ett av {allowed}, inte {_shown(value)}"
        )
    if isinstance(value, int | float) and not isinstance(value, bool):
        if setting.minimum is not None and value < setting.minimum:
            raise SettingInvalid(
                f"Inställningen {setting.key} måste vara minst {setting.minimum:g}, inte {value:g}"
            )
        if setting.maximum is not None and value > setting.maximum:
            raise SettingInvalid(
                f"Inställningen {setting.key} får vara högst {setting.maximum:g}, inte {value:g}"
            )
    if isinstance(value, str) and "://" in value and urlsplit(value).password:
        raise SettingInvalid(
            f"Inställningen {setting.key} innehåller ett lösenord. Lösenord sparas bara i "
            "operativsystemets nyckelring; skriv adressen utan lösenord"
        )
    return value  # type: ignore[return-value]


def _shown(value: object) -> str:
    try:
        return format_value(value)
    except (TypeError, ValueError):
        return repr(value)
