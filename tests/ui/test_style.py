"""The user's text size scales every console's type."""

from __future__ import annotations

import pytest

from ui.secretary.window import SecretaryWindow
from ui.style import DESK_STYLESHEET, STYLESHEET, set_font_scale, themed

pytestmark = pytest.mark.ui


@pytest.fixture
def larger(qapp):
    set_font_scale(1.5)
    yield
    set_font_scale(1.0)


def test_type_sizes_scale_and_nothing_else_changes(larger) -> None:
    assert "font-size: 16pt" in STYLESHEET
    scaled = themed(STYLESHEET)
    assert "font-size: 24.0pt" in scaled
    assert "font-size: 16pt" not in scaled
    assert f"min-height: {48}px" in scaled


def test_a_window_opened_after_the_setting_uses_it(larger, qtbot, controller_at) -> None:
    window = SecretaryWindow(controller_at(9))
    qtbot.addWidget(window)
    assert "font-size: 16.5pt" in window.styleSheet()
    assert window.styleSheet() == themed(DESK_STYLESHEET)


def test_normal_size_leaves_the_sheet_as_written(qapp) -> None:
    assert themed(DESK_STYLESHEET) == DESK_STYLESHEET
