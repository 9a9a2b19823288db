#!/usr/bin/env python3
"""Validate `recall stats --json` and `recall class --json` against docs/schemas/*.schema.json.

Usage:
    Scripts/validate-reports.py [--recall PATH]

Writes a demonstration progress directory (Scripts/demo-progress.py) to a temporary folder, runs the built
binary (default .build/debug/recall) for every learner and for the class with a fixed clock, checks that both
schemas are valid draft 2020-12 schemas and validates each output against its schema with `jsonschema`
(4.18 or later). Prints every error as PATH: MESSAGE; exit status 0 when all pass, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

from jsonschema import Draft202012Validator

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--recall", default=os.path.join(ROOT, ".build", "debug", "recall"))
    args = parser.parse_args()
    env = dict(os.environ, TZ="UTC", RECALL_NOW="2026-11-25T10:00:00Z", NO_COLOR="1")
    failures = 0
    with tempfile.TemporaryDirectory() as progress:
        subprocess.run([sys.executable, os.path.join(ROOT, "Scripts", "demo-progress.py"), progress,
                        "--recall", args.recall], check=True, cwd=ROOT)
        runs = [("stats", ["stats", "--learner", name]) for name in sorted(os.listdir(progress))]
        runs.append(("class", ["class"]))
        for name, command in runs:
            with open(os.path.join(ROOT, "docs", "schemas", f"{name}.schema.json")) as f:
                schema = json.load(f)
            Draft202012Validator.check_schema(schema)
            output = subprocess.run([args.recall, *command, "--progress-dir", progress, "--json"],
                                    check=True, capture_output=True, text=True, env=env, cwd=ROOT).stdout
            errors = list(Draft202012Validator(schema).iter_errors(json.loads(output)))
            for error in errors:
                path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
                print(f"recall {' '.join(command)} --json: at {path or '.'}: {error.message}")
            failures += len(errors)
            print(f"recall {' '.join(command)} --json: {'ok' if not errors else f'{len(errors)} errors'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
