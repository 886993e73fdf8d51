"""Scenario files: strict reading with errors that name the JSON path or line."""

from __future__ import annotations

import json

import pytest

from app.meeting import commands as cmd
from app.scenario.parse import parse_scenario
from app.scenario.reader import ScenarioError
from tests.support.meeting import EXAMPLE

pytestmark = pytest.mark.unit


def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def error_of(document: dict | str) -> ScenarioError:
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)
    with pytest.raises(ScenarioError) as error:
        parse_scenario(text)
    return error.value


def test_the_example_parses_into_the_commands_of_the_consoles() -> None:
    scenario = parse_scenario(EXAMPLE.read_text(encoding="utf-8"))
    assert len(scenario.steps) == 36
    votering = scenario.steps[17]
    assert votering.number == 18
    assert isinstance(votering.commands[0], cmd.StartVotering)
    assert sum(isinstance(c, cmd.CastVote) for c in votering.commands) == 9
    assert votering.commands[-1] == cmd.CloseVotering(utslagsrost="ja")  # type: ignore[arg-type]
    assert scenario.create.body.distance_policy.max_remote == 4


def test_malformed_json_names_the_line() -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace('"kind": "namnd",', '"kind": "namnd"', 1)
    error = error_of(text)
    assert error.path is not None
    assert error.path.startswith("rad ")
    assert "ogiltig JSON på rad" in error.message


def test_an_unknown_key_is_an_error_naming_its_path() -> None:
    document = example()
    document["steps"][17]["vots"] = {}
    error = error_of(document)
    assert error.path == "$.steps[17].vots"
    assert error.step == 18
    assert "okänt fält" in error.message


def test_an_unknown_top_level_key_and_a_typo_in_the_body() -> None:
    document = example()
    document["body"]["members"][0]["parti"] = "S"
    assert error_of(document).path == "$.body.members[0].parti"
    document = example()
    document["extra"] = 1
    assert error_of(document).path == "$.extra"


def test_wrong_types_and_values_are_named() -> None:
    document = example()
    document["steps"][4]["paragraph"] = "12"
    assert error_of(document).path == "$.steps[4].paragraph"
    document = example()
    document["steps"][9]["kind"] = "tal"
    error = error_of(document)
    assert error.path == "$.steps[9].kind"
    assert "anforande" in error.message
    document = example()
    document["steps"][0]["at"] = "25:00"
    assert error_of(document).path == "$.steps[0].at"
    document = example()
    document["steps"][0]["do"] = "oppna"
    assert "okänt steg" in error_of(document).message


def test_the_format_must_be_named() -> None:
    document = example()
    document["format"] = "klubban-scenario/9"
    assert error_of(document).path == "$.format"
