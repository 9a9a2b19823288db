#!/usr/bin/env python3
"""Content checks on Recall decks that `recall deck lint` does not make.

`recall deck lint` is the deck checker: it reads a deck as Recall reads it (structure, ids, references, classes,
wording templates) and lints the cards Recall makes from it (questions that contain their answer, ambiguous
prompts, choices without three provably wrong options, typed answers without aliases). Run it first: this
script assumes a deck that lint accepts, and adds only what lint does not look at:

  * the source: no question, statement or cloze text asks about the source itself ("the article", "the FAQ",
    "the source text"); a card asks about the subject and cites the source with `section:`;
  * copying: given the source article (--source, or the RECALL_SOURCE_ARTICLE environment variable), no run of
    10 consecutive words is shared with it, in any text value nor in the file read as one stream (comments
    included). The article is not in this repository and must never be copied into it;
  * sections: each section in deck.source.sections is listed once and cited by something;
  * facts: no subject is given the same object twice under one relation;
  * quantities: the answer holds a number inside [min, max], and the prompt does not give that number away;
  * hand-written cards: a choice's wrong options are distinct and none is its answer, another name of the
    answer's entity or an entity overlapping it; a list has at least two distinct items;
  * aliases: none is empty once normalised, none repeats its entity's name or another of its aliases.

Usage:
    Scripts/check-deck.py [DECK.yaml ...] [--source ARTICLE.txt] [--quiet]

Without a deck it checks every deck in Decks/. Problems are printed as file:line:column: error|warning:
message; any error makes the exit status 1. Needs PyYAML (Debian: python3-yaml).
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import sys
import unicodedata
from collections import defaultdict

import yaml

TOKEN_RE = re.compile(r"[a-z0-9%]+")
SHINGLE = 10
# Words that make a question about the source document rather than about the subject.
ABOUT_SOURCE_RE = re.compile(r"\b(?:the\s+)?(?:articles?|FAQs?|source\s+text|source\s+article)\b", re.IGNORECASE)
ARTICLES = ("the ", "a ", "an ")


class Node:
    """A YAML value with where it starts (line and column from 1); a mapping also keeps its keys' nodes."""

    __slots__ = ("value", "line", "col", "keys")

    def __init__(self, value, line, col, keys=None):
        self.value = value
        self.line = line
        self.col = col
        self.keys = keys or {}

    def get(self, key):
        return self.value.get(key) if isinstance(self.value, dict) else None

    def items(self) -> list[Node]:
        return self.value if isinstance(self.value, list) else []

    def text(self) -> str | None:
        return self.value if isinstance(self.value, str) else None


def convert(node) -> Node:
    line, col = node.start_mark.line + 1, node.start_mark.column + 1
    if isinstance(node, yaml.MappingNode):
        values, keys = {}, {}
        for key_node, value_node in node.value:
            key = convert(key_node)
            if isinstance(key.value, str) and key.value not in values:
                keys[key.value] = key
                values[key.value] = convert(value_node)
        return Node(values, line, col, keys)
    if isinstance(node, yaml.SequenceNode):
        return Node([convert(child) for child in node.value], line, col)
    # Every scalar as the text written, as Recall reads it (numbers are parsed where one is expected).
    return Node(node.value, line, col)


def normalise(text: str) -> str:
    """Answer checking's normal form (docs/answer-checking.md), without its typo tolerance."""
    text = unicodedata.normalize("NFC", text).lower()
    text = re.sub(r"\([^)]*\)", " ", text)
    text = text.replace("’", "'").replace("'s", "s")
    text = re.sub(r"[^\w%]+", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    for article in ARTICLES:
        if text.startswith(article):
            text = text[len(article):]
    return text


def singular(text: str) -> str:
    """Simple plural folding, word by word (a rough stand-in for answer checking's rule)."""
    words = []
    for word in text.split():
        if len(word) > 3 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.append(word)
    return " ".join(words)


def number(node: Node | None) -> float | None:
    try:
        return float(node.value) if node is not None and node.text() else None
    except ValueError:
        return None


def ident(node: Node) -> str:
    """The id of a fact, quantity or card, for messages."""
    return node.get("id").text() or "?" if node.get("id") else "?"


def key_of(text: str) -> str:
    return singular(normalise(text))


def tokens(text: str) -> list[str]:
    return TOKEN_RE.findall(text.lower().replace("’", "'"))


def shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def text_nodes(node: Node) -> list[Node]:
    """Every text scalar under `node`."""
    if isinstance(node.value, dict):
        return [found for child in node.value.values() for found in text_nodes(child)]
    if isinstance(node.value, list):
        return [found for child in node.value for found in text_nodes(child)]
    return [node] if isinstance(node.value, str) else []


class Report:
    def __init__(self, path: str):
        self.path = path
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, at, message: str) -> None:
        self.errors.append(f"{self.path}:{at.line}:{at.col}: error: {message}")

    def warn(self, at, message: str) -> None:
        self.warnings.append(f"{self.path}:{at.line}:{at.col}: warning: {message}")


class Line:
    """A position without a node (the copy check's lines)."""

    def __init__(self, line: int):
        self.line, self.col = line, 1


def check_source_questions(root: Node, report: Report) -> None:
    def check(node: Node | None, what: str) -> None:
        found = ABOUT_SOURCE_RE.search(node.text() or "") if node else None
        if found:
            report.error(node, f"{what} asks about the source itself ('{found.group(0)}'); ask about the "
                               "subject and cite the source with 'section:'")

    relations = root.get("relations")
    for rid, relation in (relations.value.items() if relations and isinstance(relations.value, dict) else []):
        for key in ("ask", "ask-reverse", "statement"):
            check(relation.get(key), f"relation '{rid}' {key}")
    for quantity in (root.get("quantities") or Node([], 1, 1)).items():
        check(quantity.get("prompt"), f"quantity '{ident(quantity)}' prompt")
    for card in (root.get("cards") or Node([], 1, 1)).items():
        for key in ("prompt", "statement", "text"):
            check(card.get(key), f"card '{ident(card)}' {key}")
    for case in (root.get("cases") or Node([], 1, 1)).items():
        for key in ("stem", "question"):
            check(case.get(key), f"case '{ident(case)}' {key}")
    for template in (root.get("case-templates") or Node([], 1, 1)).items():
        for key in ("opening", "question"):
            check(template.get(key), f"case template '{ident(template)}' {key}")
        findings = template.get("findings")
        for rid, text in (findings.value.items() if findings and isinstance(findings.value, dict) else []):
            check(text, f"case template '{ident(template)}' finding '{rid}'")


def check_copying(root: Node, deck_path: str, article_path: str, report: Report) -> None:
    with open(article_path, encoding="utf-8") as handle:
        article = shingles(tokens(handle.read()))
    for node in text_nodes(root):
        for gram in shingles(tokens(node.value)):
            if gram in article:
                report.error(node, f"shares {SHINGLE} words with the article: '{' '.join(gram)}'")
                break
    # The whole file as one stream: comments, keys and values run together.
    stream: list[tuple[str, int]] = []
    with open(deck_path, encoding="utf-8") as handle:
        for number, line in enumerate(handle.read().splitlines(), start=1):
            stream.extend((token, number) for token in tokens(line))
    words = [token for token, _ in stream]
    reported = set()
    for start in range(len(words) - SHINGLE + 1):
        gram = tuple(words[start:start + SHINGLE])
        line = stream[start][1]
        if gram in article and line not in reported:
            reported.add(line)
            report.error(Line(line), f"shares {SHINGLE} words with the article: '{' '.join(gram)}'")


def check_sections(root: Node, report: Report) -> None:
    deck = root.get("deck")
    source = deck.get("source") if deck else None
    listed = source.get("sections") if source else None
    if listed is None:
        return
    cited = {node.get("section").value for part in ("facts", "quantities", "cards")
             for node in (root.get(part) or Node([], 1, 1)).items() if node.get("section")}
    seen = set()
    for node in listed.items():
        if node.value in seen:
            report.error(node, f"section '{node.value}' is listed twice")
        elif node.value not in cited:
            report.error(node, f"section '{node.value}' is listed but never cited")
        seen.add(node.value)


def check_fact_objects(root: Node, report: Report) -> None:
    stated: dict[tuple, set] = defaultdict(set)
    for fact in (root.get("facts") or Node([], 1, 1)).items():
        objects = fact.get("objects") or fact.get("object")
        if objects is None or fact.get("subject") is None or fact.get("relation") is None:
            continue
        pair = (fact.get("subject").value, fact.get("relation").value)
        for node in (objects.items() if isinstance(objects.value, list) else [objects]):
            if node.value in stated[pair]:
                report.error(node, f"fact '{ident(fact)}': object '{node.value}' "
                                   f"is stated twice for '{pair[0]}' / {pair[1]}")
            stated[pair].add(node.value)


def check_quantities(root: Node, report: Report) -> None:
    for quantity in (root.get("quantities") or Node([], 1, 1)).items():
        what = f"quantity '{ident(quantity)}'"
        low, high, answer = number(quantity.get("min")), number(quantity.get("max")), quantity.get("answer")
        if low is None or high is None or answer is None or not answer.text():
            continue
        numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", answer.value)]
        if numbers and not any(low <= n <= high for n in numbers):
            report.error(answer, f"{what} answer has no number inside [min, max]")
        prompt = quantity.get("prompt")
        for n in numbers if prompt and prompt.text() else []:
            written = re.escape(str(n).rstrip("0").rstrip("."))
            if re.search(rf"(?<![\d.]){written}(?![\d.])", prompt.value):
                report.error(prompt, f"{what} prompt contains the answer number {n:g}")


def entity_texts(root: Node):
    """Each normalised name or alias with its entity, and each entity's overlaps (both ways)."""
    owner: dict[str, str] = {}
    overlaps: dict[str, set] = defaultdict(set)
    entities = root.get("entities")
    for eid, entity in (entities.value.items() if entities and isinstance(entities.value, dict) else []):
        for node in [entity.get("name")] + (entity.get("aliases") or Node([], 1, 1)).items():
            if node is not None and node.text():
                owner.setdefault(key_of(node.value), eid)
        for other in (entity.get("overlaps") or Node([], 1, 1)).items():
            overlaps[eid].add(other.value)
            overlaps[other.value].add(eid)
    return owner, overlaps


def check_aliases(root: Node, report: Report) -> None:
    entities = root.get("entities")
    for eid, entity in (entities.value.items() if entities and isinstance(entities.value, dict) else []):
        name = entity.get("name")
        seen = {name.value.lower()} if name and name.text() else set()
        for alias in (entity.get("aliases") or Node([], 1, 1)).items():
            if not alias.text():
                continue
            if not key_of(alias.value):
                report.error(alias, f"alias '{alias.value}' of '{eid}' is empty after normalisation")
            elif alias.value.lower() in seen:
                report.warn(alias, f"alias '{alias.value}' of '{eid}' adds nothing (the same as its name or "
                                   "another alias)")
            seen.add(alias.value.lower())


def check_cards(root: Node, report: Report) -> None:
    owner, overlaps = entity_texts(root)
    for card in (root.get("cards") or Node([], 1, 1)).items():
        kind = card.get("kind").value if card.get("kind") else None
        what = f"card '{ident(card)}'"
        if kind == "choice" and card.get("wrong") and card.get("answer") and card.get("answer").text():
            wrong = [node for node in card.get("wrong").items() if node.text()]
            normal = [normalise(node.value) for node in wrong]
            if len(set(normal)) != len(normal):
                report.error(card.get("wrong"), f"{what} repeats a wrong option")
            answer = card.get("answer").value
            if normalise(answer) in normal:
                report.error(card.get("wrong"), f"{what} lists its answer among the wrong options")
            answer_entity = owner.get(key_of(answer))
            for node in wrong if answer_entity else []:
                entity = owner.get(key_of(node.value))
                if entity == answer_entity and normalise(node.value) != normalise(answer):
                    report.error(node, f"{what}: wrong option '{node.value}' is a name of the answer")
                elif entity in overlaps[answer_entity]:
                    report.error(node, f"{what}: wrong option '{node.value}' overlaps the answer")
        if kind == "list" and card.get("items"):
            items = [normalise(node.value) for node in card.get("items").items() if node.text()]
            if len(items) < 2:
                report.error(card.get("items"), f"{what} needs at least two items")
            elif len(set(items)) != len(items):
                report.error(card.get("items"), f"{what} repeats an item")


def check(deck_path: str, article_path: str | None, quiet: bool) -> bool:
    """Checks one deck and prints what it finds; whether it has no errors."""
    with open(deck_path, encoding="utf-8") as handle:
        try:
            composed = yaml.compose(handle.read(), Loader=yaml.SafeLoader)
        except yaml.YAMLError as error:
            print(f"{deck_path}: not YAML ({error}); run `recall deck lint {deck_path}`", file=sys.stderr)
            return False
    if composed is None or not isinstance(composed, yaml.MappingNode):
        print(f"{deck_path}: not a deck; run `recall deck lint {deck_path}`", file=sys.stderr)
        return False
    root = convert(composed)
    report = Report(deck_path)
    check_source_questions(root, report)
    if article_path:
        check_copying(root, deck_path, article_path, report)
    check_sections(root, report)
    check_fact_objects(root, report)
    check_quantities(root, report)
    check_aliases(root, report)
    check_cards(root, report)
    for line in report.warnings + report.errors:
        print(line, file=sys.stderr)
    if not quiet:
        copying = f"copying checked against {article_path}" if article_path else \
            "copying not checked (no source article: --source or RECALL_SOURCE_ARTICLE)"
        print(f"{deck_path}: {len(report.errors)} errors, {len(report.warnings)} warnings; {copying}")
    return not report.errors


def main() -> int:
    repository = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("decks", nargs="*", metavar="DECK.yaml")
    parser.add_argument("--source", metavar="ARTICLE.txt", default=os.environ.get("RECALL_SOURCE_ARTICLE") or None,
                        help="the source article, for the copy check")
    parser.add_argument("--quiet", action="store_true", help="print problems only")
    args = parser.parse_args()
    decks = args.decks or [os.path.relpath(path) for path in sorted(glob.glob(os.path.join(repository, "Decks", "*.yaml")))]
    if args.source and not os.path.isfile(args.source):
        print(f"check-deck: no source article at {args.source}", file=sys.stderr)
        return 2
    results = [check(deck, args.source, args.quiet) for deck in decks]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
