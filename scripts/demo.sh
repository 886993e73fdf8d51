#!/usr/bin/env bash
# Sets everything up, then starts the demo meeting with simulated remote feeds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/klubban demo "$@"
