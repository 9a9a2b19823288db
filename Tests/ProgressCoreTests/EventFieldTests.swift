import Testing

@testable import ProgressCore

@Suite("Event keys and kinds")
struct EventFieldTests {
  func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    Array(text.utf8).withUnsafeBufferPointer(body)
  }

  @Test("every key is recognised from its bytes", arguments: EventField.allCases)
  func recognisesKeys(field: EventField) {
    #expect(withBytes(field.key) { EventField(key: $0) } == field)
  }

  @Test(
    "every key and every kind's name is short enough to be packed, so the fast path knows them all")
  func namesPack() {
    let names = EventField.allCases.map(\.key) + EventKind.allCases.compactMap(\.name)
    for name in names {
      #expect(withBytes(name) { PackedBytes($0) } != nil, "\(name)")
    }
    #expect(Set(EventField.allCases.map(\.key)).count == EventField.allCases.count)
    #expect(Set(EventKind.allCases.compactMap(\.name)).count == EventKind.allCases.count - 1)
  }

  @Test(
    "near misses are not keys",
    arguments: [
      "", "T", "tt", "typ", "types", "card ", "Card", "rating\u{0}", "suggeste", "suggestedd",
      "questionz", "ms\u{0}", "reviewe", "a-key-longer-than-sixteen-bytes",
    ])
  func rejectsNearMisses(text: String) {
    #expect(withBytes(text) { EventField(key: $0) } == nil)
  }

  @Test(
    "every kind is recognised from its name",
    arguments: [
      EventKind.review, .undo, .suspend, .unsuspend, .flag, .tag, .quizResult, .sessionStart,
      .sessionEnd, .parameters,
    ])
  func recognisesKinds(kind: EventKind) throws {
    let name = try #require(kind.name)
    #expect(withBytes(name) { EventKind(type: $0) } == kind)
    #expect(EventKind(type: name) == kind)
  }

  @Test(
    "other names are unknown kinds",
    arguments: ["", "Review", "reviews", "session", "session-started", "quiz-results", "flag\u{0}"])
  func unknownKinds(name: String) {
    #expect(withBytes(name) { EventKind(type: $0) } == .unknown)
    #expect(EventKind(type: name) == .unknown)
  }

  @Test("a key is found up to its closing quote, near the end of a line or not")
  func findsQuotedKeys() throws {
    for padding in 0..<20 {
      let line = Array(("card\":" + String(repeating: "x", count: padding)).utf8)
      let found = try #require(line.withUnsafeBufferPointer { PackedBytes.quoted(in: $0, from: 0) })
      #expect(found.quote == 4)
      #expect(withBytes("card") { EventField(key: found.packed) == EventField(key: $0) })
    }
    let long = Array("a-key-longer-than-sixteen-bytes\":1".utf8)
    #expect(long.withUnsafeBufferPointer { PackedBytes.quoted(in: $0, from: 0) } == nil)
  }
}
