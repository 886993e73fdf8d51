"""decide() for yrkanden, propositions, omröstningar, val and what follows a decision."""

from __future__ import annotations

from app.meeting import commands as cmd
from app.meeting import elections, rules
from app.meeting import events as ev
from app.meeting.dispatch import handles
from app.meeting.events import FORSLAG, IDAG, Vote, YrkandeKind
from app.meeting.rules import fail
from app.meeting.state import ItemState, MeetingState

_FORMAL = (YrkandeKind.ATERREMISS, YrkandeKind.BORDLAGGNING)


@handles(cmd.MakeYrkande)
def _yrkande(state: MeetingState, c: cmd.MakeYrkande, at: str | None) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    rules.require_item(state)
    if not c.by:
        fail("Ange vem som yrkar.", "yrkande.ingen_yrkande")
    for person in c.by:
        rules.require_taking_part(state, person)
    every_id = {y for item in state.items.values() for y in item.yrkanden}
    yrkande_id = c.yrkande or f"y{len(every_id) + 1}"
    while yrkande_id in every_id and c.yrkande is None:
        yrkande_id = f"y{int(yrkande_id[1:]) + 1}"
    if yrkande_id in every_id or yrkande_id in (FORSLAG, IDAG):
        fail(f"Yrkandet {yrkande_id} finns redan.", "yrkande.dubblett")
    if c.target is not None and c.target not in state.proposal_ids():
        fail(f"Yrkandet {c.target} finns inte i detta ärende.", "yrkande.okant")
    if c.kind is YrkandeKind.EGET and not (c.text and c.text.strip()):
        fail("Ett eget yrkande behöver en text.", "yrkande.text_saknas")
    return (
        ev.YrkandeMade(at, yrkande=yrkande_id, by=c.by, kind=c.kind, text=c.text, target=c.target),
    )


def _require_yrkande(state: MeetingState, yrkande: str) -> ItemState:
    current = rules.require_item(state)
    y = current.yrkanden.get(yrkande)
    if y is None:
        fail(f"Yrkandet {yrkande} finns inte i detta ärende.", "yrkande.okant")
    if y.withdrawn:
        fail(f"Yrkandet {yrkande} är återtaget.", "yrkande.atertaget")
    return current


@handles(cmd.Instam)
def _instam(state: MeetingState, c: cmd.Instam, at: str | None) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    current = _require_yrkande(state, c.yrkande)
    rules.require_taking_part(state, c.member)
    y = current.yrkanden[c.yrkande]
    if c.member in y.by or c.member in y.instam:
        fail(f"{state.label(c.member)} står redan bakom yrkandet.", "yrkande.redan_instamt")
    return (ev.Instamt(at, member=c.member, yrkande=c.yrkande),)


@handles(cmd.WithdrawYrkande)
def _withdraw(state: MeetingState, c: cmd.WithdrawYrkande, at: str | None) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    _require_yrkande(state, c.yrkande)
    return (ev.YrkandeWithdrawn(at, yrkande=c.yrkande),)


def _require_decidable(state: MeetingState, what: str) -> ItemState:
    rules.require_open(state)
    current = rules.require_item(state)
    rules.require_not_adjourned(state, what)
    if state.votering is not None:
        fail("En omröstning pågår: avsluta den först.", "votering.pagar")
    rules.require_quorum(state)
    rules.require_feeds_live(state, state.serving_persons())
    if current.decisions and current.decisions[-1].adopted in _formal_ids(current):
        fail(
            "Ärendet är redan avgjort genom beslut om återremiss eller bordläggning.",
            "beslut.arendet_avgjort",
        )
    return current


def _formal_ids(current: ItemState) -> set[str]:
    return {y.id for y in current.yrkanden.values() if y.kind in _FORMAL}


def _require_proposals(state: MeetingState, ids: tuple[str, ...]) -> None:
    valid = state.proposal_ids()
    for pid in ids:
        if pid not in valid:
            fail(f"{pid} är inget förslag eller yrkande i detta ärende.", "proposition.okant")


@handles(cmd.PutProposition)
def _proposition(
    state: MeetingState, c: cmd.PutProposition, at: str | None
) -> tuple[ev.Event, ...]:
    current = _require_decidable(state, "beslut")
    if not c.between:
        fail("Propositionen måste ha minst ett förslag.", "proposition.tom")
    _require_proposals(state, c.between)
    if c.finds not in c.between:
        fail(
            f"Ordföranden kan bara finna bifall till ett av de förslag som ställts ({c.finds}).",
            "proposition.finner",
        )
    formal = _formal_ids(current)
    tried = {pid for d in current.decisions for pid in d.between}
    pending = sorted(
        y.id for y in current.active_yrkanden() if y.id in formal and y.id not in tried
    )
    put_formal = [pid for pid in c.between if pid in formal]
    if pending and not put_formal:
        fail(
            f"Yrkandet om {_kind_name(current, pending[0])} ({pending[0]}) ska prövas först, "
            "mot att ärendet avgörs i dag.",
            "propositionsordning.formella_forst",
        )
    if put_formal and (len(put_formal) > 1 or set(c.between) != {put_formal[0], IDAG}):
        fail(
            "Återremiss och bordläggning prövas var för sig mot att ärendet avgörs i dag "
            "(proposition mellan ”idag” och yrkandet).",
            "propositionsordning.formella_mot_idag",
        )
    return (ev.PropositionPut(at, between=c.between, finds=c.finds),)


def _kind_name(current: ItemState, yrkande: str) -> str:
    kind = current.yrkanden[yrkande].kind
    return "återremiss" if kind is YrkandeKind.ATERREMISS else "bordläggning"


@handles(cmd.StartVotering)
def _start_votering(
    state: MeetingState, c: cmd.StartVotering, at: str | None
) -> tuple[ev.Event, ...]:
    current = _require_decidable(state, "omröstning")
    if current.item.sluten_omrostning:
        fail(
            f"”{current.item.title}” ska avgöras med sluten omröstning; öppen omröstning "
            "med namnupprop är inte tillåten.",
            "votering.sluten_kravs",
        )
    if c.ja == c.nej:
        fail("Ja och nej måste stå för olika förslag.", "votering.samma_forslag")
    _require_proposals(state, (c.ja, c.nej))
    if not current.decisions and not c.kontraproposition:
        fail(
            "Omröstning förutsätter att ordföranden först ställt proposition.",
            "votering.proposition_forst",
        )
    for person in c.requested_by:
        rules.require_serving(state, person)
    return (
        ev.VoteringStarted(
            at,
            ja=c.ja,
            nej=c.nej,
            requested_by=c.requested_by,
            kontraproposition=c.kontraproposition,
            winner_against=c.winner_against,
        ),
    )


@handles(cmd.CastVote)
def _cast(state: MeetingState, c: cmd.CastVote, at: str | None) -> tuple[ev.Event, ...]:
    votering = state.votering
    if votering is None:
        fail("Ingen omröstning pågår.", "votering.ingen")
    if c.voter not in votering.voters:
        rules.require_person(state, c.voter)
        kind = "Ersättaren" if state.body.ersattare_by_id(c.voter) else "Ledamoten"
        fail(
            f"{kind} {state.name(c.voter)} tjänstgör inte vid {rules.paragraph_label(state)}.",
            "tjanstgoring.ej_tjanstgorande",
        )
    condition = state.feed_blocked(c.voter)
    if condition is not None and not (c.override and c.override.strip()):
        fail(
            f"Bild eller ljud från {state.label(c.voter)} saknas; rösten kan bara registreras "
            "med ett uttryckligt undantag (ange skäl).",
            "votering.forbindelse_bruten",
        )
    return (ev.VoteCast(at, voter=c.voter, vote=c.vote, override=c.override),)


@handles(cmd.CloseVotering)
def _close_votering(
    state: MeetingState, c: cmd.CloseVotering, at: str | None
) -> tuple[ev.Event, ...]:
    votering = state.votering
    if votering is None:
        fail("Ingen omröstning pågår.", "votering.ingen")
    ja, nej = votering.count(Vote.JA), votering.count(Vote.NEJ)
    tie = ja == nej
    if c.utslagsrost and c.lott:
        fail("Ange utslagsröst eller lottning, inte båda.", "votering.utslag_och_lott")
    if not tie and (c.utslagsrost or c.lott):
        fail(
            f"Utslagsröst och lottning avgör bara lika röstetal (nu {ja} ja mot {nej} nej).",
            "votering.utslagsrost_utan_lika",
        )
    if tie and not (c.utslagsrost or c.lott):
        fail(
            f"Lika röstetal ({ja}–{nej}): ordföranden ska avgöra med sin utslagsröst.",
            "votering.utslagsrost_kravs",
        )
    current = state.current
    if c.lott and current and not _is_election(current):
        fail(
            "Lottning avgör lika röstetal bara vid val; i andra ärenden har ordföranden "
            "utslagsröst.",
            "votering.lott_endast_val",
        )
    chair_vote = votering.votes.get(state.presiding or "")
    if c.utslagsrost and chair_vote in (Vote.JA, Vote.NEJ) and chair_vote is not c.utslagsrost:
        fail(
            f"Ordförandens utslagsröst ska följa ordförandens egen röst ({chair_vote.value}).",
            "votering.utslagsrost_egen_rost",
        )
    return (ev.VoteringClosed(at, utslagsrost=c.utslagsrost, lott=c.lott),)


def _is_election(current: ItemState) -> bool:
    return current.item.title.lower().startswith("val ") or bool(current.val)


@handles(cmd.HoldSlutenOmrostning)
def _sluten(
    state: MeetingState, c: cmd.HoldSlutenOmrostning, at: str | None
) -> tuple[ev.Event, ...]:
    _require_decidable(state, "omröstning")
    _require_proposals(state, (c.ja, c.nej))
    counts = (c.ja_count, c.nej_count, c.blanka, c.ogiltiga)
    if min(counts) < 0:
        fail("Antalen kan inte vara negativa.", "sluten.negativt")
    _require_ballots_fit(state, sum(counts))
    if c.ja_count == c.nej_count and c.lott is None:
        fail(
            f"Lika röstetal ({c.ja_count}–{c.nej_count}) i sluten omröstning avgörs genom "
            "lottning; ordföranden har ingen utslagsröst när rösterna är hemliga.",
            "sluten.lott_kravs",
        )
    if c.ja_count != c.nej_count and c.lott is not None:
        fail("Lottning avgör bara lika röstetal.", "sluten.lott_utan_lika")
    return (
        ev.SlutenOmrostningHeld(
            at,
            ja=c.ja,
            nej=c.nej,
            ja_count=c.ja_count,
            nej_count=c.nej_count,
            blanka=c.blanka,
            ogiltiga=c.ogiltiga,
            lott=c.lott,
        ),
    )


def _require_ballots_fit(state: MeetingState, given: int) -> None:
    in_room = sum(1 for s in state.serving() if not s.remote)
    if given > in_room:
        fail(
            f"{given} valsedlar är fler än de {in_room} tjänstgörande ledamöterna i "
            "sammanträdeslokalen (sluten omröstning sker bara bland de närvarande i rummet).",
            "sluten.for_manga_valsedlar",
        )


@handles(cmd.HoldVal)
def _val(state: MeetingState, c: cmd.HoldVal, at: str | None) -> tuple[ev.Event, ...]:
    _require_decidable(state, "val")
    if c.seats < 1:
        fail("Ett val gäller minst en plats.", "val.platser")
    if any(b.count < 0 for b in c.ballots):
        fail("Antalen kan inte vara negativa.", "val.negativt")
    _require_ballots_fit(state, sum(b.count for b in c.ballots))
    names = {n for b in c.ballots for n in b.names}
    unknown = sorted(names - set(c.candidates)) if c.candidates else []
    if unknown:
        fail(f"{', '.join(unknown)} är inte nominerade.", "val.okand_kandidat")
    if c.method is ev.ValMethod.PROPORTIONELLT and c.requested_by:
        present = len(state.serving())
        needed = elections.request_threshold(present, c.seats)
        if len(c.requested_by) < needed:
            fail(
                f"Proportionellt val kräver att minst {needed} ledamöter begär det "
                f"({present} närvarande / ({c.seats} + 1), avrundat uppåt); "
                f"{len(c.requested_by)} har begärt det.",
                "val.proportionellt_troskel",
            )
    event = ev.ValHeld(
        at,
        seats=c.seats,
        method=c.method,
        candidates=c.candidates,
        ballots=c.ballots,
        lott=c.lott,
        requested_by=c.requested_by,
    )
    try:
        elections.elected(event)
    except elections.LotNeeded as tie:
        fail(
            f"Lika röstetal mellan {' och '.join(tie.tied)}: lottning ska avgöra ordningen.",
            "val.lott_kravs",
        )
    return (event,)


@handles(cmd.RecordBeslut)
def _beslut(state: MeetingState, c: cmd.RecordBeslut, at: str | None) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    rules.require_item(state)
    rules.require_not_adjourned(state, "beslut")
    if not c.text.strip():
        fail("Beslutstexten är tom.", "beslut.tom")
    return (ev.BeslutRecorded(at, text=c.text),)


@handles(cmd.RecordReservation)
def _reservation(
    state: MeetingState, c: cmd.RecordReservation, at: str | None
) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    current = rules.require_item(state)
    if not (current.decisions or current.val):
        fail("Reservation förutsätter ett beslut i ärendet.", "reservation.inget_beslut")
    took_part = {s.person for s in current.serving}
    last_vote = next((d.votering for d in reversed(current.decisions) if d.votering), None)
    abstained = {p for p, v in last_vote.votes if v is Vote.AVSTAR} if last_vote else set()
    for person in c.members:
        rules.require_person(state, person)
        if person not in took_part:
            fail(
                f"{state.label(person)} deltog inte i beslutet och kan inte reservera sig.",
                "reservation.deltog_ej",
            )
        if person in abstained:
            fail(
                f"{state.label(person)} avstod från att rösta och kan inte reservera sig.",
                "reservation.avstod",
            )
    if c.yrkande is not None and c.yrkande not in current.yrkanden:
        fail(f"Yrkandet {c.yrkande} finns inte i detta ärende.", "yrkande.okant")
    return (
        ev.ReservationRecorded(
            at, members=c.members, yrkande=c.yrkande, motivation=c.motivation, written=c.written
        ),
    )


@handles(cmd.RecordProtokollsanteckning)
def _anteckning(
    state: MeetingState, c: cmd.RecordProtokollsanteckning, at: str | None
) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    rules.require_item(state)
    for person in c.members:
        rules.require_person(state, person)
    if not c.text.strip():
        fail("Protokollsanteckningen är tom.", "protokollsanteckning.tom")
    return (ev.ProtokollsanteckningRecorded(at, members=c.members, text=c.text),)


@handles(cmd.RecordOmedelbarJustering)
def _omedelbar(
    state: MeetingState, c: cmd.RecordOmedelbarJustering, at: str | None
) -> tuple[ev.Event, ...]:
    rules.require_open(state)
    current = rules.require_item(state)
    if current.omedelbar_justering:
        fail("Paragrafen är redan omedelbart justerad.", "justering.redan_omedelbar")
    return (ev.OmedelbarJusteringRecorded(at),)
