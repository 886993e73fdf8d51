"""The command line's dispatch: the simulator's own options reach it."""

from __future__ import annotations

import pytest

from ui.main import main

pytestmark = pytest.mark.unit


def test_the_simulators_options_are_its_own(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["simulate", "--feeds", "2", "--help"])
    assert exited.value.code == 0
    assert "klubban simulate" in capsys.readouterr().out


def test_an_unknown_simulator_option_is_refused_by_the_simulator(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["simulate", "--inget-sådant"])
    assert exited.value.code == 2
    assert "klubban simulate" in capsys.readouterr().err
