import Foundation

/// A forward-mode dual number: a value with its partial derivatives with respect to the 21 FSRS weights.
///
/// The optimizer runs each card's history through ``MemoryModel`` once with weights seeded as duals
/// (weight i has partial 1 in lane i), so one pass gives the loss and its gradient together. 21 lanes
/// are padded to 32 so that every operation on the partials is a few SIMD operations (see ``Partials``).
struct Dual: MemoryScalar {
  /// The partial derivatives, lane i for weight i.
  typealias Partials = Scheduling.Partials

  var value: Double
  var partials: Partials

  @inline(__always) init(_ value: Double, _ partials: Partials = .zero) {
    self.value = value
    self.partials = partials
  }

  /// The variable for weight `index`: its value, with partial 1 in its own lane.
  @inline(__always) static func variable(_ value: Double, index: Int) -> Dual {
    var partials = Partials.zero
    partials[index] = 1
    return Dual(value, partials)
  }

  @inline(__always) static func + (a: Dual, b: Dual) -> Dual {
    Dual(a.value + b.value, a.partials + b.partials)
  }
  @inline(__always) static func - (a: Dual, b: Dual) -> Dual {
    Dual(a.value - b.value, a.partials - b.partials)
  }
  @inline(__always) static func * (a: Dual, b: Dual) -> Dual {
    Dual(a.value * b.value, b.value * a.partials + a.value * b.partials)
  }
  @inline(__always) static func / (a: Dual, b: Dual) -> Dual {
    let inverse = 1 / b.value
    let value = a.value * inverse
    return Dual(value, (a.partials - value * b.partials) * inverse)
  }
  @inline(__always) static func + (a: Dual, b: Double) -> Dual { Dual(a.value + b, a.partials) }
  @inline(__always) static func + (a: Double, b: Dual) -> Dual { Dual(a + b.value, b.partials) }
  @inline(__always) static func - (a: Dual, b: Double) -> Dual { Dual(a.value - b, a.partials) }
  @inline(__always) static func - (a: Double, b: Dual) -> Dual { Dual(a - b.value, -b.partials) }
  @inline(__always) static func * (a: Dual, b: Double) -> Dual { Dual(a.value * b, b * a.partials) }
  @inline(__always) static func * (a: Double, b: Dual) -> Dual { Dual(a * b.value, a * b.partials) }
  @inline(__always) static func / (a: Double, b: Dual) -> Dual {
    let value = a / b.value
    return Dual(value, (-value / b.value) * b.partials)
  }
  @inline(__always) static func / (a: Dual, b: Double) -> Dual { Dual(a.value / b, a.partials / b) }
  @inline(__always) static prefix func - (a: Dual) -> Dual { Dual(-a.value, -a.partials) }

  /// e^a.
  @inline(__always) static func exp(_ a: Dual) -> Dual {
    let value = Foundation.exp(a.value)
    return Dual(value, value * a.partials)
  }

  /// a^b for a > 0: d(a^b) = a^b·(b′·ln a + b·a′/a).
  @inline(__always) static func pow(_ a: Dual, _ b: Dual) -> Dual {
    let value = Foundation.pow(a.value, b.value)
    let logBase = Foundation.log(a.value)
    return Dual(value, value * (logBase * b.partials + (b.value / a.value) * a.partials))
  }

  /// a^b for a constant base a > 0.
  @inline(__always) static func pow(_ a: Double, _ b: Dual) -> Dual {
    let value = Foundation.pow(a, b.value)
    return Dual(value, (value * Foundation.log(a)) * b.partials)
  }

  /// The smaller of two (the derivative of the one chosen; `a` on a tie).
  @inline(__always) static func min(_ a: Dual, _ b: Dual) -> Dual { b.value < a.value ? b : a }
  /// At least `bound`: the bound is a constant, so a clamped value has no derivative.
  @inline(__always) static func max(_ a: Dual, _ bound: Double) -> Dual {
    a.value < bound ? Dual(bound) : a
  }
  /// At most `bound`.
  @inline(__always) static func min(_ a: Dual, _ bound: Double) -> Dual {
    a.value > bound ? Dual(bound) : a
  }
}
