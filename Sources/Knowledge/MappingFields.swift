/// The values of a YAML mapping for the keys an item may have, read in one pass over the mapping.
///
/// One slot per allowed key: a deck reads one of these per fact. A repeated key keeps its first value (YAML
/// files with repeated keys are rejected before they are read).
struct MappingFields {
  /// The allowed keys, in the order of `slots`.
  let keys: [String]
  private var slots: [YAMLNode?]

  init(keys: [String]) {
    self.keys = keys
    slots = Array(repeating: nil, count: keys.count)
  }

  /// The slot of `key`, if it is allowed.
  func slot(of key: String) -> Int? { keys.firstIndex(of: key) }

  /// Keeps `value` for the key in `slot`, unless the key already has one.
  mutating func keep(_ value: YAMLNode, in slot: Int) {
    if slots[slot] == nil { slots[slot] = value }
  }

  /// Whether the mapping has `key` (without copying its node).
  func has(_ key: String) -> Bool {
    guard let slot = slot(of: key) else { return false }
    return slots[slot] != nil
  }

  subscript(key: String) -> YAMLNode? {
    guard let slot = slot(of: key) else { return nil }
    return slots[slot]
  }
}
