"""The secretary's console with real widgets and real key presses (offscreen): upprop by
keys, the namnupprop with the utslagsröst prompt, yrkanden and the propositionsordning
helper, corrections, the shortcut overlay, the live preview and writing the protocol."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPlainTextEdit, QWidget

from app.meeting import events as ev
from app.meeting.events import Attendance, Vote
from app.meeting.history import replay
from db import reference
from tests.support.controller import journaled
from tests.support.meeting import Play, example_scenario
from tests.ui.conftest import ControllerAt
from ui.controller import MeetingController
from ui.secretary.forms import FormDialog
from ui.secretary.shortcuts import shortcuts
from ui.secretary.window import SecretaryWindow

pytestmark = pytest.mark.ui

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def open_window(qtbot):
    def make(controller: MeetingController) -> SecretaryWindow:
        window = SecretaryWindow(controller)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        activate(qtbot, window)
        return window

    return make


def expected_after(step: int):
    scenario = example_scenario()
    return Play(scenario.create).steps(scenario, upto=step).state


def activate(qtbot, window: QWidget) -> None:
    """The offscreen platform has no window manager to hand activation back when a dialog
    closes; window shortcuts only reach the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def submit(qtbot, form: FormDialog | None) -> None:
    assert form is not None
    assert form.isVisible()
    activate(qtbot, form)
    qtbot.keyClick(form, Qt.Key.Key_Return, CTRL)
    assert not form.isVisible()
    activate(qtbot, form.parentWidget().window())


def test_the_upprop_is_taken_with_one_key_per_member(qtbot, controller_at, open_window) -> None:
    controller = controller_at(2)  # opened, teknikkontroll for Greta Ols
    window = open_window(controller)
    table = window.upprop.table
    table.setFocus()
    table.selectRow(0)
    keys = {"m01": "S", "m02": "S", "m03": "S", "m04": "F", "m05": "S", "m06": "S",
            "m07": "D", "m08": "S", "m09": "S"}  # fmt: skip
    for member, key in keys.items():
        assert window.upprop.selected_member() == member
        qtbot.keyClick(table, key)
        if key == "F":
            assert "Kim Tell (M)" in window.upprop.hint.text()
            qtbot.keyClick(table, Qt.Key.Key_E)
            form = window.actions_.form
            assert form.widgets["ersattare"].currentData() == "e02"  # turordning
            submit(qtbot, form)
            table.selectRow(table.currentIndex().row() + 1)
    qtbot.keyClick(table, Qt.Key.Key_Return, CTRL)
    state, expected = controller.state, expected_after(3)
    assert not window.refusal.isVisible(), window.refusal.text()
    assert state.upprop_done
    assert state.attendance == expected.attendance
    assert state.seat_holders == expected.seat_holders
    assert state.serving() == expected.serving()
    assert "9 av 9 tjänstgör" in window.upprop.summary.text()


def test_the_namnupprop_walks_the_list_and_asks_for_the_utslagsrost(
    qtbot, controller_at: ControllerAt, open_window
) -> None:
    controller = controller_at(17)  # § 14: proposition on y2 against y1
    window = open_window(controller)
    qtbot.keyClick(window, Qt.Key.Key_V, CTRL)
    assert window.tabs.currentWidget() is window.votering
    votes = example_scenario().steps[17].commands
    given = {c.voter: c.vote for c in votes if hasattr(c, "voter")}
    keys = {Vote.JA: "J", Vote.NEJ: "N", Vote.AVSTAR: "A"}
    called = []
    while controller.state.votering and len(called) < len(given):
        voter = window.votering.called()
        called.append(voter)
        qtbot.keyClick(window.votering.list, keys[given[voter]])
        assert not window.refusal.isVisible(), window.refusal.text()
    assert called[-1] == "m01", "the presiding member is called last"
    assert window.votering.question.text().endswith("Motionen bifalls."), "one full stop"
    assert "Ja 4 · Nej 4 · Avstår 1 · Ej röstat 0" in window.votering.tally.text()
    qtbot.keyClick(window, Qt.Key.Key_Return, CTRL)
    form = window.votering.form
    assert form.widgets["vote"].currentData() == "ja", "the chair's own vote is proposed"
    submit(qtbot, form)
    decision = controller.state.current.decisions[-1]
    assert decision.votering.utslagsrost is Vote.JA
    assert decision.adopted == "y2"
    assert "utslagsröst ja" in window.votering.result.text()


def test_space_passes_a_member_who_is_called_again_at_the_end(
    qtbot, controller_at: ControllerAt, open_window
) -> None:
    controller = controller_at(17)
    window = open_window(controller)
    window.run("votering")
    first = window.votering.called()
    qtbot.keyClick(window.votering.list, Qt.Key.Key_Space)
    second = window.votering.called()
    assert second != first
    voters = controller.state.votering.voters
    for _ in voters[1:]:
        qtbot.keyClick(window.votering.list, "J")
    assert window.votering.called() == first
    assert first not in controller.state.votering.votes


def test_a_yrkande_by_form_shows_in_the_list_and_the_preview(
    qtbot, controller_at: ControllerAt, open_window
) -> None:
    controller = controller_at(9)  # § 14 taken up
    window = open_window(controller)
    window.tabs.setCurrentWidget(window.item)
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    form = window.actions_.form
    by = form.widgets["by"]
    assert isinstance(by, QComboBox)
    by.setCurrentIndex(by.findData("m07"))
    text = form.widgets["text"]
    assert isinstance(text, QPlainTextEdit)
    qtbot.keyClicks(text, "Motionen bifalls.")
    with qtbot.waitSignal(window.preview.updated):
        submit(qtbot, form)
    (yrkande,) = controller.state.current.yrkanden.values()
    assert (yrkande.by, yrkande.text) == (("m07",), "Motionen bifalls.")
    assert "Greta Ols (V) – eget yrkande: Motionen bifalls." in window.item.yrkande_model.data(
        window.item.yrkande_model.index(0, 0)
    )
    assert "Greta Ols (V) yrkar: Motionen bifalls." in window.preview.toPlainText()
    assert "§ 14 Dnr KFN 2025/0117" in window.preview.toPlainText()


def test_a_form_with_a_missing_answer_says_what_is_missing(
    qtbot, controller_at: ControllerAt, open_window
) -> None:
    controller = controller_at(9)
    window = open_window(controller)
    window.run("anteckning")
    form = window.actions_.form
    seq = controller.state.seq
    activate(qtbot, form)
    qtbot.keyClick(form, Qt.Key.Key_Return, CTRL)
    assert form.isVisible()
    assert "Fyll i" in form.problem.text()
    assert controller.state.seq == seq


def test_the_propositionsordning_helper_proposes_the_usual_order(
    qtbot, controller_at: ControllerAt, open_window
) -> None:
    controller = controller_at(16)  # § 14: y1 (eget, with instämmande) and y2 (bifall)
    window = open_window(controller)
    assert "yrkande y2 från Cia Fors (S) mot yrkande y1" in window.item.order.text()
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    submit(qtbot, window.actions_.form)
    assert controller.state.current.decisions[-1].between == ("y2", "y1")
    assert controller.state.current.decisions[-1].adopted == "y2"
    assert window.item.order.text() == "Alla förslag har prövats."


def test_a_refusal_names_the_rule_in_swedish(
    qtbot, controller_at: ControllerAt, open_window
) -> None:
    controller = controller_at(9)
    window = open_window(controller)
    qtbot.keyClick(window, Qt.Key.Key_V, CTRL)
    assert window.refusal.isVisible()
    assert "proposition" in window.refusal.text()
    assert controller.state.votering is None


def test_an_entry_is_struck_with_a_reason_and_the_protocol_follows(
    qtbot, controller_at: ControllerAt, open_window
) -> None:
    controller = controller_at(34)  # § 16 with the protokollsanteckning as the last entry
    window = open_window(controller)
    window.run("page_journal")
    listing = window.journal.list
    listing.setFocus()
    last = window.journal.model.rowCount() - 1
    listing.setCurrentIndex(window.journal.model.index(last, 0))
    qtbot.keyClick(listing, Qt.Key.Key_Delete)
    form = window.journal.form
    qtbot.keyClicks(form.widgets["reason"], "Fel ledamot antecknad.")
    submit(qtbot, form)
    corrected = journaled(controller)[-1]
    assert isinstance(corrected, ev.EntryCorrected)
    assert corrected.reason == "Fel ledamot antecknad."
    assert controller.state.current.anteckningar == ()
    assert "rättad: Fel ledamot antecknad." in window.journal.model.data(
        window.journal.model.index(last, 0)
    )
    assert replay(controller.history) == controller.state


def test_f1_lists_every_shortcut(qtbot, controller_at: ControllerAt, open_window) -> None:
    window = open_window(controller_at(9))
    qtbot.keyClick(window, Qt.Key.Key_F1)
    overlay = window.overlay
    assert overlay.isVisible()
    texts = {label.text() for label in overlay.findChildren(QLabel)}
    for shortcut in shortcuts():
        assert shortcut.text in texts


def test_every_window_shortcut_is_bound_once() -> None:
    table = [s for s in shortcuts() if not s.scope]
    assert len({s.keys for s in table}) == len(table)
    assert len({s.action for s in shortcuts()}) == len(shortcuts())


def test_writing_the_protocol_reports_progress_and_the_files(
    qtbot, controller_at: ControllerAt, open_window, tmp_path: Path
) -> None:
    controller = controller_at(36)
    window = open_window(controller)
    steps = []
    window.writer.progress.connect(lambda done, total, _label: steps.append((done, total)))
    with qtbot.waitSignal(window.writer.done, timeout=120_000) as done:
        assert window.write_protocol(archive=True, out=tmp_path / "ut")
    written = [Path(p) for p in done.args[0]]
    assert [p.suffix for p in written] == [".docx", ".pdf", ""]
    assert all(p.exists() for p in written)
    assert steps[-1] == (3, 3)
    assert "arkivpaket" in window.written.text()
    assert not window.progress.isVisible()


def test_attendance_changes_after_the_upprop_are_recorded(
    qtbot, controller_at: ControllerAt, open_window
) -> None:
    controller = controller_at(34)
    window = open_window(controller)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)
    form = window.actions_.form
    member = form.widgets["member"]
    member.setCurrentIndex(member.findData("m08"))
    submit(qtbot, form)
    assert "m08" in controller.state.left
    assert controller.state.attendance["m08"] is not Attendance.REMOTE
    QApplication.processEvents()


def test_a_secret_ballot_is_recorded_as_counts(
    qtbot, controller_at: ControllerAt, open_window
) -> None:
    controller = controller_at(30)  # § 16 with an återremiss yrkande
    window = open_window(controller)
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL | Qt.KeyboardModifier.ShiftModifier)
    form = window.actions_.form
    for name, value in (("ja", "forslag"), ("nej", "y3")):
        form.widgets[name].setCurrentIndex(form.widgets[name].findData(value))
    for name, value in (("ja_count", 5), ("nej_count", 2), ("blanka", 1)):
        form.widgets[name].setValue(value)
    submit(qtbot, form)
    decision = controller.state.current.decisions[-1]
    assert (decision.sluten.ja_count, decision.sluten.nej_count, decision.sluten.blanka) == (
        5,
        2,
        1,
    )
    assert decision.votering is None, "a secret ballot names nobody"


def test_an_election_by_form(qtbot, controller_at: ControllerAt, open_window) -> None:
    controller = controller_at(29)
    window = open_window(controller)
    qtbot.keyClick(window, Qt.Key.Key_V, CTRL | Qt.KeyboardModifier.ShiftModifier)
    form = window.actions_.form
    form.widgets["candidates"].setPlainText("Anna Berg\nBo Ek")
    form.widgets["ballots"].setPlainText("5: Anna Berg\n3: Bo Ek")
    submit(qtbot, form)
    (val,) = controller.state.current.val
    assert val.elected == ("Anna Berg",)


def test_a_malformed_ballot_line_is_named(qtbot, controller_at: ControllerAt, open_window) -> None:
    controller = controller_at(29)
    window = open_window(controller)
    window.run("val")
    form = window.actions_.form
    form.widgets["candidates"].setPlainText("Anna Berg")
    form.widgets["ballots"].setPlainText("5: Anna Berg\nfem röster")
    seq = controller.state.seq
    submit(qtbot, form)
    assert "Valsedlar rad 2" in window.refusal.text()
    assert controller.state.seq == seq


def test_agenda_items_are_imported_after_a_preview(
    qtbot, controller_at: ControllerAt, open_window, tmp_path: Path
) -> None:
    controller = controller_at(9)
    window = open_window(controller)
    file = tmp_path / "extra.csv"
    file.write_text(
        "nummer;rubrik;dnr;förslag;sekretess;sluten omröstning\n"
        "6;Information om budgetläget;;;nej;nej\n"
        "7;Val av ombud;KFN 2026/0020;;nej;ja\n",
        encoding="utf-8",
    )
    window.agenda_import.preview(file)
    form = window.agenda_import.form
    listing = form.widgets["items"]
    assert listing.count() == 2
    submit(qtbot, form)
    titles = [i.title for i in controller.state.agenda]
    assert titles[-2:] == ["Information om budgetläget", "Val av ombud"]
    assert controller.state.agenda[-1].sluten_omrostning


def test_a_bad_agenda_file_names_the_line_and_adds_nothing(
    qtbot, controller_at: ControllerAt, open_window, tmp_path: Path
) -> None:
    controller = controller_at(9)
    window = open_window(controller)
    file = tmp_path / "trasig.csv"
    file.write_text("nummer;rubrik\n6;\n", encoding="utf-8")
    before = len(controller.state.agenda)
    window.agenda_import.preview(file)
    assert window.refusal.isVisible()
    assert "trasig.csv" in window.refusal.text()
    assert "rad 2" in window.refusal.text()
    assert len(controller.state.agenda) == before


def test_settings_open_from_the_keyboard(qtbot, controller_at: ControllerAt, open_window) -> None:
    window = open_window(controller_at(9))
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    assert window.settings_dialog.isVisible()


def test_the_distance_rules_are_edited_for_the_body(
    qtbot, controller_at: ControllerAt, open_window
) -> None:
    controller = controller_at(9)
    window = open_window(controller)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.policy_dialog
    assert dialog.presidium.isChecked()
    dialog.max_remote.setValue(2)
    dialog.decided_by.setText("KF 2022-06-13 § 88")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    body = reference.load_body(controller.session.store.engine, controller.state.body.name)
    assert body.distance_policy.max_remote == 2
    assert body.distance_policy.decided_by == "KF 2022-06-13 § 88"
    assert [m.id for m in body.members] == [m.id for m in controller.state.body.members]
    assert controller.state.body.distance_policy.max_remote != 2, "the meeting keeps its rules"
