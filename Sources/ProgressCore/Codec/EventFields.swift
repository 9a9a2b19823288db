import Foundation

/// The fields of one event line, as `ProgressEvent.from` reads them.
///
/// Two readers provide them: a parsed JSON object (`JSONObjectFields`, any line) and the fast scanner
/// (`EventLineScanner`, the common lines). Both answer every question the same way for the same line, so one
/// function builds the event from either, and the fast path cannot drift from the general one.
protocol EventFields {
  /// The time `t`, if it is a string holding a valid timestamp.
  var time: Date? { get }
  /// The `type` if it is a string, nil otherwise (a line without a string type is a review).
  var type: String? { get }
  /// The kind named by `type`.
  var kind: EventKind { get }
  /// The value of `field` if it is a string.
  func string(_ field: EventField) -> String?
  /// The value of `field` if it is a whole number below 10^15 in magnitude.
  func integer(_ field: EventField) -> Int?
  /// The value of `field` if it is a number.
  func number(_ field: EventField) -> Double?
  /// The value of `field` if it is an array of numbers only.
  func numbers(_ field: EventField) -> [Double]?
  /// The value of `field` if it is an array of strings only.
  func strings(_ field: EventField) -> [String]?
}
