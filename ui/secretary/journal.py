"""The journal as the secretary sees it, with corrections: Delete on an entry strikes it with a
reason (a new correction entry; nothing is ever changed or removed). The corrected fact is
then recorded anew, and the protocol shows it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from app.meeting import commands as cmd
from ui.controller import MeetingController
from ui.secretary.forms import Field, FormDialog
from ui.secretary.models import JournalModel, KeyRole


class JournalPage(QWidget):
    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.form: FormDialog | None = None
        self.model = JournalModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Journal"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.installEventFilter(self)
        keys = QLabel(
            self.tr("Delete stryker markerad post (med skäl); registrera sedan det riktiga.")
        )
        keys.setObjectName("caption")
        layout = QVBoxLayout(self)
        layout.addWidget(keys)
        layout.addWidget(self.list, 1)
        controller.recorded.connect(lambda _r: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        follow = self.list.currentIndex().row() in (-1, self.model.rowCount() - 1)
        self.model.set_history(self._controller.state, self._controller.history)
        if follow and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))
            self.list.scrollToBottom()

    def strike(self, seq: int) -> None:
        line = self.model.data(self.list.currentIndex())
        form = FormDialog(
            self.tr("Stryk journalpost %d") % seq,
            (Field("reason", self.tr("Skäl till rättelsen (syns i protokollet)")),),
            self.window(),
        )
        form.setToolTip(str(line))
        form.submitted.connect(
            lambda v: self._controller.submit(cmd.CorrectEntry(seq, v["reason"]))
        )
        form.finished.connect(form.deleteLater)
        self.form = form
        form.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete and self.list.currentIndex().isValid():
                self.strike(self.list.currentIndex().data(KeyRole))
                return True
        return super().eventFilter(watched, event)
