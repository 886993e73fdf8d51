"""Turning the database driver's failures into StorageUnavailable with a Swedish message that
says what happened and what to do. Everything else is a bug and propagates as it is."""

from __future__ import annotations

from app.journal.port import StorageUnavailable

_KNOWN: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("database is locked", "database table is locked", "could not obtain lock"),
        "Journalen {where} är låst av ett annat program. Stäng det andra programmet (eller den "
        "andra Klubban) och försök igen. Inget kvitterat har gått förlorat.",
    ),
    (
        ("readonly database", "read-only", "permission denied"),
        "Journalen {where} går inte att skriva: filen eller mappen är skrivskyddad. Kopiera "
        "journalen till en skrivbar mapp och öppna kopian. Inget kvitterat har gått förlorat.",
    ),
    (
        ("database or disk is full", "disk is full", "no space left"),
        "Disken är full, så journalen {where} kan inte skrivas. Frigör utrymme och försök igen, "
        "eller fortsätt på en kopia på en annan disk. Inget kvitterat har gått förlorat.",
    ),
    (
        ("file is not a database", "malformed", "file is encrypted"),
        "Journalfilen {where} är skadad och kan inte läsas. Öppna den senaste säkerhetskopian "
        "(mappen backups bredvid journalen).",
    ),
    (
        ("unable to open database file",),
        "Journalfilen {where} kan inte öppnas. Kontrollera sökvägen och behörigheterna.",
    ),
    (
        ("connection refused", "could not connect", "connection failed", "timeout expired"),
        "Databasservern för journalen {where} svarar inte. Kontrollera nätverket och servern.",
    ),
)


def storage_error(error: Exception, where: str) -> StorageUnavailable:
    """The StorageUnavailable for a driver error (SQLAlchemy's wrapper or the driver's own,
    as the append raises it) or an OSError; unknown errors keep their text."""
    detail = str(getattr(error, "orig", None) or error)
    lowered = detail.lower()
    for needles, message in _KNOWN:
        if any(needle in lowered for needle in needles):
            return StorageUnavailable(message.format(where=where))
    return StorageUnavailable(f"Journalen {where} kan inte nås: {detail}")
