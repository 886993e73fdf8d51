#!/usr/bin/env bash
# Builds the frozen Linux bundle (dist/klubban/) with PyInstaller and runs its self-test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pip install --quiet "pyinstaller>=6.5"
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller installer/klubban.spec
# The bundle must work on its own: no source tree, no virtual environment on the path.
env -i HOME="$(mktemp -d)" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen dist/klubban/klubban --self-test
