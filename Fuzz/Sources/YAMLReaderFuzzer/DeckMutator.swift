import CLibFuzzer

/// Changes to a deck's shape that changing bytes rarely makes: half the time one whole line is dropped,
/// repeated, moved, or indented or dedented by two spaces; otherwise libFuzzer changes the bytes as usual
/// (with the YAML dictionary). libFuzzer finds this function by its name.
@_cdecl("LLVMFuzzerCustomMutator")
public func mutateDeck(
  _ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int, _ seed: UInt32
) -> Int {
  // The seed decides everything, so that libFuzzer can repeat a run.
  var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1
  func pick(_ count: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int(truncatingIfNeeded: state >> 33) % count
  }
  let bytes = UnsafeBufferPointer(start: data, count: size)
  var lines = bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
  guard pick(2) == 0, lines.count > 1 else { return LLVMFuzzerMutate(data, size, maxSize) }
  let at = pick(lines.count)
  switch pick(5) {
  case 0: lines.remove(at: at)
  case 1: lines.insert(lines[at], at: at)
  case 2: lines.swapAt(at, pick(lines.count))
  case 3: lines[at] = [32, 32] + lines[at]
  default: lines[at] = Array(lines[at].dropFirst(lines[at].prefix(2).prefix { $0 == 32 }.count))
  }
  let changed = Array(lines.joined(separator: [10]))
  guard changed.count <= maxSize else { return LLVMFuzzerMutate(data, size, maxSize) }
  _ = UnsafeMutableBufferPointer(start: data, count: maxSize).update(fromContentsOf: changed)
  return changed.count
}
