extension Array {
  /// The elements of `parts` in order, moved rather than copied, with room for `extra` more.
  ///
  /// Copying a card or a diagnostic retains each of its strings and arrays, and dropping the part then
  /// releases them again, hundreds of thousands of times on a big deck. Each slot moved from is refilled with
  /// `filler`, which should be made of literals (or be `nil`), so that it holds nothing to release.
  package static func joining(
    moving parts: inout [[Element]], filler: Element, reserving extra: Int = 0
  )
    -> [Element]
  {
    let total = parts.reduce(0) { $0 + $1.count }
    return [Element](unsafeUninitializedCapacity: total + extra) { buffer, initialized in
      guard var next = buffer.baseAddress else { return }
      for index in parts.indices {
        parts[index].withUnsafeMutableBufferPointer { source in
          guard let first = source.baseAddress else { return }
          next.moveInitialize(from: first, count: source.count)
          first.initialize(repeating: filler, count: source.count)
          next += source.count
          initialized += source.count
        }
      }
    }
  }
}
