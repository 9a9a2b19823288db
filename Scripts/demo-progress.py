#!/usr/bin/env python3
"""Write a demonstration progress directory: three learners, five weeks of made-up study of one deck.

Usage:
    Scripts/demo-progress.py OUT_DIR [--now 2026-11-25T10:00:00Z] [--days 35] [--seed 7]

The card ids come from the built binary (`recall deck export calcinosis-cutis --format json`), so the files
match the real deck. The histories are simulated, not real: each learner has a skill, each card a difficulty;
a learner studies on most days, answers the cards a rough interval estimate says are due, then new ones.
Wrong typed answers are drawn from a few plausible mix-ups per card, so `recall class` has misconceptions to
show. Used for the README sample and for Scripts/render-report.sh; the tests write their own fixtures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def stamp(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--now", default="2026-11-25T10:00:00Z")
    parser.add_argument("--days", type=int, default=35)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--recall", default=os.path.join(ROOT, ".build", "debug", "recall"))
    args = parser.parse_args()

    cards = json.loads(subprocess.run(
        [args.recall, "deck", "export", "calcinosis-cutis", "--format", "json"],
        check=True, capture_output=True, text=True, cwd=ROOT).stdout)
    typed = [c for c in cards if c["kind"] in ("recall", "reverse", "cloze")]
    now = dt.datetime.fromisoformat(args.now.replace("Z", "+00:00"))
    rng = random.Random(args.seed)
    difficulty = {c["id"]: rng.random() for c in cards}
    learners = [("ana", 0.93, 14, 0.9), ("ben", 0.82, 10, 0.7), ("chloe", 0.88, 12, 0.55)]
    for name, skill, new_per_day, diligence in learners:
        lines = [json.dumps({"format": "recall-progress", "version": 1, "learner": name,
                             "deck": "calcinosis-cutis",
                             "created": stamp(now - dt.timedelta(days=args.days))},
                            separators=(",", ":"))]

        def event(t: dt.datetime, **fields) -> None:
            lines.append(json.dumps({"t": stamp(t), **fields}, separators=(",", ":"),
                                    ensure_ascii=False))

        due: dict[str, int] = {}
        interval: dict[str, float] = {}
        order = list(cards)
        for day in range(args.days, -1, -1):
            if day > 0 and rng.random() > diligence:
                continue
            t = (now - dt.timedelta(days=day)).replace(hour=18 if day else 8, minute=0, second=0,
                                                       microsecond=0)
            event(t, type="session-start", mode="study")
            reviewed = correct = 0
            today = args.days - day
            todo = [c for c in order if c["id"] in due and due[c["id"]] <= today]
            fresh = [c for c in order if c["id"] not in due][:new_per_day]
            for card in todo + fresh:
                t += dt.timedelta(seconds=rng.randint(6, 40))
                chance = skill - 0.35 * difficulty[card["id"]] + (0.05 if card["id"] in due else -0.1)
                right = rng.random() < chance
                fields = {"type": "review", "card": card["id"], "rating": 3 if right else 1,
                          "ms": rng.randint(3000, 25000), "verdict": "correct" if right else "incorrect"}
                if card["kind"] in ("recall", "reverse", "cloze"):
                    if right:
                        fields["answer"] = card["accepted"][0]
                    else:
                        pool = [o["answer"] for o in typed if o["id"] != card["id"]]
                        mixups = random.Random(card["id"]).sample(pool, 2)
                        fields["answer"] = rng.choice(mixups + [mixups[0]])
                elif card["kind"] == "truefalse":
                    fields["answer"] = ("t" if card["answer"] == "true" else "f") if right else (
                        "f" if card["answer"] == "true" else "t")
                else:
                    fields["answer"] = rng.choice("abcd")
                event(t, **fields)
                reviewed += 1
                correct += right
                if card["id"] not in due:
                    t += dt.timedelta(minutes=10)
                    event(t, type="review", card=card["id"], rating=3, ms=rng.randint(2000, 9000),
                          verdict="correct", answer=card["accepted"][0])
                    interval[card["id"]] = 1
                elif right:
                    interval[card["id"]] = max(1, interval[card["id"]] * (2.2 + rng.random()))
                else:
                    interval[card["id"]] = 1
                due[card["id"]] = today + round(interval[card["id"]])
            if rng.random() < 0.12 and todo:
                card = rng.choice(todo)
                event(t, type="flag", card=card["id"], note=rng.choice([
                    "the wording is ambiguous", "I think the answer should accept the short name",
                    "two options look right to me", None]))
            event(t + dt.timedelta(seconds=5), type="session-end", reviewed=reviewed, correct=correct,
                  seconds=reviewed * 20)
            if day in (20, 6):
                questions = 10
                score = sum(rng.random() < skill - 0.1 for _ in range(questions))
                event(t + dt.timedelta(minutes=5), type="quiz-result", correct=score,
                      questions=questions, seconds=300)
        os.makedirs(os.path.join(args.out, name), exist_ok=True)
        with open(os.path.join(args.out, name, "calcinosis-cutis.jsonl"), "w") as f:
            f.write("\n".join(lines) + "\n")
    print(f"wrote {len(learners)} learners to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
