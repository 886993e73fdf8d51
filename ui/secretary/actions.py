"""What the secretary records beyond the upprop and the namnupprop: each action opens a short
form, pre-filled with the usual answer, and submits one domain command through the
controller. A refusal comes back as the controller's refused signal (the window shows it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.meeting import commands as cmd
from app.meeting.events import FORSLAG, IDAG, Ballot, SpeechKind, ValMethod, Vote, YrkandeKind
from app.meeting.propositionsordning import proposed_order
from app.meeting.rules import suggested_ersattare
from app.meeting.state import MeetingState
from ui.chair.models import SPEECH_KINDS, proposal_name
from ui.controller import MeetingController
from ui.i18n import term
from ui.secretary.forms import Choices, Field, FormDialog
from ui.secretary.models import YRKANDE_KINDS


def parse_ballots(text: str) -> tuple[Ballot, ...]:
    """ "17: Anna, Bo" per line → ballots; a Swedish message naming the line if malformed."""
    ballots = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        count, colon, names = line.partition(":")
        listed = tuple(n.strip() for n in names.split(",") if n.strip())
        if not colon or not count.strip().isdigit() or not listed:
            raise ValueError(
                f"Valsedlar rad {number}: skriv ”antal: namn, namn”, till exempel ”17: Anna Berg, "
                f"Bo Ek” (stod: ”{line.strip()}”)."
            )
        ballots.append(Ballot(listed, int(count)))
    if not ballots:
        raise ValueError("Ange minst en rad med valsedlar.")
    return tuple(ballots)


def _people(state: MeetingState, persons: Sequence[str]) -> Choices:
    return tuple((p, state.label(p)) for p in persons)


def members(state: MeetingState) -> Choices:
    return _people(state, [m.id for m in state.body.members])


def ersattare(state: MeetingState) -> Choices:
    return _people(state, [e.id for e in state.body.ersattare])


def serving(state: MeetingState) -> Choices:
    return _people(state, state.serving_persons())


def proposals(state: MeetingState) -> Choices:
    """Everything a proposition may name in the current item, in the order people expect."""
    ids = [FORSLAG] if state.current and state.current.item.proposal else []
    ids += [y.id for y in state.current.active_yrkanden()] if state.current else []
    if state.current and any(
        y.kind in (YrkandeKind.ATERREMISS, YrkandeKind.BORDLAGGNING)
        for y in state.current.active_yrkanden()
    ):
        ids.insert(0, IDAG)
    return tuple((p, proposal_name(state, p)) for p in ids)


class SecretaryActions(QObject):
    problem = Signal(str)
    """Swedish: why an action cannot be asked of the domain at all (shown like a refusal)."""

    def __init__(self, controller: MeetingController, window: QWidget) -> None:
        super().__init__(window)
        self._controller = controller
        self._window = window
        self.form: FormDialog | None = None
        """The form open now, if any (tests fill it in)."""
        self.handlers: dict[str, Callable[[], None]] = {
            "open_meeting": lambda: self._submit(cmd.OpenMeeting()),
            "floor": self.request_floor,
            "yrkande": self.make_yrkande,
            "instam": self.instam,
            "proposition": self.proposition,
            "jav": self.jav,
            "reservation": self.reservation,
            "anteckning": self.anteckning,
            "note": self.note,
            "beslut": self.beslut,
            "omedelbar": lambda: self._submit(cmd.RecordOmedelbarJustering()),
            "sluten": self.sluten,
            "val": self.val,
            "justerare": self.justerare,
            "arrive": self.arrive,
            "leave": self.leave,
            "ajournera": self.ajournera,
            "close_meeting": self.close_meeting,
        }

    @property
    def state(self) -> MeetingState:
        return self._controller.state

    def _submit(self, *commands: cmd.Command) -> bool:
        return self._controller.submit(*commands)

    def _ask(self, title: str, fields: Sequence[Field], then: Callable[[dict], object]) -> None:
        form = FormDialog(title, fields, self._window)
        form.submitted.connect(then)
        form.finished.connect(form.deleteLater)
        self.form = form
        form.open()

    def _need_item(self) -> bool:
        if self.state.current is None:
            self.problem.emit(self.tr("Inget ärende är uppe: ta upp ett ärende först (Ctrl+N)."))
            return False
        return True

    # -- the debate ----------------------------------------------------------------------

    def request_floor(self) -> None:
        kinds = tuple((k.value, term(SPEECH_KINDS[k])) for k in SpeechKind)
        self._ask(
            self.tr("Begär ordet"),
            (
                Field("member", self.tr("Ledamot"), "choice", serving(self.state)),
                Field("kind", self.tr("Slag"), "choice", kinds, default=SpeechKind.ANFORANDE.value),
            ),
            lambda v: self._submit(cmd.RequestFloor(v["member"], SpeechKind(v["kind"]))),
        )

    def make_yrkande(self) -> None:
        if not self._need_item():
            return
        state = self.state
        speaker = state.speakers.current[0] if state.speakers.current else None
        kinds = tuple((k.value, YRKANDE_KINDS[k]) for k in YrkandeKind)
        self._ask(
            self.tr("Nytt yrkande"),
            (
                Field("by", self.tr("Yrkande av"), "choice", serving(state), default=speaker),
                Field("kind", self.tr("Slag"), "choice", kinds, default=YrkandeKind.EGET.value),
                Field(
                    "text",
                    self.tr("Yrkandets lydelse"),
                    "longtext",
                    required=False,
                    hint=self.tr("Behövs för eget yrkande, ändring och tillägg."),
                ),
            ),
            lambda v: self._submit(
                cmd.MakeYrkande((v["by"],), YrkandeKind(v["kind"]), v["text"] or None)
            ),
        )

    def instam(self) -> None:
        if not self._need_item():
            return
        state = self.state
        active = tuple((y.id, proposal_name(state, y.id)) for y in state.current.active_yrkanden())
        if not active:
            self.problem.emit(self.tr("Det finns inget yrkande att instämma i."))
            return
        self._ask(
            self.tr("Instämmande"),
            (
                Field("member", self.tr("Ledamot"), "choice", serving(state)),
                Field("yrkande", self.tr("Instämmer i"), "choice", active, default=active[-1][0]),
            ),
            lambda v: self._submit(cmd.Instam(v["member"], v["yrkande"])),
        )

    def proposition(self) -> None:
        """The propositionsordning helper: the usual next step proposed, every part editable."""
        if not self._need_item():
            return
        state = self.state
        steps = proposed_order(state)
        step = steps[0] if steps else None
        between = step.between if step else (FORSLAG,)
        note = step.note if step else self.tr("huvudfrågan")
        choices = proposals(state)
        self._ask(
            self.tr("Ställ proposition – %s") % note,
            (
                Field("between", self.tr("Proposition på"), "many", choices, default=between),
                Field(
                    "finds",
                    self.tr("Ordföranden finner bifall till"),
                    "choice",
                    choices,
                    default=between[0],
                ),
            ),
            lambda v: self._submit(cmd.PutProposition(tuple(v["between"]), v["finds"])),
        )

    def beslut(self) -> None:
        if not self._need_item():
            return
        self._ask(
            self.tr("Beslutets lydelse"),
            (Field("text", self.tr("Beslut"), "longtext"),),
            lambda v: self._submit(cmd.RecordBeslut(v["text"])),
        )

    def sluten(self) -> None:
        """A secret ballot: the counts only, never names (the domain checks they fit)."""
        if not self._need_item():
            return
        choices = proposals(self.state)
        lots = (("ja", self.tr("Ja (lottning)")), ("nej", self.tr("Nej (lottning)")))
        self._ask(
            self.tr("Sluten omröstning"),
            (
                Field("ja", self.tr("Ja för"), "choice", choices),
                Field(
                    "nej",
                    self.tr("Nej för"),
                    "choice",
                    choices,
                    default=choices[-1][0] if choices else None,
                ),
                Field("ja_count", self.tr("Ja-röster"), "number"),
                Field("nej_count", self.tr("Nej-röster"), "number"),
                Field("blanka", self.tr("Blanka"), "number"),
                Field("ogiltiga", self.tr("Ogiltiga"), "number"),
                Field(
                    "lott", self.tr("Lottning vid lika röstetal"), "choice", lots, required=False
                ),
            ),
            lambda v: self._submit(
                cmd.HoldSlutenOmrostning(
                    v["ja"],
                    v["nej"],
                    v["ja_count"],
                    v["nej_count"],
                    v["blanka"],
                    v["ogiltiga"],
                    Vote(v["lott"]) if v["lott"] else None,
                )
            ),
        )

    def val(self) -> None:
        """An election: one line per kind of ballot, "antal: namn, namn, …"."""
        if not self._need_item():
            return
        methods = (
            (ValMethod.MAJORITET.value, self.tr("Majoritetsval")),
            (ValMethod.PROPORTIONELLT.value, self.tr("Proportionellt val (LPV)")),
        )
        self._ask(
            self.tr("Val"),
            (
                Field("seats", self.tr("Antal platser"), "number", default=1),
                Field("method", self.tr("Valsätt"), "choice", methods),
                Field("candidates", self.tr("Nominerade (en per rad)"), "longtext"),
                Field(
                    "ballots",
                    self.tr("Valsedlar: en rad per slag, ”antal: namn, namn”"),
                    "longtext",
                ),
                Field(
                    "requested_by",
                    self.tr("Begärt proportionellt val"),
                    "many",
                    serving(self.state),
                    required=False,
                ),
                Field(
                    "lott",
                    self.tr("Lottens ordning vid lika (namn, kommaseparerade)"),
                    required=False,
                ),
            ),
            self._hold_val,
        )

    def _hold_val(self, v: dict) -> None:
        try:
            ballots = parse_ballots(str(v["ballots"]))
        except ValueError as error:
            self.problem.emit(str(error))
            return
        candidates = tuple(n.strip() for n in str(v["candidates"]).splitlines() if n.strip())
        lott = tuple(n.strip() for n in str(v["lott"] or "").split(",") if n.strip())
        self._submit(
            cmd.HoldVal(
                int(v["seats"]),
                ValMethod(v["method"]),
                candidates,
                ballots,
                lott,
                tuple(v["requested_by"]),
            )
        )

    # -- people -------------------------------------------------------------------------

    def jav(self) -> None:
        if not self._need_item():
            return
        state = self.state
        self._ask(
            self.tr("Jäv"),
            (
                Field("member", self.tr("Jävig ledamot"), "choice", serving(state)),
                Field(
                    "by",
                    self.tr("Ersättare som tjänstgör i stället"),
                    "choice",
                    ersattare(state),
                    required=False,
                ),
            ),
            lambda v: self._submit(cmd.DeclareJav(v["member"], v["by"])),
        )

    def arrive(self) -> None:
        state = self.state
        away = [m.id for m in state.body.members if not state.attending(m.id)]
        self._ask(
            self.tr("Ledamot anländer"),
            (
                Field("member", self.tr("Ledamot"), "choice", _people(state, away)),
                Field("remote", self.tr("Deltar på distans"), "flag"),
            ),
            lambda v: self._submit(cmd.MemberArrives(v["member"], bool(v["remote"]))),
        )

    def leave(self) -> None:
        state = self.state
        self._ask(
            self.tr("Ledamot lämnar"),
            (
                Field("member", self.tr("Ledamot"), "choice", serving(state)),
                Field(
                    "by",
                    self.tr("Ersättare som går in"),
                    "choice",
                    ersattare(state),
                    required=False,
                ),
            ),
            lambda v: self._submit(cmd.MemberLeaves(v["member"], v["by"])),
        )

    def justerare(self) -> None:
        state = self.state
        self._ask(
            self.tr("Justerare"),
            (
                Field("members", self.tr("Justerare"), "many", serving(state)),
                Field("when", self.tr("Tid för justering"), required=False),
                Field("where", self.tr("Plats för justering"), required=False),
            ),
            lambda v: self._submit(
                cmd.AppointJusterare(tuple(v["members"]), v["when"] or None, v["where"] or None)
            ),
        )

    def suggest_ersattare(self, seat: str) -> None:
        """E in the upprop: the next ersättare by turordning, confirmed with Enter."""
        state = self.state
        suggestion = suggested_ersattare(state, seat)
        self._ask(
            self.tr("Ersättare för %s") % state.label(seat),
            (
                Field(
                    "ersattare",
                    self.tr("Ersättare (förslag efter turordning)"),
                    "choice",
                    ersattare(state),
                    default=suggestion,
                ),
            ),
            lambda v: self._submit(cmd.AssignErsattare(seat, v["ersattare"])),
        )

    # -- what goes into the protocol ------------------------------------------------------

    def reservation(self) -> None:
        if not self._need_item():
            return
        state = self.state
        yrkanden = tuple(
            (y.id, proposal_name(state, y.id)) for y in state.current.yrkanden.values()
        )
        self._ask(
            self.tr("Reservation"),
            (
                Field("members", self.tr("Reserverar sig"), "many", serving(state)),
                Field("yrkande", self.tr("Till förmån för"), "choice", yrkanden, required=False),
                Field(
                    "written",
                    self.tr("Skriftlig reservation"),
                    "flag",
                    hint=self.tr("Skriftlig reservation (bilaga)"),
                ),
                Field("motivation", self.tr("Motivering"), "longtext", required=False),
            ),
            lambda v: self._submit(
                cmd.RecordReservation(
                    tuple(v["members"]), v["yrkande"], v["motivation"] or None, bool(v["written"])
                )
            ),
        )

    def anteckning(self) -> None:
        if not self._need_item():
            return
        self._ask(
            self.tr("Protokollsanteckning"),
            (
                Field("members", self.tr("Anteckning av"), "many", serving(self.state)),
                Field("text", self.tr("Text"), "longtext"),
            ),
            lambda v: self._submit(cmd.RecordProtokollsanteckning(tuple(v["members"]), v["text"])),
        )

    def note(self) -> None:
        self._ask(
            self.tr("Anteckning"),
            (Field("text", self.tr("Anteckning (syns i journalen)"), "longtext"),),
            lambda v: self._submit(cmd.RecordNote(v["text"])),
        )

    # -- the meeting ----------------------------------------------------------------------

    def ajournera(self) -> None:
        if self.state.adjourned:
            self._submit(cmd.Ateruppta())
            return
        self._ask(
            self.tr("Ajournera"),
            (Field("reason", self.tr("Skäl"), required=False),),
            lambda v: self._submit(cmd.Ajournera(v["reason"] or None)),
        )

    def close_meeting(self) -> None:
        self._ask(
            self.tr("Avsluta sammanträdet"),
            (
                Field(
                    "sure",
                    self.tr("Sammanträdet avslutas"),
                    "flag",
                    hint=self.tr("Ja, avsluta och försegla journalen"),
                ),
            ),
            lambda v: (
                self._submit(cmd.CloseMeeting())
                if v["sure"]
                else self.problem.emit(self.tr("Sammanträdet avslutades inte."))
            ),
        )
