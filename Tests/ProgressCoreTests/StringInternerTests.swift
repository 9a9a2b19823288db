import Testing

@testable import ProgressCore

@Suite("String interner")
struct StringInternerTests {
  @Test("gives back equal strings for equal bytes, across many distinct strings")
  func interns() {
    var interner = StringInterner(limit: 100_000)
    let texts = (0..<5000).map { "card-\($0).recall.forward" } + ["", "a", "é😀", "12345678"]
    for _ in 0..<2 {
      for text in texts {
        let interned = Array(text.utf8).withUnsafeBufferPointer { interner.string($0) }
        #expect(interned == text)
      }
    }
    #expect(interner.count == texts.count)
  }

  @Test("keeps no more than its limit, and still returns every string")
  func respectsLimit() {
    var interner = StringInterner(limit: 10)
    for index in 0..<50 {
      let text = "free-form answer number \(index)"
      #expect(Array(text.utf8).withUnsafeBufferPointer { interner.string($0) } == text)
    }
    #expect(interner.count == 10)
  }
}
