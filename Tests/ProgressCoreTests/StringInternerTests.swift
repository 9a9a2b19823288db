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

  @Test("tells apart texts that differ in their last byte only, at lengths around a word of 8")
  func nearTexts() {
    var interner = StringInterner(limit: 1000)
    let stems = (1...18).map { String(repeating: "x", count: $0) }
    let texts = stems.flatMap { [$0 + "a", $0 + "b", $0] }
    var numbers: [String: Int] = [:]
    for text in texts {
      let number = Array(text.utf8).withUnsafeBufferPointer { interner.number(of: $0) }
      numbers[text] = number
    }
    #expect(Set(numbers.values).count == Set(texts).count)
    for text in texts {
      let number = Array(text.utf8).withUnsafeBufferPointer { interner.number(of: $0) }
      #expect(number == numbers[text])
      #expect(interner.number(of: text) == numbers[text])
      #expect(interner.strings[numbers[text] ?? 0] == text)
    }
  }
}
