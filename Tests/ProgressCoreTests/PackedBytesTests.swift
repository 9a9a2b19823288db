import Testing

@testable import ProgressCore

@Suite("Packed bytes and short strings")
struct PackedBytesTests {
  @Test("packing in place agrees with packing byte by byte, at every length and position")
  func packsInPlace() {
    let line = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
    line.withUnsafeBufferPointer { line in
      for start in 0..<line.count {
        for count in 0...min(17, line.count - start) {
          let range = start..<start + count
          let expected = PackedBytes(UnsafeBufferPointer(rebasing: line[range]))
          #expect(PackedBytes.packed(in: line, range) == expected, "\(range)")
          #expect(expected.map { $0 != .none } ?? (count > 16))
        }
      }
    }
  }

  @Test("bytes that differ anywhere pack differently")
  func packsExactly() {
    var seen: [PackedBytes: String] = [:]
    for text in [
      "", "a", "b", "ab", "ba", "a\u{0}", "12345678", "1234567", "123456789", "12345679",
    ] {
      let packed = Array(text.utf8).withUnsafeBufferPointer { PackedBytes($0) }
      #expect(packed.flatMap { seen[$0] } == nil, "\(text)")
      if let packed { seen[packed] = text }
    }
  }

  @Test("short values come back as themselves, however many collide")
  func shortStrings() {
    var cache = ShortStrings()
    let texts = (0..<3000).map { String("value-\($0 * 7919)".prefix(1 + $0 % 15)) }
    for _ in 0..<2 {
      for text in texts {
        let line = Array(("\"" + text + "\"").utf8)
        let string = line.withUnsafeBufferPointer { cache.string(in: $0, 1..<line.count - 1) }
        #expect(string == text)
      }
    }
  }
}
