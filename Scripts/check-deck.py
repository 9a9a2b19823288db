#!/usr/bin/env python3
"""Check a Recall deck (docs/deck-format.md, version 1) and, optionally, its source article.

Usage:
    Scripts/check-deck.py [DECK.yaml] [--source ARTICLE.txt] [--quiet]

Defaults: Decks/calcinosis-cutis.yaml and, when it exists, ../shared/seed/calcinosis-cutis.txt next to the
repository. Errors are printed as file:line:column: message and make the exit status 1. Checks:

  * YAML: duplicate mapping keys; plain scalars that YAML 1.1 would read as booleans or numbers where text
    is expected; unknown keys; missing required keys; id syntax; ids unique across the whole deck.
  * References: every class, entity, relation and overlap id exists; fact subjects and objects belong to
    the relation's classes; no fact repeats an object; every cited section is listed and every listed
    section is cited.
  * Aliases: after normalisation (case, Unicode NFC, punctuation, leading articles, parentheticals, simple
    plurals) no alias or name belongs to two entities.
  * Every class used as a relation object has at least 4 entities.
  * Wording: only {subject} {object} {qualifier} placeholders; generated questions never contain the answer;
    hand-written prompts never contain their answer; no question asks about the source itself ("the
    article", "the FAQ", "the source text"): a card asks about the subject, and the source is cited by
    `section:` instead.
  * Copying: no run of 10 consecutive words (lowercased, tokens [a-z0-9%]+) shared with the source article.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata
from collections import defaultdict

import yaml

ID_RE = re.compile(r"^[a-z][a-z0-9-]*$")
PLACEHOLDER_RE = re.compile(r"\{([a-z]+)\}")
TOKEN_RE = re.compile(r"[a-z0-9%]+")
SHINGLE = 10
# Words that make a question about the source document rather than about the subject.
ABOUT_SOURCE_RE = re.compile(r"\b(?:the\s+)?(?:articles?|FAQs?|source\s+text|source\s+article)\b", re.IGNORECASE)
MIN_CHOICES_FALSE = 3
MIN_OBJECT_CLASS_SIZE = 4

TOP_KEYS = {"deck", "classes", "entities", "relations", "facts", "quantities", "cards"}
DECK_KEYS = {"title", "version", "language", "source"}
SOURCE_KEYS = {"title", "sections"}
CLASS_KEYS = {"name", "plural"}
ENTITY_KEYS = {"class", "name", "aliases", "definition", "overlaps"}
RELATION_KEYS = {"subject", "object", "ask", "ask-reverse", "statement", "tags"}
FACT_KEYS = {"id", "subject", "relation", "object", "objects", "qualifier", "section", "explanation", "tags"}
QUANTITY_KEYS = {"id", "prompt", "answer", "min", "max", "unit", "section", "explanation", "tags"}
CARD_COMMON = {"id", "kind", "section", "explanation", "tags"}
CARD_KEYS = {
    "recall": CARD_COMMON | {"prompt", "answer", "accept"},
    "cloze": CARD_COMMON | {"text", "accept"},
    "choice": CARD_COMMON | {"prompt", "answer", "wrong"},
    "truefalse": CARD_COMMON | {"statement", "answer"},
    "list": CARD_COMMON | {"prompt", "items"},
}
CARD_REQUIRED = {
    "recall": {"prompt", "answer"},
    "cloze": {"text"},
    "choice": {"prompt", "answer", "wrong"},
    "truefalse": {"statement", "answer"},
    "list": {"prompt", "items"},
}


# --------------------------------------------------------------------------------------------- YAML loading

class Node:
    """A loaded YAML value with its position (1-based line and column)."""

    __slots__ = ("value", "line", "col", "plain_tag")

    def __init__(self, value, line, col, plain_tag=None):
        self.value = value
        self.line = line
        self.col = col
        self.plain_tag = plain_tag  # for scalars: the tag PyYAML resolved (YAML 1.1 rules)


class Checker:
    def __init__(self, path: str):
        self.path = path
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, node_or_pos, message: str) -> None:
        line, col = self._pos(node_or_pos)
        self.errors.append(f"{self.path}:{line}:{col}: error: {message}")

    def warn(self, node_or_pos, message: str) -> None:
        line, col = self._pos(node_or_pos)
        self.warnings.append(f"{self.path}:{line}:{col}: warning: {message}")

    @staticmethod
    def _pos(node_or_pos):
        if isinstance(node_or_pos, Node):
            return node_or_pos.line, node_or_pos.col
        if node_or_pos is None:
            return 1, 1
        return node_or_pos

    # Convert the composed node graph ourselves so that duplicate keys are caught and positions kept.
    def convert(self, node) -> Node:
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Node] = {}
            keys: dict[str, Node] = {}
            for key_node, value_node in node.value:
                key = self.convert(key_node)
                if not isinstance(key.value, str):
                    self.error(key, f"mapping key {key.value!r} is not text")
                    continue
                if key.value in result:
                    first = keys[key.value]
                    self.error(key, f"duplicate key '{key.value}' (first at line {first.line})")
                    continue
                keys[key.value] = key
                result[key.value] = self.convert(value_node)
            out = Node(result, line, col)
            out.plain_tag = keys  # keep key positions for unknown-key diagnostics
            return out
        if isinstance(node, yaml.SequenceNode):
            return Node([self.convert(child) for child in node.value], line, col)
        constructor = yaml.SafeLoader(""); value = constructor.construct_object(node, deep=True)
        return Node(value, line, col, node.tag)


def load(path: str, checker: Checker) -> Node | None:
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        checker.error((mark.line + 1, mark.column + 1) if mark else None, f"YAML syntax: {exc}")
        return None
    if root is None:
        checker.error(None, "the file is empty")
        return None
    return checker.convert(root)


# ------------------------------------------------------------------------------------------------- helpers

def plain(node):
    """Strip positions: Node tree -> plain Python values."""
    if isinstance(node, Node):
        node = node.value
    if isinstance(node, dict):
        return {k: plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    return node


ARTICLES = ("the ", "a ", "an ")


def normalise(text: str) -> str:
    """Answer-checking normalisation, as design.md describes it (without typo tolerance)."""
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
    """Simple plural folding, word by word (a crude stand-in for the app's rule)."""
    words = []
    for word in text.split():
        if len(word) > 3 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.append(word)
    return " ".join(words)


def contains_phrase(haystack: str, needle: str) -> bool:
    """Whole-word containment after normalisation and plural folding."""
    h = " " + singular(normalise(haystack)) + " "
    n = singular(normalise(needle))
    return bool(n) and (" " + n + " ") in h


def tokens(text: str) -> list[str]:
    return TOKEN_RE.findall(text.lower().replace("’", "'"))


def shingles(words: list[str], size: int = SHINGLE) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def strings_in(node, path="") -> list[tuple[str, Node]]:
    """Every text scalar in the tree, with its node."""
    out = []
    if isinstance(node.value, dict):
        for key, child in node.value.items():
            out.extend(strings_in(child, f"{path}.{key}"))
    elif isinstance(node.value, list):
        for child in node.value:
            out.extend(strings_in(child, path))
    elif isinstance(node.value, str):
        out.append((node.value, node))
    return out


def as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


# ---------------------------------------------------------------------------------------------- the checks

def check(deck_path: str, source_path: str | None, quiet: bool) -> int:
    c = Checker(deck_path)
    root = load(deck_path, c)
    if root is None:
        print("\n".join(c.errors), file=sys.stderr)
        return 1
    if not isinstance(root.value, dict):
        c.error(root, "the top level must be a mapping")
        print("\n".join(c.errors), file=sys.stderr)
        return 1

    def keys_of(node: Node, allowed: set[str], what: str, required: set[str] = frozenset()):
        if not isinstance(node.value, dict):
            c.error(node, f"{what} must be a mapping")
            return False
        for key, key_node in node.plain_tag.items():
            if key not in allowed:
                c.error(key_node, f"unknown key '{key}' in {what}")
        for key in sorted(required - set(node.value)):
            c.error(node, f"{what} lacks required key '{key}'")
        return True

    def text_field(node: Node, what: str, allow_empty=False):
        if node is None:
            return None
        if not isinstance(node.value, str):
            c.error(node, f"{what} must be text (YAML read {node.value!r}; quote it)")
            return None
        if not allow_empty and not node.value.strip():
            c.error(node, f"{what} is empty")
        return node.value

    def text_list(node: Node, what: str) -> list[str]:
        if node is None:
            return []
        if not isinstance(node.value, list):
            c.error(node, f"{what} must be a list")
            return []
        return [v for v in (text_field(item, f"item of {what}") for item in node.value) if v is not None]

    def asks_about_source(node: Node, what: str) -> None:
        """A question, statement or cloze text must be about the subject, not about the source."""
        if node is None or not isinstance(node.value, str):
            return
        found = ABOUT_SOURCE_RE.search(node.value)
        if found:
            c.error(node, f"{what} asks about the source itself ('{found.group(0)}'); ask about the subject "
                          "and cite the source with 'section:'")

    top = root.value
    keys_of(root, TOP_KEYS, "the deck file", {"deck", "classes", "entities"})

    # --- deck ---
    sections: list[str] = []
    deck = top.get("deck")
    if deck and keys_of(deck, DECK_KEYS, "deck", {"title", "version", "source"}):
        text_field(deck.value.get("title"), "deck.title")
        version = deck.value.get("version")
        if version is not None and not isinstance(version.value, int):
            c.error(version, "deck.version must be a whole number")
        source = deck.value.get("source")
        if source and keys_of(source, SOURCE_KEYS, "deck.source", {"title", "sections"}):
            sections = text_list(source.value.get("sections"), "deck.source.sections")
            seen = set()
            for node in source.value["sections"].value if "sections" in source.value else []:
                if node.value in seen:
                    c.error(node, f"section '{node.value}' is listed twice")
                seen.add(node.value)
    cited_sections: set[str] = set()

    all_ids: dict[str, tuple[str, Node]] = {}

    def register(identifier: Node, kind: str) -> str | None:
        if identifier is None:
            return None
        value = identifier.value
        if not isinstance(value, str) or not ID_RE.match(value):
            c.error(identifier, f"{kind} id {value!r} must be lowercase a-z, digits and '-', starting with a letter")
            return None
        if value in all_ids:
            other_kind, other = all_ids[value]
            c.error(identifier, f"id '{value}' is used twice ({other_kind} at line {other.line} and {kind})")
        else:
            all_ids[value] = (kind, identifier)
        return value

    def key_node(mapping: Node, key: str) -> Node:
        return mapping.plain_tag[key]

    # --- classes ---
    classes: dict[str, dict] = {}
    classes_node = top.get("classes")
    if classes_node and isinstance(classes_node.value, dict):
        for cid, cnode in classes_node.value.items():
            register(key_node(classes_node, cid), "class")
            if keys_of(cnode, CLASS_KEYS, f"class '{cid}'", {"name"}):
                text_field(cnode.value.get("name"), f"class '{cid}' name")
                text_field(cnode.value.get("plural"), f"class '{cid}' plural")
            classes[cid] = plain(cnode)

    # --- entities ---
    entities: dict[str, dict] = {}
    entity_nodes: dict[str, Node] = {}
    members: dict[str, list[str]] = defaultdict(list)
    entities_node = top.get("entities")
    if entities_node and isinstance(entities_node.value, dict):
        for eid, enode in entities_node.value.items():
            register(key_node(entities_node, eid), "entity")
            entity_nodes[eid] = enode
            if not keys_of(enode, ENTITY_KEYS, f"entity '{eid}'", {"class", "name"}):
                continue
            cls = enode.value.get("class")
            if cls is not None:
                if cls.value not in (classes_node.value if classes_node else {}):
                    c.error(cls, f"entity '{eid}' has unknown class '{cls.value}'")
                else:
                    members[cls.value].append(eid)
            text_field(enode.value.get("name"), f"entity '{eid}' name")
            text_list(enode.value.get("aliases"), f"entity '{eid}' aliases")
            text_field(enode.value.get("definition"), f"entity '{eid}' definition")
            text_list(enode.value.get("overlaps"), f"entity '{eid}' overlaps")
            entities[eid] = plain(enode)

    # overlaps: exist, not self; symmetric closure
    overlaps: dict[str, set[str]] = defaultdict(set)
    for eid, enode in entity_nodes.items():
        for onode in (enode.value.get("overlaps").value if enode.value.get("overlaps") else []):
            other = onode.value
            if other == eid:
                c.error(onode, f"entity '{eid}' overlaps itself")
            elif other not in entities:
                c.error(onode, f"entity '{eid}' overlaps unknown entity '{other}'")
            else:
                overlaps[eid].add(other)
                overlaps[other].add(eid)

    # aliases: unambiguous across entities, no alias equal to another entity's name
    owner: dict[str, tuple[str, str, Node]] = {}
    for eid, enode in entity_nodes.items():
        name_node = enode.value.get("name")
        if name_node is None or not isinstance(name_node.value, str):
            continue
        forms = [(name_node.value, "name", name_node)]
        for anode in (enode.value.get("aliases").value if enode.value.get("aliases") else []):
            if isinstance(anode.value, str):
                forms.append((anode.value, "alias", anode))
        own: set[str] = set()
        own_exact: set[str] = set()
        for text, role, node in forms:
            key = singular(normalise(text))
            if not key:
                c.error(node, f"{role} '{text}' of '{eid}' is empty after normalisation")
                continue
            # Plural forms are kept on purpose (the brief asks for them), so only exact repeats are noise.
            # Variants that differ only by an article or punctuation are kept as a defence in depth.
            if text.lower() in own_exact and role == "alias":
                c.warn(node, f"alias '{text}' of '{eid}' adds nothing (same as its name or another alias "
                             "after normalisation)")
            own_exact.add(text.lower())
            if key in own:
                continue
            own.add(key)
            if key in owner and owner[key][0] != eid:
                other_id, other_role, other_node = owner[key]
                c.error(node, f"{role} '{text}' of '{eid}' collides with {other_role} of '{other_id}' "
                              f"(line {other_node.line}) after normalisation ('{key}')")
            else:
                owner[key] = (eid, role, node)

    # definitions unique within a class (reverse cards need one answer)
    seen_defs: dict[tuple[str, str], str] = {}
    for eid, entity in entities.items():
        definition = entity.get("definition")
        if isinstance(definition, str):
            key = (entity.get("class"), normalise(definition))
            if key in seen_defs:
                c.error(entity_nodes[eid].value["definition"],
                        f"definition of '{eid}' is the same as that of '{seen_defs[key]}'")
            seen_defs[key] = eid
            for form in [entity.get("name", "")] + entity.get("aliases", []):
                if isinstance(form, str) and contains_phrase(definition, form):
                    c.warn(entity_nodes[eid].value["definition"],
                           f"definition of '{eid}' contains its own name or alias '{form}'")

    # --- relations ---
    relations: dict[str, dict] = {}
    relations_node = top.get("relations")
    if relations_node and isinstance(relations_node.value, dict):
        for rid, rnode in relations_node.value.items():
            register(key_node(relations_node, rid), "relation")
            if not keys_of(rnode, RELATION_KEYS, f"relation '{rid}'",
                           {"subject", "object", "ask", "statement"}):
                continue
            rel = plain(rnode)
            for role in ("subject", "object"):
                for cls in as_list(rel.get(role)):
                    if cls not in classes:
                        c.error(rnode.value[role], f"relation '{rid}' {role} class '{cls}' is unknown")
            for key, needed in (("ask", {"subject"}), ("ask-reverse", {"object"}),
                                ("statement", {"subject", "object"})):
                node = rnode.value.get(key)
                text = text_field(node, f"relation '{rid}' {key}")
                if text is None:
                    continue
                asks_about_source(node, f"relation '{rid}' {key}")
                used = set(PLACEHOLDER_RE.findall(text))
                for bad in used - {"subject", "object", "qualifier"}:
                    c.error(node, f"relation '{rid}' {key} has unknown placeholder {{{bad}}}")
                for missing in needed - used:
                    c.error(node, f"relation '{rid}' {key} lacks {{{missing}}}")
                if key == "ask" and "object" in used:
                    c.error(node, f"relation '{rid}' ask must not contain {{object}} (the answer)")
                if key == "ask-reverse" and "subject" in used:
                    c.error(node, f"relation '{rid}' ask-reverse must not contain {{subject}} (the answer)")
            relations[rid] = rel

    # object classes large enough for distractors
    for rid, rel in relations.items():
        for cls in as_list(rel.get("object")):
            if cls in classes and len(members[cls]) < MIN_OBJECT_CLASS_SIZE:
                c.error(relations_node.value[rid].value["object"],
                        f"class '{cls}' is a relation object of '{rid}' but has only {len(members[cls])} "
                        f"entities (needs {MIN_OBJECT_CLASS_SIZE})")

    def cite(node_map: Node, what: str):
        snode = node_map.value.get("section")
        section = text_field(snode, f"{what} section")
        if section is None:
            return
        cited_sections.add(section)
        if section not in sections:
            c.error(snode, f"{what} cites section '{section}', which is not in deck.source.sections")

    def explained(node_map: Node, what: str):
        if "explanation" not in node_map.value:
            c.error(node_map, f"{what} has no explanation")
        else:
            text_field(node_map.value["explanation"], f"{what} explanation")

    # --- facts ---
    fact_objects: dict[tuple[str, str], list[str]] = defaultdict(list)
    facts: list[dict] = []
    facts_node = top.get("facts")
    for fnode in (facts_node.value if facts_node else []):
        if not keys_of(fnode, FACT_KEYS, "fact", {"id", "subject", "relation", "section"}):
            continue
        fid = register(fnode.value.get("id"), "fact") or "?"
        fact = plain(fnode)
        what = f"fact '{fid}'"
        cite(fnode, what)
        explained(fnode, what)
        text_field(fnode.value.get("qualifier"), f"{what} qualifier")
        if ("object" in fact) == ("objects" in fact):
            c.error(fnode, f"{what} needs exactly one of 'object' or 'objects'")
            continue
        objects = as_list(fact.get("object", fact.get("objects")))
        if not objects:
            c.error(fnode, f"{what} has no objects")
        rel = relations.get(fact.get("relation"))
        if rel is None:
            c.error(fnode.value["relation"], f"{what} uses unknown relation '{fact.get('relation')}'")
            continue
        subject = fact.get("subject")
        if subject not in entities:
            c.error(fnode.value["subject"], f"{what} has unknown subject '{subject}'")
        elif entities[subject].get("class") not in as_list(rel.get("subject")):
            c.error(fnode.value["subject"], f"{what}: subject '{subject}' is a {entities[subject].get('class')}, "
                                            f"not one of {as_list(rel.get('subject'))}")
        onode = fnode.value.get("object") or fnode.value.get("objects")
        seen_here = set()
        for obj in objects:
            if obj not in entities:
                c.error(onode, f"{what} has unknown object '{obj}'")
            elif entities[obj].get("class") not in as_list(rel.get("object")):
                c.error(onode, f"{what}: object '{obj}' is a {entities[obj].get('class')}, "
                               f"not one of {as_list(rel.get('object'))}")
            if obj in seen_here or obj in fact_objects[(subject, fact["relation"])]:
                c.error(onode, f"{what}: object '{obj}' is stated twice for '{subject}' / {fact['relation']}")
            seen_here.add(obj)
        fact_objects[(subject, fact["relation"])].extend(objects)
        for tag_node in (fnode.value.get("tags").value if fnode.value.get("tags") else []):
            text_field(tag_node, f"{what} tag")
        facts.append(fact)

    # generated wording must not leak the answer
    def names_of(eid: str) -> list[str]:
        entity = entities.get(eid, {})
        return [n for n in [entity.get("name")] + list(entity.get("aliases", [])) if isinstance(n, str)]

    def render(template: str, subject: str = "", obj: str = "") -> str:
        return template.replace("{subject}", subject).replace("{object}", obj).replace("{qualifier}", "")

    for (subject, rid), objects in fact_objects.items():
        rel = relations.get(rid, {})
        if subject not in entities:
            continue
        asked = render(rel.get("ask", ""), subject=entities[subject]["name"])
        for obj in objects:
            for form in names_of(obj):
                if contains_phrase(asked, form):
                    c.error(relations_node.value[rid].value["ask"],
                            f"question for '{subject}' / {rid} contains the answer '{form}' ('{asked}')")
        if rel.get("ask-reverse"):
            for obj in objects:
                if obj not in entities:
                    continue
                asked_back = render(rel["ask-reverse"], obj=entities[obj]["name"])
                answers = [s for (s, r), objs in fact_objects.items() if r == rid and obj in objs]
                for s in answers:
                    for form in names_of(s):
                        if contains_phrase(asked_back, form):
                            c.error(relations_node.value[rid].value["ask-reverse"],
                                    f"reverse question for '{obj}' / {rid} contains the answer '{form}' "
                                    f"('{asked_back}')")

    # --- quantities ---
    quantities = []
    quantities_node = top.get("quantities")
    for qnode in (quantities_node.value if quantities_node else []):
        if not keys_of(qnode, QUANTITY_KEYS, "quantity",
                       {"id", "prompt", "answer", "min", "max", "section"}):
            continue
        qid = register(qnode.value.get("id"), "quantity") or "?"
        what = f"quantity '{qid}'"
        cite(qnode, what)
        explained(qnode, what)
        prompt = text_field(qnode.value.get("prompt"), f"{what} prompt")
        asks_about_source(qnode.value.get("prompt"), f"{what} prompt")
        text_field(qnode.value.get("answer"), f"{what} answer")
        text_field(qnode.value.get("unit"), f"{what} unit")
        low, high = qnode.value.get("min"), qnode.value.get("max")
        if not all(isinstance(n.value, (int, float)) and not isinstance(n.value, bool) for n in (low, high)):
            c.error(qnode, f"{what} min and max must be numbers")
        elif low.value > high.value:
            c.error(low, f"{what} min is greater than max")
        else:
            answer_numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", str(qnode.value["answer"].value))]
            if answer_numbers and not any(low.value <= n <= high.value for n in answer_numbers):
                c.error(qnode.value["answer"], f"{what} answer has no number inside [min, max]")
            if prompt:
                for n in answer_numbers:
                    if re.search(rf"(?<![\d.]){re.escape(str(n).rstrip('0').rstrip('.'))}(?![\d.])", prompt):
                        c.error(qnode.value["prompt"], f"{what} prompt contains the answer number {n:g}")
        quantities.append(plain(qnode))

    # --- hand-written cards ---
    cards = []
    cards_node = top.get("cards")
    for knode in (cards_node.value if cards_node else []):
        if not isinstance(knode.value, dict):
            c.error(knode, "a card must be a mapping")
            continue
        kind_node = knode.value.get("kind")
        kind = kind_node.value if kind_node else None
        if kind not in CARD_KEYS:
            c.error(kind_node or knode, f"card kind {kind!r} is not one of {sorted(CARD_KEYS)}")
            continue
        if not keys_of(knode, CARD_KEYS[kind], f"{kind} card", CARD_REQUIRED[kind] | {"id", "section"}):
            continue
        kid = register(knode.value.get("id"), "card") or "?"
        what = f"card '{kid}'"
        cite(knode, what)
        explained(knode, what)
        card = plain(knode)
        for key in ("prompt", "statement", "text"):
            asks_about_source(knode.value.get(key), f"{what} {key}")
        if kind in ("recall", "choice"):
            prompt = text_field(knode.value["prompt"], f"{what} prompt")
            answer = text_field(knode.value["answer"], f"{what} answer")
            answers = [answer] + text_list(knode.value.get("accept"), f"{what} accept")
            for form in answers:
                if prompt and form and contains_phrase(prompt, form):
                    c.error(knode.value["prompt"], f"{what} prompt contains its answer '{form}'")
        if kind == "choice":
            wrong = text_list(knode.value["wrong"], f"{what} wrong")
            if len(wrong) < MIN_CHOICES_FALSE:
                c.error(knode.value["wrong"], f"{what} needs at least {MIN_CHOICES_FALSE} wrong options")
            normal = [normalise(w) for w in wrong]
            if len(set(normal)) != len(normal):
                c.error(knode.value["wrong"], f"{what} repeats a wrong option")
            answer = card.get("answer", "")
            if normalise(answer) in normal:
                c.error(knode.value["wrong"], f"{what} lists its answer among the wrong options")
            answer_key = singular(normalise(answer))
            if answer_key in owner:
                answer_entity = owner[answer_key][0]
                for w, wnode in zip(wrong, knode.value["wrong"].value):
                    w_key = singular(normalise(w))
                    if w_key in owner:
                        w_entity = owner[w_key][0]
                        if w_entity == answer_entity:
                            c.error(wnode, f"{what}: wrong option '{w}' is a name of the answer")
                        elif w_entity in overlaps[answer_entity]:
                            c.error(wnode, f"{what}: wrong option '{w}' overlaps the answer")
        if kind == "cloze":
            text = text_field(knode.value["text"], f"{what} text") or ""
            blanks = re.findall(r"\{\{(.+?)\}\}", text)
            if len(blanks) != 1:
                c.error(knode.value["text"], f"{what} must have exactly one {{{{blank}}}} (found {len(blanks)})")
            else:
                rest = text.replace("{{" + blanks[0] + "}}", " ")
                for form in [blanks[0]] + text_list(knode.value.get("accept"), f"{what} accept"):
                    if contains_phrase(rest, form):
                        c.error(knode.value["text"], f"{what} text gives away its blank '{form}'")
        if kind == "truefalse":
            text_field(knode.value["statement"], f"{what} statement")
            if not isinstance(card.get("answer"), bool):
                c.error(knode.value["answer"], f"{what} answer must be true or false")
        if kind == "list":
            prompt = text_field(knode.value["prompt"], f"{what} prompt") or ""
            items = text_list(knode.value["items"], f"{what} items")
            if len(items) < 2:
                c.error(knode.value["items"], f"{what} needs at least two items")
            normal = [normalise(i) for i in items]
            if len(set(normal)) != len(normal):
                c.error(knode.value["items"], f"{what} repeats an item")
            for item in items:
                if contains_phrase(prompt, item):
                    c.error(knode.value["prompt"], f"{what} prompt contains the item '{item}'")
        cards.append(card)

    # sections: every listed section is cited
    for section in sections:
        if section not in cited_sections:
            c.error(deck.value["source"].value["sections"], f"section '{section}' is listed but never cited")

    # --- copying from the source article ---
    if source_path:
        with open(source_path, encoding="utf-8") as handle:
            article = shingles(tokens(handle.read()))
        # 1) every text value on its own
        for text, node in strings_in(root):
            for gram in shingles(tokens(text)):
                if gram in article:
                    c.error(node, f"shares 10 words with the article: '{' '.join(gram)}'")
                    break
        # 2) the whole file as one stream (comments, keys and values run together)
        with open(deck_path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
        stream: list[tuple[str, int]] = []
        for number, line in enumerate(lines, start=1):
            stream.extend((token, number) for token in tokens(line))
        words = [t for t, _ in stream]
        reported = set()
        for i in range(len(words) - SHINGLE + 1):
            gram = tuple(words[i:i + SHINGLE])
            if gram in article and stream[i][1] not in reported:
                reported.add(stream[i][1])
                c.error((stream[i][1], 1), f"shares 10 words with the article: '{' '.join(gram)}'")

    # --- distractor availability (information) ---
    info = []
    for (subject, rid), objects in sorted(fact_objects.items()):
        rel = relations.get(rid, {})
        pool = [e for cls in as_list(rel.get("object")) for e in members[cls]]
        blocked = set(objects)
        for obj in objects:
            blocked |= overlaps[obj]
        false_ones = [e for e in pool if e not in blocked]
        if len(false_ones) < MIN_CHOICES_FALSE:
            info.append(f"  {subject} / {rid}: {len(false_ones)} provably false options -> no choice card")

    # --- report ---
    for line in c.warnings:
        print(line, file=sys.stderr)
    for line in c.errors:
        print(line, file=sys.stderr)
    if not quiet:
        print(f"{deck_path}: {len(classes)} classes, {len(entities)} entities, {len(relations)} relations, "
              f"{len(facts)} facts ({sum(len(v) for v in fact_objects.values())} subject-object pairs), "
              f"{len(quantities)} quantities, {len(cards)} hand-written cards")
        sizes = ", ".join(f"{cls} {len(members[cls])}" for cls in classes)
        print(f"  entities per class: {sizes}")
        kinds = defaultdict(int)
        for card in cards:
            kinds[card.get("kind")] += 1
        print("  hand cards by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
        if info:
            print("  facts that can only become list/select/recall cards (too few provably false options):")
            print("\n".join(info))
        print(f"  {len(c.errors)} errors, {len(c.warnings)} warnings"
              + ("" if source_path else " (no source article given: copy check skipped)"))
    return 1 if c.errors else 0


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    default_deck = os.path.join(repo, "Decks", "calcinosis-cutis.yaml")
    default_source = os.path.join(os.path.dirname(repo), "shared", "seed", "calcinosis-cutis.txt")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("deck", nargs="?", default=default_deck)
    parser.add_argument("--source", default=default_source if os.path.exists(default_source) else None)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    return check(args.deck, args.source, args.quiet)


if __name__ == "__main__":
    sys.exit(main())
