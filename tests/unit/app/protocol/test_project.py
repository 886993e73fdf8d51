"""The protocol projected from the example meeting, § by §, and over random meetings."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.meeting import commands as cmd
from app.meeting.events import Ballot, ValMethod
from app.protocol.model import Attendee, Pause, paragraph_range
from app.protocol.project import project
from tests.support.meeting import Play, example_scenario
from tests.support.random_meeting import commands, play_random, voterings

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def protocol():
    scenario = example_scenario()
    played = Play(scenario.create).steps(scenario)
    return project(played.state, played.history, meeting_id="kfn", seal="ab" * 32)


def by_number(protocol, number: int):
    (paragraph,) = [p for p in protocol.paragraphs if p.number == number]
    return paragraph


def test_page_one_names_the_organ_place_times_and_both_ajourneringar(protocol) -> None:
    assert (protocol.organisation, protocol.organ) == (
        "Exempelby kommun",
        "Kultur- och fritidsnämnden",
    )
    assert (protocol.date, protocol.start, protocol.end) == ("2026-03-16", "13:00", "14:35")
    assert protocol.pauses == (
        Pause("13:42", "13:55", 14, None),
        Pause("14:03", "14:08", 15, "Greta Ols (V): förbindelse bruten kl. 14:03"),
    )
    assert protocol.paragraph_range == "§§ 12–16"
    assert protocol.sekreterare == "Eva Holm"
    assert protocol.ordforande == "Anna Berg (S)"
    assert protocol.justerare == ("Elin Moberg (C)",)
    assert (protocol.justering_where, protocol.justering_when) == (
        "Kommunkansliet",
        "2026-03-20 10:00",
    )
    assert protocol.ovriga == ("Fia Ivarsson, förvaltningschef",)


def test_beslutande_show_roles_tjg_for_paragraph_ranges_and_distance(protocol) -> None:
    lines = {a.label: a for a in protocol.beslutande}
    assert lines["Anna Berg (S)"].role == "ordförande"
    assert lines["Kim Tell (M)"] == Attendee("Kim Tell (M)", tjg_for="Dag Lind (M)")
    assert lines["Filip Nord (SD)"].paragraphs == "§§ 12–14, 16"
    assert lines["Mia Vik (SD)"] == Attendee(
        "Mia Vik (SD)", tjg_for="Filip Nord (SD)", paragraphs="§ 15"
    )
    assert lines["Greta Ols (V)"].remote
    assert "Dag Lind (M)" not in lines
    assert len(protocol.beslutande) == 10


def test_paragraph_14_has_the_yrkanden_the_named_vote_and_the_utslagsrost(protocol) -> None:
    p = by_number(protocol, 14)
    assert p.dnr == "KFN 2025/0117"
    eget, bifall = p.yrkanden
    assert (eget.by, eget.text, eget.supporters) == (
        ("Greta Ols (V)",),
        "Motionen bifalls.",
        ("Ida Rask (L)",),
    )
    assert (bifall.by, bifall.kind) == (("Cia Fors (S)",), "bifall")
    (proposition,) = p.propositions
    votering = proposition.votering
    assert votering is not None
    assert (votering.ja_count, votering.nej_count, votering.avstar_count) == (4, 4, 1)
    assert votering.utslagsrost == "ja"
    assert votering.winner == proposition.adopted == "yrkandet från Cia Fors (S)"
    # Called in upprop order with the presiding member last.
    assert votering.lines[-1].label == "Anna Berg (S)"
    assert {(line.label, line.vote) for line in votering.lines} >= {
        ("Greta Ols (V)", "nej"),
        ("Hugo Pihl (S)", "avstar"),
        ("Filip Nord (SD)", "ja"),
    }
    (reservation,) = p.reservations
    assert reservation.by == ("Greta Ols (V)",)
    assert reservation.written
    assert reservation.bilaga == 1
    assert reservation.motivation.startswith("Fri entré för pensionärer")
    assert [(b.number, b.paragraph, b.reservation) for b in protocol.bilagor] == [
        (1, 14, reservation)
    ]


def test_paragraph_15_has_the_jav_and_the_lost_feed_that_caused_the_ajournering(protocol) -> None:
    p = by_number(protocol, 15)
    assert p.jav == (("Filip Nord (SD)", "Mia Vik (SD)"),)
    (interruption,) = p.interruptions
    assert (interruption.who, interruption.condition) == ("Greta Ols (V)", "förbindelse bruten")
    assert (interruption.start, interruption.action) == ("14:03", "ajournering")


def test_paragraph_16_has_the_aterremiss_order_and_the_protokollsanteckning(protocol) -> None:
    p = by_number(protocol, 16)
    first, second = p.propositions
    assert first.between == ("att ärendet ska avgöras i dag", "yrkandet från Bo Ek (M)")
    assert first.adopted == "att ärendet ska avgöras i dag"
    assert second.adopted == "yrkandet från Anna Berg (S)"
    (note,) = p.anteckningar
    assert note.by == ("Bo Ek (M)",)
    assert "följs upp efter ett år" in note.text


def test_plain_items_are_decided_by_acklamation_on_the_proposal(protocol) -> None:
    for number in (12, 13):
        p = by_number(protocol, number)
        assert [(x.between, x.adopted, x.votering) for x in p.propositions] == [
            (("förslaget",), "förslaget", None)
        ]


def test_the_seal_is_printed_only_once_the_meeting_is_closed() -> None:
    scenario = example_scenario()
    played = Play(scenario.create).steps(scenario, upto=5)
    open_protocol = project(played.state, played.history, seal="ab" * 32)
    assert open_protocol.seal is None
    assert open_protocol.end is None


def test_times_the_windows_journal_with_seconds_read_as_hours_and_minutes() -> None:
    scenario = example_scenario()
    played = Play(scenario.create)
    for step in scenario.steps[:5]:
        played.do(*step.commands, at=f"{step.at}:37" if step.at else "13:02:09")
    played.do(cmd.Ajournera("paus"), at="13:40:59")
    played.do(cmd.Ateruppta(), at="13:55:01")
    protocol = project(played.state, played.history)
    assert protocol.start == "13:00"
    assert protocol.pauses == (Pause("13:40", "13:55", protocol.pauses[0].paragraph, "paus"),)


@pytest.mark.parametrize(
    ("numbers", "text"),
    [([], ""), ([12], "§ 12"), ([12, 13, 14], "§§ 12–14"), ([16, 12, 13, 14], "§§ 12–14, 16")],
)
def test_paragraph_ranges_read_as_in_a_protocol(numbers, text) -> None:
    assert paragraph_range(numbers) == text


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(commands, max_size=60), st.integers(0, 2))
def test_every_named_vote_list_matches_its_totals_and_the_members_serving(sequence, remote) -> None:
    played, _ = play_random(sequence, remote)
    protocol = project(played.state, played.history)
    printed = []
    for paragraph in protocol.paragraphs:
        voterings_here = [x.votering for x in paragraph.propositions if x.votering]
        for votering in (*voterings_here, *paragraph.kontrapropositioner):
            votes = [line.vote for line in votering.lines]
            assert votes.count("ja") == votering.ja_count
            assert votes.count("nej") == votering.nej_count
            assert votes.count("avstar") == votering.avstar_count
            printed.append(sorted(line.label for line in votering.lines))
    serving = [sorted(map(played.state.label, s)) for s, _ in voterings(played)]
    assert sorted(printed) == sorted(serving)


def test_a_proportional_election_gets_the_next_bilaga_with_its_calculation() -> None:
    scenario = example_scenario()
    played = Play(scenario.create).steps(scenario, upto=29)  # § 16 taken up
    ballots = (Ballot(("A1", "A2", "A3"), 5), Ballot(("B1", "B2"), 2), Ballot(("C1",), 1))
    played.do(
        cmd.HoldVal(
            3,
            ValMethod.PROPORTIONELLT,
            ("A1", "A2", "A3", "B1", "B2", "C1"),
            ballots,
            requested_by=("m01", "m02", "m03"),
        )
    )
    protocol = project(played.state, played.history)
    (election,) = by_number(protocol, 16).elections
    assert election.elected == ("A1", "A2", "B1")
    assert election.bilaga == 2
    assert "Lista C1 m.fl.: 1 röst" in election.calculation
    assert (
        election.calculation[-1] == "Plats 3: B1-listan — jämförelsetal A1 1,67, B1 2,00, C1 1,00"
    )
    assert [(b.number, b.paragraph) for b in protocol.bilagor] == [(1, 14), (2, 16)]
