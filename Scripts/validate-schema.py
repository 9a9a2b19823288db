#!/usr/bin/env python3
"""Validate Recall decks against the editor schema, Decks/deck.schema.json (JSON Schema draft 2020-12).

Usage:
    Scripts/validate-schema.py [DECK.yaml ...] [--schema SCHEMA.json] [--quiet]

Default: every Decks/*.yaml of this repository. For each deck it

  * checks that the schema itself is a valid draft 2020-12 schema (once);
  * reads the YAML with PyYAML's safe loader (YAML 1.1 rules: an unquoted `yes`, `no` or `5` is a boolean
    or a number, not text), refusing duplicate mapping keys, which a plain
    YAML load would silently drop but the Recall loader reports as errors;
  * validates the document against the schema and prints every error as
        FILE:LINE:COLUMN: error: at PATH: MESSAGE
    where PATH is the JSON path of the offending value (e.g. cards[3].wrong) and LINE:COLUMN its place in
    the YAML file.

The exit status is 0 when every deck passes, 1 when any deck has an error, 2 for a usage problem (missing
file, unreadable schema). Requires the `jsonschema` (4.18 or later) and `PyYAML` packages.

The schema checks the shape of a deck only. References between parts (unknown class or entity ids, a fact's
subject of the wrong class, a section missing from deck.source.sections, ids used twice) are checked by
`recall deck lint PATH`.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match


class DuplicateKeyError(yaml.MarkedYAMLError):
    pass


class StrictLoader(yaml.SafeLoader):
    """A safe loader that refuses duplicate keys in a mapping."""


def _construct_mapping(loader: StrictLoader, node: yaml.MappingNode, deep: bool = False):
    loader.flatten_mapping(node)
    seen: dict = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        try:
            hash(key)
        except TypeError:
            continue  # reported by the schema (keys must be text)
        if key in seen:
            raise DuplicateKeyError(
                None, None,
                f"duplicate key {key!r} (first at line {seen[key].start_mark.line + 1})",
                key_node.start_mark)
        seen[key] = key_node
    return loader.construct_mapping(node, deep=deep)


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def locate(root: yaml.Node | None, path, at_key: bool = False) -> tuple[int, int]:
    """The 1-based line and column of the YAML node at a JSON path (the nearest existing ancestor); with
    `at_key`, of the last step's key rather than its value (for errors about a key itself)."""
    node = root
    for index, step in enumerate(path):
        if isinstance(node, yaml.MappingNode):
            pair = next(((key, value) for key, value in node.value if key.value == step), None)
            if pair is None:
                break
            node = pair[0] if at_key and index == len(path) - 1 else pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            break
    if node is None:
        return 1, 1
    return node.start_mark.line + 1, node.start_mark.column + 1


def json_path(path) -> str:
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text or "(top level)"


def explain(error: ValidationError) -> ValidationError:
    """For 'is not valid under any of the given schemas' errors, the most telling sub-error instead (unless
    the schema gives its own message for the whole choice)."""
    while error.context and "errorMessage" not in error.schema:
        # Prefer the branch the value has the right type for ("one id, or a list of ids": a list with a bad
        # id in it is about the id, not about not being text).
        deeper = [e for e in error.context if e.relative_path]
        typed = [e for e in error.context if e.validator != "type"]
        better = best_match(deeper or typed or error.context)
        if better is None:
            break
        error = better
    return error


def instance_at(document, path):
    for step in path:
        try:
            document = document[step]
        except (KeyError, IndexError, TypeError):
            return None
    return document


def problems(error: ValidationError, document):
    """Where each problem is, whether it is about a key, and what to say. Unknown and disallowed keys are
    reported one by one, each at the key itself."""
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        for key in error.instance:
            if key not in allowed:
                yield list(error.absolute_path) + [key], True, \
                    f"unknown key '{key}' (known keys: {', '.join(sorted(allowed))})"
        return
    if "propertyNames" in error.relative_schema_path and isinstance(error.instance, str):
        key = error.instance
        where = list(error.absolute_path) + [key]
        if error.validator == "enum":
            owner = instance_at(document, error.absolute_path)
            kind = owner.get("kind") if isinstance(owner, dict) else None
            yield where, True, (f"key '{key}' is not used by cards of kind {kind} "
                                f"(allowed: {', '.join(error.validator_value)})")
        else:
            yield where, True, f"key '{key}' is not a valid id: {message(error)}"
        return
    yield list(error.absolute_path), False, message(error)


def message(error: ValidationError) -> str:
    """The schema's own message where it has one (`patternErrorMessage`, `errorMessage`, as VS Code shows
    them), otherwise jsonschema's."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    custom = None
    if error.validator == "pattern":
        custom = schema.get("patternErrorMessage") or schema.get("errorMessage")
    elif error.validator in ("not", "oneOf", "anyOf"):
        custom = schema.get("errorMessage")
    if custom is None:
        if (error.validator == "type" and "string" in error.validator_value
                and isinstance(error.instance, (bool, int, float))):
            read = "true/false" if isinstance(error.instance, bool) else "a number"
            return f"{error.message} (YAML read {read}: put the text in quotes)"
        return error.message
    shown = repr(error.instance) if isinstance(error.instance, str) else None
    return f"{shown}: {custom}" if shown and len(shown) <= 80 else custom


def validate(path: str, validator: Draft202012Validator) -> list[str]:
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as exc:
        return [f"{path}:1:1: error: cannot read: {exc.strerror}"]
    except UnicodeDecodeError:
        return [f"{path}:1:1: error: not UTF-8 text"]
    try:
        document = yaml.load(text, Loader=StrictLoader)
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else "1:1"
        return [f"{path}:{where}: error: {exc.problem or exc}"]
    except yaml.YAMLError as exc:
        return [f"{path}:1:1: error: YAML: {exc}"]
    if document is None:
        return [f"{path}:1:1: error: the deck file is empty"]

    found = set()
    for error in validator.iter_errors(document):
        error = explain(error)
        for where, about_key, said in problems(error, document):
            line, column = locate(root, where, at_key=about_key)
            found.add((line, column, f"{path}:{line}:{column}: error: at {json_path(where)}: {said}"))
    return [report for _, _, report in sorted(found)]


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("decks", nargs="*", metavar="DECK.yaml",
                        help="deck files to check (default: every Decks/*.yaml)")
    parser.add_argument("--schema", default=os.path.join(repo, "Decks", "deck.schema.json"))
    parser.add_argument("--quiet", action="store_true", help="print errors only")
    args = parser.parse_args()

    try:
        with open(args.schema, encoding="utf-8") as handle:
            schema = json.load(handle)
        Draft202012Validator.check_schema(schema)
    except (OSError, json.JSONDecodeError) as exc:
        print(f"{args.schema}: cannot read the schema: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # jsonschema.SchemaError
        print(f"{args.schema}: not a valid draft 2020-12 schema: {exc}", file=sys.stderr)
        return 2
    validator = Draft202012Validator(schema)

    decks = args.decks or sorted(glob.glob(os.path.join(repo, "Decks", "*.yaml")))
    if not decks:
        print("no decks to check", file=sys.stderr)
        return 2
    failed = 0
    for deck in decks:
        if not os.path.isfile(deck):
            print(f"{deck}: no such file", file=sys.stderr)
            return 2
        problems = validate(deck, validator)
        for line in problems:
            print(line, file=sys.stderr)
        if problems:
            failed += 1
        if not args.quiet:
            print(f"{deck}: {'ok' if not problems else f'{len(problems)} error(s)'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
