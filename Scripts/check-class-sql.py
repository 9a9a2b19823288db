#!/usr/bin/env python3
"""Check that Scripts/class.sql, run by DuckDB over a progress tree, gives the figures `recall class --json` gives.

Usage:
    Scripts/check-class-sql.py [--recall PATH]

Builds the demo class (Scripts/demo-progress.py, the clock fixed), adds what the demo lacks (answers taken back
one and two at a time, a learner with no answer yet, a hidden folder), runs the SQL and `recall class --json`,
and compares every figure the SQL makes that the JSON has: per learner the reviews, the last answer, the
quizzes and the mean quiz score; reviews per study day; the most-given wrong answers (card, question, answer,
and each answer's text, count and learners). Prints the differences and fails if there is any.

DuckDB comes from PyPI: when `import duckdb` fails, a virtual environment is made in a temporary folder with
the pinned version, and the script runs again inside it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DUCKDB = "duckdb==2.0.1"
NOW = "2026-11-25T10:00:00Z"
DECK = "calcinosis-cutis"

try:
    import duckdb
except ImportError:
    if os.environ.get("RECALL_CHECK_VENV"):
        sys.exit("check-class-sql: duckdb did not install in the virtual environment")
    venv = os.path.join(tempfile.mkdtemp(prefix="recall-duckdb-"), "venv")
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    python = os.path.join(venv, "bin", "python")
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", DUCKDB],
                   check=True)
    os.execve(python, [python, *sys.argv], {**os.environ, "RECALL_CHECK_VENV": "1"})


def add_to_demo(progress: str, cards: list[dict]) -> None:
    """Answers taken back (one, then two in a row), a learner who has only a header, and a hidden folder."""
    typed = [c for c in cards if c["kind"] == "recall"][:3]

    def review(t: str, card: dict, rating: int, answer: str) -> str:
        return json.dumps({"t": t, "type": "review", "card": card["id"], "rating": rating, "ms": 4000,
                           "verdict": "correct" if rating > 1 else "incorrect", "answer": answer})

    def undo(t: str, card: dict) -> str:
        return json.dumps({"t": t, "type": "undo", "card": card["id"]})

    lines = [
        review("2026-11-25T09:40:00.000Z", typed[0], 1, "Calcium Gluconate"),
        undo("2026-11-25T09:40:05.000Z", typed[0]),
        review("2026-11-25T09:41:00.000Z", typed[1], 1, "vitamin  d"),
        review("2026-11-25T09:42:00.000Z", typed[2], 3, typed[2]["answer"]),
        undo("2026-11-25T09:42:05.000Z", typed[2]),
        undo("2026-11-25T09:42:06.000Z", typed[1]),
        review("2026-11-25T09:43:00.000Z", typed[1], 1, "Vitamin D"),
        # After now: neither counted nor shown.
        review("2026-11-25T11:00:00.000Z", typed[0], 1, "later"),
    ]
    with open(os.path.join(progress, "ben", f"{DECK}.jsonl"), "a") as f:
        f.write("\n".join(lines) + "\n")
    header = {"format": "recall-progress", "version": 1, "deck": DECK, "created": "2026-11-20T09:00:00.000Z"}
    for learner in ["dora", ".trash"]:
        os.makedirs(os.path.join(progress, learner))
        with open(os.path.join(progress, learner, f"{DECK}.jsonl"), "w") as f:
            f.write(json.dumps({**header, "learner": learner}) + "\n")


def sql_figures(progress: str, cards: str) -> dict:
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    con.execute("SET VARIABLE progress = ?", [progress])
    con.execute("SET VARIABLE deck = ?", [DECK])
    con.execute("SET VARIABLE cards = ?", [cards])
    con.execute(f"SET VARIABLE now = TIMESTAMPTZ '{NOW}'")
    with open(os.path.join(ROOT, "Scripts", "class.sql")) as f:
        con.execute(f.read())

    def rows(query: str) -> list[dict]:
        result = con.execute(query)
        names = [d[0] for d in result.description]
        return [dict(zip(names, row)) for row in result.fetchall()]

    learners = [{
        "learner": r["learner"], "reviews": r["reviews"],
        "lastActive": r["last_active"].strftime("%Y-%m-%dT%H:%M:%S.") + f"{r['last_active'].microsecond // 1000:03d}Z"
        if r["last_active"] else None,
        "quizzes": r["quizzes"], "quizScore": r["quiz_score"],
    } for r in rows("FROM class_learners")]
    activity = {str(r["day"]): r["reviews"] for r in rows("FROM class_activity")}
    wrong: list[dict] = []
    for r in rows("FROM class_wrong_answers WHERE card_rank <= 10 AND rank <= 3"):
        if not wrong or wrong[-1]["card"] != r["card"]:
            wrong.append({"card": r["card"], "prompt": r["prompt"], "answer": r["answer"], "answers": []})
        wrong[-1]["answers"].append({"text": r["text"], "count": r["count"], "learners": r["learners"],
                                     "givenBy": list(r["learner_names"])})
    return {"learners": learners, "activity": activity, "wrongAnswers": wrong}


def recall_figures(report: dict) -> dict:
    learners = [{key: row[key] for key in ["learner", "reviews", "lastActive", "quizzes", "quizScore"]}
                for row in report["learners"]]
    activity = {day["date"]: day["reviews"] for day in report["activity"]}
    wrong = [{key: card[key] for key in ["card", "prompt", "answer", "answers"]} for card in report["wrongAnswers"]]
    return {"learners": learners, "activity": activity, "wrongAnswers": wrong}


def differences(sql: dict, recall: dict) -> list[str]:
    found = []
    if sql["learners"] != recall["learners"]:
        for ours, theirs in zip(sql["learners"], recall["learners"]):
            if ours != theirs:
                found.append(f"learner: SQL {ours}\n      recall {theirs}")
        if len(sql["learners"]) != len(recall["learners"]):
            found.append(f"learners: SQL {len(sql['learners'])}, recall {len(recall['learners'])}")
    for day, reviews in recall["activity"].items():
        if sql["activity"].get(day, 0) != reviews:
            found.append(f"reviews on {day}: SQL {sql['activity'].get(day, 0)}, recall {reviews}")
    if sql["wrongAnswers"] != recall["wrongAnswers"]:
        found.append("most-given wrong answers differ:\n  SQL    " + json.dumps(sql["wrongAnswers"], indent=1)
                     + "\n  recall " + json.dumps(recall["wrongAnswers"], indent=1))
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--recall", default=os.path.join(ROOT, ".build", "debug", "recall"))
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="recall-class-sql-")
    progress = os.path.join(folder, "Progress")
    env = {**os.environ, "RECALL_NOW": NOW, "TZ": "UTC"}
    subprocess.run([sys.executable, os.path.join(ROOT, "Scripts", "demo-progress.py"), progress,
                    "--now", NOW, "--recall", args.recall], check=True, env=env, stdout=subprocess.DEVNULL)
    cards = os.path.join(folder, "cards.json")
    subprocess.run([args.recall, "deck", "export", DECK, "--format", "json", "-o", cards], check=True, env=env,
                   cwd=ROOT)
    with open(cards) as f:
        add_to_demo(progress, json.load(f))
    report = json.loads(subprocess.run(
        [args.recall, "class", "--deck", DECK, "--progress-dir", progress, "--json"], check=True, env=env,
        cwd=ROOT, capture_output=True, text=True).stdout)
    sql, recall = sql_figures(progress, cards), recall_figures(report)
    found = differences(sql, recall)
    if found:
        print("FAIL: Scripts/class.sql and recall class --json disagree:", file=sys.stderr)
        for difference in found:
            print("  " + difference, file=sys.stderr)
        return 1
    print(f"Scripts/class.sql (DuckDB {duckdb.__version__}) gives recall class's figures: "
          f"{len(sql['learners'])} learners, {sum(sql['activity'].values())} reviews, "
          f"{len(sql['wrongAnswers'])} cards with wrong answers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
