"""`klubban --self-test`: proves an installation (or the frozen bundle) can do its job: a
temporary journal, the example meeting played through the write path and verified, a short
clip decoded by libvlc, and a protocol rendered. Exit 0 only if every check passed."""

from __future__ import annotations

import io
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ui.resources import DEMO_SCENARIO, SELFTEST_CLIP, resource_path

_DECODE_TIMEOUT_S = 15.0


def _scenario(workdir: Path) -> str:
    from ui.cli import scenario

    database = workdir / "selftest.db"
    out, err = io.StringIO(), io.StringIO()
    code = scenario.run(str(resource_path(*DEMO_SCENARIO)), str(database), out=out, err=err)
    if code != 0:
        raise RuntimeError(err.getvalue().strip() or f"exit {code}")
    from db.verify import verify_database

    report = verify_database(str(database))
    if not report.ok:
        raise RuntimeError(report.describe())
    return f"{len(out.getvalue().splitlines()) - 2} steg, kedjan intakt"


def _video(workdir: Path) -> str:
    import vlc

    instance = vlc.Instance(["--quiet", "--no-xlib", "--vout=dummy", "--aout=dummy"])
    try:
        media = instance.media_new_path(str(resource_path(*SELFTEST_CLIP)))
        player = instance.media_player_new()
        player.set_media(media)
        player.play()
        stats = vlc.MediaStats()
        deadline = time.monotonic() + _DECODE_TIMEOUT_S
        decoded = 0
        while time.monotonic() < deadline:
            if media.get_stats(stats):
                decoded = stats.decoded_video
                if decoded >= 10:
                    break
            time.sleep(0.05)  # a polling loop at start-up, not in any GUI thread
        player.stop()
        player.release()
        media.release()
    finally:
        instance.release()
    if decoded < 10:
        raise RuntimeError(f"libvlc avkodade bara {decoded} bilder")
    return f"{decoded} bilder avkodade"


def _protocol(workdir: Path) -> str:
    from ui.export.cli import render_meeting

    database = workdir / "selftest.db"
    written = render_meeting(str(database), None, workdir / "protokoll")
    names = sorted(p.name for p in written)
    return ", ".join(names)


CHECKS: tuple[tuple[str, Callable[[Path], str]], ...] = (
    ("journal och scenario", _scenario),
    ("video (libvlc)", _video),
    ("protokoll (DOCX och PDF/A)", _protocol),
)


def self_test() -> int:
    failures = 0
    with tempfile.TemporaryDirectory(prefix="klubban-selftest-") as tmp:
        for name, check in CHECKS:
            try:
                detail = check(Path(tmp))
            except Exception as error:
                failures += 1
                print(f"FEL  {name}: {error}")
            else:
                print(f"OK   {name}: {detail}")
    print("Självtestet godkänt." if not failures else f"Självtestet misslyckades ({failures}).")
    return 0 if failures == 0 else 1
