"""One line per played step, in Swedish: what happened, with the numbers the meeting computed."""

from __future__ import annotations

from app.meeting import events as ev
from app.meeting.state import MeetingState
from app.scenario.parse import Step


def describe(step: Step, after: MeetingState, events: tuple[ev.Event, ...]) -> str:
    current = after.current
    where = f"§ {current.paragraph} " if current else ""
    detail = _detail(after, events)
    line = f"{step.number:>3}. {where}{step.do}"
    return f"{line}: {detail}" if detail else line


def _detail(state: MeetingState, events: tuple[ev.Event, ...]) -> str:
    for event in events:
        match event:
            case ev.UppropCompleted():
                serving = len(state.serving())
                return (
                    f"{serving} av {state.body.seats} tjänstgör, {len(state.remote_attending())} "
                    f"på distans, beslutför: {'ja' if state.has_quorum() else 'nej'}"
                )
            case ev.ItemTakenUp(item=item_id):
                item = state.item(item_id)
                return item.title if item else item_id
            case ev.VoteringClosed():
                current = state.current
                assert current is not None
                kontra = any(
                    isinstance(e, ev.VoteringStarted) and e.kontraproposition for e in events
                )
                result = (
                    current.kontrapropositioner[-1] if kontra else current.decisions[-1].votering
                )
                assert result is not None
                tail = ""
                if result.utslagsrost:
                    tail = f" (utslagsröst {result.utslagsrost.value})"
                elif result.lott:
                    tail = f" (lott {result.lott.value})"
                return (
                    f"{result.count(ev.Vote.JA)} ja, {result.count(ev.Vote.NEJ)} nej, "
                    f"{result.count(ev.Vote.AVSTAR)} avstår{tail} → {result.winner}"
                )
            case ev.PropositionPut(finds=finds):
                return f"ordföranden finner bifall till {finds}"
            case ev.SlutenOmrostningHeld():
                decision = state.current.decisions[-1] if state.current else None
                return (
                    f"{event.ja_count} ja, {event.nej_count} nej, {event.blanka} blanka, "
                    f"{event.ogiltiga} ogiltiga → {decision.adopted if decision else '?'}"
                )
            case ev.ValHeld():
                val = state.current.val[-1] if state.current else None
                return "valda: " + ", ".join(val.elected) if val else ""
            case ev.FeedHealthChanged(feed=feed, condition=condition):
                who = "lokalen" if feed == "room" else state.label(feed)
                return f"{who}: {condition.value}"
            case ev.JavDeclared(member=member, replaced_by=by):
                return f"{state.label(member)} jäv" + (f", {state.label(by)} tjg" if by else "")
    return ""


def warnings(events: tuple[ev.Event, ...]) -> list[str]:
    return [e.message for e in events if isinstance(e, ev.WarningNoted)]
