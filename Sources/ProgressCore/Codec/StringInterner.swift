/// Hands out one shared `String` for each distinct byte sequence, so the million events of a large progress
/// file share their few thousand card ids instead of allocating a string each; and numbers the strings it
/// keeps, 0, 1, 2…, so a replay can keep card states in an array.
///
/// Keyed by the raw bytes, so a repeated value costs a hash and a compare, with no `String` made (Swift's
/// `Dictionary` hashes a short key several times slower). Beyond `limit` distinct strings new ones are still
/// returned but no longer kept (free-form answers must not grow the table without bound).
struct StringInterner {
  private let limit: Int
  /// Open addressing: each slot holds 0 (empty) or the high 32 bits of a string's hash and its index + 1 in
  /// `strings`, so most misses are told apart without touching the string.
  private var slots: [UInt64]
  /// The strings kept, by number.
  private(set) var strings: [String] = []
  /// The hash of each string, to rehash without reading the strings.
  private var hashes: [UInt64] = []
  /// The UTF-8 of every string kept, one after the other, and where each ends: a lookup compares its bytes
  /// here, where the strings lie together, rather than in each string's own allocation (a cache miss each).
  private var bytes: [UInt8] = []
  private var ends: [Int] = []

  init(limit: Int) {
    self.limit = max(0, min(limit, Int(UInt32.max) / 2))
    slots = [UInt64](repeating: 0, count: 1024)
  }

  /// How many strings are kept.
  var count: Int { strings.count }

  /// The string of `utf8`, which must be valid UTF-8.
  mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
    if let number = number(of: utf8) { return strings[number] }
    return String(decoding: utf8, as: UTF8.self)
  }

  /// The number of `string`, kept from now on if new; nil if new and the table is full.
  ///
  /// A string that is the very one kept (as the card ids of entries read together are) is recognised
  /// without reading its bytes a second time.
  mutating func number(of string: String) -> Int? {
    if let number = string.utf8.withContiguousStorageIfAvailable({ number(of: $0, string) }) {
      return number
    }
    var copy = string
    return copy.withUTF8 { number(of: $0, string) }
  }

  /// The hash of the string numbered `number`.
  func hash(ofNumber number: Int) -> UInt64 { hashes[number] }

  /// The number of the string of `utf8` (valid UTF-8), kept from now on if new; nil if new and the table
  /// is full.
  mutating func number(of utf8: UnsafeBufferPointer<UInt8>) -> Int? { number(of: utf8, nil) }

  /// The number of `utf8`, which is the UTF-8 of `string` if that is given.
  private mutating func number(of utf8: UnsafeBufferPointer<UInt8>, _ string: String?) -> Int? {
    let hash = Self.hash(utf8)
    let tag = hash &>> 32
    let mask = slots.count &- 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      if slots[slot] &>> 32 == tag {
        let number = Int(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF) &- 1
        // `==` on two copies of one string compares no bytes.
        if let string, strings[number] == string { return number }
        if string == nil, keptBytes(number, equal: utf8) { return number }
      }
      slot = (slot &+ 1) & mask
    }
    guard strings.count < limit else { return nil }
    strings.append(string ?? String(decoding: utf8, as: UTF8.self))
    hashes.append(hash)
    bytes.append(contentsOf: utf8)
    ends.append(bytes.count)
    slots[slot] = tag &<< 32 | UInt64(strings.count)
    if strings.count &* 2 > slots.count { rehash() }
    return strings.count &- 1
  }

  /// Whether the string numbered `number` is made of `utf8`.
  private func keptBytes(_ number: Int, equal utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = number == 0 ? 0 : ends[number &- 1]
    guard ends[number] &- start == utf8.count else { return false }
    return bytes.withUnsafeBytes { kept in
      // Eight bytes at a time: the strings are short, and a call to memcmp costs more than the comparison.
      let other = UnsafeRawBufferPointer(utf8)
      var offset = 0
      while offset &+ 8 <= other.count {
        guard
          kept.loadUnaligned(fromByteOffset: start &+ offset, as: UInt64.self)
            == other.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        else { return false }
        offset &+= 8
      }
      while offset < other.count {
        guard kept[start &+ offset] == other[offset] else { return false }
        offset &+= 1
      }
      return true
    }
  }

  private mutating func rehash() {
    let old = slots
    slots = [UInt64](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for entry in old where entry != 0 {
      let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
      var slot = Int(truncatingIfNeeded: hashes[index]) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = entry
    }
  }

  /// A fast hash of the bytes, eight at a time (Swift's `Hasher` is several times slower on short keys).
  static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let raw = UnsafeRawBufferPointer(utf8)
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: raw.count)
    var offset = 0
    while offset &+ 8 <= raw.count {
      let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
      hash ^= hash &>> 29
      offset &+= 8
    }
    if offset < raw.count {
      // The last one to seven bytes, as one word.
      var tail: UInt64 = 0
      for index in offset..<raw.count {
        tail |= UInt64(raw[index]) &<< (UInt64(truncatingIfNeeded: index &- offset) &* 8)
      }
      hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
    }
    hash ^= hash &>> 31
    hash = hash &* 0xFF51_AFD7_ED55_8CCD
    return hash ^ (hash &>> 33)
  }
}
