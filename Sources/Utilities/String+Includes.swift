extension StringProtocol {
  /// Whether `other` occurs in the text as the same UTF-8 bytes (the empty text occurs in every text).
  ///
  /// For the searches decks are read and cards made and graded with (a placeholder in a template, an answer
  /// in a prompt): `contains(_:)` on two strings is Foundation's, which goes through `NSString` at about
  /// 15,000 instructions a call, and the standard library's `firstRange(of:)` builds a searcher first; at
  /// `recall`'s start, with hundreds of such searches, either costs more than reading the deck's text.
  public func includes(_ other: some StringProtocol) -> Bool {
    let found = utf8.withContiguousStorageIfAvailable { text in
      other.utf8.withContiguousStorageIfAvailable { text.includes($0) }
    }
    if let found = found ?? nil { return found }
    return Array(utf8).withUnsafeBufferPointer { text in
      Array(other.utf8).withUnsafeBufferPointer { text.includes($0) }
    }
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether the bytes `pattern` occur in these, by plain comparison at each position (the texts searched
  /// are short: a call to `memmem` would cost more).
  public func includes(_ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = pattern.first else { return true }
    guard pattern.count <= count else { return false }
    var start = 0
    while start <= count - pattern.count {
      if self[start] == first {
        var matched = 1
        while matched < pattern.count, self[start + matched] == pattern[matched] { matched += 1 }
        if matched == pattern.count { return true }
      }
      start += 1
    }
    return false
  }
}
