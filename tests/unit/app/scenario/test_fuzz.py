"""Bad scenario files never produce a traceback: only a located ScenarioError or a RuleViolation
naming its step (the CLI turns both into an exit code and a message)."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.meeting.errors import RuleViolation
from app.scenario.parse import parse_scenario
from app.scenario.reader import ScenarioError
from tests.support.fuzz import mutated_document
from tests.support.meeting import EXAMPLE, Play

pytestmark = pytest.mark.unit

BASE = json.loads(EXAMPLE.read_text(encoding="utf-8"))


@st.composite
def mutated(draw) -> str:
    document = draw(mutated_document(BASE))
    text = json.dumps(document, ensure_ascii=False)
    if draw(st.booleans()) and draw(st.booleans()):
        cut = draw(st.integers(0, len(text)))
        text = text[:cut]  # a truncated file
    return text


def play_through(text: str) -> Exception | None:
    """The known error that stopped the scenario, or None if it played to the end."""
    try:
        scenario = parse_scenario(text)
        play = Play(scenario.create)
        for step in scenario.steps:
            play.do(*step.commands, at=step.at)
    except (ScenarioError, RuleViolation) as error:
        return error
    return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_a_mangled_scenario_gives_a_located_error_or_plays(text: str) -> None:
    error = play_through(text)
    if isinstance(error, ScenarioError):
        assert error.path, "every reading error names where it is"
    elif isinstance(error, RuleViolation):
        assert error.message
        assert error.rule
