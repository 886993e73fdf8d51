"""Build and play meetings in memory for the pure tests: the same decide/evolve as production."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from app.meeting import commands as cmd
from app.meeting import events as ev
from app.meeting.decide import decide
from app.meeting.evolve import evolve, initial_state
from app.meeting.history import Recorded
from app.meeting.model import Body, BodyKind, DistancePolicy, Ersattare, Item, MeetingInfo, Member
from app.meeting.state import MeetingState
from app.scenario.parse import Scenario, parse_scenario

EXAMPLE = Path(__file__).parent.parent / "fixtures" / "exempelby-kfn-2026-03-16.json"


def example_scenario() -> Scenario:
    return parse_scenario(EXAMPLE.read_text(encoding="utf-8"))


class Play:
    """A meeting played in memory, keeping its history as a journal would."""

    def __init__(self, create: cmd.CreateMeeting) -> None:
        (created,) = decide(None, create, None)
        self.history: list[Recorded] = [Recorded(1, created)]
        self.state: MeetingState = replace(initial_state(created), seq=1)

    def do(self, *commands: cmd.Command, at: str | None = None) -> tuple[ev.Event, ...]:
        """Decide and apply; on RuleViolation nothing changes (as with the journal)."""
        state, new = self.state, []
        for command in commands:
            for event in decide(state, command, at):
                state = evolve(state, event)
                new.append(event)
        for event in new:
            self.history.append(Recorded(len(self.history) + 1, event))
        self.state = replace(state, seq=len(self.history))
        return tuple(new)

    def steps(self, scenario: Scenario, upto: int | None = None) -> Play:
        for step in scenario.steps[:upto]:
            self.do(*step.commands, at=step.at)
        return self


def small_body(
    members: int = 5,
    *,
    policy: DistancePolicy | None = None,
    ersattare: Iterable[Ersattare] = (),
) -> Body:
    people = [Member("m01", "Anna Berg", "S", "ordforande")]
    people += [
        Member(f"m{i:02}", f"Ledamot {i}", "S" if i % 2 else "M") for i in range(2, members + 1)
    ]
    return Body(
        name="Testnämnden",
        kind=BodyKind.NAMND,
        members=tuple(people),
        ersattare=tuple(ersattare)
        or (Ersattare("e01", "Ersa Ett", "S", 1), Ersattare("e02", "Ersa Två", "M", 1)),
        distance_policy=policy or DistancePolicy(),
    )


def small_meeting(
    members: int = 5,
    *,
    policy: DistancePolicy | None = None,
    items: Iterable[Item] = (),
    distance_allowed: bool = True,
    announced: tuple[str, ...] = (),
) -> Play:
    agenda = tuple(items) or (
        Item("a1", "Ärende ett", "X 2026/1", "Förslaget."),
        Item("a2", "Ärende två", "X 2026/2", "Förslaget två."),
        Item("a3", "Val av ombud"),
    )
    info = MeetingInfo(
        organisation="Testby kommun",
        date="2026-05-04",
        place="Salen",
        secretary="Sara Sekreterare",
        distance_allowed=distance_allowed,
        remote_announced=announced,
    )
    return Play(cmd.CreateMeeting(small_body(members, policy=policy), info, agenda))


def opened(members: int = 5, *, remote: tuple[str, ...] = (), **kwargs) -> Play:
    """Opened, upprop done with everybody present (those in `remote` at a distance, checked)."""
    play = small_meeting(members, announced=remote, **kwargs)
    play.do(cmd.OpenMeeting(), at="09:00")
    for member in remote:
        play.do(cmd.RecordTeknikkontroll(member, True))
    ids = [m.id for m in play.state.body.members]
    play.do(
        cmd.RecordUpprop(present=tuple(i for i in ids if i not in remote), remote=remote),
        at="09:01",
    )
    return play
