extension String {
  /// The text lowercased, with runs of white space made one space and none at either end: how reports
  /// compare and show the answers learners typed.
  ///
  /// A class gives hundreds of thousands of wrong answers, nearly all plain ASCII: those are tidied byte by
  /// byte, the rest by `Character` (the tests hold the two to each other on every ASCII character).
  var tidied: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    var pendingSpace = false
    for byte in utf8 {
      guard byte < 0x80 else { return Self.tidiedByCharacter(self) }
      // The ASCII characters that are `Character.isWhitespace`: tab, line feed, vertical tab, form feed,
      // carriage return and space.
      if byte == 0x20 || (0x09...0x0D).contains(byte) {
        pendingSpace = !bytes.isEmpty
        continue
      }
      if pendingSpace {
        bytes.append(0x20)
        pendingSpace = false
      }
      bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `tidied`, one `Character` at a time.
  static func tidiedByCharacter(_ text: String) -> String {
    text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
