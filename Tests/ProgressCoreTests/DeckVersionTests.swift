import Foundation
import Testing

@testable import ProgressCore

/// Sessions record the version of the deck studied (its file's hash and its `version:`), and fixed quizzes
/// their name; files written before either read as before.
@Suite("Deck versions and fixed quiz names in progress events")
struct DeckVersionTests {
  let time = Date(timeIntervalSince1970: 1_764_064_800)  // 2025-11-25T10:00:00Z

  @Test(
    "the hash is 64-bit FNV-1a of the file's UTF-8 bytes in 16 hex digits",
    arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("deck:\n", nil)])
  func hash(text: String, expected: String?) {
    let version = DeckVersion(deckText: text, number: 3)
    #expect(version.hash.count == 16)
    #expect(version.hash.allSatisfy { "0123456789abcdef".contains($0) })
    if let expected { #expect(version.hash == expected) }
    #expect(version.label == "v3 " + version.hash.prefix(8))
    #expect(DeckVersion(hash: version.hash, number: nil).label == String(version.hash.prefix(8)))
  }

  /// The event read back by the general parser and by the fast scanner.
  func readBack(_ line: String) -> (general: ProgressEvent?, fast: ProgressEvent?) {
    var scanner = EventLineScanner()
    let fast = Array(line.utf8).withUnsafeBufferPointer { scanner.event($0) }?.1
    return (ProgressEvent.read(line: ArraySlice(line.utf8))?.event, fast)
  }

  @Test("a session start with its deck version and quiz name reads back the same, by both readers")
  func roundTrip() {
    let events: [ProgressEvent] = [
      .sessionStart(
        mode: "quiz", deck: DeckVersion(hash: "1a8295228a3afdb6", number: 2), set: "week-4"),
      .sessionStart(mode: "study", deck: DeckVersion(hash: "5ce6bff43257ca00", number: nil)),
      .quizResult(correct: 7.5, questions: 8, seconds: 90, set: "week-4"),
    ]
    for event in events {
      let line = event.line(at: time)
      let (general, fast) = readBack(line)
      #expect(general == event, "\(line)")
      #expect(fast == event || fast == nil, "\(line)")
    }
    #expect(
      events[0].line(at: time)
        == #"{"t":"2025-11-25T10:00:00.000Z","type":"session-start","mode":"quiz","deckVersion":2,"deckHash":"1a8295228a3afdb6","set":"week-4"}"#
    )
    // Whole numbers and plain strings are the scanner's own: it reads these lines without falling back.
    #expect(readBack(events[0].line(at: time)).fast == events[0])
  }

  @Test("lines written before versions were recorded read with none, as they always did")
  func oldLines() {
    let start = readBack(#"{"t":"2025-11-25T10:00:00.000Z","type":"session-start","mode":"study"}"#)
    #expect(start.general == .sessionStart(mode: "study"))
    #expect(start.fast == .sessionStart(mode: "study"))
    let result = readBack(
      #"{"t":"2025-11-25T10:00:00.000Z","type":"quiz-result","correct":7,"questions":10,"seconds":300}"#
    )
    #expect(result.general == .quizResult(correct: 7, questions: 10, seconds: 300))
    #expect(result.general == .quizResult(correct: 7, questions: 10, seconds: 300, set: nil))
  }

  @Test("a version number without a hash names no text: no version")
  func numberAlone() {
    let line =
      #"{"t":"2025-11-25T10:00:00.000Z","type":"session-start","mode":"study","deckVersion":4}"#
    #expect(readBack(line).general == .sessionStart(mode: "study", deck: nil))
    #expect(readBack(line).fast == .sessionStart(mode: "study", deck: nil))
  }
}
