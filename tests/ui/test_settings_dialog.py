"""The settings dialog writes the settings file by the same rules as the file itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from db.settings import load_settings
from db.settings_schema import SETTINGS
from ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.ui


@pytest.fixture
def dialog(qtbot, tmp_path: Path) -> SettingsDialog:
    made = SettingsDialog(path=tmp_path / "settings.toml")
    qtbot.addWidget(made)
    return made


def test_every_setting_has_a_field(dialog: SettingsDialog) -> None:
    assert set(dialog.fields) == {s.key for s in SETTINGS}


def test_saved_values_are_read_back(qtbot, dialog: SettingsDialog, tmp_path: Path) -> None:
    dialog.fields["feeds.loss_s"].setValue(1.5)
    dialog.fields["interruption.support_name"].setText("IT-support")
    dialog.fields["ui.language"].setCurrentIndex(dialog.fields["ui.language"].findData("en"))
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    again = load_settings(tmp_path / "settings.toml")
    assert again["feeds.loss_s"] == 1.5
    assert again["interruption.support_name"] == "IT-support"
    assert again["ui.language"] == "en"


def test_a_password_in_the_database_address_is_refused_and_nothing_saved(
    dialog: SettingsDialog, tmp_path: Path
) -> None:
    field = dialog.fields["database.url"]
    assert isinstance(field, QLineEdit)
    field.setText("postgresql://klubban:hemligt@db/klubban")
    dialog.save()
    assert dialog.result() == 0
    assert "nyckelring" in dialog.problem.text()
    assert not (tmp_path / "settings.toml").exists()


def test_the_labels_are_readable_on_the_dialogs_dark_page(qtbot, dialog: SettingsDialog) -> None:
    # The form's scroll area once kept the default light background under the theme's white
    # text, and wrapped labels beside their fields were cut off.
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.fields["feeds.loss_s"]
    label = field.parentWidget().layout().labelForField(field)
    picture = dialog.grab().toImage()
    corner = label.mapTo(dialog, label.rect().topLeft())
    behind = picture.pixelColor(corner.x() + 1, corner.y() + 1)
    assert behind.lightness() < 60  # the dark page, not a light panel
    assert label.height() >= label.sizeHint().height()  # not cut off
    assert label.geometry().bottom() < field.geometry().top()  # above its field
