"""Secrets in a real keyring: GNOME Keyring's Secret Service on a private D-Bus session bus
started for these tests (unlocked with a test password), never a plain-text file. A stored
password round-trips and appears nowhere in Klubban's own files or logs."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import SecretService, chainer, fail
from sqlalchemy import create_engine

from db import reference
from db.engine import database_secret_name, with_keyring_password
from db.secrets import SecretsUnavailable, delete_secret, get_secret, store_secret
from db.settings import load_settings, save_settings
from tests.support.keyring import NEEDS
from tests.support.keyring import secret_service as running_secret_service

pytestmark = [
    pytest.mark.db,
    NEEDS,
]
PASSWORD = "Kx9#hemligt-lösen-4711"


@pytest.fixture(scope="module")
def secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecretService.Keyring]:
    with running_secret_service(tmp_path_factory.mktemp("keyring-home")) as backend:
        yield backend


def test_a_secret_round_trips(secret_service) -> None:
    store_secret("database", "postgresql://db.kommun.se/klubban", PASSWORD)
    assert get_secret("database", "postgresql://db.kommun.se/klubban") == PASSWORD
    assert secret_service.get_password("klubban", "database:postgresql://db.kommun.se/klubban")
    store_secret("database", "postgresql://db.kommun.se/klubban", "nytt")
    assert get_secret("database", "postgresql://db.kommun.se/klubban") == "nytt"
    delete_secret("database", "postgresql://db.kommun.se/klubban")
    assert get_secret("database", "postgresql://db.kommun.se/klubban") is None
    delete_secret("database", "postgresql://db.kommun.se/klubban")  # already gone: no error


def test_a_feed_password_lands_only_in_the_keyring(
    secret_service, tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys
) -> None:
    caplog.set_level(logging.DEBUG)
    db = tmp_path / "klubban.db"
    engine = create_engine(f"sqlite:///{db}", echo=True)  # SQL and parameters into the log
    reference.metadata.create_all(engine)
    mrl = f"rtsp://anna.berg:{PASSWORD.replace('#', '%23')}@10.0.0.5:554/stream1"
    reference.save_feed_source(engine, reference.FeedSource("Anna Berg", mrl, person_id="m01"))
    reference.save_feed_source(
        engine, reference.FeedSource("Salen", "rtsp://10.0.0.9/room", "kamera"), password="rum-pw"
    )
    assert reference.load_feed_sources(engine) == [
        reference.FeedSource("Anna Berg", "rtsp://10.0.0.5:554/stream1", "anna.berg", "m01"),
        reference.FeedSource("Salen", "rtsp://10.0.0.9/room", "kamera"),
    ]
    assert reference.feed_password("Anna Berg") == PASSWORD
    assert reference.feed_password("Salen") == "rum-pw"

    settings_file = tmp_path / "settings.toml"
    save_settings(load_settings(settings_file).with_value("feeds.loss_s", 2), settings_file)
    engine.dispose()
    for path in tmp_path.iterdir():
        for secret in (PASSWORD, "rum-pw"):
            assert secret.encode() not in path.read_bytes(), path.name
            assert secret.encode("utf-16-le") not in path.read_bytes(), path.name
    out, err = capsys.readouterr()
    assert "INSERT INTO feed_source" in caplog.text
    for secret in (PASSWORD, "rum-pw", "%23"):
        assert secret not in caplog.text + out + err

    reference.delete_feed_source(engine, "Salen")
    assert reference.feed_password("Salen") is None
    engine.dispose()


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), chainer.ChainerBackend.__new__(chainer.ChainerBackend)],
    ids=["fail", "empty-chain"],
)
def test_no_keyring_is_a_clear_swedish_message(backend, tmp_path: Path) -> None:
    if isinstance(backend, chainer.ChainerBackend):
        backend.__dict__["backends"] = []
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        with pytest.raises(SecretsUnavailable) as raised:
            store_secret("feed", "Salen", "x")
        assert raised.value.message.startswith("Det finns ingen nyckelring att spara lösenord i.")
        engine = create_engine(f"sqlite:///{tmp_path / 'k.db'}")
        reference.metadata.create_all(engine)
        with pytest.raises(SecretsUnavailable):
            reference.save_feed_source(
                engine, reference.FeedSource("Salen", "rtsp://10.0.0.9/"), password="x"
            )
        assert reference.load_feed_sources(engine) == []  # the feed waits for its password
        engine.dispose()
    finally:
        keyring.set_keyring(previous)


def test_a_plain_text_keyring_is_refused(tmp_path: Path) -> None:
    plaintext = pytest.importorskip("keyrings.alt.file").PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(plaintext)
    try:
        with pytest.raises(SecretsUnavailable, match="okrypterat"):
            store_secret("feed", "Salen", "x")
    finally:
        keyring.set_keyring(previous)
    assert not (tmp_path / "keyring_pass.cfg").exists()


def test_a_database_password_joins_the_address_only_when_opening(secret_service) -> None:
    url = "postgresql+psycopg://klubban@db.kommun.se/klubban"
    store_secret("database", database_secret_name(url), PASSWORD)
    assert with_keyring_password(url).password == PASSWORD
    assert with_keyring_password("postgresql+psycopg://db.kommun.se/klubban").password is None
    assert with_keyring_password("postgresql+psycopg://annan@db.kommun.se/klubban").password is None
    delete_secret("database", database_secret_name(url))
