"""Every keyboard shortcut of the secretary console, declared once: the window binds them and
the F1 overlay lists them from this table."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


@dataclass(frozen=True, slots=True)
class Shortcut:
    action: str
    keys: str
    """A QKeySequence string ("Ctrl+Y"); page keys are single letters."""
    text: str
    scope: str
    """"" for the whole window, else the page where the key works."""


def shortcuts() -> tuple[Shortcut, ...]:
    upprop, votering, journal = _t("Upprop"), _t("Votering"), _t("Journal")
    return (
        Shortcut("help", "F1", _t("Visa kortkommandon"), ""),
        Shortcut("page_upprop", "Ctrl+1", _t("Upprop och närvaro"), ""),
        Shortcut("page_item", "Ctrl+2", _t("Ärendet: yrkanden och beslut"), ""),
        Shortcut("page_votering", "Ctrl+3", _t("Votering (namnupprop)"), ""),
        Shortcut("page_journal", "Ctrl+4", _t("Journal och rättelser"), ""),
        Shortcut("open_meeting", "Ctrl+O", _t("Öppna sammanträdet"), ""),
        Shortcut("next_item", "Ctrl+N", _t("Ta upp nästa ärende"), ""),
        Shortcut("floor", "Ctrl+T", _t("Begär ordet"), ""),
        Shortcut("yrkande", "Ctrl+Y", _t("Nytt yrkande"), ""),
        Shortcut("instam", "Ctrl+I", _t("Instämmande"), ""),
        Shortcut("proposition", "Ctrl+P", _t("Ställ proposition"), ""),
        Shortcut("votering", "Ctrl+V", _t("Begär votering"), ""),
        Shortcut("jav", "Ctrl+J", _t("Jäv"), ""),
        Shortcut("reservation", "Ctrl+R", _t("Reservation"), ""),
        Shortcut("anteckning", "Ctrl+K", _t("Protokollsanteckning"), ""),
        Shortcut("note", "Ctrl+M", _t("Anteckning"), ""),
        Shortcut("beslut", "Ctrl+B", _t("Beslutets lydelse"), ""),
        Shortcut("omedelbar", "Ctrl+E", _t("Omedelbar justering"), ""),
        Shortcut("sluten", "Ctrl+Shift+O", _t("Sluten omröstning (antal)"), ""),
        Shortcut("val", "Ctrl+Shift+V", _t("Val (majoritet eller proportionellt)"), ""),
        Shortcut("justerare", "Ctrl+U", _t("Utse justerare"), ""),
        Shortcut("arrive", "Ctrl+Shift+A", _t("Ledamot anländer"), ""),
        Shortcut("leave", "Ctrl+Shift+L", _t("Ledamot lämnar"), ""),
        Shortcut("ajournera", "Ctrl+G", _t("Ajournera / återuppta"), ""),
        Shortcut("protocol", "Ctrl+Shift+P", _t("Skriv protokoll (DOCX och PDF/A)"), ""),
        Shortcut("archive", "Ctrl+Shift+R", _t("Skriv arkivpaket"), ""),
        Shortcut("close_meeting", "Ctrl+Shift+Q", _t("Avsluta sammanträdet"), ""),
        Shortcut("import_agenda", "Ctrl+Shift+I", _t("Importera ärenden till dagordningen"), ""),
        Shortcut("settings", "Ctrl+,", _t("Inställningar"), ""),
        Shortcut("feeds", "Ctrl+Shift+F", _t("Videoflöden: källor och lösenord"), ""),
        Shortcut("policy", "Ctrl+Shift+D", _t("Regler för distansdeltagande"), ""),
        Shortcut("present", "S", _t("I salen"), upprop),
        Shortcut("remote", "D", _t("På distans"), upprop),
        Shortcut("absent", "F", _t("Frånvarande"), upprop),
        Shortcut("teknik", "T", _t("Teknikkontroll godkänd"), upprop),
        Shortcut("ersattare", "E", _t("Kalla in ersättare (förslag efter turordning)"), upprop),
        Shortcut("upprop_done", "Ctrl+Return", _t("Uppropet är klart"), upprop),
        Shortcut("vote_ja", "J", _t("Ja"), votering),
        Shortcut("vote_nej", "N", _t("Nej"), votering),
        Shortcut("vote_avstar", "A", _t("Avstår"), votering),
        Shortcut("vote_skip", "Space", _t("Hoppa över (ropas upp igen sist)"), votering),
        Shortcut("votering_done", "Ctrl+Return", _t("Avsluta voteringen"), votering),
        Shortcut("correct", "Delete", _t("Stryk eller rätta markerad post"), journal),
    )


def by_action() -> dict[str, Shortcut]:
    return {s.action: s for s in shortcuts()}
