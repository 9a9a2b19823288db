-- The class view's figures that need no FSRS replay, computed by DuckDB straight from the progress tree,
-- Progress/<learner>/<deck>.jsonl, as Recall writes it (Progress/README.md): the learner table and the
-- most-given wrong answers. docs/class-at-scale.md says what else runs in SQL and what needs `recall`.
--
-- Set four variables, then run this file; it leaves three tables, class_learners, class_activity and
-- class_wrong_answers:
--
--   recall deck export calcinosis-cutis --format json -o cards.json
--   duckdb -c "SET VARIABLE progress = 'Progress'" -c "SET VARIABLE deck = 'calcinosis-cutis'" \
--     -c "SET VARIABLE cards = 'cards.json'" -c "SET VARIABLE now = TIMESTAMPTZ '2026-11-25 10:00:00Z'" \
--     -c ".read Scripts/class.sql" -c "FROM class_learners" -c "FROM class_wrong_answers LIMIT 30"
--
-- `cards` is the deck's card table (`recall deck export --format json`): the kind, options, question and
-- answer of each card, for reading wrong answers as Recall does. Study days start at 04:00 in the session's
-- time zone (SET TimeZone = 'Europe/Paris'), as Recall's start at 04:00 local time.
--
-- Scripts/check-class-sql.py holds these figures to `recall class --json` on the demo class.

-- Every line of every learner's file, numbered in file order (DuckDB keeps the order of the files, sorted by
-- name, and of their lines).
CREATE OR REPLACE TEMP TABLE progress_lines AS
SELECT row_number() OVER () AS position, regexp_extract(filename, '([^/]+)/[^/]+$', 1) AS learner, *
FROM read_ndjson(
  getvariable('progress') || '/*/' || getvariable('deck') || '.jsonl',
  filename = true,
  columns = {
    format: 'VARCHAR', t: 'VARCHAR', type: 'VARCHAR', card: 'VARCHAR', rating: 'INTEGER', ms: 'BIGINT',
    verdict: 'VARCHAR', override: 'VARCHAR', answer: 'VARCHAR', chosen: 'VARCHAR[]', mode: 'VARCHAR',
    note: 'VARCHAR', correct: 'DOUBLE', questions: 'BIGINT'
  });

-- The learners, one per file: folders whose names are no learner names (hidden ones among them) are
-- skipped, as Recall skips them.
CREATE OR REPLACE TEMP TABLE progress_learners AS
WITH folders AS MATERIALIZED (SELECT DISTINCT learner FROM progress_lines)
SELECT learner
FROM folders
WHERE regexp_full_match(learner, '[\p{L}\p{M}\p{Nl}0-9._-]+') AND NOT starts_with(learner, '.')
  AND length(learner) <= 64;

-- The events: the lines but the header (which names the format). A line without a type is a review.
CREATE OR REPLACE TEMP TABLE progress_events AS
SELECT
  position, learner, CAST(t AS TIMESTAMPTZ) AS time, coalesce(type, 'review') AS type, card, rating, ms,
  verdict, override, answer, chosen, coalesce(mode, 'study') AS mode, note, correct, questions
FROM progress_lines SEMI JOIN progress_learners USING (learner)
WHERE format IS NULL;

-- The reviews taken back. An undo takes back the last review still counting: with reviews counted +1 and
-- undos -1 in file order, an undo leaving the count at d takes back the latest review before it that raised
-- the count to d + 1 (as a stack pops). Recall writes an undo only for the review it takes back; a
-- hand-edited file whose undo names another card is read here as if it named the right one. Only the
-- files with an undo are walked.
CREATE OR REPLACE TEMP TABLE undone_reviews AS
WITH stack AS (
  SELECT position, learner, type,
    sum(CASE type WHEN 'review' THEN 1 ELSE -1 END)
      OVER (PARTITION BY learner ORDER BY position ROWS UNBOUNDED PRECEDING) AS depth
  FROM progress_events
  WHERE type IN ('review', 'undo')
    AND learner IN (SELECT learner FROM progress_events WHERE type = 'undo')
),
-- An undo at d looks among the reviews at d + 1 before it.
matched AS (
  SELECT type,
    last_value(CASE type WHEN 'review' THEN position END IGNORE NULLS) OVER (
      PARTITION BY learner, CASE type WHEN 'review' THEN depth ELSE depth + 1 END
      ORDER BY position ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS taken_back
  FROM stack
)
SELECT taken_back AS position
FROM matched
WHERE type = 'undo' AND taken_back IS NOT NULL;

-- The reviews that count, up to now.
CREATE OR REPLACE TEMP TABLE counted_reviews AS
SELECT
  *,
  -- Right as DayTally counts it: an override to right, else the verdict, else a rating above Again.
  override IS NOT DISTINCT FROM 'right' OR coalesce(verdict = 'correct', rating <> 1) AS is_right,
  -- The study day: 04:00 to 04:00 in the session's time zone.
  CAST(CAST(time AS TIMESTAMP) - INTERVAL 4 HOUR AS DATE) AS day
FROM progress_events ANTI JOIN undone_reviews USING (position)
WHERE type = 'review' AND time <= getvariable('now');

-- One row per learner: the figures of `recall class` that need no replay (reviews, last active, quizzes,
-- mean quiz score), and more that a gradebook may want.
CREATE OR REPLACE TEMP TABLE class_learners AS
WITH reviews AS (
  SELECT learner,
    count(*) AS reviews,
    count(*) FILTER (WHERE is_right) AS right_answers,
    round(count(*) FILTER (WHERE is_right) / count(*), 4) AS accuracy,
    arg_max(time, position) AS last_active,
    min(time) AS first_active,
    count(DISTINCT day) AS days_active,
    sum(ms) AS answering_ms
  FROM counted_reviews
  GROUP BY learner
),
quizzes AS (
  SELECT learner,
    count(*) AS quizzes,
    avg(correct / questions) FILTER (WHERE questions > 0) AS quiz_score
  FROM progress_events
  WHERE type = 'quiz-result' AND time <= getvariable('now')
  GROUP BY learner
)
SELECT
  learner,
  coalesce(reviews, 0) AS reviews,
  coalesce(right_answers, 0) AS right_answers,
  accuracy,
  last_active,
  first_active,
  coalesce(days_active, 0) AS days_active,
  coalesce(answering_ms, 0) AS answering_ms,
  coalesce(quizzes, 0) AS quizzes,
  round(quiz_score, 4) AS quiz_score
FROM progress_learners LEFT JOIN reviews USING (learner) LEFT JOIN quizzes USING (learner)
ORDER BY learner;

-- Reviews per study day over the class (cram and quiz answers included, as in `recall class`'s activity).
CREATE OR REPLACE TEMP TABLE class_activity AS
SELECT day, count(*) AS reviews, count(DISTINCT learner) AS learners
FROM counted_reviews
GROUP BY day
ORDER BY day;

-- The deck's cards: what reading a wrong answer needs to know of each.
CREATE OR REPLACE TEMP TABLE deck_cards AS
SELECT id AS card, kind, prompt, answer, choices
FROM read_json(getvariable('cards'), columns = {
  id: 'VARCHAR', kind: 'VARCHAR', prompt: 'VARCHAR', answer: 'VARCHAR', choices: 'VARCHAR[]'
});

-- Wrong answers as a teacher reads them (docs/reports.md): on cards with options, the options chosen
-- (lowercased, spaces tidied, sorted, joined by "; "); otherwise the answer typed, tidied, with true/false
-- spellings made one and bare option letters left out (options are shuffled per session). Partly right
-- answers are not wrong answers. White space is Unicode's, as Swift's Character.isWhitespace has it.
CREATE OR REPLACE TEMP MACRO tidy(text) AS lower(trim(regexp_replace(
  text,
  '[\t\n\x0B\f\r \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]+',
  ' ', 'g')));

CREATE OR REPLACE TEMP TABLE wrong_answers AS
WITH wrong AS (
  SELECT counted_reviews.learner, counted_reviews.card, deck_cards.kind, deck_cards.choices,
    list_sort(list_filter(list_transform(counted_reviews.chosen, lambda c: tidy(c)), lambda c: c <> ''))
      AS picked,
    tidy(coalesce(counted_reviews.answer, '')) AS typed
  FROM counted_reviews JOIN deck_cards USING (card)
  WHERE NOT is_right AND verdict IS DISTINCT FROM 'partial'
)
SELECT learner, card,
  CASE
    WHEN len(choices) > 0 AND len(picked) > 0 THEN array_to_string(picked, '; ')
    WHEN typed = '' THEN NULL
    WHEN kind = 'truefalse' AND typed IN ('t', 'true', 'yes', 'y') THEN 'true'
    WHEN kind = 'truefalse' AND typed IN ('f', 'false', 'no', 'n') THEN 'false'
    WHEN len(choices) > 0 AND kind <> 'truefalse' AND regexp_full_match(typed, '[a-z ,]*')
      AND NOT regexp_matches(typed, '[a-z][a-z]') THEN NULL
    ELSE typed
  END AS text
FROM wrong;

-- The misconception list: per card, each wrong answer with how often it was given, by how many learners and
-- by whom; an answer given by more learners first (then more often): two learners sharing a mistake matter more
-- than one repeating it. `rank` numbers a card's answers, `card_rank` the cards by their first answer.
-- `recall class` shows the first 10 cards and 3 answers of each.
CREATE OR REPLACE TEMP TABLE class_wrong_answers AS
WITH given AS (
  SELECT card, text, count(*) AS count, count(DISTINCT learner) AS learners,
    list(DISTINCT learner ORDER BY learner) AS learner_names
  FROM wrong_answers
  WHERE text IS NOT NULL
  GROUP BY card, text
),
ranked AS (
  SELECT *, row_number() OVER (PARTITION BY card ORDER BY learners DESC, count DESC, text) AS rank
  FROM given
)
SELECT
  dense_rank() OVER (ORDER BY top.learners DESC, top.count DESC, ranked.card) AS card_rank,
  ranked.rank, ranked.card, deck_cards.prompt, deck_cards.answer, ranked.text, ranked.count,
  ranked.learners, ranked.learner_names
FROM ranked
JOIN ranked AS top ON top.card = ranked.card AND top.rank = 1
JOIN deck_cards ON deck_cards.card = ranked.card
ORDER BY card_rank, rank;
