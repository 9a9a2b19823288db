import Foundation

/// `value` as people write a count that may have a half in it: no fraction when it is whole ("41"), else one
/// decimal ("40.5"): a class median, a quiz's points, a percentage, a time limit in minutes.
public func tenths(_ value: Double) -> String {
  value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
}
