import Foundation

/// The scheduler's scalar. e^x is Python's `math.e ** x`, as py-fsrs 6.3.2 writes it, rather than
/// `exp(x)`: the two can differ in the last bit, and bit-identical stabilities make interval rounding
/// agree with py-fsrs even next to a half day.
extension Double: MemoryScalar {
  /// Python's `math.e`.
  private static let e = 2.718281828459045

  static func exp(_ a: Double) -> Double { Foundation.pow(e, a) }
  static func pow(_ a: Double, _ b: Double) -> Double { Foundation.pow(a, b) }
  static func min(_ a: Double, _ b: Double) -> Double { Swift.min(a, b) }
  static func max(_ a: Double, _ b: Double) -> Double { Swift.max(a, b) }
}
