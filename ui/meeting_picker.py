"""Start-up: choose the meeting to open, or create one from a preparation file."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)


class MeetingPickerDialog(QDialog):
    create_requested = Signal(str)
    """The path of a preparation file the user chose; the caller creates the meeting."""

    def __init__(self, meetings: Sequence[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Klubban – välj sammanträde"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sammanträden i journalen:")))
        self._list = QListWidget()
        self._list.setAccessibleName(self.tr("Sammanträden"))
        self._list.itemDoubleClicked.connect(self.accept)
        for meeting_id, title in meetings:
            self._add(meeting_id, title)
        self._list.setCurrentRow(self._list.count() - 1)
        layout.addWidget(self._list)
        self._problem = QLabel()
        self._problem.setWordWrap(True)
        self._problem.setStyleSheet("color: #a40000; font-weight: bold;")
        self._problem.hide()
        layout.addWidget(self._problem)
        create = QPushButton(self.tr("Nytt sammanträde från förberedelsefil…"))
        create.setAccessibleName(self.tr("Nytt sammanträde från förberedelsefil"))
        create.clicked.connect(self._on_create_clicked)
        layout.addWidget(create)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Open).setText(self.tr("Öppna"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add(self, meeting_id: str, title: str) -> None:
        item = QListWidgetItem(f"{title}  ({meeting_id})")
        item.setData(Qt.ItemDataRole.UserRole, meeting_id)
        self._list.addItem(item)

    def chosen(self) -> str | None:
        item = self._list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()

    def add_and_choose(self, meeting_id: str, title: str) -> None:
        self._add(meeting_id, title)
        self._list.setCurrentRow(self._list.count() - 1)
        self._problem.hide()

    def show_problem(self, message: str) -> None:
        self._problem.setText(message)
        self._problem.show()

    def _on_create_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Förberedelsefil"), "", self.tr("Sammanträdesfil (*.json)")
        )
        if path:
            self.create_requested.emit(path)
