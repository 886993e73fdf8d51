"""Secrets (feed and database passwords) live only in the OS keyring, under the service
"klubban" and the user name "<kind>:<name>" (e.g. "feed:Kamera salen"). Nothing here logs a
value, and a keyring that would store in plain text is refused like a missing one."""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail

SERVICE = "klubban"
_PLAINTEXT = {"PlaintextKeyring"}
"""keyrings.alt's unencrypted file backend, matched by name since keyrings.alt is optional."""


class SecretsUnavailable(Exception):
    """No usable keyring: `message` is Swedish and says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


_NO_BACKEND = (
    "Det finns ingen nyckelring att spara lösenord i. Klubban sparar lösenord bara i "
    "operativsystemets nyckelring (Windows Autentiseringshanteraren, macOS Nyckelhanterare "
    "eller Secret Service/GNOME-nyckelringen på Linux). Be IT-avdelningen aktivera en "
    "nyckelring och försök igen."
)


def _backend() -> KeyringBackend:
    """The chosen keyring; of a chain, its best backend that does not store plain text."""
    backend = keyring.get_keyring()
    if isinstance(backend, chainer.ChainerBackend):
        usable = [b for b in backend.backends if type(b).__name__ not in _PLAINTEXT]
        if not usable:
            raise SecretsUnavailable(_NO_BACKEND)
        return usable[0]
    if isinstance(backend, fail.Keyring):
        raise SecretsUnavailable(_NO_BACKEND)
    if type(backend).__name__ in _PLAINTEXT:
        raise SecretsUnavailable(
            "Den nyckelring som är vald sparar lösenord okrypterat i en fil; Klubban använder "
            "den inte. " + _NO_BACKEND
        )
    return backend


def _user(kind: str, name: str) -> str:
    return f"{kind}:{name}"


def _failed(action: str, error: Exception) -> SecretsUnavailable:
    locked = isinstance(error, keyring.errors.KeyringLocked)
    why = "Nyckelringen är låst: lås upp den och försök igen." if locked else f"({error})"
    return SecretsUnavailable(f"Lösenordet kunde inte {action} i nyckelringen. {why}")


def store_secret(kind: str, name: str, value: str) -> None:
    try:
        _backend().set_password(SERVICE, _user(kind, name), value)
    except keyring.errors.KeyringError as error:
        raise _failed("sparas", error) from None


def get_secret(kind: str, name: str) -> str | None:
    try:
        return _backend().get_password(SERVICE, _user(kind, name))
    except keyring.errors.KeyringError as error:
        raise _failed("läsas", error) from None


def delete_secret(kind: str, name: str) -> None:
    """Deleting a secret that is not there is not an error."""
    try:
        _backend().delete_password(SERVICE, _user(kind, name))
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as error:
        raise _failed("tas bort", error) from None
