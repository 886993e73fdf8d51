"""The settings dialog: one field per declared setting (db.settings_schema), checked by the
same rules as the file. A value that does not fit is named with its key and nothing is saved;
the file keeps a .bak of what it was. Secrets never come here: they go to the keyring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.settings import SettingInvalid, Settings, load_settings, save_settings
from db.settings_schema import SETTINGS, Setting, Value
from ui.style import DESK_STYLESHEET, themed


class SettingsDialog(QDialog):
    saved = Signal(object)
    """The Settings as saved."""

    def __init__(self, *, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inställningar"))
        self.setStyleSheet(themed(DESK_STYLESHEET))
        self.setMinimumSize(720, 560)
        self._path = path
        self._settings = load_settings(path)
        self.fields: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Inställningar"))
        heading.setObjectName("headline")
        layout.addWidget(heading)
        for problem in self._settings.problems:
            warning = QLabel(problem)
            warning.setObjectName("warning")
            warning.setWordWrap(True)
            layout.addWidget(warning)
        body = QWidget()
        form = QFormLayout(body)
        # Each label on a line of its own above its field: the labels are sentences, and
        # wrapped beside their fields they were cut off.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for setting in SETTINGS:
            field = self._field(setting, self._settings[setting.key])
            field.setAccessibleName(setting.label)
            field.setToolTip(setting.key)
            self.fields[setting.key] = field
            label = QLabel(setting.label)
            label.setBuddy(field)
            form.addRow(label, field)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll, 1)
        note = QLabel(
            self.tr(
                "Ändringarna gäller fönster som öppnas efter att de sparats. "
                "Lösenord sparas aldrig här utan i operativsystemets nyckelring."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("caption")
        layout.addWidget(note)
        self.problem = QLabel()
        self.problem.setObjectName("refusal")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _field(setting: Setting, value: Value) -> QWidget:
        if setting.choices:
            box = QComboBox()
            for choice in setting.choices:
                box.addItem(choice, choice)
            box.setCurrentIndex(max(0, box.findData(value)))
            return box
        if setting.kind is bool:
            check = QCheckBox()
            check.setChecked(bool(value))
            return check
        if setting.kind is float:
            spin = QDoubleSpinBox()
            spin.setDecimals(1)
            spin.setRange(setting.minimum or 0.0, setting.maximum or 1e6)
            spin.setValue(float(value or 0.0))
            return spin
        if setting.kind is int:
            whole = QSpinBox()
            whole.setRange(int(setting.minimum or 0), int(setting.maximum or 1_000_000))
            whole.setValue(int(value or 0))
            return whole
        return QLineEdit("" if value is None else str(value))

    def value(self, key: str) -> Value:
        field = self.fields[key]
        if isinstance(field, QComboBox):
            return field.currentData()
        if isinstance(field, QCheckBox):
            return field.isChecked()
        if isinstance(field, QDoubleSpinBox | QSpinBox):
            return field.value()
        assert isinstance(field, QLineEdit)
        return field.text()

    def save(self) -> None:
        settings: Settings = self._settings
        try:
            for setting in SETTINGS:
                settings = settings.with_value(setting.key, self.value(setting.key))
            save_settings(settings, self._path)
        except SettingInvalid as error:
            self.problem.setText(error.message)
            self.problem.show()
            return
        except OSError as error:
            self.problem.setText(
                self.tr("Inställningarna kunde inte sparas (%s); inget har ändrats.")
                % (error.strerror or error)
            )
            self.problem.show()
            return
        self._settings = settings
        self.accept()
        self.saved.emit(settings)
