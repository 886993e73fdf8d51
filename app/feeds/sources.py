"""Feed sources: which MRLs Klubban accepts, refused with a Swedish message naming the fault."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

NETWORK = ("udp", "rtp", "srt", "rtsp", "rtsps", "http", "https", "tcp", "rtmp")
LOCAL = ("file", "v4l2", "dshow", "screen", "alsa", "pulse")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*)://", re.I)


class SourceInvalid(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def validate_mrl(text: str) -> str:
    """The MRL, trimmed, if libvlc can be asked to open it; else SourceInvalid (Swedish)."""
    mrl = text.strip()
    if not mrl:
        raise SourceInvalid("Ange en källa, t.ex. srt://kamera.kommun.se:9000.")
    if any(c.isspace() for c in mrl):
        raise SourceInvalid(f"Källan {mrl!r} innehåller mellanslag.")
    found = _SCHEME.match(mrl)
    if not found:
        raise SourceInvalid(
            f"Källan {mrl!r} saknar protokoll: skriv t.ex. srt://, rtsp://, udp://@ eller http://."
        )
    scheme = found.group(1).lower()
    if scheme in LOCAL:
        return mrl
    if scheme not in NETWORK:
        known = ", ".join(NETWORK + LOCAL)
        raise SourceInvalid(f"Protokollet {scheme}:// stöds inte. Välj något av: {known}.")
    parts = urlsplit(mrl)
    try:
        port = parts.port
    except ValueError:
        raise SourceInvalid(f"Porten i {mrl!r} är inte ett tal mellan 1 och 65535.") from None
    listening = scheme in ("udp", "rtp") and parts.netloc.startswith("@")
    if not parts.hostname and not listening:
        raise SourceInvalid(f"Källan {mrl!r} saknar värdnamn eller adress.")
    if scheme in ("udp", "rtp", "srt", "tcp") and port is None:
        raise SourceInvalid(f"Källan {mrl!r} saknar port (t.ex. :9000).")
    return mrl
