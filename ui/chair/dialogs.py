"""Touch dialogs for the chair: choose one of a few big buttons, or give a reason. They open
window-modal without blocking (open(), not exec()) and answer by signal."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from ui.style import STYLESHEET, themed


class TouchChoiceDialog(QDialog):
    chosen = Signal(object)
    """The key of the button tapped."""

    def __init__(
        self,
        title: str,
        prompt: str,
        choices: Sequence[tuple[object, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(themed(STYLESHEET))
        self.setMinimumSize(720, 480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        heading = QLabel(prompt)
        heading.setObjectName("headline")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        body = QWidget()
        buttons = QGridLayout(body)
        columns = 2 if len(choices) > 6 else 1
        self.buttons: list[QPushButton] = []
        for index, (key, text) in enumerate(choices):
            button = QPushButton(text)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, key=key: self._on_choice_clicked(key))
            buttons.addWidget(button, index // columns, index % columns)
            self.buttons.append(button)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        layout.addWidget(scroll, 1)
        cancel = QPushButton(self.tr("Avbryt"))
        cancel.setAccessibleName(self.tr("Avbryt"))
        cancel.clicked.connect(self.reject)
        layout.addWidget(cancel)

    def _on_choice_clicked(self, key: object) -> None:
        self.accept()
        self.chosen.emit(key)


class ReasonDialog(QDialog):
    reason_given = Signal(str)

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(themed(STYLESHEET))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Motivering"))
        self.reason.setPlaceholderText(self.tr("Motivering (skrivs i protokollet)"))
        layout.addWidget(self.reason)
        row = QHBoxLayout()
        cancel = QPushButton(self.tr("Avbryt"))
        cancel.setAccessibleName(self.tr("Avbryt"))
        cancel.clicked.connect(self.reject)
        self.confirm = QPushButton(title)
        self.confirm.setObjectName("primary")
        self.confirm.setAccessibleName(title)
        self.confirm.setEnabled(False)
        self.confirm.clicked.connect(self._on_confirm_clicked)
        self.reason.textChanged.connect(lambda text: self.confirm.setEnabled(bool(text.strip())))
        self.reason.returnPressed.connect(self._on_confirm_clicked)
        row.addWidget(cancel)
        row.addWidget(self.confirm)
        layout.addLayout(row)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_confirm_clicked(self) -> None:
        text = self.reason.text().strip()
        if not text:
            return
        self.accept()
        self.reason_given.emit(text)
