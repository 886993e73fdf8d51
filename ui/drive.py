"""Plays a scenario through the windows the way the people in the room would: the secretary's
keys and forms, the chair's buttons and alarm banner, and real feed faults at the simulator.
Nothing goes to the controller directly. `klubban demo --screenshots` and the end-to-end test
use it; a step the windows cannot take (or a refusal) stops the play with a DriveError."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from app.feeds.states import FeedCondition
from app.meeting import commands as cmd
from app.meeting.events import Attendance, Vote
from app.meeting.state import MeetingState
from app.scenario.parse import Step
from ui.chair.window import ChairWindow
from ui.controller import MeetingController
from ui.secretary.forms import FormDialog
from ui.secretary.models import KeyRole
from ui.secretary.window import SecretaryWindow
from ui.video.simulator import Fault, FeedSimulator
from ui.waiting import wait_until

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
_MARK = {
    Attendance.PRESENT: Qt.Key.Key_S,
    Attendance.REMOTE: Qt.Key.Key_D,
    Attendance.ABSENT: Qt.Key.Key_F,
}
_VOTE = {Vote.JA: Qt.Key.Key_J, Vote.NEJ: Qt.Key.Key_N, Vote.AVSTAR: Qt.Key.Key_A}
_FAULT = {
    FeedCondition.LOST: Fault.KILL,
    FeedCondition.FROZEN: Fault.FREEZE,
    FeedCondition.BLACK: Fault.BLACK,
    FeedCondition.SILENT: Fault.SILENCE,
    FeedCondition.LIVE: Fault.RESTORE,
}


class DriveError(Exception):
    """The windows could not take a step as the scenario has it (Swedish message)."""


Moment = Callable[[str], None]
"""Called at the moments worth a picture: "upprop", "namnupprop", "alarm"."""


class WindowDriver:
    def __init__(
        self,
        controller: MeetingController,
        chair: ChairWindow,
        secretary: SecretaryWindow,
        *,
        simulator: FeedSimulator | None = None,
        moment: Moment | None = None,
        pace_ms: int = 120,
    ) -> None:
        self._controller = controller
        self.chair = chair
        self.secretary = secretary
        self._simulator = simulator
        self._moment = moment or (lambda _name: None)
        self._pace_ms = pace_ms

    @property
    def state(self) -> MeetingState:
        return self._controller.state

    def play(self, step: Step) -> None:
        commands = list(step.commands)
        while commands:
            command = commands.pop(0)
            if isinstance(command, cmd.StartVotering):
                votes = [c for c in commands if isinstance(c, cmd.CastVote)]
                close = next(c for c in commands if isinstance(c, cmd.CloseVotering))
                self._votering(command, votes, close)
                return
            self._one(step, command)

    # -- plumbing -----------------------------------------------------------------------

    def _activate(self, window: QWidget) -> None:
        window.raise_()
        window.activateWindow()
        if not wait_until(lambda: QApplication.activeWindow() is window, 5000):
            raise DriveError(f"Fönstret {window.windowTitle()} blev aldrig aktivt.")

    def _key(
        self,
        window: QWidget,
        key: Qt.Key,
        modifiers=Qt.KeyboardModifier.NoModifier,
        target: QWidget | None = None,
    ) -> None:
        self._activate(window)
        QTest.keyClick(target or window, key, modifiers)

    def _journaled(self, what: str, action: Callable[[], None]) -> None:
        """Do `action`; it must journal something, else say what the windows refused."""
        before = self.state.seq
        action()
        # A person's pace: the event loop runs between actions, as it does in the room (the
        # feed monitor measures real time, and frames arrive through the loop).
        wait_until(lambda: False, self._pace_ms)
        if self.state.seq == before:
            shown = [
                w.refusal.text() for w in (self.secretary, self.chair) if w.refusal.isVisible()
            ]
            raise DriveError(f"{what}: inget journalfördes. {' '.join(shown)}".strip())

    def _form(self, form: FormDialog | None, values: dict[str, object]) -> None:
        if form is None or not form.isVisible():
            raise DriveError("Formuläret öppnades inte.")
        for name, value in values.items():
            widget = form.widgets[name]
            if isinstance(widget, QComboBox):
                index = widget.findData(value)
                if index < 0:
                    raise DriveError(f"{name}: {value} finns inte att välja.")
                widget.setCurrentIndex(index)
            elif isinstance(widget, QListWidget):
                chosen = set(value)  # type: ignore[arg-type]
                for row in range(widget.count()):
                    item = widget.item(row)
                    on = item.data(Qt.ItemDataRole.UserRole) in chosen
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QPlainTextEdit):
                # Typed as a paste: QTest can only type ASCII, and Swedish has å, ä and ö.
                widget.setPlainText(str(value or ""))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value or ""))
        self._key(form, Qt.Key.Key_Return, CTRL)
        self._activate(form.parentWidget().window())

    def _secretary_form(self, key: Qt.Key, modifiers, values: dict[str, object]) -> None:
        self._journaled(
            str(values),
            lambda: (
                self._key(self.secretary, key, modifiers),
                self._form(self.secretary.actions_.form, values),
            ),
        )

    def _click(self, button) -> None:
        self._activate(button.window())
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    # -- the steps ----------------------------------------------------------------------

    def _one(self, step: Step, c: cmd.Command) -> None:
        s = self.secretary
        match c:
            case cmd.OpenMeeting():
                self._journaled("Öppna", lambda: self._key(s, Qt.Key.Key_O, CTRL))
            case cmd.RecordTeknikkontroll(member=member, ok=True):
                self._upprop_row(member)
                self._journaled(
                    "Teknikkontroll", lambda: self._key(s, Qt.Key.Key_T, target=s.upprop.table)
                )
            case cmd.RecordUpprop():
                self._upprop(c)
            case cmd.AppointJusterare(members=members, when=when, where=where):
                self._secretary_form(
                    Qt.Key.Key_U, CTRL, {"members": members, "when": when, "where": where}
                )
            case cmd.TakeUpItem(item=item, paragraph=paragraph):
                self._take_up(item, paragraph)
            case cmd.PutProposition(between=between, finds=finds):
                self._secretary_form(Qt.Key.Key_P, CTRL, {"between": between, "finds": finds})
            case cmd.GiveFloor(member=member, kind=kind):
                self._secretary_form(Qt.Key.Key_T, CTRL, {"member": member, "kind": kind.value})
                self._journaled(
                    "Nästa talare",
                    lambda: self._click(self.chair.actions_panel.buttons["next_speaker"]),
                )
            case cmd.MakeYrkande(by=by, kind=kind, text=text):
                self._secretary_form(
                    Qt.Key.Key_Y, CTRL, {"by": by[0], "kind": kind.value, "text": text}
                )
            case cmd.Instam(member=member, yrkande=yrkande):
                self._secretary_form(Qt.Key.Key_I, CTRL, {"member": member, "yrkande": yrkande})
            case cmd.RecordReservation(
                members=members, yrkande=yrkande, motivation=motivation, written=written
            ):
                self._secretary_form(
                    Qt.Key.Key_R,
                    CTRL,
                    {
                        "members": members,
                        "yrkande": yrkande,
                        "written": written,
                        "motivation": motivation,
                    },
                )
            case cmd.RecordProtokollsanteckning(members=members, text=text):
                self._secretary_form(Qt.Key.Key_K, CTRL, {"members": members, "text": text})
            case cmd.DeclareJav(member=member, replaced_by=by):
                self._secretary_form(Qt.Key.Key_J, CTRL, {"member": member, "by": by})
            case cmd.MemberLeaves(member=member, replaced_by=by):
                self._secretary_form(Qt.Key.Key_L, CTRL | SHIFT, {"member": member, "by": by})
            case cmd.Ajournera():
                self._ajournera()
            case cmd.Ateruppta():
                banner = self.chair.banner
                button = (
                    banner.ateruppta
                    if banner.restored.isVisible()
                    else self.chair.actions_panel.buttons["ajournera"]
                )
                self._journaled("Återuppta", lambda: self._click(button))
            case cmd.RecordFeedHealth(feed=feed, condition=condition):
                self._feed(feed, condition)
            case cmd.CloseMeeting():
                self._secretary_form(Qt.Key.Key_Q, CTRL | SHIFT, {"sure": True})
            case _:
                raise DriveError(f"Steg {step.number} ({step.do}) kan inte spelas genom fönstren.")

    def _upprop_row(self, member: str) -> None:
        page = self.secretary.upprop
        self.secretary.run("page_upprop")
        rows = [page.model.index(r, 0).data(KeyRole) for r in range(page.model.rowCount())]
        page.table.selectRow(rows.index(member))
        page.table.setFocus()

    def _upprop(self, c: cmd.RecordUpprop) -> None:
        marks = dict.fromkeys(c.present, Attendance.PRESENT)
        marks |= dict.fromkeys(c.remote, Attendance.REMOTE)
        marks |= dict.fromkeys(c.absent, Attendance.ABSENT)
        serving = dict(c.serving)
        table = self.secretary.upprop.table
        for number, member in enumerate(m.id for m in self.state.body.members):
            self._upprop_row(member)
            self._journaled(
                f"Upprop {member}",
                lambda m=member: self._key(self.secretary, _MARK[marks[m]], target=table),
            )
            if member in serving:
                self._upprop_row(member)
                self._journaled(
                    f"Ersättare för {member}",
                    lambda m=member: (
                        self._key(self.secretary, Qt.Key.Key_E, target=table),
                        self._form(self.secretary.actions_.form, {"ersattare": serving[m]}),
                    ),
                )
            if number == len(self.state.body.members) // 2:
                self._moment("upprop")
        self._journaled(
            "Uppropet klart", lambda: self._key(self.secretary, Qt.Key.Key_Return, CTRL)
        )

    def _take_up(self, item: str, paragraph: int | None) -> None:
        page = self.secretary.item
        self.secretary.run("page_item")
        if paragraph is not None:
            page.first_paragraph.setValue(paragraph)
        rows = [i.id for i in self.state.agenda]
        page.agenda.setFocus()
        page.agenda.setCurrentIndex(page.agenda_model.index(rows.index(item), 0))
        self._journaled(
            f"Ta upp {item}",
            lambda: self._key(self.secretary, Qt.Key.Key_Return, target=page.agenda),
        )

    def _votering(
        self, start: cmd.StartVotering, votes: list[cmd.CastVote], close: cmd.CloseVotering
    ) -> None:
        s = self.secretary
        self._journaled("Votering", lambda: self._key(s, Qt.Key.Key_V, CTRL))
        votering = self.state.votering
        if votering is None or (votering.ja, votering.nej) != (start.ja, start.nej):
            raise DriveError("Voteringen gäller inte de förslag scenariot anger.")
        page = s.votering
        for number, vote in enumerate(votes):
            row = votering.voters.index(vote.voter)
            page.list.setCurrentIndex(page.model.index(row, 0))
            self._journaled(
                f"Röst {vote.voter}", lambda v=vote: self._key(s, _VOTE[v.vote], target=page.list)
            )
            if number == 3:
                self._moment("namnupprop")
        if close.utslagsrost is None:
            self._journaled("Avsluta voteringen", lambda: self._key(s, Qt.Key.Key_Return, CTRL))
            return
        self._journaled(
            "Utslagsröst",
            lambda: (
                self._key(s, Qt.Key.Key_Return, CTRL),
                self._form(page.form, {"vote": close.utslagsrost.value}),
            ),
        )

    def _ajournera(self) -> None:
        banner = self.chair.banner
        rows = list(banner.rows.values())
        if rows:  # the alarm's own one-tap action
            self._journaled("Ajournera (larm)", lambda: self._click(rows[0].ajournera))
        else:
            self._journaled(
                "Ajournera", lambda: self._click(self.chair.actions_panel.buttons["ajournera"])
            )

    def _feed(self, feed: str, condition: FeedCondition) -> None:
        if self._simulator is None:
            raise DriveError("Förbindelsesteg kräver de simulerade flödena.")
        self._simulator.inject(feed, _FAULT[condition])
        if not wait_until(lambda: self.state.feeds.get(feed, FeedCondition.LIVE) is condition):
            raise DriveError(f"Övervakningen rapporterade aldrig {condition.value} för {feed}.")
        if condition is not FeedCondition.LIVE:
            wait_until(lambda: False, 600)  # a flash of the tile and the banner, for the picture
            self._moment("alarm")
