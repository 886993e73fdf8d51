"""The body's rules for distance participation, edited in the secretary's window: the decision
that allows it, the most members at a distance, the presidium in the room, the notice, and
which items remote members must leave. They are the body's reference data and apply to the
meetings created after the change; a meeting under way keeps the rules it was created with."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from app.meeting.model import Body, DistancePolicy, ItemFlag
from db import reference
from ui.style import DESK_STYLESHEET, themed


class PolicyDialog(QDialog):
    saved = Signal(object)
    """The DistancePolicy as saved."""

    def __init__(self, engine: Engine, body: Body, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Regler för distansdeltagande"))
        self.setStyleSheet(themed(DESK_STYLESHEET))
        self._engine = engine
        self._body = reference.load_body(engine, body.name) or body
        policy = self._body.distance_policy
        self.decided_by = QLineEdit(policy.decided_by or "")
        self.decided_by.setPlaceholderText(self.tr("t.ex. KF 2022-06-13 § 88"))
        self.max_remote = QSpinBox()
        self.max_remote.setRange(0, 999)
        self.max_remote.setSpecialValueText(self.tr("ingen gräns"))
        self.max_remote.setValue(policy.max_remote or 0)
        self.presidium = QCheckBox(self.tr("Ordföranden ska vara på plats i sammanträdeslokalen"))
        self.presidium.setChecked(policy.presidium_in_room)
        self.notice = QSpinBox()
        self.notice.setRange(0, 24 * 14)
        self.notice.setSuffix(self.tr(" timmar"))
        self.notice.setValue(policy.notice_hours)
        self.exclude = {
            ItemFlag.SEKRETESS: QCheckBox(self.tr("Ärenden med sekretess")),
            ItemFlag.SLUTEN_OMROSTNING: QCheckBox(self.tr("Ärenden med sluten omröstning")),
        }
        for flag, box in self.exclude.items():
            box.setChecked(flag in policy.exclude)
        form = QFormLayout()
        form.addRow(self.tr("Beslut om distansdeltagande"), self.decided_by)
        form.addRow(self.tr("Högst på distans samtidigt"), self.max_remote)
        form.addRow(self.tr("Presidiet"), self.presidium)
        form.addRow(self.tr("Anmälan senast"), self.notice)
        for box in self.exclude.values():
            form.addRow(self.tr("Distansdeltagare lämnar"), box)
        self.problem = QLabel()
        self.problem.setObjectName("refusal")
        self.problem.setWordWrap(True)
        self.problem.hide()
        note = QLabel(
            self.tr(
                "Gäller sammanträden som skapas efter ändringen; ett pågående sammanträde "
                "följer reglerna det skapades med."
            )
        )
        note.setObjectName("caption")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Regler för distansdeltagande – %s") % self._body.name)
        heading.setObjectName("headline")
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def policy(self) -> DistancePolicy:
        return DistancePolicy(
            decided_by=self.decided_by.text().strip() or None,
            max_remote=self.max_remote.value() or None,
            presidium_in_room=self.presidium.isChecked(),
            notice_hours=self.notice.value(),
            exclude=tuple(flag for flag, box in self.exclude.items() if box.isChecked()),
        )

    def save(self) -> None:
        policy = self.policy()
        try:
            reference.save_body(self._engine, replace(self._body, distance_policy=policy))
        except SQLAlchemyError as error:
            self.problem.setText(
                self.tr("Reglerna kunde inte sparas (%s); inget har ändrats.")
                % error.__class__.__name__
            )
            self.problem.show()
            return
        self.accept()
        self.saved.emit(policy)
