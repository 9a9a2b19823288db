#!/bin/sh
# Recall's FSRS-6 against py-fsrs 6.3.2 and fsrs-rs-python 0.9.3 on the same generated data, same machine.
# Usage: Scripts/peer-benchmarks.sh [--histories N] [--cards N] [--seed S]   (docs/optimizer.md)
set -eu
cd "$(dirname "$0")/.."
venv=.build/peer-benchmarks-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet fsrs==6.3.2 fsrs-rs-python==0.9.3
swift build -c release --product fsrs-benchmarks
exec "$venv/bin/python" Scripts/peer-benchmarks.py --binary .build/release/fsrs-benchmarks \
  --work .build/peer-benchmarks "$@"
