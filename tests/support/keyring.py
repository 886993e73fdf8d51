"""A real keyring for tests: GNOME Keyring's Secret Service on a private D-Bus session bus,
unlocked with a test password, installed as keyring's backend while the block runs."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import keyring
import pytest
import secretstorage
from jeepney.wrappers import DBusErrorResponse
from keyring.backends import SecretService

LOGIN = "/org/freedesktop/secrets/collection/login"
AVAILABLE = bool(shutil.which("dbus-daemon") and shutil.which("gnome-keyring-daemon"))
NEEDS = pytest.mark.skipif(
    not AVAILABLE,
    reason="needs dbus-daemon and gnome-keyring-daemon (scripts/system-packages.txt)",
)


_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
"""A session bus with no service directories. The standard one would start the system's own
gnome-keyring by D-Bus activation when the tests ask for the Secret Service before the test
daemon has claimed the name; that one has no unlocked login collection, and the set-up failed
now and then (seen in clean-clone CI runs)."""


def _wait_for_service(daemon: subprocess.Popen) -> None:
    """The daemon claims its bus name, then creates the unlocked "login" collection from the
    password it was given: poll the bus until the collection is there. Asking the keyring for a
    password before that makes it create a collection itself, through a prompt no test machine
    can answer (the set-up then fails now and then, leaving D-Bus sockets open)."""
    deadline = time.monotonic() + 20
    while True:
        try:
            with closing(secretstorage.dbus_init()) as connection:
                paths = [c.collection_path for c in secretstorage.get_all_collections(connection)]
            if LOGIN in paths:
                return
        except (secretstorage.exceptions.SecretStorageException, DBusErrorResponse):
            pass  # not on the bus yet
        if daemon.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("gnome-keyring-daemon did not open its login collection")
        time.sleep(0.05)


@contextmanager
def secret_service(home: Path) -> Iterator[SecretService.Keyring]:
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    config = home / "bus.conf"
    config.write_text(_BUS_CONFIG, encoding="utf-8")
    bus = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert bus.stdout is not None
    env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
    bus.stdout.close()
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert daemon.stdin is not None
    daemon.stdin.write(b"test-unlock-password")
    daemon.stdin.close()
    previous = keyring.get_keyring()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DBUS_SESSION_BUS_ADDRESS", env["DBUS_SESSION_BUS_ADDRESS"])
        backend = SecretService.Keyring()
        try:
            _wait_for_service(daemon)
            keyring.set_keyring(backend)
            yield backend
        finally:
            keyring.set_keyring(previous)
            for process in (daemon, bus):
                process.terminate()
                process.wait(timeout=10)
