"""The import commands behind `klubban import members|organ|agenda FILE` and the secretary
window: read, show the preview, ask, then save everything in one transaction or nothing.

Each returns (exit code, Swedish lines to show): 0 imported (or declined at the preview),
1 problems in the file (nothing imported), 2 the command cannot be carried out as asked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from app.journal.port import StorageUnavailable
from app.meeting.model import Body, Ersattare, Item, Member
from db import reference
from db.importing.agenda import item_number, read_agenda
from db.importing.members import ROLES, read_members
from db.importing.organ import OrganPreview, read_organ
from db.importing.problems import ImportProblem

Confirm = Callable[[Sequence[str]], bool]
"""Shown the preview lines; True to import. None imports without asking (`--yes`)."""

OK, PROBLEMS, USAGE = 0, 1, 2
_DECLINED = "Avbrutet: inget har importerats."


def import_members_main(
    engine: Engine,
    file: str,
    *,
    body: str | None = None,
    organ: str | None = None,
    confirm: Confirm | None = None,
) -> tuple[int, list[str]]:
    """Replaces the ledamöter and ersättare of a body. The body is the one named in the
    organ file (created if new, its policy replaced), else `body`, else the only one."""
    preview = read_members(Path(file))
    organ_preview = read_organ(Path(organ)) if organ else None
    problems = [*(organ_preview.problems if organ_preview else ()), *preview.problems]
    if problems:
        return PROBLEMS, _problem_lines(problems)
    if organ_preview is not None:
        target = _from_organ(engine, organ_preview)
    else:
        found = _existing_body(engine, body)
        if isinstance(found, str):
            return USAGE, [found]
        target = found
    target = replace(target, members=preview.members, ersattare=preview.ersattare)
    lines = [f"{target.name} ({target.kind.value}) från {preview.file}:", *_people(target)]
    if confirm is not None and not confirm(lines):
        return OK, [*lines, _DECLINED]
    with _database():
        reference.save_body(engine, target)
    done = (
        f"Importerat till {target.name}: {len(target.members)} ledamöter och "
        f"{len(target.ersattare)} ersättare."
    )
    return OK, [*lines, done]


def import_organ_main(
    engine: Engine, file: str, *, confirm: Confirm | None = None
) -> tuple[int, list[str]]:
    """Creates the body or replaces its kind and distance policy; its people are kept."""
    organ = read_organ(Path(file))
    if organ.problems:
        return PROBLEMS, _problem_lines(organ.problems)
    target = _from_organ(engine, organ)
    p = target.distance_policy
    lines = [
        f"{target.name} ({target.kind.value}) från {organ.file}:",
        f"  beslut om distansdeltagande: {p.decided_by or '–'}",
        f"  högst på distans: {p.max_remote if p.max_remote is not None else 'ingen gräns'}",
        f"  presidiet i salen: {'ja' if p.presidium_in_room else 'nej'}",
        f"  anmälan senast {p.notice_hours} timmar före",
        f"  distansdeltagare lämnar: {', '.join(f.value for f in p.exclude) or '–'}",
    ]
    if confirm is not None and not confirm(lines):
        return OK, [*lines, _DECLINED]
    with _database():
        reference.save_body(engine, target)
    return OK, [*lines, f"Importerat: {target.name}."]


def import_agenda_main(
    engine: Engine, file: str, *, meeting: str, confirm: Confirm | None = None
) -> tuple[int, list[str]]:
    """Replaces the agenda planned for `meeting`."""
    preview = read_agenda(Path(file))
    if preview.problems:
        return PROBLEMS, _problem_lines(preview.problems)
    lines = [f"Dagordning för {meeting} från {preview.file}:", *map(_item_line, preview.items)]
    if confirm is not None and not confirm(lines):
        return OK, [*lines, _DECLINED]
    with _database():
        reference.save_agenda(engine, meeting, preview.items)
    return OK, [*lines, f"Importerat: {len(preview.items)} ärenden."]


def _problem_lines(problems: Sequence[ImportProblem]) -> list[str]:
    files = ", ".join(dict.fromkeys(p.file for p in problems))
    count = "1 fel" if len(problems) == 1 else f"{len(problems)} fel"
    return [f"Inget har importerats: {count} i {files}.", *(str(p) for p in problems)]


def _from_organ(engine: Engine, organ: OrganPreview) -> Body:
    with _database():
        existing = reference.load_body(engine, organ.name)
    base = existing or Body(organ.name, organ.kind, members=())
    return replace(base, kind=organ.kind, distance_policy=organ.policy)


def _existing_body(engine: Engine, name: str | None) -> Body | str:
    """The body to import into, or the Swedish reason there is none."""
    if name is None:
        with _database():
            names = reference.body_names(engine)
        if len(names) != 1:
            known = f" (finns: {', '.join(names)})" if names else ""
            return (
                f"Ange vilket organ listan gäller{known}, eller en organfil med organets namn "
                "och typ (mall: organ.toml)."
            )
        name = names[0]
    with _database():
        found = reference.load_body(engine, name)
    if found is None:
        return (
            f"Organet ”{name}” finns inte ännu. Ange en organfil med dess namn och typ "
            "(mall: organ.toml)."
        )
    return found


def _people(body: Body) -> list[str]:
    lines = [f"  Ledamöter ({len(body.members)}):", *map(_member_line, body.members)]
    lines.append(f"  Ersättare ({len(body.ersattare)}):")
    return lines + [_ersattare_line(e) for e in sorted(body.ersattare, key=_party_order)]


def _member_line(m: Member) -> str:
    role = f", {ROLES.get(m.role, m.role)}" if m.role else ""
    return f"    {m.name} ({m.party}){role}"


def _party_order(e: Ersattare) -> tuple[str, int]:
    return (e.party, e.order)


def _ersattare_line(e: Ersattare) -> str:
    return f"    {e.party} {e.order}. {e.name}"


def _item_line(item: Item) -> str:
    marks = [
        m
        for m, on in (("sekretess", item.sekretess), ("sluten omröstning", item.sluten_omrostning))
        if on
    ]
    dnr = f" ({item.dnr})" if item.dnr else ""
    extra = f" [{', '.join(marks)}]" if marks else ""
    return f"  {item_number(item)}. {item.title}{dnr}{extra}"


@contextmanager
def _database() -> Iterator[None]:
    try:
        yield
    except SQLAlchemyError as error:
        raise StorageUnavailable(
            f"Databasen kunde inte läsas eller skrivas ({error.__class__.__name__}); "
            "inget har importerats."
        ) from error
