import Yams

/// The values of a YAML mapping for the keys an item may have, read in one pass over the mapping.
///
/// One slot per allowed key: a deck reads one of these per fact, and copying Yams nodes into lists and
/// dictionaries (each copy retains the node's strings and tag) costs more than reading the file. A repeated
/// key keeps its first value (Yams rejects repeated keys anyway).
struct MappingFields {
  /// The allowed keys, in the order of `slots`.
  let keys: [String]
  private var slots: [Node?]

  init(keys: [String]) {
    self.keys = keys
    slots = Array(repeating: nil, count: keys.count)
  }

  /// The slot of `key`, if it is allowed.
  func slot(of key: String) -> Int? { keys.firstIndex(of: key) }

  /// Keeps `value` for the key in `slot`, unless the key already has one.
  mutating func keep(_ value: Node, in slot: Int) {
    if slots[slot] == nil { slots[slot] = value }
  }

  /// Whether the mapping has `key` (without copying its node).
  func has(_ key: String) -> Bool {
    guard let slot = slot(of: key) else { return false }
    return slots[slot] != nil
  }

  subscript(key: String) -> Node? {
    guard let slot = slot(of: key) else { return nil }
    return slots[slot]
  }
}
