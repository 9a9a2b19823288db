#!/usr/bin/env python3
"""Recall's FSRS-6 against py-fsrs 6.3.2 and fsrs-rs-python 0.9.3, on the same generated data.

Run through Scripts/peer-benchmarks.sh (it makes the venv and builds the release benchmark binary).
(a) memory state (stability, difficulty) of N review histories: Recall vs py-fsrs vs fsrs-rs-python;
(b) fitting to a synthetic data set drawn from a known weight vector: Recall's optimizer vs fsrs-rs's
    compute_parameters, both scored by fsrs-rs's `evaluate` on the same held-out (later) reviews.
"""
import argparse, math, os, random, subprocess, sys, time
from datetime import datetime, timedelta, timezone

import fsrs
import fsrs_rs_python as rs

TRUE_WEIGHTS = [0.4, 1.8, 4.0, 12.0, 6.0, 0.6, 2.0, 0.02, 1.5, 0.25, 1.1, 1.8, 0.1, 0.35, 1.4,
                0.5, 2.4, 0.5, 0.2, 0.1, 0.35]


def make_histories(count, rng):
    """Random histories: 2-16 reviews, first elapsed 0, 10 % same-day, else 1-60 days."""
    histories = []
    for _ in range(count):
        length = rng.randint(2, 16)
        reviews = [(rng.choices([1, 2, 3, 4], [15, 10, 65, 10])[0], 0)]
        for _ in range(length - 1):
            days = 0 if rng.random() < 0.1 else rng.randint(1, 60)
            reviews.append((rng.choices([1, 2, 3, 4], [15, 10, 65, 10])[0], days))
        histories.append(reviews)
    return histories


class Model:
    """The FSRS-6 memory model from the guide, for drawing synthetic reviews."""
    def __init__(self, w):
        self.w = w
        self.decay = -w[20]
        self.factor = 0.9 ** (1 / self.decay) - 1

    def r(self, t, s):
        return (1 + self.factor * t / s) ** self.decay

    def interval(self, s, retention=0.9):
        return s / self.factor * (retention ** (1 / self.decay) - 1)

    def d0(self, g):
        return self.w[4] - math.exp(self.w[5] * (g - 1)) + 1

    def first(self, g):
        return max(self.w[g - 1], 0.001), min(max(self.d0(g), 1), 10)

    def step(self, s, d, g, t):
        w = self.w
        r = self.r(t, s)
        if g == 1:
            s2 = min(w[11] * d ** -w[12] * ((s + 1) ** w[13] - 1) * math.exp((1 - r) * w[14]),
                     s / math.exp(w[17] * w[18]))
        else:
            s2 = s * (1 + math.exp(w[8]) * (11 - d) * s ** -w[9] * (math.exp((1 - r) * w[10]) - 1)
                      * (w[15] if g == 2 else 1) * (w[16] if g == 4 else 1))
        delta = -w[6] * (g - 3)
        d2 = w[7] * self.d0(4) + (1 - w[7]) * (d + delta * (10 - d) / 9)
        return max(s2, 0.001), min(max(d2, 1), 10)


def make_cards(count, days, rng):
    """Cards reviewed near their due dates under TRUE_WEIGHTS: [(rating, absolute day), ...]."""
    model = Model(TRUE_WEIGHTS)
    cards = []
    for _ in range(count):
        day = rng.randrange(days // 2)
        g = rng.choices([1, 2, 3, 4], [20, 10, 55, 15])[0]
        s, d = model.first(g)
        reviews = [(g, day)]
        while True:
            t = max(1, round(model.interval(s) * (0.6 + 0.8 * rng.random())))
            day += t
            if day >= days:
                break
            recalled = rng.random() < model.r(t, s)
            g = rng.choices([2, 3, 4], [15, 75, 10])[0] if recalled else 1
            s, d = model.step(s, d, g, t)
            reviews.append((g, day))
        cards.append(reviews)
    return cards


def items_of(card, cutoff, held_out):
    """fsrs-rs items of a card: one per review a day or more after the previous one."""
    items = []
    for i in range(1, len(card)):
        delta = card[i][1] - card[i - 1][1]
        if delta <= 0:
            continue
        if (card[i][1] >= cutoff) != held_out:
            continue
        reviews = [rs.FSRSReview(card[0][0], 0)] + [
            rs.FSRSReview(card[j][0], card[j][1] - card[j - 1][1]) for j in range(1, i + 1)]
        items.append(rs.FSRSItem(reviews))
    return items


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--histories", type=int, default=100_000)
    parser.add_argument("--cards", type=int, default=12_500)
    parser.add_argument("--days", type=int, default=500)
    parser.add_argument("--seed", type=int, default=20251125)
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    rng = random.Random(args.seed)

    # (a) memory states
    histories = make_histories(args.histories, rng)
    path = os.path.join(args.work, "histories.txt")
    with open(path, "w") as out:
        for h in histories:
            out.write(" ".join(f"{g},{t}" for g, t in h) + "\n")
    reviews = sum(len(h) for h in histories)
    states_path = os.path.join(args.work, "recall-states.txt")
    line = subprocess.run([args.binary, "memory", path, states_path], check=True,
                          capture_output=True, text=True).stdout.strip()
    print(line)
    recall_time = float(line.rsplit(" ", 2)[-2])
    with open(states_path) as f:
        recall_states = [tuple(map(float, l.split())) for l in f]

    scheduler = fsrs.Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
    base = datetime(2026, 1, 1, 9, tzinfo=timezone.utc)
    started = time.perf_counter()
    py_states = []
    for h in histories:
        card = fsrs.Card(card_id=1)
        day = 0
        for k, (g, t) in enumerate(h):
            day += t
            card, _ = scheduler.review_card(card, fsrs.Rating(g),
                                            base + timedelta(days=day, minutes=10 * k))
        py_states.append((card.stability, card.difficulty))
    py_time = time.perf_counter() - started

    model = rs.FSRS(list(rs.DEFAULT_PARAMETERS))
    items = [rs.FSRSItem([rs.FSRSReview(g, t) for g, t in h]) for h in histories]
    rs_time = math.inf
    for _ in range(3):
        started = time.perf_counter()
        rs_states = model.memory_state_batch(items)
        rs_time = min(rs_time, time.perf_counter() - started)
    rs_states = [(m.stability, m.difficulty) for m in rs_states]

    def worst(a, b):
        s = max(abs(x[0] - y[0]) / max(abs(y[0]), 1e-9) for x, y in zip(a, b))
        d = max(abs(x[1] - y[1]) for x, y in zip(a, b))
        return s, d

    print(f"(a) memory states of {len(histories):,} histories ({reviews:,} reviews)")
    print(f"    Recall (2 threads, best of 5) {recall_time * 1000:9.1f} ms")
    print(f"    fsrs-rs-python memory_state_batch (best of 3) {rs_time * 1000:9.1f} ms")
    print(f"    py-fsrs 6.3.2 review_card loop (once) {py_time * 1000:9.1f} ms")
    print(f"    Recall is {py_time / recall_time:,.0f}x py-fsrs and {rs_time / recall_time:.1f}x fsrs-rs-python")
    s, d = worst(recall_states, py_states)
    print(f"    agreement with py-fsrs: max relative S difference {s:.2e}, max D difference {d:.2e}")
    s, d = worst(recall_states, rs_states)
    print(f"    agreement with fsrs-rs (f32): max relative S difference {s:.2e}, max D difference {d:.2e}")

    # (b) fitting
    cards = make_cards(args.cards, args.days, rng)
    deltas = sorted(c[i][1] for c in cards for i in range(1, len(c)) if c[i][1] > c[i - 1][1])
    cutoff = deltas[int(len(deltas) * 0.8)]
    cards_path = os.path.join(args.work, "cards.txt")
    with open(cards_path, "w") as out:
        for c in cards:
            out.write(" ".join(f"{g},{day}" for g, day in c) + "\n")
    total = sum(len(c) for c in cards)
    weights_path = os.path.join(args.work, "recall-weights.txt")
    line = subprocess.run([args.binary, "fit", cards_path, str(cutoff), weights_path], check=True,
                          capture_output=True, text=True).stdout.strip()
    print(line)
    recall_fit_time = float(line.split(" items in ")[1].split(" s;")[0])
    with open(weights_path) as f:
        recall_weights = [float(x) for x in f.read().split()]
    train = [it for c in cards for it in items_of(c, cutoff, False)]
    held_out = [it for c in cards for it in items_of(c, cutoff, True)]
    started = time.perf_counter()
    rs_weights = rs.FSRS(list(rs.DEFAULT_PARAMETERS)).compute_parameters(train)
    rs_fit_time = time.perf_counter() - started

    def score(w):
        e = rs.FSRS(list(w)).evaluate(held_out)
        return e.log_loss, e.rmse_bins

    print(f"(b) fitting: {len(cards):,} cards, {total:,} reviews, {len(train):,} training items, "
          f"{len(held_out):,} held out (from day {cutoff}); scored by fsrs-rs evaluate")
    for name, w in [("true weights", TRUE_WEIGHTS), ("defaults", rs.DEFAULT_PARAMETERS),
                    ("fsrs-rs compute_parameters", rs_weights), ("Recall optimizer", recall_weights)]:
        loss, rmse = score(w)
        print(f"    {name:28s} log loss {loss:.5f}  RMSE(bins) {rmse:.5f}")
    recall_loss, rs_loss = score(recall_weights)[0], score(rs_weights)[0]
    print(f"    Recall's log loss is {100 * (recall_loss / rs_loss - 1):+.2f} % of fsrs-rs's; "
          f"time {recall_fit_time:.2f} s vs {rs_fit_time:.2f} s ({recall_fit_time / rs_fit_time:.2f}x)")
    print("    Recall w = " + " ".join(f"{x:.4f}" for x in recall_weights))
    print("    fsrs-rs w = " + " ".join(f"{x:.4f}" for x in rs_weights))


if __name__ == "__main__":
    sys.exit(main())
