#!/usr/bin/env python3
"""Writes Tests/SchedulingTests/Fixtures/memory-state-vectors.json: the memory state py-fsrs 6.3.2 reaches
after each of 200 seeded random histories (no learning steps, fuzz off), for Scheduler.memoryStates.

Run in a venv with `pip install fsrs==6.3.2`:  python Scripts/memory-state-vectors.py > FILE
"""
import json, random
from datetime import datetime, timedelta, timezone

import fsrs

rng = random.Random(8)
scheduler = fsrs.Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
base = datetime(2026, 1, 1, 9, tzinfo=timezone.utc)
histories = []
for _ in range(200):
    reviews = [[rng.randint(1, 4), 0]]
    for _ in range(rng.randint(1, 15)):
        reviews.append([rng.randint(1, 4), 0 if rng.random() < 0.15 else rng.randint(1, 90)])
    card = fsrs.Card(card_id=1)
    day = 0
    for k, (g, t) in enumerate(reviews):
        day += t
        card, _ = scheduler.review_card(card, fsrs.Rating(g), base + timedelta(days=day, minutes=10 * k))
    histories.append({"reviews": reviews, "stability": round(card.stability, 10),
                      "difficulty": round(card.difficulty, 10)})
print(json.dumps({"generator": "py-fsrs 6.3.2, Scripts/memory-state-vectors.py", "histories": histories},
                 indent=0))
