#!/usr/bin/env python3
# Usage: python3 -m venv /tmp/fsrs-venv && /tmp/fsrs-venv/bin/pip install fsrs==6.3.2 \
#          && /tmp/fsrs-venv/bin/python Scripts/fsrs-vectors.py [OUTPUT]
#        (OUTPUT defaults to Tests/SchedulingTests/Fixtures/fsrs-vectors.json; rerunning it gives the same bytes)
"""Generate the FSRS-6 conformance fixture that SchedulingTests replays against Recall's scheduler.

Reference: py-fsrs (the PyPI package `fsrs`) pinned to 6.3.2, fuzz off. The output is deterministic (fixed seed).

Each history is a new card reviewed 1-15 times with random ratings at random times: same-day reviews (minutes or
hours after the previous one), early reviews (before due), on-time reviews, late reviews (days to years after due)
and reviews right at the 24-hour boundary that decides between the same-day and the long-term formulas.

Fixture layout (short keys keep it small):
  configs[i]   = {"w": 21 weights, "dr": desired retention, "ls": learning steps (s), "rs": relearning steps (s),
                  "mi": maximum interval (days)}; configs[0] is py-fsrs's default scheduler.
  histories[j] = {"c": config index, "r": [step, ...]} where every step is
                  [t, rating, state, step, stability, difficulty, due, last_review]:
                  t, due and last_review in epoch seconds (UTC, whole seconds), rating 1-4,
                  state 1 Learning / 2 Review / 3 Relearning (after the review), step an int or null,
                  stability and difficulty rounded to 1e-9.
"""

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from importlib.metadata import version
from pathlib import Path

from fsrs import Card, Rating, Scheduler
from fsrs.scheduler import DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

FSRS_VERSION = "6.3.2"
SEED = 20250101
DEFAULT_HISTORIES = 1200
HISTORIES_PER_EXTRA_CONFIG = 60
MAX_REVIEWS = 15
DAY = 86400
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def epoch_seconds(moment: datetime) -> int:
    seconds = (moment - EPOCH) / timedelta(seconds=1)
    assert seconds == int(seconds), f"not whole seconds: {moment}"
    return int(seconds)


def perturbed_weights(rng: random.Random, spread: float) -> list[float]:
    """Defaults scaled by a random factor in [1 - spread, 1 + spread], kept inside py-fsrs's bounds."""
    weights = []
    for default, lower, upper in zip(DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS):
        value = default * rng.uniform(1 - spread, 1 + spread)
        weights.append(round(min(max(value, lower), upper), 6))
    return weights


def make_configs(rng: random.Random) -> list[dict]:
    default = {"w": list(DEFAULT_PARAMETERS), "dr": 0.9, "ls": [60, 600], "rs": [600], "mi": 36500}
    return [
        default,
        # one learning step (Hard on step 0 is 1.5 x the step), no relearning steps (Again stays in Review)
        {**default, "ls": [60], "rs": []},
        # no learning steps (the first review goes straight to Review), two relearning steps
        {**default, "ls": [], "rs": [600, 3600]},
        # three learning steps, a low retention and a short maximum interval
        {**default, "ls": [300, 1800, 7200], "rs": [900], "dr": 0.8, "mi": 365},
        # tuned-looking weights, high retention, a very short maximum interval
        {**default, "w": perturbed_weights(rng, 0.3), "dr": 0.95, "mi": 60},
        # more different weights and a low retention
        {**default, "w": perturbed_weights(rng, 0.6), "dr": 0.7},
    ]


def next_review_time(rng: random.Random, card: Card, first_time: datetime) -> datetime:
    """A review time after the card's last review: same day, early, on time, late or at the day boundary."""
    if card.last_review is None:
        return first_time
    last, due = card.last_review, card.due
    mode = rng.choices(["same-day", "early", "on-time", "late", "boundary"], weights=[25, 15, 25, 28, 7])[0]
    if mode == "early" and (due - last).total_seconds() > 120:
        span = int((due - last).total_seconds())
        return last + timedelta(seconds=rng.randint(60, span - 1))
    if mode in ("same-day", "early"):
        scale = rng.choice([600, 3600, 6 * 3600, DAY - 1])  # minutes up to (almost) a whole day
        return last + timedelta(seconds=rng.randint(30, scale))
    if mode == "on-time":
        return due + timedelta(seconds=rng.choice([0, 0, 0, rng.randint(1, 600), rng.randint(1, 6 * 3600)]))
    if mode == "late":
        days = rng.choice([rng.randint(1, 7), rng.randint(1, 60), rng.randint(30, 1200)])
        return due + timedelta(days=days, seconds=rng.randint(0, DAY - 1))
    # boundary: one second either side of 24 h (and of 48 h) after the last review
    return last + timedelta(seconds=rng.choice([DAY - 1, DAY, DAY + 1, 2 * DAY - 1, 2 * DAY]))


def make_history(rng: random.Random, scheduler: Scheduler, config_index: int) -> dict:
    first_time = datetime(2020, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=rng.randint(0, 10 * 365 * DAY))
    card = Card(card_id=1, due=first_time)
    steps = []
    for _ in range(rng.randint(1, MAX_REVIEWS)):
        when = next_review_time(rng, card, first_time)
        rating = Rating(rng.choices([1, 2, 3, 4], weights=[20, 15, 50, 15])[0])
        card, _ = scheduler.review_card(card, rating, review_datetime=when)
        assert card.last_review is not None and card.stability is not None and card.difficulty is not None
        steps.append([
            epoch_seconds(when),
            int(rating),
            int(card.state),
            card.step,
            round(card.stability, 9),
            round(card.difficulty, 9),
            epoch_seconds(card.due),
            epoch_seconds(card.last_review),
        ])
    return {"c": config_index, "r": steps}


def main() -> None:
    if version("fsrs") != FSRS_VERSION:
        sys.exit(f"fsrs {FSRS_VERSION} is required, found {version('fsrs')}")
    repository = Path(__file__).resolve().parent.parent
    default_output = repository / "Tests/SchedulingTests/Fixtures/fsrs-vectors.json"
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else default_output

    rng = random.Random(SEED)
    configs = make_configs(rng)
    histories = []
    for index, config in enumerate(configs):
        scheduler = Scheduler(
            parameters=config["w"],
            desired_retention=config["dr"],
            learning_steps=[timedelta(seconds=s) for s in config["ls"]],
            relearning_steps=[timedelta(seconds=s) for s in config["rs"]],
            maximum_interval=config["mi"],
            enable_fuzzing=False,
        )
        count = DEFAULT_HISTORIES if index == 0 else HISTORIES_PER_EXTRA_CONFIG
        histories.extend(make_history(rng, scheduler, index) for _ in range(count))

    fixture = {
        "generator": "Scripts/fsrs-vectors.py",
        "fsrs": FSRS_VERSION,
        "seed": SEED,
        "columns": ["t", "rating", "state", "step", "stability", "difficulty", "due", "last_review"],
        "configs": configs,
        "histories": histories,
    }
    text = json.dumps(fixture, separators=(",", ":"))
    # one history per line keeps diffs readable without costing much space
    text = text.replace(',{"c":', ',\n{"c":').replace('"histories":[{', '"histories":[\n{')
    output.write_text(text + "\n")
    steps = sum(len(h["r"]) for h in histories)
    print(f"wrote {output}: {len(histories)} histories, {steps} reviews", file=sys.stderr)


if __name__ == "__main__":
    main()
