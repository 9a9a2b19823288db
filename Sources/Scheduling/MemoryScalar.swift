/// The arithmetic the FSRS-6 formulas are written in, so that ``MemoryModel`` exists once: the
/// scheduler runs it on `Double`, the optimizer on ``Dual`` to get the gradient with respect to the
/// weights in the same pass.
///
/// Operations with a `Double` operand take a constant: on ``Dual`` they skip the partials a constant
/// does not have.
protocol MemoryScalar: Sendable {
  static func + (a: Self, b: Self) -> Self
  static func - (a: Self, b: Self) -> Self
  static func * (a: Self, b: Self) -> Self
  static func / (a: Self, b: Self) -> Self
  static func + (a: Self, b: Double) -> Self
  static func + (a: Double, b: Self) -> Self
  static func - (a: Self, b: Double) -> Self
  static func - (a: Double, b: Self) -> Self
  static func * (a: Self, b: Double) -> Self
  static func / (a: Self, b: Double) -> Self
  static func / (a: Double, b: Self) -> Self
  static prefix func - (a: Self) -> Self

  /// e^a.
  static func exp(_ a: Self) -> Self
  /// a^b, for a > 0.
  static func pow(_ a: Self, _ b: Self) -> Self
  /// a^b for a constant base a > 0.
  static func pow(_ a: Double, _ b: Self) -> Self
  /// The smaller of two, by value.
  static func min(_ a: Self, _ b: Self) -> Self
  /// At most `bound`, by value.
  static func min(_ a: Self, _ bound: Double) -> Self
  /// At least `bound`, by value.
  static func max(_ a: Self, _ bound: Double) -> Self
}

extension MemoryScalar {
  /// Within `range`, by value.
  func clamped(to range: ClosedRange<Double>) -> Self {
    Self.min(Self.max(self, range.lowerBound), range.upperBound)
  }
}
