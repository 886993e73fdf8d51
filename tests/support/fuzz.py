"""Shared hypothesis pieces for mutating JSON documents (scenario files): a copy of a document
with a few values replaced, deleted or swapped."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 40) | st.text(max_size=6),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=6,
)


def json_paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path (keys and indexes) into `value`, the empty path to the root first."""
    paths = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            paths += json_paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            paths += json_paths(child, (*prefix, index))
    return paths


@st.composite
def mutated_document(draw: st.DrawFn, document: Any, changes: tuple[int, int] = (1, 3)) -> Any:
    """A copy of `document` with between `changes` values replaced by small JSON values,
    deleted, or (in a list) swapped with a sibling."""
    copy = json.loads(json.dumps(document))
    paths = [p for p in json_paths(document) if p]
    for _ in range(draw(st.integers(*changes))):
        path = draw(st.sampled_from(paths))
        parent = copy
        try:
            for key in path[:-1]:
                parent = parent[key]
            action = draw(st.sampled_from(["replace", "delete", "swap"]))
            if action == "delete":
                del parent[path[-1]]
            elif action == "swap" and isinstance(parent, list) and len(parent) > 1:
                other = draw(st.integers(0, len(parent) - 1))
                parent[path[-1]], parent[other] = parent[other], parent[path[-1]]
            else:
                parent[path[-1]] = draw(json_values)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed this path
    return copy
