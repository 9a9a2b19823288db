/// The 21 partial derivatives of a ``Dual``, in three 8-lane vectors (lanes 21…23 stay zero).
///
/// Three `SIMD8<Double>` fields compile to plain vector registers; a single `SIMD32<Double>` was passed
/// through memory and ran many times slower.
struct Partials: Sendable {
  var low: SIMD8<Double>
  var middle: SIMD8<Double>
  var high: SIMD8<Double>

  static let zero = Partials(low: .zero, middle: .zero, high: .zero)

  /// The partial for weight `index` (0…23).
  subscript(index: Int) -> Double {
    get {
      index < 8 ? low[index] : index < 16 ? middle[index - 8] : high[index - 16]
    }
    set {
      if index < 8 {
        low[index] = newValue
      } else if index < 16 {
        middle[index - 8] = newValue
      } else {
        high[index - 16] = newValue
      }
    }
  }

  @inline(__always) static func + (a: Partials, b: Partials) -> Partials {
    Partials(low: a.low + b.low, middle: a.middle + b.middle, high: a.high + b.high)
  }
  @inline(__always) static func - (a: Partials, b: Partials) -> Partials {
    Partials(low: a.low - b.low, middle: a.middle - b.middle, high: a.high - b.high)
  }
  @inline(__always) static func += (a: inout Partials, b: Partials) { a = a + b }
  @inline(__always) static func -= (a: inout Partials, b: Partials) { a = a - b }
  @inline(__always) static prefix func - (a: Partials) -> Partials {
    Partials(low: -a.low, middle: -a.middle, high: -a.high)
  }
  @inline(__always) static func * (a: Double, b: Partials) -> Partials {
    Partials(low: a * b.low, middle: a * b.middle, high: a * b.high)
  }
  @inline(__always) static func * (a: Partials, b: Double) -> Partials { b * a }
  @inline(__always) static func / (a: Partials, b: Double) -> Partials { (1 / b) * a }
}
