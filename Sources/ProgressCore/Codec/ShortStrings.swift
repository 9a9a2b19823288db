/// The strings of recent short values (verdicts, most answers), found by their bytes packed into two
/// integers: a repeated one costs a few integer compares instead of making a `String`.
///
/// Only values of at most 15 bytes: those live inside the `String` value itself, so keeping them costs no
/// memory beyond this small table and copying them touches nothing shared. A direct-mapped cache: a value
/// that collides with another simply replaces it.
struct ShortStrings {
  /// The longest value kept.
  static let maximumLength = 15

  private var keys = [PackedBytes](repeating: .none, count: 512)
  private var strings = [String](repeating: "", count: 512)

  /// The string of `line[range]` (valid UTF-8 of at most `maximumLength` bytes).
  mutating func string(in line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    guard let packed = PackedBytes.packed(in: line, range) else {
      return String(decoding: UnsafeBufferPointer(rebasing: line[range]), as: UTF8.self)
    }
    let slot = Int(truncatingIfNeeded: packed.hash &>> 55)
    if keys[slot] == packed { return strings[slot] }
    let text = String(decoding: UnsafeBufferPointer(rebasing: line[range]), as: UTF8.self)
    keys[slot] = packed
    strings[slot] = text
    return text
  }
}
