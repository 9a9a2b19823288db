/// Sebastiano Vigna's SplitMix64: a tiny, fast, fully specified 64-bit generator.
///
/// Recall's one seeded generator (option order, distractors, study and quiz orders, interval fuzz, the
/// optimizer's shuffles, the tests): its output depends on nothing but the seed, on every platform and Swift
/// version, unlike `SystemRandomNumberGenerator` or `Hasher`, so a seed replays the same run.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  /// Inlinable: generation draws it per card, and it is a few instructions.
  @usableFromInline var state: UInt64

  /// A generator whose sequence is fixed by `seed`.
  @inlinable
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  @inlinable
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A double uniform in [0, 1) built from the top 53 bits of ``next()``.
  @inlinable
  public mutating func nextUnitInterval() -> Double {
    Double(next() >> 11) * 0x1p-53
  }
}
