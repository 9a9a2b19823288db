#!/usr/bin/env python3
"""Checks Recall's Anki exports with Anki's own backend (the PyPI package `anki`).

    anki-check.py CARDS.json PACKAGE.apkg [NOTES.txt]

CARDS.json is `recall deck export DECK --format json`, PACKAGE.apkg is `recall deck export DECK --format apkg`
and NOTES.txt (optional) is `recall deck export DECK --format anki-tsv`. Each file is imported into a fresh,
empty collection. The check fails (exit 1) unless the package gives exactly one note and one card per Recall
card, all in one deck named after the Recall deck, each note's front holding the prompt (and the options of
choice questions), its back the answer, explanation and source section, and its tags the card's tags; importing
the package a second time must update the notes, not add copies. The text file must give the same notes.
"""
import html
import json
import os
import sys
import tempfile

from anki.collection import (
    Collection,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
    ImportCsvRequest,
)

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def escaped(text):
    """Text as Recall writes it in HTML fields: &, <, > and double quotes escaped, line breaks as <br>."""
    return html.escape(text, quote=False).replace('"', "&quot;").replace("\n", "<br>")


def fresh_collection(folder, name):
    return Collection(os.path.join(folder, name + ".anki2"))


def notes_by_guid(col):
    found = {}
    for note_id in col.find_notes(""):
        note = col.get_note(note_id)
        found[note.guid] = note
    return found


def check_notes(col, cards, deck_id, what):
    notes = notes_by_guid(col)
    check(len(notes) == len(cards), f"{what}: {len(notes)} notes for {len(cards)} Recall cards")
    for card in cards:
        guid = f"recall:{deck_id}:{card['id']}"
        note = notes.get(guid)
        if note is None:
            failures.append(f"{what}: no note with guid {guid}")
            continue
        front, back = note.fields[0], note.fields[1]
        check(escaped(card["prompt"]) in front, f"{what}: {guid}: prompt missing from the front")
        if card["kind"] in ("choice", "select", "case"):
            for option in card["choices"]:
                check(f"<li>{escaped(option)}</li>" in front, f"{what}: {guid}: option {option!r} missing")
        if card["kind"] == "list":
            for item in card["accepted"]:
                check(f"<li>{escaped(item)}</li>" in back, f"{what}: {guid}: list item {item!r} missing")
        elif card["kind"] == "select":
            for index in card["correct"]:
                option = card["choices"][index]
                check(f"<li>{escaped(option)}</li>" in back, f"{what}: {guid}: right option {option!r} missing")
        else:
            check(escaped(card["answer"]) in back, f"{what}: {guid}: answer missing from the back")
        check(escaped(card["explanation"]) in back, f"{what}: {guid}: explanation missing")
        check(escaped(card["section"]) in back, f"{what}: {guid}: section missing")
        expected_tags = sorted(tag.replace(" ", "_") for tag in card["tags"])
        check(sorted(note.tags) == expected_tags, f"{what}: {guid}: tags {note.tags} != {expected_tags}")
    return notes


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    cards = json.load(open(sys.argv[1], encoding="utf-8"))
    package = os.path.abspath(sys.argv[2])
    deck_id = os.environ.get("RECALL_DECK_ID", "calcinosis-cutis")
    deck_title = os.environ.get("RECALL_DECK_TITLE", "Calcinosis cutis")
    with tempfile.TemporaryDirectory() as folder:
        col = fresh_collection(folder, "package")
        options = ImportAnkiPackageOptions(with_scheduling=False, merge_notetypes=True)
        col.import_anki_package(ImportAnkiPackageRequest(package_path=package, options=options))
        notes = check_notes(col, cards, deck_id, "apkg")
        card_count = col.card_count()
        check(card_count == len(cards), f"apkg: {card_count} Anki cards for {len(cards)} Recall cards")
        deck = col.decks.by_name(deck_title)
        check(deck is not None, f"apkg: no deck named {deck_title!r}")
        if deck is not None:
            in_deck = len(col.find_cards(f'did:{deck["id"]}'))
            check(in_deck == len(cards), f"apkg: {in_deck} cards in {deck_title!r}, expected {len(cards)}")
        # Importing the same package again updates: no new notes.
        col.import_anki_package(ImportAnkiPackageRequest(package_path=package, options=options))
        again = col.note_count()
        check(again == len(cards), f"apkg: a second import left {again} notes, expected {len(cards)}")
        print(
            f"anki {anki_version()}: {os.path.basename(package)} imported: {len(notes)} notes, "
            f"{card_count} cards in deck {deck_title!r} for {len(cards)} Recall cards; re-import: {again} notes"
        )
        col.close()

        if len(sys.argv) == 4:
            text = os.path.abspath(sys.argv[3])
            col = fresh_collection(folder, "text")
            col.decks.id(deck_title)  # the #deck: header names a deck that exists
            metadata = col.get_csv_metadata(path=text, delimiter=None)
            col.import_csv(ImportCsvRequest(path=text, metadata=metadata))
            notes = check_notes(col, cards, deck_id, "anki-tsv")
            deck = col.decks.by_name(deck_title)
            in_deck = len(col.find_cards(f'did:{deck["id"]}')) if deck else 0
            check(in_deck == len(cards), f"anki-tsv: {in_deck} cards in {deck_title!r}, expected {len(cards)}")
            print(f"anki {anki_version()}: {os.path.basename(text)} imported: {len(notes)} notes, {in_deck} cards")
            col.close()

    for failure in failures[:20]:
        print("FAIL:", failure, file=sys.stderr)
    if failures:
        print(f"{len(failures)} failures", file=sys.stderr)
        sys.exit(1)


def anki_version():
    import importlib.metadata

    return importlib.metadata.version("anki")


if __name__ == "__main__":
    main()
