import Foundation

/// The tables and the collection row of a legacy Anki collection (schema version 11, `collection.anki2`), the
/// form every Anki version since 2.0 imports.
enum AnkiCollectionSchema {
  /// The note type id Recall's notes use, fixed so that each export reuses the same note type in Anki.
  static let noteTypeID: Int64 = 1_731_000_000_001
  /// Anki's id for the default deck options.
  static let optionsID: Int64 = 1

  static let tables = """
    CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
      scm integer not null, ver integer not null, dty integer not null, usn integer not null,
      ls integer not null, conf text not null, models text not null, decks text not null,
      dconf text not null, tags text not null);
    CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
      mod integer not null, usn integer not null, tags text not null, flds text not null,
      sfld integer not null, csum integer not null, flags integer not null, data text not null);
    CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
      ord integer not null, mod integer not null, usn integer not null, type integer not null,
      queue integer not null, due integer not null, ivl integer not null, factor integer not null,
      reps integer not null, lapses integer not null, left integer not null, odue integer not null,
      odid integer not null, flags integer not null, data text not null);
    CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,
      ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
      time integer not null, type integer not null);
    CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
    CREATE INDEX ix_notes_usn ON notes (usn);
    CREATE INDEX ix_cards_usn ON cards (usn);
    CREATE INDEX ix_revlog_usn ON revlog (usn);
    CREATE INDEX ix_cards_nid ON cards (nid);
    CREATE INDEX ix_cards_sched ON cards (did, queue, due);
    CREATE INDEX ix_revlog_cid ON revlog (cid);
    CREATE INDEX ix_notes_csum ON notes (csum);
    """

  /// Recall's note type: fields Front and Back, one card showing the front, then both.
  static func noteType(deckID: Int64, seconds: Int64) -> [String: Any] {
    let fields = ["Front", "Back"].enumerated().map { index, name in
      [
        "name": name, "ord": index, "sticky": false, "rtl": false, "font": "Arial", "size": 20,
        "media": [String](),
      ] as [String: Any]
    }
    let template: [String: Any] = [
      "name": "Recall card", "ord": 0, "qfmt": "{{Front}}",
      "afmt": "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}", "bqfmt": "", "bafmt": "",
      "did": NSNull(), "bfont": "", "bsize": 0,
    ]
    return [
      "id": noteTypeID, "name": "Recall", "type": 0, "mod": seconds, "usn": -1, "sortf": 0,
      "did": deckID, "tmpls": [template], "flds": fields, "tags": [String](), "vers": [Int](),
      "req": [[0, "any", [0]]], "latexsvg": false,
      "latexPre":
        "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
        + "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n"
        + "\\begin{document}\n",
      "latexPost": "\\end{document}",
      "css": """
      .card { font-family: arial; font-size: 20px; text-align: left; color: black; background-color: white; }
      .recall-answer { font-weight: bold; }
      .recall-accept, .recall-source, .recall-hint { font-size: 16px; color: #666; }
      .recall-explanation { margin-top: 0.5em; }
      """,
    ]
  }

  /// A deck entry of the collection's `decks` JSON.
  static func deck(id: Int64, name: String, seconds: Int64) -> [String: Any] {
    [
      "id": id, "name": name, "desc": "", "dyn": 0, "conf": optionsID, "collapsed": false,
      "browserCollapsed": false, "mod": seconds, "usn": -1, "extendNew": 0, "extendRev": 0,
      "newToday": [0, 0], "revToday": [0, 0], "lrnToday": [0, 0], "timeToday": [0, 0],
    ]
  }

  /// Anki's default deck options (learning steps 1m 10m, 20 new cards a day).
  static func options(seconds: Int64) -> [String: Any] {
    [
      "id": optionsID, "name": "Default", "mod": seconds, "usn": -1, "maxTaken": 60,
      "autoplay": true,
      "timer": 0, "replayq": true, "dyn": false,
      "new": [
        "delays": [1, 10], "ints": [1, 4, 0], "initialFactor": 2500, "order": 1, "perDay": 20,
        "bury": false,
      ] as [String: Any],
      "rev": [
        "perDay": 200, "ease4": 1.3, "ivlFct": 1, "maxIvl": 36500, "bury": false, "hardFactor": 1.2,
      ] as [String: Any],
      "lapse": [
        "delays": [10], "mult": 0, "minInt": 1, "leechFails": 8, "leechAction": 1,
      ] as [String: Any],
    ]
  }

  /// The collection's `conf` JSON.
  static func configuration(deckID: Int64) -> [String: Any] {
    [
      "activeDecks": [deckID], "curDeck": deckID, "curModel": noteTypeID, "newSpread": 0,
      "collapseTime": 1200, "timeLim": 0, "estTimes": true, "dueCounts": true,
      "sortType": "noteFld",
      "sortBackwards": false, "addToCur": true, "nextPos": 1,
    ]
  }

  /// Compact JSON text with sorted keys (so a package is reproducible byte for byte from the same clock).
  static func json(_ value: Any) throws(InteropError) -> String {
    do {
      let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
      return String(decoding: data, as: UTF8.self)
    } catch {
      throw .malformed(path: "collection", message: "cannot encode JSON: \(error)")
    }
  }
}
