/// Values found by the bytes of their short names (at most 16), packed: how the scanner of event lines knows
/// a key or a type with no `String` made. Built once from the names themselves, so a name is spelled in one
/// place only.
///
/// Open addressing on the packed bytes' hash, in a table at most a quarter full: a name is found with one
/// hash and, nearly always, one comparison.
struct PackedNameTable<Value: Sendable>: Sendable {
  /// The packed names by slot; `PackedBytes.none` in an empty slot.
  private let names: [PackedBytes]
  /// The values by slot.
  private let values: [Value?]
  private let mask: Int

  /// A table of `entries`. A name longer than 16 bytes cannot be packed and is left out: it is never found,
  /// and a line that holds it goes to the general parser, which knows every name.
  init(_ entries: [(name: String, value: Value)]) {
    var size = 16
    while size < entries.count * 4 { size *= 2 }
    var names = [PackedBytes](repeating: .none, count: size)
    var values = [Value?](repeating: nil, count: size)
    for (name, value) in entries {
      var name = name
      guard let packed = name.withUTF8({ PackedBytes($0) }) else { continue }
      var slot = Int(truncatingIfNeeded: packed.hash) & (size - 1)
      while names[slot] != PackedBytes.none { slot = (slot + 1) & (size - 1) }
      names[slot] = packed
      values[slot] = value
    }
    self.names = names
    self.values = values
    mask = size - 1
  }

  /// The value named by `packed`, if any.
  @inline(__always)
  func value(for packed: PackedBytes) -> Value? {
    var slot = Int(truncatingIfNeeded: packed.hash) & mask
    while true {
      let name = names[slot]
      if name == packed { return values[slot] }
      if name == PackedBytes.none { return nil }
      slot = (slot &+ 1) & mask
    }
  }
}
