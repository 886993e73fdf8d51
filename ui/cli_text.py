"""The command line's own words, in Swedish or English after the user's locale."""

from __future__ import annotations

import os

_TEXT = {
    "sv": {
        "description": "Klubban – mötesstöd för kommunala sammanträden med deltagande på distans.",
        "version": "visa versionen och avsluta",
        "help": "visa den här hjälpen och avsluta",
        "commands": "kommandon",
        "scenario": "spela upp eller exportera ett scenario (ett sammanträde i JSON)",
        "scenario_run": "spela upp ett scenario genom samma styrning som fönstren",
        "scenario_export": "skriv ut ett sammanträdes journal som scenario",
        "file": "scenariofilen (JSON, klubban-scenario/1)",
        "db": "journaldatabasen (SQLite-fil eller postgresql://-adress)",
        "meeting": "sammanträdets id (standard: det enda eller senaste)",
        "out": "skriv till denna fil i stället för standard ut",
        "verify": "kontrollera journalens hashkedja",
        "seal": "sigillet (huvudhash) från protokollet eller arkivpaketet",
        "gui": "starta fönstren",
        "window": "öppna bara detta fönster",
        "demo": "starta demosammanträdet med simulerade distansdeltagare",
        "simulate": "starta simulerade videoströmmar på loopback",
        "protocol": "skriv protokollsutkast (DOCX) och PDF/A",
        "archive": "arkivpaket för diariet",
        "archive_verify": "kontrollera ett arkivpaket",
        "import": "importera ledamöter, ersättare eller dagordning",
        "import_file": "filen att importera (CSV eller XLSX)",
        "body": "organet ledamöterna hör till (standard: det enda)",
        "organ": "organfil med organets namn, typ och regler för distansdeltagande",
        "yes": "importera utan att fråga efter förhandsvisningen",
        "password": "spara ett lösenord (databas eller videoflöde) i nyckelringen",
        "password_name": "databasens adress eller videoflödets namn",
        "self_test": "kör självtestet (databas, scenario, video, protokoll) och avsluta",
    },
    "en": {
        "description": "Klubban – a console for municipal meetings with remote members.",
        "version": "show the version and exit",
        "help": "show this help and exit",
        "commands": "commands",
        "scenario": "play or export a scenario (a meeting as JSON)",
        "scenario_run": "play a scenario through the same controller as the windows",
        "scenario_export": "write a meeting's journal out as a scenario",
        "file": "the scenario file (JSON, klubban-scenario/1)",
        "db": "the journal database (SQLite file or postgresql:// URL)",
        "meeting": "the meeting id (default: the only or latest one)",
        "out": "write to this file instead of standard output",
        "verify": "check the journal's hash chain",
        "seal": "the seal (head hash) printed in the protocol or archive package",
        "gui": "start the windows",
        "window": "open only this window",
        "demo": "start the demo meeting with simulated remote members",
        "simulate": "start simulated video streams on loopback",
        "protocol": "write the protocol draft (DOCX) and PDF/A",
        "archive": "archive package for the diarium",
        "archive_verify": "check an archive package",
        "import": "import members, substitutes or an agenda",
        "import_file": "the file to import (CSV or XLSX)",
        "body": "the body the members belong to (default: the only one)",
        "organ": "organ file with the body's name, kind and distance rules",
        "yes": "import without asking after the preview",
        "password": "store a password (database or feed) in the keyring",
        "password_name": "the database address or the feed's name",
        "self_test": "run the self-test (database, scenario, video, protocol) and exit",
    },
}


def language() -> str:
    """ "sv" unless the locale asks for English (LC_ALL, LC_MESSAGES, LANG, LANGUAGE)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return "en" if value.lower().startswith("en") else "sv"
    return "sv"


def text(key: str) -> str:
    return _TEXT[language()][key]
