/// Values found by the bytes of their short names (at most 16), packed: how the scanner of event lines knows
/// a key or a type with no `String` made. Built once from the names themselves, so a name is spelled in one
/// place only.
///
/// Open addressing in a table at most a quarter full, on a hash of one multiplication (the names are few
/// and short): a name is found with it and, nearly always, one comparison.
struct PackedNameTable<Value: Sendable>: Sendable {
  /// The packed names by slot; `PackedBytes.none` in an empty slot.
  private let names: [PackedBytes]
  /// The values by slot; an empty slot holds any value, never returned.
  private let values: [Value]
  /// How far the hash is shifted to give a slot: 64 less the bits of the table's size.
  private let shift: UInt64

  /// A table of `entries`. A name longer than 16 bytes cannot be packed and is left out: it is never found,
  /// and a line that holds it goes to the general parser, which knows every name.
  init(_ entries: [(name: String, value: Value)]) {
    var bits: UInt64 = 4
    while 1 << bits < entries.count * 4 { bits += 1 }
    shift = 64 - bits
    var names = [PackedBytes](repeating: .none, count: 1 << bits)
    var values: [Value?] = Array(repeating: nil, count: 1 << bits)
    for (name, value) in entries {
      var name = name
      guard let packed = name.withUTF8({ PackedBytes($0) }) else { continue }
      var slot = Self.slot(of: packed, shift: shift)
      while names[slot] != PackedBytes.none { slot = (slot + 1) & (names.count - 1) }
      names[slot] = packed
      values[slot] = value
    }
    self.names = names
    let filler = entries.first?.value
    self.values = values.map { $0 ?? filler }.compactMap { $0 }
  }

  /// The value named by `packed`, if any.
  @inline(__always)
  func value(for packed: PackedBytes) -> Value? {
    var slot = Self.slot(of: packed, shift: shift)
    while true {
      let name = names[slot]
      if name == packed { return values[slot] }
      if name == PackedBytes.none { return nil }
      slot = (slot &+ 1) & (names.count &- 1)
    }
  }

  /// The first slot to look in for `packed`: Fibonacci hashing of its first bytes and length.
  @inline(__always)
  private static func slot(of packed: PackedBytes, shift: UInt64) -> Int {
    let mixed = (packed.low &+ UInt64(truncatingIfNeeded: packed.count)) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: mixed &>> shift)
  }
}
