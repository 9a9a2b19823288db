#!/usr/bin/env python3
"""Builds a small third-party Anki package with genanki, for Recall's import tests.

    anki-make-fixture.py OUT.apkg [OUT-anki21b.apkg]

Basic, Basic-and-reversed and Cloze notes (genanki's built-in note types), tags, HTML formatting and
entities, and media references (an image and a sound, not shipped). Ids and guids are fixed; genanki still
stamps the zip with the time of writing, so compare packages by what they hold, never byte for byte. The
committed copy is Tests/InteropTests/Fixtures/genanki-sample.apkg.

With a second path (and the PyPI package `anki` installed), the package is also passed through Anki's own
backend: imported into a fresh collection and exported in Anki's current format (`collection.anki21b`,
zstd-compressed, schema 18), as Anki writes by default. Committed as genanki-sample-anki21b.apkg.
"""
import os
import sys
import tempfile

import genanki

DECK_ID = 2_059_400_110  # fixed, so the fixture is the same deck every time


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    deck = genanki.Deck(DECK_ID, "Heart basics")

    def add(model, fields, guid, tags):
        deck.add_note(genanki.Note(model=model, fields=fields, guid=guid, tags=tags))

    basic = genanki.BASIC_MODEL
    reversed_model = genanki.BASIC_AND_REVERSED_CARD_MODEL
    cloze = genanki.CLOZE_MODEL
    add(basic, ["How many chambers does the human heart have?", "four"], "hb-chambers", ["anatomy"])
    add(
        basic,
        ["Which valve sits between the <b>left atrium</b> and the left ventricle?",
         "the mitral valve<br><i>(also called the bicuspid valve)</i>"],
        "hb-mitral",
        ["anatomy", "valves"],
    )
    add(
        basic,
        ["What does this trace show? <img src=\"sinus-rhythm.png\">", "normal sinus rhythm [sound:beat.mp3]"],
        "hb-trace",
        ["ecg"],
    )
    add(
        basic,
        ["Normal resting heart rate in adults?", "60&ndash;100 beats per minute"],
        "hb-rate",
        ["physiology", "numbers"],
    )
    add(reversed_model, ["tachycardia", "a resting heart rate above 100 beats per minute"], "hb-tachy",
        ["physiology"])
    add(
        cloze,
        ["The {{c1::sinoatrial node}} sets the pace; the {{c2::atrioventricular node}} delays the signal.", ""],
        "hb-nodes",
        ["conduction"],
    )
    add(
        cloze,
        ["Blood leaves the right ventricle through the {{c1::pulmonary valve::a valve}} &amp; goes to the lungs.",
         "Oxygen is picked up in the lungs."],
        "hb-pulmonary",
        ["anatomy", "valves"],
    )
    genanki.Package(deck).write_to_file(sys.argv[1])
    if len(sys.argv) == 3:
        export_current_format(os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]))


def export_current_format(package, out):
    from anki.collection import (
        Collection,
        DeckIdLimit,
        ExportAnkiPackageOptions,
        ImportAnkiPackageOptions,
        ImportAnkiPackageRequest,
    )

    with tempfile.TemporaryDirectory() as folder:
        col = Collection(os.path.join(folder, "fixture.anki2"))
        col.import_anki_package(
            ImportAnkiPackageRequest(
                package_path=package, options=ImportAnkiPackageOptions(with_scheduling=False)
            )
        )
        deck = col.decks.by_name("Heart basics")
        options = ExportAnkiPackageOptions(
            with_scheduling=False, with_deck_configs=False, with_media=True, legacy=False
        )
        col.export_anki_package(out_path=out, options=options, limit=DeckIdLimit(deck_id=deck["id"]))
        col.close()


if __name__ == "__main__":
    main()
