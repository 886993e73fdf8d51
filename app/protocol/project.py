"""From the journal to the protocol: a pure projection of the meeting state and its history.

The state says what was decided and who served at each §; the history says when and why things
happened (which lost feed an ajournering was for, what the chair did about it, what was
corrected). Nothing is typed twice, so nothing can contradict the record."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from app.feeds.states import SWEDISH, FeedCondition
from app.meeting import events as ev
from app.meeting.elections import distribute
from app.meeting.events import ValMethod, Vote
from app.meeting.history import Recorded
from app.meeting.model import ROOM
from app.meeting.state import ItemState, MeetingState, VoteringResult
from app.protocol import model as pm

ROLES = {"ordforande": "ordförande", "1:e vice ordforande": "1:e vice ordförande",
         "2:e vice ordforande": "2:e vice ordförande"}  # fmt: skip


def project(
    state: MeetingState,
    history: Sequence[Recorded],
    *,
    meeting_id: str = "",
    seal: str | None = None,
) -> pm.Protocol:
    story = _Story.read(state, history)
    items = sorted(state.items.values(), key=lambda i: i.paragraph)
    bilaga = iter(range(1, 1000))
    paragraphs = tuple(_paragraph(state, item, story, bilaga) for item in items)
    presiding = state.presiding
    return pm.Protocol(
        organisation=state.info.organisation,
        organ=state.body.name,
        meeting_id=meeting_id,
        date=state.info.date,
        place=state.info.place,
        start=clock(state.opened_at),
        end=clock(state.closed_at),
        # The journal's evidence (who was lost, since when) says more than the words given
        # when adjourning for it.
        pauses=tuple(
            pm.Pause(clock(p.start), clock(p.end), p.paragraph, cause or p.reason)
            for p, cause in zip(state.ajourneringar, story.pause_causes, strict=False)
        ),
        beslutande=_beslutande(state, items),
        ovriga=_ovriga(state, items),
        sekreterare=state.info.secretary,
        ordforande=state.label(presiding) if presiding else "",
        justerare=tuple(state.label(p) for p in state.justerare),
        justering_when=state.justering_when,
        justering_where=state.justering_where,
        paragraphs=paragraphs,
        seal=seal if state.closed_at else None,
        warnings=state.warnings,
    )


# --- who took part -----------------------------------------------------------------------


def _beslutande(state: MeetingState, items: list[ItemState]) -> tuple[pm.Attendee, ...]:
    every = [i.paragraph for i in items]
    lines = []
    for member in state.body.members:
        served: dict[str, list[int]] = {}
        remote: set[str] = set()
        for item in items:
            for seat in item.serving:
                if seat.seat == member.id:
                    served.setdefault(seat.person, []).append(item.paragraph)
                    if seat.remote:
                        remote.add(seat.person)
        for person, numbers in served.items():
            own = person == member.id
            lines.append(
                pm.Attendee(
                    label=state.label(person),
                    role=ROLES.get(member.role or "") if own else None,
                    tjg_for=None if own else state.label(member.id),
                    paragraphs=None if numbers == every else pm.paragraph_range(numbers),
                    remote=person in remote,
                )
            )
    return tuple(lines)


def _ovriga(state: MeetingState, items: list[ItemState]) -> tuple[str, ...]:
    served = {seat.person for item in items for seat in item.serving}
    ersattare = [
        f"{state.label(e.id)}, ersättare"
        for e in state.body.ersattare
        if e.id in state.ersattare_present and e.id not in served
    ]
    paragraph_of = {i.item.id: i.paragraph for i in items}
    others = []
    for other in state.info.others_present:
        text = f"{other.name}, {other.title}" if other.title else other.name
        numbers = [paragraph_of[i] for i in other.items if i in paragraph_of]
        others.append(f"{text} {pm.paragraph_range(numbers)}" if numbers else text)
    return (*ersattare, *others)


# --- what happened when (from the history) ------------------------------------------------


@dataclass
class _Story:
    pause_causes: list[str | None] = field(default_factory=list)
    interruptions: dict[int, list[pm.Interruption]] = field(default_factory=dict)
    corrections: dict[int, list[str]] = field(default_factory=dict)

    @classmethod
    def read(cls, state: MeetingState, history: Sequence[Recorded]) -> _Story:
        story = cls()
        paragraph: int | None = None
        paragraph_of_seq: dict[int, int | None] = {}
        down: dict[str, tuple[int | None, pm.Interruption]] = {}
        for recorded in history:
            event = recorded.event
            paragraph_of_seq[recorded.seq] = paragraph
            match event:
                case ev.ItemTakenUp(paragraph=number):
                    paragraph = number
                case ev.FeedHealthChanged():
                    story._feed(state, down, paragraph, event)
                case ev.Ajournerad():
                    story.pause_causes.append(_cause(state, down))
                    story._act(down, None, "ajournering")
                case ev.CountedAbsent(member=member):
                    story._act(down, member, "räknades som frånvarande")
                case ev.FeedLossOverridden(feed=feed, reason=reason):
                    story._act(down, feed, f"sammanträdet fortsatte: {reason}")
                case ev.EntryCorrected(target_seq=target, reason=reason):
                    where = paragraph_of_seq.get(target)
                    if where is not None:
                        story.corrections.setdefault(where, []).append(reason)
        return story

    def _feed(self, state, down, paragraph, event: ev.FeedHealthChanged) -> None:
        feed, condition, at = event.feed, event.condition, clock(event.at)
        if condition.blocks_participation and feed not in down:
            who = "sammanträdeslokalens bild och ljud" if feed == ROOM else state.label(feed)
            interruption = pm.Interruption(who, SWEDISH[condition], at, None, None)
            down[feed] = (paragraph, interruption)
        elif condition is FeedCondition.LIVE and feed in down:
            where, interruption = down.pop(feed)
            self._record(where, _with(interruption, end=at))

    def _act(self, down, feed: str | None, action: str) -> None:
        for key, (where, interruption) in list(down.items()):
            if (feed is None or key == feed) and interruption.action is None:
                down[key] = (where, _with(interruption, action=action))
                if action != "ajournering":
                    self._record(where, down.pop(key)[1])

    def _record(self, paragraph: int | None, interruption: pm.Interruption) -> None:
        if paragraph is not None:
            self.interruptions.setdefault(paragraph, []).append(interruption)


def clock(at: str | None) -> str | None:
    """A time as the protocol shows it, hours and minutes ("13:05"): the windows journal the
    seconds too, which the journal keeps as evidence."""
    if at is not None and len(at) == 8 and at[2] == ":" and at[5] == ":":
        return at[:5]
    return at


def _with(interruption: pm.Interruption, **changes: str | None) -> pm.Interruption:
    values = {
        "who": interruption.who,
        "condition": interruption.condition,
        "start": interruption.start,
        "end": interruption.end,
        "action": interruption.action,
    }
    values.update(changes)
    return pm.Interruption(**values)


def _cause(state: MeetingState, down) -> str | None:
    if not down:
        return None
    parts = [f"{i.who}: {i.condition} kl. {i.start}" for _, i in down.values()]
    return "; ".join(parts)


# --- each § --------------------------------------------------------------------------------


def _paragraph(state: MeetingState, item: ItemState, story: _Story, bilaga) -> pm.Paragraph:
    def label(key: str) -> str:
        return _proposal_label(state, item, key)

    reservations = tuple(
        pm.Reservation(
            by=tuple(state.label(p) for p in r.members),
            against=label(r.yrkande) if r.yrkande else None,
            written=r.written,
            motivation=r.motivation,
            bilaga=next(bilaga) if r.written and r.motivation else None,
        )
        for r in item.reservations
    )
    return pm.Paragraph(
        number=item.paragraph,
        title=item.item.title,
        dnr=item.item.dnr,
        proposal=item.item.proposal,
        sekretess=item.item.sekretess,
        yrkanden=tuple(
            pm.Yrkande(
                by=tuple(state.label(p) for p in y.by),
                kind=y.kind.value,
                text=y.text,
                target=label(y.target) if y.target else None,
                supporters=tuple(state.label(p) for p in y.instam),
                withdrawn=y.withdrawn,
            )
            for y in item.yrkanden.values()
        ),
        propositions=tuple(
            pm.Proposition(
                between=tuple(label(k) for k in d.between),
                adopted=label(d.adopted),
                votering=_votering(state, d.votering, label) if d.votering else None,
                sluten=_sluten(d.sluten, label) if d.sluten else None,
            )
            for d in item.decisions
        ),
        kontrapropositioner=tuple(_votering(state, k, label) for k in item.kontrapropositioner),
        elections=tuple(
            _election(state, v, next(bilaga) if v.method is ValMethod.PROPORTIONELLT else None)
            for v in item.val
        ),
        beslut=item.beslut_text,
        jav=tuple((state.label(m), state.label(by) if by else None) for m, by in item.jav.items()),
        excluded_remote=tuple(state.label(m) for m in item.excluded_remote),
        interruptions=tuple(story.interruptions.get(item.paragraph, ())),
        reservations=reservations,
        anteckningar=tuple(
            pm.Anteckning(tuple(state.label(p) for p in a.members), a.text)
            for a in item.anteckningar
        ),
        omedelbar_justering=item.omedelbar_justering,
        corrections=tuple(story.corrections.get(item.paragraph, ())),
    )


def _proposal_label(state: MeetingState, item: ItemState, key: str) -> str:
    if key == ev.FORSLAG:
        return "förslaget"
    if key == ev.IDAG:
        return "att ärendet ska avgöras i dag"
    yrkande = item.yrkanden.get(key)
    if yrkande is None:
        return key
    by = state.label(yrkande.by[0]) + (" m.fl." if len(yrkande.by) > 1 else "")
    return f"yrkandet från {by}"


def _votering(state: MeetingState, result: VoteringResult, label) -> pm.Votering:
    # As the members were called (the presiding member last), then those who did not vote.
    lines = [pm.VoteLine(state.label(person), vote.value) for person, vote in result.votes]
    lines += [pm.VoteLine(state.label(person), "deltar_ej") for person in result.not_voting]
    return pm.Votering(
        ja=label(result.ja),
        nej=label(result.nej),
        ja_count=result.count(Vote.JA),
        nej_count=result.count(Vote.NEJ),
        avstar_count=result.count(Vote.AVSTAR),
        lines=tuple(lines),
        winner=label(result.winner),
        utslagsrost=result.utslagsrost.value if result.utslagsrost else None,
        lott=result.lott.value if result.lott else None,
        kontraproposition=result.kontraproposition,
        overrides=tuple((state.label(p), reason) for p, reason in result.overrides),
    )


def _sluten(result, label) -> pm.SlutenVote:
    return pm.SlutenVote(
        ja=label(result.ja),
        nej=label(result.nej),
        ja_count=result.ja_count,
        nej_count=result.nej_count,
        blanka=result.blanka,
        ogiltiga=result.ogiltiga,
        winner=label(result.winner),
        lott=result.lott.value if result.lott else None,
    )


def _election(state: MeetingState, val, bilaga: int | None) -> pm.Election:
    lines: list[str] = []
    proportional = val.method is ValMethod.PROPORTIONELLT
    if proportional:
        distribution = distribute(val.ballots, val.seats, val.lott)
        for group, votes in distribution.groups:
            lines.append(f"Lista {group[0]} m.fl.: {_votes(votes)}")
        for r in distribution.rounds:
            numbers = ", ".join(f"{g[0]} {float(n):.2f}".replace(".", ",") for g, n in r.numbers)
            lot = " (lottning)" if r.by_lot else ""
            lines.append(f"Plats {r.seat}: {r.group[0]}-listan{lot} — jämförelsetal {numbers}")
    else:
        lines.extend(f"{', '.join(b.names)}: {_votes(b.count)}" for b in val.ballots)
    return pm.Election(
        method="proportionellt" if proportional else "majoritet",
        seats=val.seats,
        elected=val.elected,
        calculation=tuple(lines),
        lott=val.lott,
        requested_by=tuple(state.label(p) for p in val.requested_by),
        bilaga=bilaga,
    )


def _votes(count: int) -> str:
    return "1 röst" if count == 1 else f"{count} röster"
