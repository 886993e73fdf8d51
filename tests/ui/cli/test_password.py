"""`klubban password`: the password goes to the OS keyring and nowhere else."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from keyring.backends import SecretService

from db.engine import database_secret_name
from db.secrets import delete_secret, get_secret
from tests.support.keyring import NEEDS
from tests.support.keyring import secret_service as running_secret_service
from ui.main import main

pytestmark = [pytest.mark.db, NEEDS]
PASSWORD = "Kx9#hemligt-lösen-4711"


@pytest.fixture(scope="module")
def secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecretService.Keyring]:
    with running_secret_service(tmp_path_factory.mktemp("keyring-home")) as backend:
        yield backend


def test_a_feed_password_is_stored(secret_service, monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["password", "feed", "Kamera salen"]) == 0
    assert get_secret("feed", "Kamera salen") == PASSWORD
    assert PASSWORD not in capsys.readouterr().out
    delete_secret("feed", "Kamera salen")


def test_a_database_password_is_stored_under_the_address(
    secret_service, monkeypatch, capsys
) -> None:
    url = "postgresql+psycopg://klubban@db.kommun.se/klubban"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["password", "database", url]) == 0
    assert get_secret("database", database_secret_name(url)) == PASSWORD
    delete_secret("database", database_secret_name(url))


def test_an_empty_password_stores_nothing(secret_service, monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    assert main(["password", "feed", "Tom"]) == 1
    assert get_secret("feed", "Tom") is None
    assert "inget har sparats" in capsys.readouterr().err
