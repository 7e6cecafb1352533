#!/usr/bin/env bash
# Regenerates data/administrative-units.json from the pinned PyPI packages (public national lists).
set -euo pipefail
cd "$(dirname "$0")"
VENV="../../../.tools/units-venv"
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check "vietnam-provinces==2025.10.1" "vietnamadminunits==1.0.4"
"$VENV/bin/python" generate.py ../data/administrative-units.json
