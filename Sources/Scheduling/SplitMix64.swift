/// Sebastiano Vigna's SplitMix64: a tiny, fast, fully specified 64-bit generator.
///
/// Chosen for the fuzz because its output depends on nothing but the seed, on every platform and
/// Swift version, unlike `SystemRandomNumberGenerator` or `Hasher`. The one seeded generator of Recall: the
/// study and quiz orders and the tests use it too. (`Cards` keeps its own key-seeded `SeededGenerator`, the same
/// algorithm, because the design lets `Cards` import `Knowledge` only.)
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// A generator whose sequence is fixed by `seed`.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A double uniform in [0, 1) built from the top 53 bits of ``next()``.
  public mutating func nextUnitInterval() -> Double {
    Double(next() >> 11) * 0x1p-53
  }
}
