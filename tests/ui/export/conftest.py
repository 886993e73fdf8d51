"""The example meeting journaled in a real SQLite file, rendered once per module."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_SCENARIO
from ui.cli import scenario
from ui.export.cli import render_meeting


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    database = tmp_path_factory.mktemp("journal") / "kfn.db"
    err = io.StringIO()
    assert scenario.run(str(EXAMPLE_SCENARIO), str(database), out=io.StringIO(), err=err) == 0, (
        err.getvalue()
    )
    return database


@pytest.fixture(scope="module")
def rendered(example_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """DOCX, PDF/A, the utdrag of § 14 and the archive package, keyed by kind."""
    out = tmp_path_factory.mktemp("protokoll")
    docx, pdf, utdrag, package = render_meeting(
        str(example_db), None, out, utdrag=[14], archive=True
    )
    return {"docx": docx, "pdf": pdf, "utdrag": utdrag, "package": package}
