"""Elections (val): majority elections, and proportional elections under lag (2022:629) om
proportionella val i kommuner och regioner (LPV).

Proportional: each distinct ballot list is a group; seats go to the groups by heltalsmetoden
(comparison numbers votes/1, votes/2, votes/3 …, the largest first); where equal comparison
numbers compete for the last seats the lot decides; within a group seats go to the names in
list order.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction

from app.meeting.events import Ballot, ValHeld, ValMethod


def request_threshold(present: int, seats: int) -> int:
    """How many voters must request a proportional election: the members present divided by
    the number of seats plus one, rounded up (LPV 2 §)."""
    return math.ceil(Fraction(present, seats + 1))


@dataclass(frozen=True, slots=True)
class Round:
    """One seat of a proportional distribution: who got it and the comparison numbers then."""

    seat: int
    group: tuple[str, ...]
    comparison: Fraction
    numbers: tuple[tuple[tuple[str, ...], Fraction], ...]
    by_lot: bool


@dataclass(frozen=True, slots=True)
class Distribution:
    groups: tuple[tuple[tuple[str, ...], int], ...]
    """Each group (its list) with its votes, in ballot order."""
    rounds: tuple[Round, ...]
    elected: tuple[str, ...]

    def seats_of(self, group: tuple[str, ...]) -> int:
        return sum(1 for r in self.rounds if r.group == group)


class LotNeeded(Exception):
    """Equal results compete for the last seats and no lot was drawn between them."""

    def __init__(self, tied: tuple[str, ...]) -> None:
        super().__init__(", ".join(tied))
        self.tied = tied


def _groups(ballots: tuple[Ballot, ...]) -> tuple[tuple[tuple[str, ...], int], ...]:
    votes: dict[tuple[str, ...], int] = {}
    for ballot in ballots:
        votes[ballot.names] = votes.get(ballot.names, 0) + ballot.count
    return tuple(votes.items())


def _group_label(group: tuple[str, ...]) -> str:
    return group[0] if group else "(tom lista)"


def _order_by_lot(tied: list, lott: tuple[str, ...], label) -> list:
    labels = [label(t) for t in tied]
    if not all(lbl in lott for lbl in labels):
        raise LotNeeded(tuple(labels))
    return sorted(tied, key=lambda t: lott.index(label(t)))


def distribute(ballots: tuple[Ballot, ...], seats: int, lott: tuple[str, ...] = ()) -> Distribution:
    """Heltalsmetoden. A group is named in `lott` by the first name on its list."""
    groups = _groups(ballots)
    won = dict.fromkeys((g for g, _ in groups), 0)
    votes = dict(groups)
    rounds: list[Round] = []
    while len(rounds) < seats:
        numbers = tuple((g, Fraction(votes[g], won[g] + 1)) for g, _ in groups if won[g] < len(g))
        if not numbers:
            break
        best = max(n for _, n in numbers)
        tied = [g for g, n in numbers if n == best]
        by_lot = False
        if len(tied) > 1 and (len(tied) > seats - len(rounds) or lott):
            tied = _order_by_lot(tied, lott, _group_label)
            by_lot = True
        for group in tied[: seats - len(rounds)]:
            won[group] += 1
            rounds.append(Round(len(rounds) + 1, group, best, numbers, by_lot))
    elected = tuple(name for g, _ in groups for name in g[: won[g]])
    return Distribution(groups=groups, rounds=tuple(rounds), elected=elected)


def majority(
    ballots: tuple[Ballot, ...], seats: int, lott: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """Most votes win; equal votes competing for the last seats are settled by lot."""
    votes: Counter[str] = Counter()
    for ballot in ballots:
        for name in ballot.names:
            votes[name] += ballot.count
    ranked = sorted(votes.items(), key=lambda nv: -nv[1])
    if len(ranked) <= seats:
        return tuple(name for name, _ in ranked)
    cut = ranked[seats - 1][1]
    sure = [name for name, v in ranked if v > cut]
    tied = [name for name, v in ranked if v == cut]
    if len(sure) + len(tied) > seats:
        tied = _order_by_lot(tied, lott, lambda name: name)
    return (*sure, *tied[: seats - len(sure)])


def elected(val: ValHeld) -> tuple[str, ...]:
    if val.method is ValMethod.PROPORTIONELLT:
        return distribute(val.ballots, val.seats, val.lott).elected
    return majority(val.ballots, val.seats, val.lott)
