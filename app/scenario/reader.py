"""Strict reading of JSON values: every error names its JSON path, every unknown key is one."""

from __future__ import annotations

import json
import re
from typing import Any

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$")


class ScenarioError(Exception):
    """A scenario file that cannot be played as written. `message` is Swedish."""

    def __init__(self, message: str, path: str | None = None, step: int | None = None) -> None:
        where = f"{path}: " if path else ""
        super().__init__(where + message)
        self.message = message
        self.path = path
        self.step = step


def load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ScenarioError(
            f"ogiltig JSON på rad {error.lineno}, kolumn {error.colno}: {error.msg}",
            path=f"rad {error.lineno}",
        ) from None


_KIND_NAMES = {
    str: "en text",
    int: "ett heltal",
    bool: "true eller false",
    list: "en lista",
    dict: "ett objekt",
}


class Obj:
    """A JSON object being read; `done()` refuses keys nobody asked for."""

    def __init__(self, value: Any, path: str) -> None:
        if not isinstance(value, dict):
            raise ScenarioError("ska vara ett objekt", path)
        self.value = value
        self.path = path
        self._read: set[str] = set()

    def at(self, key: str) -> str:
        return f"{self.path}.{key}"

    def _get(self, key: str, kind: type, required: bool) -> Any:
        self._read.add(key)
        if key not in self.value:
            if required:
                raise ScenarioError(f"fältet ”{key}” saknas", self.path)
            return None
        value = self.value[key]
        if value is None and not required:
            return None
        # bool is an int in Python: keep them apart
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ScenarioError(f"ska vara {_KIND_NAMES[kind]}", self.at(key))
        return value

    def str(self, key: str, *, required: bool = True) -> Any:
        return self._get(key, str, required)

    def int(self, key: str, *, required: bool = True) -> Any:
        return self._get(key, int, required)

    def bool(self, key: str, default: bool = False) -> bool:
        value = self._get(key, bool, False)
        return default if value is None else value

    def obj(self, key: str, *, required: bool = True) -> Obj | None:
        value = self._get(key, dict, required)
        return None if value is None else Obj(value, self.at(key))

    def list(self, key: str, *, required: bool = True) -> list[Any]:
        value = self._get(key, list, required)
        return [] if value is None else value

    def strs(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        values = self.list(key, required=required)
        for index, value in enumerate(values):
            if not isinstance(value, str):
                raise ScenarioError("ska vara en text", f"{self.at(key)}[{index}]")
        return tuple(values)

    def objs(self, key: str, *, required: bool = True) -> list[Obj]:
        return [
            Obj(v, f"{self.at(key)}[{i}]") for i, v in enumerate(self.list(key, required=required))
        ]

    def str_map(self, key: str, *, required: bool = True) -> dict[str, str]:
        value = self._get(key, dict, required) or {}
        for k, v in value.items():
            if not isinstance(v, str):
                raise ScenarioError("ska vara en text", f"{self.at(key)}.{k}")
        return dict(value)

    def choice(self, key: str, choices: type, *, required: bool = True) -> Any:
        value = self.str(key, required=required)
        if value is None:
            return None
        try:
            return choices(value)
        except ValueError:
            allowed = " | ".join(c.value for c in choices)
            raise ScenarioError(
                f"okänt värde ”{value}” (tillåtet: {allowed})", self.at(key)
            ) from None

    def time(self, key: str = "at") -> str | None:
        value = self.str(key, required=False)
        if value is not None and not _TIME.match(value):
            raise ScenarioError(f"”{value}” är ingen klocktid (TT:MM eller TT:MM:SS)", self.at(key))
        return value

    def done(self) -> None:
        unknown = sorted(set(self.value) - self._read)
        if unknown:
            raise ScenarioError(f"okänt fält ”{unknown[0]}”", self.at(unknown[0]))
