"""Bad input never gives a traceback and never costs stored data. Property tests over mangled
import files (CSV, XLSX, organ TOML), settings files and scenario files: each is either taken
or refused with a Swedish message that names the file and the line (the key for settings),
and a refusal leaves the database exactly as it was."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import tomllib
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from app.meeting.model import Body
from db import reference
from db.engine import open_engine
from db.importing.agenda import read_agenda
from db.importing.cli import import_agenda_main, import_members_main, import_organ_main
from db.importing.members import read_members
from db.importing.organ import read_organ
from db.importing.templates import FOLDER, ITEMS
from db.settings import Settings, load_settings, save_settings
from db.settings_schema import SETTINGS, SettingInvalid, checked
from db.settings_toml import format_value
from tests.support.fuzz import mutated_document
from tests.support.meeting import EXAMPLE, example_scenario
from ui.main import main

pytestmark = pytest.mark.db

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
MEETING_KEY = "KF-1"
BODY = example_scenario().create.body.name


# Import files ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):
    """A migrated database holding a body and a planned agenda (the data a bad import must
    not touch)."""
    engine = open_engine(str(tmp_path_factory.mktemp("import") / "klubban.db"))
    reference.save_body(engine, example_scenario().create.body)
    reference.save_agenda(engine, MEETING_KEY, ITEMS)
    yield engine
    engine.dispose()


def snapshot(engine: Engine) -> tuple[list[Body | None], tuple]:
    bodies = [reference.load_body(engine, name) for name in reference.body_names(engine)]
    return bodies, reference.load_agenda(engine, MEETING_KEY)


def template_rows(name: str) -> list[list[str]]:
    text = (FOLDER / name).read_text(encoding="utf-8-sig")
    return [line.split(";") for line in text.splitlines()]


garbage = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        ["", " ", "0", "-1", "1.5", "9" * 30, "9" * 5000, '"', '"a;b"', "ja", "x\ny", "ersättare"]
    ),
    st.integers().map(str),
)


@st.composite
def mangled_csv(draw, template: str) -> bytes:
    """The template with columns dropped or renamed, cells replaced, rows duplicated or cut,
    another separator or encoding, bytes inserted or the file cut short."""
    rows = [list(row) for row in template_rows(template)]
    for _ in range(draw(st.integers(1, 4))):
        action = draw(
            st.sampled_from(["drop_column", "rename", "cell", "duplicate", "drop_row", "extra"])
        )
        width = max(len(r) for r in rows) if rows else 0
        if action == "drop_column" and width:
            column = draw(st.integers(0, width - 1))
            rows = [[c for i, c in enumerate(r) if i != column] for r in rows]
        elif action == "rename" and rows and rows[0]:
            rows[0][draw(st.integers(0, len(rows[0]) - 1))] = draw(garbage)
        elif action == "cell" and rows:
            row = rows[draw(st.integers(0, len(rows) - 1))]
            if row:
                row[draw(st.integers(0, len(row) - 1))] = draw(garbage)
        elif action == "duplicate" and len(rows) > 1:
            rows.append(list(rows[draw(st.integers(1, len(rows) - 1))]))
        elif action == "drop_row" and rows:
            del rows[draw(st.integers(0, len(rows) - 1))]
        elif action == "extra" and rows:
            rows[draw(st.integers(0, len(rows) - 1))].append(draw(garbage))
    separator = draw(st.sampled_from([";", ";", ",", "\t", "|"]))
    newline = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    text = newline.join(separator.join(row) for row in rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    if draw(st.integers(0, 5)) == 0:
        data = data[: draw(st.integers(0, len(data)))]  # cut short, possibly empty
    return data


def assert_refused_with_location(code: int, lines: list[str], name: str) -> None:
    assert code == 1, lines
    assert lines[0].startswith("Inget har importerats: ")
    assert name in lines[0]
    assert len(lines) > 1
    for line in lines[1:]:
        assert line.startswith(f"{name}, rad "), line  # the file and the line


@FUZZ
@given(data=mangled_csv("ledamoter.csv"))
@example(
    data="typ;namn;parti;turordning\nledamot;A B;S;\nersättare;C D;S;{}\n".format(
        "9" * 5000
    ).encode()
)
def test_a_mangled_members_csv_imports_or_is_refused_located(engine, tmp_path, data) -> None:
    path = tmp_path / "ledamöter.csv"
    path.write_bytes(data)
    before = snapshot(engine)
    code, lines = import_members_main(engine, str(path), body=BODY)
    event(f"exit {code}")
    if code == 0:
        preview = read_members(path)
        stored = reference.load_body(engine, BODY)
        assert stored is not None
        assert (stored.members, stored.ersattare) == (preview.members, preview.ersattare)
    else:
        assert_refused_with_location(code, lines, path.name)
        assert snapshot(engine) == before


@FUZZ
@given(data=mangled_csv("dagordning.csv"))
@example(data=b"\x81rubrik;dnr\r1;Val av justerare;\r2;Dagordning;")  # lone CR, bad byte
def test_a_mangled_agenda_csv_imports_or_is_refused_located(engine, tmp_path, data) -> None:
    path = tmp_path / "dagordning.csv"
    path.write_bytes(data)
    before = snapshot(engine)
    code, lines = import_agenda_main(engine, str(path), meeting=MEETING_KEY)
    event(f"exit {code}")
    if code == 0:
        assert reference.load_agenda(engine, MEETING_KEY) == read_agenda(path).items
    else:
        assert_refused_with_location(code, lines, path.name)
        assert snapshot(engine) == before


ORGAN_TEXT = (FOLDER / "organ.toml").read_text(encoding="utf-8")
ORGAN_LINES = ORGAN_TEXT.splitlines()
toml_values = st.one_of(
    st.integers(),
    st.integers(-(2**63), 2**63 - 1).map(str),
    st.sampled_from(["true", "[]", '["sekretess"]', '"fullmaktige"', "1979-05-27", "inf", '""']),
    st.text(max_size=10).map(json.dumps),
    st.text(max_size=10),
)


@st.composite
def mangled_organ(draw) -> bytes:
    lines = list(ORGAN_LINES)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["value", "delete", "duplicate", "garbage"]))
        if action == "value" and "=" in lines[index]:
            key = lines[index].split("=", 1)[0]
            lines[index] = f"{key}= {draw(toml_values)}"
        elif action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        else:
            lines[index] = draw(st.text(max_size=20))
    data = "\n".join(lines).encode("utf-8", errors="replace")
    if draw(st.integers(0, 3)) == 0:
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=4)) + data[at:]
    return data


@FUZZ
@given(data=mangled_organ())
@example(data=ORGAN_TEXT.replace("max_antal = 10", f"max_antal = {10**30}").encode())
@example(data=ORGAN_TEXT.replace("anmalan_timmar = 24", f"anmalan_timmar = {2**63}").encode())
def test_a_mangled_organ_file_imports_or_is_refused_located(engine, tmp_path, data) -> None:
    path = tmp_path / "organ.toml"
    path.write_bytes(data)
    before = snapshot(engine)
    code, lines = import_organ_main(engine, str(path))
    event(f"exit {code}")
    if code == 0:
        organ = read_organ(path)
        stored = reference.load_body(engine, organ.name)
        assert stored is not None
        assert (stored.kind, stored.distance_policy) == (organ.kind, organ.policy)
        return
    assert code == 1, lines
    assert lines[0].startswith("Inget har importerats: ")
    for line in lines[1:]:
        assert line.startswith(path.name), line
        # Located by line, or by key; tomllib gives no line for some syntax errors.
        assert any(mark in line for mark in (", rad ", "kolumn", "UTF-8", "giltig TOML")), line
    assert snapshot(engine) == before


# XLSX --------------------------------------------------------------------------------------


def assert_broken_workbook(code: int, lines: list[str], name: str) -> None:
    assert code == 1, lines
    assert lines[0] == f"Inget har importerats: 1 fel i {name}."
    assert lines[1].startswith(f"{name}: Filen är ingen läsbar Excel-fil (.xlsx)")


@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes_as_xlsx_are_refused(engine, tmp_path, data) -> None:
    path = tmp_path / "ledamöter.xlsx"
    path.write_bytes(data)
    before = snapshot(engine)
    code, lines = import_members_main(engine, str(path), body=BODY)
    event(f"exit {code}")
    assert_broken_workbook(code, lines, path.name)
    assert snapshot(engine) == before


XLSX = (FOLDER / "ledamoter.xlsx").read_bytes()


@st.composite
def damaged_xlsx(draw) -> bytes:
    """The template workbook cut short, or with one of its parts replaced by garbage."""
    if draw(st.booleans()):
        return XLSX[: draw(st.integers(0, len(XLSX) - 1))]
    with zipfile.ZipFile(io.BytesIO(XLSX)) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    victim = draw(st.sampled_from(sorted(parts)))
    if draw(st.booleans()):
        parts[victim] = draw(st.binary(max_size=200))
    else:
        cut = draw(st.integers(0, len(parts[victim])))
        parts[victim] = parts[victim][:cut] + draw(st.binary(max_size=20))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, content in parts.items():
            target.writestr(name, content)
    return out.getvalue()


@FUZZ
@given(data=damaged_xlsx())
def test_a_damaged_xlsx_imports_or_is_refused(engine, tmp_path, data) -> None:
    path = tmp_path / "ledamöter.xlsx"
    path.write_bytes(data)
    before = snapshot(engine)
    code, lines = import_members_main(engine, str(path), body=BODY)
    event(f"exit {code}")
    assert code in (0, 1), lines
    if code == 1:
        assert lines[0].startswith("Inget har importerats: ")
        assert all(line.startswith(path.name) for line in lines[1:]), lines
        assert snapshot(engine) == before


def test_a_truncated_xlsx_is_refused_with_the_way_forward(engine, tmp_path) -> None:
    path = tmp_path / "ledamöter.xlsx"
    path.write_bytes(XLSX[: len(XLSX) // 2])
    before = snapshot(engine)
    assert_broken_workbook(*import_members_main(engine, str(path), body=BODY), path.name)
    assert snapshot(engine) == before


# Settings ----------------------------------------------------------------------------------

SECTIONS = sorted({s.key.split(".")[0] for s in SETTINGS} | {"window", "okänd"})
NAMES = sorted({s.key.split(".")[1] for s in SETTINGS} | {"password", "x"})
setting_values = st.one_of(
    st.integers(-(2**63), 2**63 - 1).map(str),
    st.floats(allow_nan=False).map(repr),
    st.just("nan"),
    st.sampled_from(["true", "false", '"sv"', '"en"', '"de"', "[1, 2]", "1979-05-27", "{}"]),
    st.sampled_from(["inf", "-inf", "[{a = 1}]", "1979-05-27T07:32:00Z", "07:32:00", '"\x7f"']),
    st.text(max_size=10).map(lambda t: json.dumps(t, ensure_ascii=False)),
    st.sampled_from(["0.1", "60", "1.5", "0.5", "600", "3.0", "2"]),
)


def _is_toml_value(text: str) -> bool:
    try:
        tomllib.loads(f"v = {text}")
    except tomllib.TOMLDecodeError:
        return False
    return True


toml_setting_values = setting_values.filter(_is_toml_value)


@st.composite
def settings_text(draw) -> bytes:
    """TOML-ish lines over the real sections and keys, with some garbage mixed in."""
    lines = []
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["section", "key", "key", "key", "garbage"]))
        if kind == "section":
            lines.append(f"[{draw(st.sampled_from(SECTIONS))}]")
        elif kind == "key":
            lines.append(f"{draw(st.sampled_from(NAMES))} = {draw(setting_values)}")
        else:
            lines.append(draw(st.text(max_size=15)))
    data = "\n".join(lines).encode("utf-8")
    if draw(st.integers(0, 4)) == 0:
        data = draw(st.binary(max_size=200))
    return data


def expected_settings(document: dict) -> tuple[dict, set[str]]:
    """The values a document must give, and the keys that must be named as invalid."""
    values, invalid = {}, set()
    for setting in SETTINGS:
        section, name = setting.key.split(".")
        table = document.get(section)
        raw = table.get(name) if isinstance(table, dict) else None
        if raw is None:
            values[setting.key] = setting.default
            continue
        try:
            values[setting.key] = checked(setting, raw)
        except SettingInvalid:
            values[setting.key] = setting.default
            invalid.add(setting.key)
    return values, invalid


@FUZZ
@given(data=settings_text())
@example(data=b"\r")
@example(data=b'[ui]\rlanguage = "en"\r')
def test_any_settings_file_loads_with_defaults_for_what_is_bad(tmp_path, monkeypatch, data) -> None:
    monkeypatch.setenv("KLUBBAN_CONFIG_DIR", str(tmp_path / "conf"))
    path = tmp_path / "conf" / "settings.toml"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    loaded = load_settings()  # never raises
    try:
        # Read as load_settings reads a text file: a lone CR (old Mac files) ends a line.
        text = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        document = tomllib.loads(text)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        assert loaded.values == {s.key: s.default for s in SETTINGS}
        (problem,) = loaded.problems
        assert problem.startswith(f"Inställningsfilen {path} ")
        assert "Standardvärdena används" in problem
        if isinstance(error, tomllib.TOMLDecodeError) and "line" in str(error):
            assert " på rad " in problem  # names the line
        assert path.read_bytes() == data  # left untouched
        return
    values, invalid = expected_settings(document)
    assert dict(loaded.values) == values  # valid keys kept, invalid ones at their default
    for key in invalid:
        assert any(f"Inställningen {key} " in p for p in loaded.problems), (key, loaded.problems)


@FUZZ
@given(
    bad_key=st.sampled_from([s.key for s in SETTINGS]),
    bad_value=toml_setting_values,
    good=st.fixed_dictionaries(
        {
            "feeds.loss_s": st.floats(0.1, 60),
            "ui.language": st.sampled_from(["sv", "en"]),
            "ui.font_scale": st.floats(0.5, 3.0),
            "interruption.support_name": st.text(min_size=1, max_size=10).filter(str.strip),
        }
    ),
)
def test_one_bad_value_keeps_every_other_setting(
    tmp_path, monkeypatch, bad_key, bad_value, good
) -> None:
    monkeypatch.setenv("KLUBBAN_CONFIG_DIR", str(tmp_path / "conf"))
    path = tmp_path / "conf" / "settings.toml"
    path.parent.mkdir(exist_ok=True)
    flat = {key: format_value(value) for key, value in good.items() if key != bad_key}
    flat[bad_key] = bad_value
    sections: dict[str, list[str]] = {}
    for key, text in flat.items():
        section, name = key.split(".")
        sections.setdefault(section, []).append(f"{name} = {text}")
    path.write_text(
        "\n".join(f"[{s}]\n" + "\n".join(lines) for s, lines in sections.items()), "utf-8"
    )
    loaded = load_settings()
    for key, value in good.items():
        if key != bad_key:
            assert loaded[key] == value, key
    bad = next(s for s in SETTINGS if s.key == bad_key)
    raw = tomllib.loads(f"v = {bad_value}")["v"]
    try:
        expected = checked(bad, raw)
    except SettingInvalid:
        assert loaded[bad_key] == bad.default
        (problem,) = loaded.problems
        assert problem.startswith(f"Inställningen {bad_key} ")
        assert "standardvärdet" in problem
    else:
        assert loaded[bad_key] == expected
        assert loaded.problems == ()


@FUZZ
@given(data=settings_text())
@example(data=b"[okand]\nd = 1979-05-27\nn = nan\ni = -inf\nt = [{a = 1}]\n")
def test_saving_what_was_loaded_loses_nothing(tmp_path, monkeypatch, data) -> None:
    """Whatever a file held that loaded (the user's values, a newer version's keys, the
    windows' own), saving it back and loading again gives the same settings."""
    monkeypatch.setenv("KLUBBAN_CONFIG_DIR", str(tmp_path / "conf"))
    path = tmp_path / "conf" / "settings.toml"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    loaded = load_settings()
    save_settings(loaded)  # never raises
    again = load_settings()
    # repr, since nan (a valid TOML float in an unknown key) is not equal to itself
    assert repr(dict(again.values)) == repr(dict(loaded.values))
    assert repr(dict(again.free)) == repr(dict(loaded.free))
    assert repr(dict(again.unknown)) == repr(dict(loaded.unknown))
    assert not [p for p in again.problems if "har ett fel" in p], again.problems


@FUZZ
@given(
    values=st.fixed_dictionaries(
        {
            "interruption.support_name": st.text(min_size=1, max_size=12).filter(str.strip),
            "interruption.support_phone": st.text(min_size=1, max_size=12).filter(str.strip),
            "phrases.folder": st.text(min_size=1, max_size=12).filter(str.strip),
            "feeds.silence_s": st.floats(0.5, 600),
        }
    )
)
@example(
    values={
        "interruption.support_name": "IT\x7fsupport",
        "interruption.support_phone": "0",
        "phrases.folder": "mallar",
        "feeds.silence_s": 1.0,
    }
)
def test_any_valid_value_survives_save_and_load(tmp_path, monkeypatch, values) -> None:
    monkeypatch.setenv("KLUBBAN_CONFIG_DIR", str(tmp_path / "conf"))
    chosen = Settings()
    for key, value in values.items():
        chosen = chosen.with_value(key, value)
    save_settings(chosen)
    loaded = load_settings()
    assert loaded.problems == ()
    assert loaded.values == chosen.values


# Scenario files through the command line ---------------------------------------------------

BASE_SCENARIO = json.loads(EXAMPLE.read_text(encoding="utf-8"))


@st.composite
def mangled_scenario(draw) -> bytes:
    document = json.loads(json.dumps(BASE_SCENARIO))
    steps = document["steps"]
    for _ in range(draw(st.integers(0, 2))):  # steps out of order or missing: refused mid-way
        i, j = draw(st.integers(0, len(steps) - 1)), draw(st.integers(0, len(steps) - 1))
        if draw(st.booleans()):
            steps[i], steps[j] = steps[j], steps[i]
        else:
            del steps[i]
    document = draw(mutated_document(document, changes=(0, 2)))
    data = json.dumps(document, ensure_ascii=False).encode("utf-8")
    byte_level = draw(st.integers(0, 9))
    if byte_level == 0:
        data = data[: draw(st.integers(0, len(data)))]
    elif byte_level == 1:
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=6)) + data[at:]
    return data


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal holding the example meeting, played to its end."""
    folder = tmp_path_factory.mktemp("scenario")
    assert main(["scenario", "run", str(EXAMPLE), "--db", str(folder / "played.db")]) == 0
    # A self-contained copy (the run's engine may still hold the WAL open).
    source, copy = sqlite3.connect(folder / "played.db"), sqlite3.connect(folder / "kfn.db")
    try:
        source.backup(copy)
    finally:
        source.close()
        copy.close()
    assert not (folder / "kfn.db-wal").exists()
    return folder / "kfn.db"


def journal_rows(path: Path) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT meeting_id, seq, hash, payload FROM journal_event ORDER BY meeting_id, seq"
        ).fetchall()
    finally:
        connection.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=mangled_scenario())
def test_a_mangled_scenario_runs_or_fails_cleanly_keeping_the_journal(
    played, tmp_path, capsys, data
) -> None:
    scenario = tmp_path / "scenario.json"
    scenario.write_bytes(data)
    database = tmp_path / "kfn.db"
    for leftover in tmp_path.glob("kfn.db*"):
        leftover.unlink()
    shutil.copyfile(played, database)
    before_bytes, before_rows = database.read_bytes(), journal_rows(database)
    capsys.readouterr()
    code = main(["scenario", "run", str(scenario), "--db", str(database)])
    out, err = capsys.readouterr()
    event(f"exit {code}")
    assert "Traceback" not in out + err
    if code == 0:
        assert err == ""
        assert out.splitlines()[-1].startswith("Klart: ")
    else:
        assert code in (1, 2)
        assert err.strip(), "a failure says why"
        assert str(scenario) in err or err.startswith("Steg ")
    if code == 2:
        assert database.read_bytes() == before_bytes  # not even opened
    rows = journal_rows(database)
    assert [r for r in rows if r[0] in {b[0] for b in before_rows}] == before_rows
    assert main(["verify", str(database)]) == 0
