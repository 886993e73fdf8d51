"""decide(state, command, at) -> events: the rules of the meeting (attendance, agenda, debate,
feeds). Voting and decisions are in app.meeting.decide_voting. Nothing here mutates anything.
"""

from __future__ import annotations

from app.feeds.states import FeedCondition
from app.meeting import commands as cmd
from app.meeting import (
    decide_voting,  # noqa: F401 — registers the voting handlers
    rules,
)
from app.meeting import events as ev
from app.meeting.dispatch import HANDLERS, handles
from app.meeting.model import ROOM
from app.meeting.rules import fail
from app.meeting.state import MeetingState, Phase


def decide(
    state: MeetingState | None, command: cmd.Command, at: str | None = None
) -> tuple[ev.Event, ...]:
    """The events `command` produces in `state`, or RuleViolation naming the rule it breaks."""
    if isinstance(command, cmd.CreateMeeting):
        return _create(state, command, at)
    if state is None:
        fail("Sammanträdet finns inte: skapa det först.", "sammantrade.saknas")
    return HANDLERS[type(command)](state, command, at)


def _create(
    state: MeetingState | None, c: cmd.CreateMeeting, at: str | None
) -> tuple[ev.Event, ...]:
    if state is not None:
        fail("Sammanträdet är redan skapat.", "sammantrade.finns")
    ids = [p.id for p in (*c.body.members, *c.body.ersattare)]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        fail(f"Id förekommer flera gånger: {', '.join(duplicates)}.", "person.dubblett")
    if not c.body.members:
        fail(f"{c.body.name} har inga ledamöter.", "organ.inga_ledamoter")
    item_ids = [i.id for i in c.agenda]
    if len(set(item_ids)) != len(item_ids):
        fail("Ärende-id förekommer flera gånger i dagordningen.", "dagordning.dubblett")
    return (ev.MeetingCreated(at, body=c.body, info=c.info, agenda=c.agenda),)


@handles(cmd.AddAgendaItem)
def _add_item(state: MeetingState, c: cmd.AddAgendaItem, at: str | None) -> tuple[ev.Event, ...]:
    if state.phase is Phase.CLOSED:
        fail("Sammanträdet är avslutat.", "sammantrade.avslutat")
    if state.item(c.item.id):
        fail(f"Ärendet {c.item.id} finns redan på dagordningen.", "dagordning.dubblett")
    return (ev.AgendaItemAdded(at, item=c.item),)


@handles(cmd.OpenMeeting)
def _open(state: MeetingState, c: cmd.OpenMeeting, at: str | None) -> tuple[ev.Event, ...]:
    if state.phase is not Phase.PLANNED:
        fail("Sammanträdet är redan öppnat.", "sammantrade.redan_oppnat")
    return (ev.MeetingOpened(at),)


@handles(cmd.CloseMeeting)
def _close(state: MeetingState, c: cmd.CloseMeeting, at: str | None) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    if state.votering is not None:
        fail("En omröstning pågår: avsluta den innan sammanträdet avslutas.", "votering.pagar")
    return (ev.MeetingClosed(at),)


@handles(cmd.RecordTeknikkontroll)
def _teknikkontroll(
    state: MeetingState, c: cmd.RecordTeknikkontroll, at: str | None
) -> tuple[ev.Event, ...]:
    if state.phase is Phase.CLOSED:
        fail("Sammanträdet är avslutat.", "sammantrade.avslutat")
    rules.require_member(state, c.member)
    return (ev.TeknikkontrollRecorded(at, member=c.member, ok=c.ok, note=c.note),)


@handles(cmd.RecordUpprop)
def _upprop(state: MeetingState, c: cmd.RecordUpprop, at: str | None) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    if state.upprop_done:
        fail(
            "Upprop har redan förrättats; ändra enskilda ledamöters närvaro i stället.",
            "upprop.redan_forrattat",
        )
    listed = [*c.present, *c.remote, *c.absent]
    for person in listed:
        rules.require_member(state, person)
        if listed.count(person) > 1:
            fail(f"{state.label(person)} står i flera listor i uppropet.", "upprop.dubblett")
    missing = [m for m in state.body.members if m.id not in listed]
    if missing:
        fail(
            "Uppropet saknar " + ", ".join(state.label(m.id) for m in missing) + ".",
            "upprop.ofullstandigt",
        )
    events: list[ev.Event] = []
    for group, attendance in (
        (c.present, ev.Attendance.PRESENT),
        (c.remote, ev.Attendance.REMOTE),
        (c.absent, ev.Attendance.ABSENT),
    ):
        events += [ev.AttendanceRecorded(at, member=m, attendance=attendance) for m in group]
    for index, member in enumerate(c.remote):
        events += rules.remote_checks(state, member, c.remote[: index + 1], at)
    used: set[str] = set()
    for seat, ersattare in c.serving:
        if seat not in c.absent:
            fail(
                f"{state.label(seat)} är inte frånvarande; en ersättare kan inte tjänstgöra "
                "för en närvarande ledamot.",
                "ersattare.ledamot_narvarande",
            )
        rules.require_ersattare(state, ersattare)
        if ersattare in used:
            fail(
                f"{state.label(ersattare)} kan bara tjänstgöra för en ledamot.", "ersattare.dubbel"
            )
        used.add(ersattare)
        events += _assign(state, seat, ersattare, at)
    for ersattare in c.ersattare_present:
        rules.require_ersattare(state, ersattare)
        events.append(ev.ErsattarePresent(at, ersattare=ersattare))
    events.append(ev.UppropCompleted(at))
    return tuple(events)


def _assign(state: MeetingState, seat: str, ersattare: str, at: str | None) -> list[ev.Event]:
    return [
        ev.ErsattareServing(at, seat=seat, ersattare=ersattare),
        *rules.turordning_warning(state, seat, ersattare, at),
    ]


@handles(cmd.RecordAttendance)
def _attendance(
    state: MeetingState, c: cmd.RecordAttendance, at: str | None
) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    rules.require_member(state, c.member)
    events: list[ev.Event] = []
    if c.attendance is ev.Attendance.REMOTE:
        remote = tuple(m for m in state.remote_attending() if m != c.member)
        events += rules.remote_checks(state, c.member, (*remote, c.member), at)
    return (ev.AttendanceRecorded(at, member=c.member, attendance=c.attendance), *events)


@handles(cmd.AssignErsattare)
def _assign_ersattare(
    state: MeetingState, c: cmd.AssignErsattare, at: str | None
) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    rules.require_member(state, c.seat)
    rules.require_ersattare(state, c.ersattare)
    if state.attending(c.seat):
        fail(
            f"{state.label(c.seat)} är närvarande; en ersättare kan inte tjänstgöra för en "
            "närvarande ledamot.",
            "ersattare.ledamot_narvarande",
        )
    if c.ersattare in state.seat_holders.values():
        fail(f"{state.label(c.ersattare)} tjänstgör redan.", "ersattare.dubbel")
    return tuple(_assign(state, c.seat, c.ersattare, at))


@handles(cmd.RecordErsattarePresent)
def _ersattare_present(
    state: MeetingState, c: cmd.RecordErsattarePresent, at: str | None
) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    rules.require_ersattare(state, c.ersattare)
    return (ev.ErsattarePresent(at, ersattare=c.ersattare),)


@handles(cmd.CompleteUpprop)
def _complete_upprop(
    state: MeetingState, c: cmd.CompleteUpprop, at: str | None
) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    unmarked = [m for m in state.body.members if m.id not in state.attendance]
    if unmarked:
        fail(
            "Uppropet saknar " + ", ".join(state.label(m.id) for m in unmarked) + ".",
            "upprop.ofullstandigt",
        )
    return (ev.UppropCompleted(at),)


@handles(cmd.MemberArrives)
def _arrive(state: MeetingState, c: cmd.MemberArrives, at: str | None) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    rules.require_member(state, c.member)
    if state.attending(c.member):
        fail(f"{state.label(c.member)} är redan närvarande.", "narvaro.redan_narvarande")
    if c.member in state.left:
        fail(
            f"{state.label(c.member)} har lämnat sammanträdet och får inte tjänstgöra igen "
            "(växeltjänstgöring är inte tillåten).",
            "tjanstgoring.vaxeltjanstgoring",
        )
    warnings: tuple[ev.Event, ...] = ()
    if c.remote:
        warnings = rules.remote_checks(state, c.member, (*state.remote_attending(), c.member), at)
    return (ev.MemberArrived(at, member=c.member, remote=c.remote), *warnings)


@handles(cmd.MemberLeaves)
def _leave(state: MeetingState, c: cmd.MemberLeaves, at: str | None) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    rules.require_person(state, c.member)
    if not (state.attending(c.member) or c.member in state.seat_holders.values()):
        fail(f"{state.label(c.member)} är inte närvarande.", "narvaro.ej_narvarande")
    events: list[ev.Event] = [ev.MemberLeft(at, member=c.member)]
    if c.replaced_by:
        rules.require_ersattare(state, c.replaced_by)
        seat = state.seat_of(c.member) or c.member
        events += _assign(state, seat, c.replaced_by, at)
    return tuple(events)


@handles(cmd.AppointJusterare)
def _justerare(
    state: MeetingState, c: cmd.AppointJusterare, at: str | None
) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    if not c.members:
        fail("Ange minst en justerare.", "justerare.saknas")
    for person in c.members:
        rules.require_person(state, person)
    return (ev.JusterareAppointed(at, members=c.members, when=c.when, where=c.where),)


@handles(cmd.TakeUpItem)
def _take_up(state: MeetingState, c: cmd.TakeUpItem, at: str | None) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    rules.require_not_adjourned(state, "nästa ärende")
    if state.votering is not None:
        fail("En omröstning pågår: avsluta den först.", "votering.pagar")
    item = state.item(c.item)
    if item is None:
        fail(f"Ärendet {c.item} finns inte på dagordningen.", "dagordning.okant_arende")
    if c.item in state.items:
        fail(
            f"Ärendet ”{item.title}” har redan behandlats som § {state.items[c.item].paragraph}.",
            "dagordning.redan_behandlat",
        )
    paragraph = c.paragraph if c.paragraph is not None else state.next_paragraph
    used = {i.paragraph for i in state.items.values()}
    if paragraph in used:
        fail(f"§ {paragraph} är redan använd.", "paragraf.dubblett")
    events: list[ev.Event] = [ev.ItemTakenUp(at, item=c.item, paragraph=paragraph)]
    flags = sorted(f.value for f in item.flags & set(state.body.distance_policy.exclude))
    remote = state.remote_attending()
    if flags and remote:
        events.append(ev.RemoteMembersExcluded(at, item=c.item, members=remote, flags=tuple(flags)))
    return tuple(events)


@handles(cmd.ChangePresiding)
def _presiding(state: MeetingState, c: cmd.ChangePresiding, at: str | None) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    if c.member is not None:
        rules.require_person(state, c.member)
        policy = state.body.distance_policy
        if policy.presidium_in_room and state.is_remote(c.member):
            fail(
                f"{state.label(c.member)} deltar på distans och kan inte leda sammanträdet; "
                "ordföranden ska vara på plats i sammanträdeslokalen.",
                "distans.presidiet_pa_plats",
            )
    return (ev.PresidingChanged(at, member=c.member),)


@handles(cmd.DeclareJav)
def _jav(state: MeetingState, c: cmd.DeclareJav, at: str | None) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    current = rules.require_item(state)
    rules.require_person(state, c.member)
    if c.member in current.jav:
        fail(f"{state.label(c.member)} har redan anmält jäv i detta ärende.", "jav.redan_anmalt")
    seat = state.seat_of(c.member)
    if seat is None:
        fail(
            f"{state.label(c.member)} tjänstgör inte vid {rules.paragraph_label(state)}.",
            "tjanstgoring.ej_tjanstgorande",
        )
    events: list[ev.Event] = [
        ev.JavDeclared(at, member=seat, item=current.item.id, replaced_by=c.replaced_by)
    ]
    if c.replaced_by:
        rules.require_ersattare(state, c.replaced_by)
        if c.replaced_by in state.serving_persons():
            fail(f"{state.label(c.replaced_by)} tjänstgör redan.", "ersattare.dubbel")
        events += rules.turordning_warning(state, seat, c.replaced_by, at)
    return tuple(events)


@handles(cmd.RequestFloor)
def _request_floor(
    state: MeetingState, c: cmd.RequestFloor, at: str | None
) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    rules.require_item(state)
    rules.require_taking_part(state, c.member)
    _check_turn(state, c.member, c.kind)
    if (c.member, c.kind) in state.speakers.waiting:
        fail(f"{state.label(c.member)} står redan på talarlistan.", "talarlista.redan_anmald")
    return (ev.FloorRequested(at, member=c.member, kind=c.kind),)


def _check_turn(state: MeetingState, member: str, kind: ev.SpeechKind) -> None:
    queue = state.speakers
    if kind is ev.SpeechKind.ANFORANDE and queue.streck and (member, kind) not in queue.waiting:
        fail("Streck i debatten är satt: inga nya talare kan anmäla sig.", "talarlista.streck")
    current = state.current
    if kind is ev.SpeechKind.REPLIK and not (current and current.speakers):
        fail("Replik förutsätter ett anförande att replikera på.", "talarlista.replik")


@handles(cmd.WithdrawFloorRequest)
def _withdraw_floor(
    state: MeetingState, c: cmd.WithdrawFloorRequest, at: str | None
) -> tuple[ev.Event, ...]:
    if (c.member, c.kind) not in state.speakers.waiting:
        fail(f"{state.label(c.member)} står inte på talarlistan.", "talarlista.ej_anmald")
    return (ev.FloorRequestWithdrawn(at, member=c.member, kind=c.kind),)


@handles(cmd.GiveFloor)
def _give_floor(state: MeetingState, c: cmd.GiveFloor, at: str | None) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    rules.require_item(state)
    rules.require_not_adjourned(state, "debatten")
    rules.require_taking_part(state, c.member)
    _check_turn(state, c.member, c.kind)
    return (ev.FloorGiven(at, member=c.member, kind=c.kind),)


@handles(cmd.CallNextSpeaker)
def _next_speaker(
    state: MeetingState, c: cmd.CallNextSpeaker, at: str | None
) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    rules.require_not_adjourned(state, "debatten")
    if not state.speakers.waiting:
        fail("Talarlistan är tom.", "talarlista.tom")
    member, kind = state.speakers.waiting[0]
    return (ev.FloorGiven(at, member=member, kind=kind),)


@handles(cmd.EndFloor)
def _end_floor(state: MeetingState, c: cmd.EndFloor, at: str | None) -> tuple[ev.Event, ...]:
    if state.speakers.current is None:
        fail("Ingen har ordet.", "talarlista.ingen_talare")
    return (ev.FloorEnded(at),)


@handles(cmd.DrawStreck)
def _streck(state: MeetingState, c: cmd.DrawStreck, at: str | None) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    rules.require_item(state)
    if state.speakers.streck:
        fail("Streck i debatten är redan satt.", "talarlista.streck")
    return (ev.StreckDrawn(at),)


@handles(cmd.Ajournera)
def _ajournera(state: MeetingState, c: cmd.Ajournera, at: str | None) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    if state.adjourned:
        fail("Sammanträdet är redan ajournerat.", "ajournering.redan")
    if state.votering is not None:
        fail("En omröstning pågår: avsluta den innan sammanträdet ajourneras.", "votering.pagar")
    return (ev.Ajournerad(at, reason=c.reason),)


@handles(cmd.Ateruppta)
def _ateruppta(state: MeetingState, c: cmd.Ateruppta, at: str | None) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    if not state.adjourned:
        fail("Sammanträdet är inte ajournerat.", "ajournering.ej_ajournerat")
    return (ev.Ateruppttagen(at),)


def _require_feed(state: MeetingState, feed: str) -> None:
    if feed != ROOM:
        rules.require_member(state, feed)


@handles(cmd.RecordFeedHealth)
def _feed(state: MeetingState, c: cmd.RecordFeedHealth, at: str | None) -> tuple[ev.Event, ...]:
    if state.phase is Phase.CLOSED:
        return ()
    _require_feed(state, c.feed)
    if state.feeds.get(c.feed, FeedCondition.LIVE) is c.condition:
        return ()
    return (ev.FeedHealthChanged(at, feed=c.feed, condition=c.condition, detail=c.detail),)


def _require_feed_down(state: MeetingState, feed: str) -> None:
    _require_feed(state, feed)
    if state.feeds.get(feed, FeedCondition.LIVE) is FeedCondition.LIVE:
        who = "sammanträdeslokalens" if feed == ROOM else f"{state.label(feed)}s"
        fail(f"Det finns inget larm för {who} bild och ljud.", "larm.inget_larm")


@handles(cmd.AcknowledgeAlarm)
def _acknowledge(
    state: MeetingState, c: cmd.AcknowledgeAlarm, at: str | None
) -> tuple[ev.Event, ...]:
    _require_feed_down(state, c.feed)
    return (ev.FeedAlarmAcknowledged(at, feed=c.feed),)


@handles(cmd.OverrideFeedLoss)
def _override(state: MeetingState, c: cmd.OverrideFeedLoss, at: str | None) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    _require_feed_down(state, c.feed)
    if not c.reason.strip():
        fail("Ange skälet till att sammanträdet fortsätter.", "larm.motivering_saknas")
    return (ev.FeedLossOverridden(at, feed=c.feed, reason=c.reason.strip()),)


@handles(cmd.CountAbsent)
def _count_absent(state: MeetingState, c: cmd.CountAbsent, at: str | None) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    rules.require_member(state, c.member)
    if not state.is_remote(c.member):
        fail(
            f"{state.label(c.member)} deltar inte på distans; använd avgång i stället.",
            "distans.ej_pa_distans",
        )
    events: list[ev.Event] = [ev.CountedAbsent(at, member=c.member)]
    if c.replaced_by:
        rules.require_ersattare(state, c.replaced_by)
        if c.replaced_by in state.serving_persons():
            fail(f"{state.label(c.replaced_by)} tjänstgör redan.", "ersattare.dubbel")
        events += _assign(state, c.member, c.replaced_by, at)
    return tuple(events)


@handles(cmd.RecordNote)
def _note(state: MeetingState, c: cmd.RecordNote, at: str | None) -> tuple[ev.Event, ...]:
    rules.require_item(state)
    return (ev.NoteRecorded(at, text=c.text),)
