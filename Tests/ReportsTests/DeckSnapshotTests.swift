import ProgressCore
import Reports
import Testing

@Suite("Deck version snapshots")
struct DeckSnapshotTests {
  let snapshot = DeckSnapshot(
    deck: "first-aid-burns", version: DeckVersion(hash: "1a8295228a3afdb6", number: 2),
    units: ["b": ["b.choice", "b.recall"], "a": ["a.truefalse.true"]])

  @Test("a snapshot reads back from its text, and the same version always writes the same bytes")
  func roundTrip() {
    #expect(DeckSnapshot(text: snapshot.text) == snapshot)
    #expect(snapshot.text.hasSuffix("}\n") && snapshot.text.filter { $0 == "\n" }.count == 1)
    #expect(
      snapshot.text
        == #"{"format":"recall-deck-version","deck":"first-aid-burns","hash":"1a8295228a3afdb6","version":2,"units":{"a":["a.truefalse.true"],"b":["b.choice","b.recall"]}}"#
        + "\n")
  }

  @Test(
    "anything else is not a snapshot",
    arguments: ["", "{}", #"{"format":"recall-progress"}"#, "[1]"])
  func notASnapshot(text: String) {
    #expect(DeckSnapshot(text: text) == nil)
  }

  @Test("the changes between two versions, in units and cards")
  func changes() {
    let newer = DeckSnapshot(
      deck: "first-aid-burns", version: DeckVersion(hash: "ffffffffffffffff", number: 3),
      units: ["b": ["b.choice", "b.cloze"], "c": ["c.recall"]])
    let changes = snapshot.changes(to: newer)
    #expect(changes.unitsAdded == ["c"] && changes.unitsRemoved == ["a"])
    #expect(changes.cardsAdded == 2 && changes.cardsRemoved == 2)
    #expect(snapshot.changes(to: snapshot).isEmpty)
  }
}
