"""Where Klubban's resource files are: the source tree, or the PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # a frozen bundle unpacks its data next to the executable's modules
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


DEMO_SCENARIO = ("demo", "exempelby-kfn-2026-03-16.json")
SELFTEST_CLIP = ("selftest", "clip.ts")
