"""The chair's big actions. Each tap submits one domain command through the controller; a
refusal comes back as the controller's refused signal (the window shows it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from app.meeting import commands as cmd
from app.meeting import events as ev
from app.meeting.events import FORSLAG, SpeechKind
from app.meeting.propositionsordning import proposed_order, votering_question
from app.meeting.state import MeetingState
from ui.chair.dialogs import TouchChoiceDialog
from ui.chair.models import proposal_name
from ui.controller import MeetingController
from ui.style import TOUCH_MIN


class ChairActionsPanel(QWidget):
    problem = Signal(str)
    """Swedish: why an action cannot be asked of the domain at all (shown like a refusal)."""

    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.dialog: TouchChoiceDialog | None = None
        """The choice open now (replik, proposition), if any."""
        layout = QGridLayout(self)
        layout.setSpacing(10)
        self.buttons: dict[str, QPushButton] = {}
        actions: tuple[tuple[str, str, Callable[[], None]], ...] = (
            ("next_speaker", self.tr("Nästa talare"), self._on_next_speaker_clicked),
            ("replik", self.tr("Replik"), self._on_replik_clicked),
            ("streck", self.tr("Streck i debatten"), self._on_streck_clicked),
            ("proposition", self.tr("Ställ proposition"), self._on_proposition_clicked),
            ("votering", self.tr("Votering"), self._on_votering_clicked),
            ("ajournera", self.tr("Ajournera"), self._on_ajournera_clicked),
            ("next_item", self.tr("Nästa ärende"), self._on_next_item_clicked),
        )
        for index, (key, text, slot) in enumerate(actions):
            button = QPushButton(text)
            button.setAccessibleName(text)
            button.setMinimumHeight(int(TOUCH_MIN * 1.25))
            button.clicked.connect(slot)
            layout.addWidget(button, index // 4, index % 4)
            self.buttons[key] = button
        self.buttons["next_speaker"].setObjectName("primary")
        self.buttons["ajournera"].setObjectName("danger")

    def set_state(self, state: MeetingState) -> None:
        toggle = self.buttons["ajournera"]
        text = self.tr("Återuppta") if state.adjourned else self.tr("Ajournera")
        toggle.setText(text)
        toggle.setAccessibleName(text)
        toggle.setObjectName("primary" if state.adjourned else "danger")
        toggle.style().unpolish(toggle)
        toggle.style().polish(toggle)
        self.buttons["next_item"].setEnabled(any(i.id not in state.items for i in state.agenda))

    def _submit(self, *commands: cmd.Command) -> None:
        self._controller.submit(*commands)

    def _on_next_speaker_clicked(self) -> None:
        self._submit(cmd.CallNextSpeaker())

    def _on_streck_clicked(self) -> None:
        self._submit(cmd.DrawStreck())

    def _on_ajournera_clicked(self) -> None:
        self._submit(cmd.Ateruppta() if self._controller.state.adjourned else cmd.Ajournera())

    def _on_replik_clicked(self) -> None:
        state = self._controller.state
        current = state.speakers.current
        choices: list[tuple[object, str]] = []
        answered = self._replied_to() if current and current[1] is SpeechKind.REPLIK else None
        if answered:
            choices.append(
                (
                    (answered, SpeechKind.KONTRAREPLIK),
                    self.tr("Kontrareplik: %s") % state.label(answered),
                )
            )
        speaker = current[0] if current else None
        choices += [
            ((p, SpeechKind.REPLIK), state.label(p))
            for p in state.serving_persons()
            if p != speaker
        ]
        self._choose(
            self.tr("Replik"),
            self.tr("Vem begär replik?"),
            choices,
            lambda choice: self._submit(cmd.RequestFloor(*choice)),
        )

    def _replied_to(self) -> str | None:
        """Who held the last anförande: a replik answers it, and its holder may answer back."""
        for recorded in reversed(self._controller.history):
            event = recorded.event
            if isinstance(event, ev.ItemTakenUp):
                return None
            if isinstance(event, ev.FloorGiven) and event.kind is SpeechKind.ANFORANDE:
                return event.member
        return None

    def _on_proposition_clicked(self) -> None:
        state = self._controller.state
        steps = proposed_order(state)
        between = steps[0].between if steps else (FORSLAG,)
        choices = [(p, self.tr("Bifall till %s") % proposal_name(state, p)) for p in between]
        self._choose(
            self.tr("Ställ proposition"),
            self.tr("Vilket förslag finner ordföranden bifall till?"),
            choices,
            lambda finds: self._submit(cmd.PutProposition(between, finds)),
        )

    def _on_votering_clicked(self) -> None:
        # Votering is asked against the chair's proposition: the proposal found for is ja.
        question = votering_question(self._controller.state)
        if isinstance(question, str):
            self.problem.emit(question)
            return
        self._submit(cmd.StartVotering(*question))

    def _on_next_item_clicked(self) -> None:
        state = self._controller.state
        upcoming = [i for i in state.agenda if i.id not in state.items]
        if not upcoming:
            self.problem.emit(self.tr("Alla ärenden på dagordningen är behandlade."))
            return
        self._submit(cmd.TakeUpItem(upcoming[0].id))

    def _choose(self, title: str, prompt: str, choices, then: Callable[[object], None]) -> None:
        dialog = TouchChoiceDialog(title, prompt, choices, self.window())
        dialog.chosen.connect(then)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
