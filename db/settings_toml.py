"""A small TOML writer for Klubban's own files (settings, organ): tables of scalars and
lists of scalars, which is all they hold. Reading is tomllib's."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def dumps(document: Mapping[str, object]) -> str:
    """Top-level scalars first, then one [table] per mapping (nested as [a.b]); None values
    are left out, since TOML has no null."""
    lines: list[str] = []
    _table(lines, (), document)
    return "\n".join(lines).lstrip("\n") + "\n"


def _table(lines: list[str], path: tuple[str, ...], table: Mapping[str, object]) -> None:
    scalars = [(k, v) for k, v in table.items() if v is not None and not isinstance(v, Mapping)]
    if path and (scalars or not any(isinstance(v, Mapping) for v in table.values())):
        lines += ["", f"[{'.'.join(_key(p) for p in path)}]"]
    lines += [f"{_key(k)} = {format_value(v)}" for k, v in scalars]
    for key, value in table.items():
        if isinstance(value, Mapping):
            _table(lines, (*path, key), value)


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else json.dumps(key, ensure_ascii=False)


def format_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        # JSON's string escapes are valid TOML basic-string escapes; TOML also forbids a raw
        # DEL, which JSON leaves as it is.
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list | tuple):
        return "[" + ", ".join(format_value(v) for v in value) + "]"
    if isinstance(value, dt.date | dt.time):  # TOML's dates and times (datetime is a date)
        return value.isoformat()
    if isinstance(value, Mapping):  # an inline table, as in a list of tables
        return "{" + ", ".join(f"{_key(k)} = {format_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")
