"""The settings file on disk: defaults, invalid values per key, malformed TOML, secrets
refused, the user's file backed up before it is rewritten."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from db.settings import Settings, config_dir, load_settings, save_settings, settings_path
from db.settings_schema import SETTINGS, SettingInvalid

pytestmark = pytest.mark.db


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "klubban" / "settings.toml"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_gives_every_default(path: Path) -> None:
    settings = load_settings(path)
    assert settings.problems == ()
    assert settings["feeds.loss_s"] == 0.9
    assert settings["feeds.frozen_s"] == settings["feeds.black_s"] == 2.0
    assert settings["feeds.silence_s"] == 3.0
    assert settings["ui.language"] == "sv"
    assert settings["phrases.folder"] is None
    assert {s.key for s in SETTINGS} == set(settings.values)


def test_paths_follow_the_environment_override(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KLUBBAN_CONFIG_DIR", str(tmp_path / "conf"))
    monkeypatch.setenv("KLUBBAN_DATA_DIR", str(tmp_path / "data"))
    assert config_dir() == tmp_path / "conf"
    assert settings_path() == tmp_path / "conf" / "settings.toml"
    assert Settings().database_url == f"sqlite:///{tmp_path / 'data' / 'klubban.db'}"
    assert load_settings().problems == ()


def test_the_default_config_folder_is_the_platforms(monkeypatch) -> None:
    import platformdirs

    monkeypatch.delenv("KLUBBAN_CONFIG_DIR", raising=False)
    assert config_dir() == platformdirs.user_config_path("klubban", appauthor=False)


def test_an_invalid_value_falls_back_for_that_key_only(path: Path) -> None:
    write(
        path,
        '[feeds]\nloss_s = "abc"\nfrozen_s = 5\n\n[ui]\nlanguage = "de"\nfont_scale = 1.5\n'
        '\n[interruption]\nsupport_name = "IT-supporten"\ncount_absent_after_s = -1\n',
    )
    settings = load_settings(path)
    assert settings.problems == (
        'Inställningen feeds.loss_s måste vara ett tal, inte "abc" – standardvärdet 0.9 används.',
        'Inställningen ui.language måste vara ett av "sv", "en", inte "de" – standardvärdet "sv" '
        "används.",
        "Inställningen interruption.count_absent_after_s måste vara minst 0, inte -1 – "
        "standardvärdet 300.0 används.",
    )
    assert settings["feeds.loss_s"] == 0.9
    assert settings["feeds.frozen_s"] == 5.0
    assert isinstance(settings["feeds.frozen_s"], float)
    assert settings["ui.font_scale"] == 1.5
    assert settings["interruption.support_name"] == "IT-supporten"


def test_a_boolean_is_not_a_number(path: Path) -> None:
    write(path, "[feeds]\nblack_s = true\n")
    (problem,) = load_settings(path).problems
    assert problem.startswith("Inställningen feeds.black_s måste vara ett tal, inte true")


def test_a_malformed_file_names_the_line_and_is_left_alone(path: Path) -> None:
    text = '[feeds]\nloss_s = 2.0\nfrozen_s = = 4\n[ui]\nlanguage = "en"\n'
    write(path, text)
    settings = load_settings(path)
    (problem,) = settings.problems
    assert f"Inställningsfilen {path} har ett fel på rad 3, kolumn" in problem
    assert "Standardvärdena används." in problem
    assert settings["feeds.loss_s"] == 0.9
    assert path.read_text(encoding="utf-8") == text
    backup = save_settings(settings.with_value("ui.language", "en"), path)
    assert backup == path.with_name("settings.toml.bak")
    assert backup.read_text(encoding="utf-8") == text
    assert load_settings(path)["ui.language"] == "en"


def test_saving_keeps_a_backup_and_the_users_other_keys(path: Path) -> None:
    original = (
        '# min kommentar\n[feeds]\nloss_s = 2.5\n\n[window]\nchair_geometry = "AdnQywADAAA"\n'
        "\n[framtida]\nnagot = [1, 2]\n"
    )
    write(path, original)
    settings = load_settings(path)
    assert settings.unknown == {"framtida.nagot": [1, 2]}
    assert settings.free == {"window": {"chair_geometry": "AdnQywADAAA"}}
    changed = settings.with_value("feeds.silence_s", 10).with_free("window", "room_screen", 2)
    backup = save_settings(changed, path)
    assert backup is not None
    assert backup.read_text(encoding="utf-8") == original
    document = tomllib.loads(path.read_text(encoding="utf-8"))
    assert document == {
        "feeds": {"loss_s": 2.5, "silence_s": 10.0},
        "window": {"chair_geometry": "AdnQywADAAA", "room_screen": 2},
        "framtida": {"nagot": [1, 2]},
    }
    assert load_settings(path) == changed
    assert save_settings(changed, path) is None  # nothing changed: nothing rewritten


def test_changing_a_value_is_checked(path: Path) -> None:
    settings = Settings()
    with pytest.raises(SettingInvalid) as raised:
        settings.with_value("feeds.loss_s", "abc")
    assert raised.value.message == 'Inställningen feeds.loss_s måste vara ett tal, inte "abc".'
    with pytest.raises(SettingInvalid, match=r"ingen inställning som heter feeds\.okand"):
        settings.with_value("feeds.okand", 1)
    with pytest.raises(SettingInvalid, match="får vara högst 3, inte 9"):
        settings.with_value("ui.font_scale", 9)
    assert settings.with_value("phrases.folder", "  ")["phrases.folder"] is None
    assert settings.with_value("database.url", "postgresql://db/klubban").database_url == (
        "postgresql://db/klubban"
    )


@pytest.mark.parametrize(
    "key", ["password", "db_lösenord", "api_key", "feed_secret", "token", "dbpassword", "hemligt"]
)
def test_secrets_are_refused(path: Path, key: str) -> None:
    with pytest.raises(SettingInvalid, match="Lösenord sparas bara i nyckelringen"):
        Settings().with_free("window", key, "hemligt123")
    with pytest.raises(SettingInvalid, match="Lösenord sparas bara i nyckelringen"):
        Settings().with_value(f"database.{key}", "hemligt123")


def test_a_password_in_the_file_is_not_used_nor_written_back(path: Path) -> None:
    write(path, '[database]\nurl = "postgresql://db/k"\npassword = "hemligt123"\n')
    settings = load_settings(path)
    (problem,) = settings.problems
    assert problem.startswith("Inställningen database.password ser ut att vara ett lösenord")
    assert "hemligt123" not in repr(settings)
    save_settings(settings.with_value("ui.language", "en"), path)
    assert "hemligt123" not in path.read_text(encoding="utf-8")


def test_a_database_address_with_a_password_is_refused() -> None:
    with pytest.raises(SettingInvalid, match=r"database\.url innehåller ett lösenord"):
        Settings().with_value("database.url", "postgresql://klubban:hemligt@db.kommun.se/klubban")
    kept = Settings().with_value("database.url", "postgresql://klubban@db.kommun.se/klubban")
    assert kept["database.url"] == "postgresql://klubban@db.kommun.se/klubban"


@pytest.mark.parametrize("key", ["secretary_geometry", "chair_geometry", "passage", "last_meeting"])
def test_words_that_only_contain_a_secret_word_are_kept(path: Path, key: str) -> None:
    """The secretary window saves its place on the screen as "secretary_geometry"."""
    settings = Settings().with_free("window", key, "AdnQywADAAAAAAAA")
    save_settings(settings, path)
    assert load_settings(path).free["window"][key] == "AdnQywADAAAAAAAA"
