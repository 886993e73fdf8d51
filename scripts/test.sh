#!/usr/bin/env bash
# Sets everything up, then runs the whole test suite: lint, layer contracts, every test tier.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"
echo "== ruff"
ruff check .
ruff format --check .
echo "== import-linter"
lint-imports
echo "== pytest"
# pytest exits 5 when it collected nothing; that is a failure here, as any non-zero exit is.
python -m pytest "$@"
