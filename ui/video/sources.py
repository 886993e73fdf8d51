"""Feed credentials join the MRL only at the moment the player opens it: the stored MRL carries
none (the password is in the keyring), and the joined one is never shown or logged."""

from __future__ import annotations

from urllib.parse import quote, urlsplit, urlunsplit


def with_credentials(mrl: str, username: str | None, password: str | None) -> str:
    if not username:
        return mrl
    parts = urlsplit(mrl)
    userinfo = quote(username, safe="") + (f":{quote(password, safe='')}" if password else "")
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit(parts._replace(netloc=f"{userinfo}@{host}"))
