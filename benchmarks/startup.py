"""Start-up: from a fresh Python process to a usable chair window (the example meeting's journal
replayed, the console shown and painted), without feeds. Target under 2 s.

    python -m benchmarks.startup [--runs N]

The baseline, measured in the same run: a fresh process that imports PySide6 and shows an
empty main window — what any Qt application pays. The ratio is what Klubban adds.
Offscreen Qt, so that the number does not depend on a window manager. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.conftest import EXAMPLE_SCENARIO
from ui.cli import scenario

TARGET_S = 2.0

_BASELINE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1600, 1000)
window.show()
app.processEvents()
window.grab()
"""

_KLUBBAN = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from db.settings import Settings
from ui.cli.common import open_store
from db.session import MeetingSession
from ui.console import Console
from ui.controller import MeetingController
store = open_store(sys.argv[1])
session = MeetingSession.open(store, store.meeting_ids()[-1])
console = Console(MeetingController(session), settings=Settings(), which="chair")
window = console.windows["chair"]
window.resize(1600, 1000)
window.show()
app.processEvents()
window.grab()
"""


def _run(code: str, *args: str) -> float:
    """Seconds from starting the interpreter to the window painted (timed from outside)."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="klubban-bench-") as directory:
        journal = str(Path(directory) / "kfn.db")
        assert scenario.run(str(EXAMPLE_SCENARIO), journal, out=io.StringIO()) == 0
        _run(_KLUBBAN, journal)  # warm the file cache and the bytecode
        baseline = [_run(_BASELINE) for _ in range(args.runs)]
        klubban = [_run(_KLUBBAN, journal) for _ in range(args.runs)]
    result = {
        "runs": args.runs,
        "chair_window_s": round(statistics.median(klubban), 3),
        "baseline_empty_qt_window_s": round(statistics.median(baseline), 3),
        "ratio": round(statistics.median(klubban) / statistics.median(baseline), 2),
        "target_s": TARGET_S,
        "within_target": statistics.median(klubban) < TARGET_S,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
