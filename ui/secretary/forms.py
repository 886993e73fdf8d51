"""Keyboard-first forms for the secretary: each field reachable with Tab, a list answers to
typed letters, Enter submits (Ctrl+Enter inside a text box), Esc cancels. A form opens
window-modal without blocking (open(), not exec()) and answers with `submitted`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.style import DESK_STYLESHEET, themed

Choices = Sequence[tuple[str, str]]
"""(key, what the user reads)"""


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str = "text"
    """"choice" (one of), "many" (any of), "number", "text", "longtext" or "flag"."""
    choices: Choices = ()
    default: object = None
    required: bool = True
    hint: str = ""
    disabled: tuple[str, ...] = field(default=())
    """Keys shown but not choosable (e.g. who does not serve)."""


class FormDialog(QDialog):
    submitted = Signal(dict)
    """{field name: value}: str for choice/text, tuple[str, ...] for many, bool for flag."""

    def __init__(self, title: str, fields: Sequence[Field], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(themed(DESK_STYLESHEET))
        self.setMinimumWidth(560)
        self._fields = tuple(fields)
        self.widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("headline")
        layout.addWidget(heading)
        form = QFormLayout()
        for spec in self._fields:
            widget = self._widget(spec)
            widget.setAccessibleName(spec.label)
            if spec.hint:
                widget.setToolTip(spec.hint)
            self.widgets[spec.name] = widget
            label = QLabel(
                spec.label + ("" if spec.required or spec.kind == "flag" else " (valfritt)")
            )
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("warning")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Registrera"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Inside a multi-line box Enter makes a new line; Ctrl+Enter always submits.
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, activated=self.submit)
        if self._fields:
            self.widgets[self._fields[0].name].setFocus(Qt.FocusReason.OtherFocusReason)

    def _widget(self, spec: Field) -> QWidget:
        if spec.kind == "choice":
            box = QComboBox()
            for key, text in spec.choices:
                box.addItem(text, key)
                if key in spec.disabled:
                    box.model().item(box.count() - 1).setEnabled(False)
            if spec.default is not None:
                box.setCurrentIndex(max(0, box.findData(spec.default)))
            elif not spec.required:
                box.insertItem(0, self.tr("– ingen –"), None)
                box.setCurrentIndex(0)
            return box
        if spec.kind == "many":
            listing = QListWidget()
            chosen = tuple(spec.default or ())
            # The pre-chosen ones first, in the order given: for a proposition that order is
            # the propositionsordning.
            ranked = sorted(
                spec.choices, key=lambda c: chosen.index(c[0]) if c[0] in chosen else len(chosen)
            )
            for key, text in ranked:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked
                item.setCheckState(checked)
                listing.addItem(item)
            listing.setMinimumHeight(min(320, 34 * max(3, len(spec.choices))))
            return listing
        if spec.kind == "number":
            box = QSpinBox()
            box.setRange(0, 9999)
            box.setValue(int(spec.default or 0))
            return box
        if spec.kind == "longtext":
            box = QPlainTextEdit(str(spec.default or ""))
            box.setTabChangesFocus(True)
            box.setMinimumHeight(120)
            return box
        if spec.kind == "flag":
            return QCheckBox(spec.hint or spec.label)
        edit = QLineEdit(str(spec.default or ""))
        edit.returnPressed.connect(self.submit)
        return edit

    def values(self) -> dict[str, object]:
        result: dict[str, object] = {}
        for spec in self._fields:
            widget = self.widgets[spec.name]
            if isinstance(widget, QComboBox):
                result[spec.name] = widget.currentData()
            elif isinstance(widget, QListWidget):
                result[spec.name] = tuple(
                    widget.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(widget.count())
                    if widget.item(i).checkState() == Qt.CheckState.Checked
                )
            elif isinstance(widget, QPlainTextEdit):
                result[spec.name] = widget.toPlainText().strip()
            elif isinstance(widget, QCheckBox):
                result[spec.name] = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                result[spec.name] = widget.value()
            else:
                assert isinstance(widget, QLineEdit)
                result[spec.name] = widget.text().strip()
        return result

    def submit(self) -> None:
        values = self.values()
        missing = [
            s.label
            for s in self._fields
            if s.required and s.kind not in ("flag", "number") and not values[s.name]
        ]
        if missing:
            self.problem.setText(self.tr("Fyll i: %s.") % ", ".join(missing))
            self.problem.show()
            return
        self.accept()
        self.submitted.emit(values)
