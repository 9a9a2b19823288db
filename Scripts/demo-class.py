#!/usr/bin/env python3
"""A made-up class of 30 for `recall class`: a roster, a deck that changes version mid-course, and 30
simulated students who study it, take the class's fixed quiz with the real `recall quiz --set`, and hand in
their progress with the real `recall progress export`.

Usage (the teacher's own commands go in between; docs/classes.md shows the whole session):
    Scripts/demo-class.py setup OUT_DIR
        writes OUT_DIR/roster.txt (30 names) and OUT_DIR/decks/first-aid-burns.yaml (version 1 of the
        built-in deck, as the teacher hands it out on the first day, 2026-10-28)
    Scripts/demo-class.py students OUT_DIR --class OUT_DIR/Classes/NAME.yaml [--quiz NAME]
        publishes version 2 of the deck (two cards added, 2026-11-15), simulates each student's four weeks
        in OUT_DIR/students/<id>/Progress, has every student still active take the fixed quiz --quiz through
        the built binary (2026-11-24), and exports each student's file to OUT_DIR/inbox/<id>.jsonl with
        `recall progress export` (the class is seen on 2026-11-25)

The study histories are simulated, not real (as in Scripts/demo-progress.py): each student has a skill, a
diligence and a number of new units a day; a unit's card climbs its ladder as it is answered right. Four
students are behind on purpose (one stopped on 12 November, before version 2, one on 16 November after a
slow start, one studies one day in three, one answers mostly wrong), and three misconceptions are planted in a third of the class each:
cooling a burn for "5 minutes", holding an ice cube on it, covering it with cotton wool. Deterministic: the
same OUT_DIR contents every run (--seed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import select
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DECK = "first-aid-burns"
START = dt.datetime(2026, 10, 28, tzinfo=dt.timezone.utc)
V2_DAY = 18  # days after START (2026-11-15) the teacher publishes version 2
QUIZ_TIME = dt.datetime(2026, 11, 24, 15, 0, tzinfo=dt.timezone.utc)
EXPORT_TIME = "2026-11-24T18:00:00Z"
LAST_DAY = 27  # 2026-11-24: the day before the teacher looks

NAMES = [
    "Amy Smith", "Ben Okafor", "Cara Díaz", "Dan Evans", "Elif Yılmaz", "Finn Murphy", "Grace Chen",
    "Hugo Martin", "Ines Costa", "Jonas Weber", "Kofi Mensah", "Lena Novak", "Maya Patel", "Noah Kim",
    "Olivia Brown", "Pavel Ivanov", "Quinn Taylor", "Rosa García", "Sami Haddad", "Tara Singh",
    "Uma Rao", "Victor Lopez", "Wen Li", "Ximena Ruiz", "Yusuf Demir", "Zoe Fischer", "Aiko Tanaka",
    "Bilal Khan", "Chloe Dubois", "Diego Silva",
]
# Who is behind, and how: learner id -> (skill, diligence, new a day, last day studied).
BEHIND = {
    "dan-evans": (0.9, 0.9, 4, LAST_DAY - 12),   # stopped 12 days before the class is seen
    "finn-murphy": (0.45, 0.9, 4, LAST_DAY),     # answers mostly wrong
    "lena-novak": (0.88, 0.33, 2, LAST_DAY),     # studies one day in three
    "quinn-taylor": (0.86, 0.8, 2, LAST_DAY - 8),  # a slow start, then nothing for 8 days
}
# The misconceptions: card -> (wrong answer, how it is given).
MISCONCEPTIONS = {
    "cooling-time.number": "5 minutes",
    "best-first-aid.choice": "hold an ice cube on it",
    "cover-after-cooling.recall": "cotton wool",
}
RUNGS = {"truefalse": 0, "choice": 1, "select": 2, "cloze": 3, "recall": 4, "reverse": 4,
         "number": 4, "list": 5}
ADDED_CARDS = """
  # --- Added in version 2 ---
  - id: remove-jewellery
    kind: truefalse
    statement: Rings and watches near a burn should come off early, before the area swells.
    answer: true
    section: Cool the burn
    explanation: A burnt hand or arm swells within minutes, and a ring left on can cut off the blood to a
      finger.
    tags: [cooling]
  - id: cling-film-loose
    kind: truefalse
    statement: Cling film over a burnt arm should be wrapped tightly round it.
    answer: false
    section: Cover the burn
    explanation: Lay it on loosely, in strips along the arm - the arm swells, and a tight wrap squeezes it.
    tags: [covering]
"""


def stamp(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def fnv1a(text: str) -> str:
    """The deck version hash Recall records: 64-bit FNV-1a of the file's UTF-8 bytes, 16 hex digits."""
    value = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{value:016x}"


def roster(klass: str) -> dict[str, str]:
    """The learner id of each name, as the class file gives them (each student is told their id)."""
    ids = {}
    for line in open(klass, encoding="utf-8"):
        match = re.match(r'^  ([a-z0-9.-]+): "(.*)"$', line.rstrip("\n"))
        if match:
            ids[match.group(2)] = match.group(1)
    return ids


def deck_path(out: str) -> str:
    return os.path.join(out, "decks", DECK + ".yaml")


def setup(args: argparse.Namespace) -> None:
    os.makedirs(os.path.join(args.out, "decks"), exist_ok=True)
    with open(os.path.join(args.out, "roster.txt"), "w") as f:
        f.write("\n".join(NAMES) + "\n")
    shutil.copyfile(os.path.join(ROOT, "Decks", DECK + ".yaml"), deck_path(args.out))
    print(f"wrote {args.out}/roster.txt (30 learners) and {deck_path(args.out)} (version 1)")


def cards_of(recall: str, path: str) -> list[dict]:
    return json.loads(subprocess.run([recall, "deck", "export", path, "--format", "json"],
                                     check=True, capture_output=True, text=True).stdout)


def ladders(cards: list[dict]) -> dict[str, list[dict]]:
    units: dict[str, list[dict]] = {}
    for card in cards:
        units.setdefault(card["unit"], []).append(card)
    return {unit: sorted(ladder, key=lambda c: RUNGS[c["kind"]]) for unit, ladder in units.items()}


class Student:
    def __init__(self, name: str, id: str, rng: random.Random, misconceptions: set[str]):
        self.name = name
        self.id = id
        self.skill, self.diligence, self.new_per_day, self.last_day = BEHIND.get(
            self.id, (rng.uniform(0.82, 0.96), rng.uniform(0.85, 1.0), rng.choice([3, 4, 5]), LAST_DAY))
        self.misconceptions = misconceptions
        self.rng = random.Random(f"{self.id}/{rng.random()}")
        self.lines: list[str] = []
        self.due: dict[str, int] = {}
        self.interval: dict[str, float] = {}
        self.step: dict[str, int] = {}
        self.mistakes: dict[str, int] = {}

    def event(self, t: dt.datetime, **fields) -> None:
        self.lines.append(json.dumps({"t": stamp(t), **fields}, separators=(",", ":"),
                                     ensure_ascii=False))

    def answer(self, card: dict, right: bool, pools: dict[str, list[str]]) -> dict:
        """The fields a review of `card` logs."""
        fields = {"verdict": "correct" if right else "incorrect", "rung": RUNGS[card["kind"]]}
        kind = card["kind"]
        if kind == "truefalse":
            value = card["answer"] if right else ("false" if card["answer"] == "true" else "true")
            fields.update(answer=value[0], chosen=[value])
        elif kind in ("choice", "select"):
            options = card["choices"]
            correct = card["correct"]
            if right:
                picked = correct
            elif card["id"] in MISCONCEPTIONS and card["id"] in self.misconceptions:
                picked = [options.index(MISCONCEPTIONS[card["id"]])]
            else:
                picked = [self.rng.choice([i for i in range(len(options)) if i not in correct])]
            fields.update(answer=", ".join("abcdefgh"[i] for i in picked),
                          chosen=[options[i] for i in picked])
        elif right and kind == "list":
            fields["answer"] = ", ".join(card["accepted"])
        elif right:
            fields["answer"] = card["accepted"][0] if card["accepted"] else card["answer"]
        elif card["id"] in MISCONCEPTIONS and card["id"] in self.misconceptions:
            fields["answer"] = MISCONCEPTIONS[card["id"]]
        else:
            fields["answer"] = self.rng.choice(pools[card["id"]])
        return fields

    def chance(self, card: dict) -> float:
        if card["id"] in self.misconceptions:
            # Held firmly at first, then unlearnt slowly.
            return 0.2 if self.mistakes.get(card["id"], 0) < 3 else 0.6
        # Recognising an answer is easier than producing it.
        easier = {"truefalse": 0.6, "choice": 0.4, "select": 0.2}.get(card["kind"], 0)
        return self.skill + (1 - self.skill) * easier

    def study(self, versions: list[tuple[int, str, int, dict[str, list[dict]]]],
              pools: dict[str, list[str]]) -> None:
        header = {"format": "recall-progress", "version": 1, "learner": self.id, "deck": DECK,
                  "created": stamp(START + dt.timedelta(hours=17))}
        self.lines.append(json.dumps(header, separators=(",", ":")))
        for day in range(0, self.last_day + 1):
            forced = day == self.last_day
            if not forced and self.rng.random() > self.diligence:
                continue
            _, deck_hash, number, units = [v for v in versions if v[0] <= day][-1]
            t = START + dt.timedelta(days=day, hours=17, minutes=self.rng.randint(0, 90))
            self.event(t, type="session-start", mode="study", deckVersion=number, deckHash=deck_hash)
            reviewed = correct = 0
            due = [u for u in units if u in self.due and self.due[u] <= day]
            fresh = [u for u in units if u not in self.due][:self.new_per_day]
            for unit in due + fresh:
                ladder = units[unit]
                card = ladder[min(self.step.get(unit, 0), len(ladder) - 1)]
                t += dt.timedelta(seconds=self.rng.randint(8, 40))
                right = self.rng.random() < self.chance(card)
                if not right:
                    self.mistakes[card["id"]] = self.mistakes.get(card["id"], 0) + 1
                self.event(t, type="review", card=card["id"], rating=3 if right else 1,
                           ms=self.rng.randint(3000, 25000), **self.answer(card, right, pools))
                reviewed += 1
                correct += right
                if unit not in self.due:
                    t += dt.timedelta(minutes=10)
                    self.event(t, type="review", card=card["id"], rating=3,
                               ms=self.rng.randint(2000, 9000), **self.answer(card, True, pools))
                    self.interval[unit] = 1
                elif right:
                    self.interval[unit] = max(1, self.interval[unit] * (2.3 + self.rng.random()))
                    self.step[unit] = self.step.get(unit, 0) + 1
                else:
                    self.interval[unit] = 1
                    self.step[unit] = max(0, self.step.get(unit, 0) - 1)
                self.due[unit] = day + round(self.interval[unit])
            self.event(t + dt.timedelta(seconds=5), type="session-end", reviewed=reviewed,
                       correct=correct, seconds=reviewed * 20)

    def take_quiz(self, recall: str, env: dict[str, str], klass: str, quiz: str,
                  cards: dict[str, dict], pools: dict[str, list[str]], progress: str) -> str:
        """Takes the fixed quiz through the real binary, answering what is shown; returns its result line."""
        by_prompt = {" ".join(c["prompt"].split()): c for c in cards.values()}
        process = subprocess.Popen(
            [recall, "quiz", "--set", quiz, "--class", klass, "--progress-dir", progress,
             "--learner", self.id], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        output = b""
        transcript = ""
        while True:
            ready, _, _ = select.select([process.stdout], [], [], 30)
            if not ready:
                process.kill()
                raise RuntimeError(f"{self.id}: the quiz stopped answering:\n{output.decode()}")
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                break
            output += chunk
            text = output.decode("utf-8", "replace")
            if not text.endswith("> "):
                continue
            question = text[text.rfind("\n[") + 1:]
            body = question.split("\n", 1)[1]
            lines = [line for line in body.split("\n")[:-1] if not re.match(r"\s+[a-h]\) ", line)]
            prompt = " ".join(" ".join(lines).split())
            card = by_prompt[prompt]
            right = self.rng.random() < self.chance(card)
            fields = self.answer(card, right, pools)
            reply = fields.get("answer", "")
            if card["kind"] == "choice":
                shown = re.findall(r"\n\s+([a-h])\) (.*)", body)
                texts = {" ".join(t.split()): letter for letter, t in shown}
                reply = texts.get(fields["chosen"][0], "a")
            process.stdin.write((reply + "\n").encode())
            process.stdin.flush()
            transcript = text
            output = b""
        process.wait()
        result = re.search(r"Result: .*", (transcript + output.decode()))
        return result.group(0) if result else "(no result)"


def students(args: argparse.Namespace) -> None:
    recall = args.recall
    rng = random.Random(args.seed)
    path = deck_path(args.out)
    v1_text = open(path).read()
    v1_cards = cards_of(recall, path)
    v2_text = v1_text.replace("  version: 1\n", "  version: 2\n", 1) + ADDED_CARDS
    with open(path, "w") as f:
        f.write(v2_text)
    v2_cards = cards_of(recall, path)
    versions = [(0, fnv1a(v1_text), 1, ladders(v1_cards)), (V2_DAY, fnv1a(v2_text), 2, ladders(v2_cards))]
    by_kind: dict[str, list[str]] = {}
    for card in v2_cards:
        by_kind.setdefault(card["kind"], []).append(card["answer"])
    # A slip picks any answer of the deck's typed questions: slips are spread, misconceptions shared.
    pools = {c["id"]: sorted({a for a in by_kind.get(c["kind"], []) + by_kind["recall"]
                              if a != c["answer"]}) for c in v2_cards}
    holders = {card: set(rng.sample(range(len(NAMES)), n))
               for card, n in zip(MISCONCEPTIONS, (11, 9, 8))}
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TZ": "UTC", "LANG": "C.UTF-8",
           "HOME": args.out, "COLUMNS": "100"}
    inbox = os.path.join(args.out, "inbox")
    os.makedirs(inbox, exist_ok=True)
    cards = {c["id"]: c for c in v2_cards}
    ids = roster(args.klass)
    for index, name in enumerate(NAMES):
        held = {card for card, who in holders.items() if index in who}
        student = Student(name, ids[name], rng, held)
        progress = os.path.join(args.out, "students", student.id, "Progress")
        folder = os.path.join(progress, student.id)
        os.makedirs(folder, exist_ok=True)
        student.study(versions, pools)
        with open(os.path.join(folder, DECK + ".jsonl"), "w") as f:
            f.write("\n".join(student.lines) + "\n")
        result = "-"
        if student.last_day == LAST_DAY:
            quiz_env = dict(env, RECALL_NOW=stamp(QUIZ_TIME + dt.timedelta(minutes=index)),
                            RECALL_SEED="1")
            result = student.take_quiz(
                recall, quiz_env, args.klass, args.quiz, cards, pools, progress)
        subprocess.run([recall, "progress", "export", "--deck", path, "--learner", student.id,
                        "--progress-dir", progress, "-o", os.path.join(inbox, student.id + ".jsonl")],
                       check=True, capture_output=True, env=dict(env, RECALL_NOW=EXPORT_TIME))
        print(f"{student.id:14} {len(student.lines) - 1:5} events  quiz: {result}")
    print(f"wrote {len(NAMES)} exported files to {inbox}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("step", choices=["setup", "students"])
    parser.add_argument("out")
    parser.add_argument("--class", dest="klass")
    parser.add_argument("--quiz", default="week-4")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--recall", default=os.path.join(ROOT, ".build", "debug", "recall"))
    args = parser.parse_args()
    args.out = os.path.abspath(args.out)
    if args.step == "setup":
        setup(args)
    else:
        if not args.klass:
            parser.error("students needs --class (the class file the fixed quiz is in)")
        args.klass = os.path.abspath(args.klass)
        students(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
