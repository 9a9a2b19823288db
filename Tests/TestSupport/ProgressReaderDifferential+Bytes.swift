import ProgressCore

/// The helpers under the line scanner that read eight bytes at once, against loops over single bytes.
extension ProgressReaderDifferential {
  /// `SWAR` on every eight bytes of `bytes`; `PackedBytes` and the key and type tables after every quote.
  static func bytesMismatch(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let raw = UnsafeRawBufferPointer(bytes)
    var index = 0
    while index + 8 <= bytes.count {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      let window = bytes[index..<index + 8]
      let special = window.firstIndex { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 || $0 >= 0x80 }
      if SWAR.firstSpecial(in: word) != special.map({ $0 - index }) {
        return "SWAR.firstSpecial at \(index) of \(hex(window))"
      }
      if SWAR.firstQuote(in: word) != window.firstIndex(of: 0x22).map({ $0 - index }) {
        return "SWAR.firstQuote at \(index) of \(hex(window))"
      }
      let count = index % 9
      let kept = window.prefix(count).enumerated().reduce(UInt64(0)) {
        $0 | UInt64($1.element) << (8 * UInt64($1.offset))
      }
      if SWAR.keep(count, of: word) != kept { return "SWAR.keep(\(count)) of \(hex(window))" }
      index += 1
    }
    // Packing starts where the scanner packs: after a quote (and, for a start, at the start).
    for start in 0...bytes.count where start == 0 || bytes[start - 1] == 0x22 {
      if let mismatch = packingMismatch(bytes, from: start) { return mismatch }
    }
    return nil
  }

  /// The keys and the type names, as bytes.
  private static let keys = EventField.allCases.map { (bytes: Array($0.key.utf8), field: $0) }
  private static let types = EventKind.allCases.compactMap { kind in
    kind.name.map { (bytes: Array($0.utf8), kind: kind) }
  }

  /// `PackedBytes.quoted` and `packed` on the text from `start` to the next quote, against packing byte by
  /// byte; and that text looked up in the key and type tables, against a search of the names.
  private static func packingMismatch(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> String?
  {
    // As the scanner reads a string value: up to its quote (or the end), when at most 17 bytes long.
    let end = bytes[start...].prefix(PackedBytes.capacity + 2).firstIndex(of: 0x22) ?? bytes.count
    if end - start <= PackedBytes.capacity + 1 {
      let range = start..<end
      let expected = PackedBytes(UnsafeBufferPointer(rebasing: bytes[range]))
      if PackedBytes.packed(in: bytes, range) != expected {
        return "PackedBytes.packed(in:) of \(hex(bytes[range]))"
      }
    }
    // As the scanner reads a key: packed when its quote is among the next 16 bytes.
    let quote = bytes[start...].prefix(PackedBytes.capacity).firstIndex(of: 0x22)
    let quoted = PackedBytes.quoted(in: bytes, from: start)
    guard quoted?.quote == quote else {
      return
        "PackedBytes.quoted(in:from: \(start)) found the quote at \(String(describing: quoted?.quote))"
    }
    guard let quote else { return nil }
    let name = bytes[start..<quote]
    guard let packed = PackedBytes(UnsafeBufferPointer(rebasing: name)), quoted?.packed == packed
    else { return "PackedBytes.quoted(in:from: \(start)) packed \(hex(name)) wrongly" }
    let field = keys.first { $0.bytes.elementsEqual(name) }?.field
    if EventField(key: packed) != field { return "the key table on \(hex(name))" }
    let kind = types.first { $0.bytes.elementsEqual(name) }?.kind ?? .unknown
    if EventKind(type: packed) != kind { return "the type table on \(hex(name))" }
    return nil
  }

  private static func hex(_ bytes: some Sequence<UInt8>) -> String {
    bytes.map { String($0, radix: 16) }.joined(separator: " ")
  }
}
