"""Importing agenda items into the meeting from the secretary's window: the file is read and
checked first (every problem named with its line and column, nothing added), then the items
are shown for confirmation and added to the meeting in one journaled step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.meeting import commands as cmd
from ui.controller import MeetingController
from ui.secretary.forms import Field, FormDialog

FILTER = "Dagordning (*.csv *.xlsx)"


class AgendaImport(QObject):
    problem = Signal(str)

    def __init__(self, controller: MeetingController, window: QWidget) -> None:
        super().__init__(window)
        self._controller = controller
        self._window = window
        self.form: FormDialog | None = None

    def choose(self) -> None:
        dialog = QFileDialog(self._window, self.tr("Importera dagordning"), str(Path.home()))
        dialog.setNameFilter(self.tr(FILTER))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.preview(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def preview(self, path: Path) -> None:
        # The readers bring openpyxl: loaded when a file is imported, not when the window opens.
        from db.importing.agenda import item_number, read_agenda

        read = read_agenda(path)
        if read.problems:
            lines = [str(p) for p in read.problems]
            self.problem.emit(
                self.tr("Inget har importerats: %d fel i %s.") % (len(lines), read.file)
                + "\n"
                + "\n".join(lines)
            )
            return
        known = {i.id for i in self._controller.state.agenda}
        new = [i for i in read.items if i.id not in known]
        if not new:
            self.problem.emit(self.tr("Alla ärenden i %s finns redan på dagordningen.") % read.file)
            return
        choices = tuple((i.id, f"{item_number(i)}. {i.title}") for i in new)
        form = FormDialog(
            self.tr("Lägg till på dagordningen från %s") % read.file,
            (Field("items", self.tr("Ärenden"), "many", choices, default=[k for k, _ in choices]),),
            self._window,
        )
        by_id = {i.id: i for i in new}
        form.submitted.connect(
            lambda v: self._controller.submit(*(cmd.AddAgendaItem(by_id[k]) for k in v["items"]))
        )
        form.finished.connect(form.deleteLater)
        self.form = form
        form.open()
