/// A JSON value as read from one progress-file line.
public enum JSONValue: Sendable, Equatable {
  /// A string.
  case string(String)
  /// A number.
  case number(Double)
  /// true or false.
  case bool(Bool)
  /// null.
  case null
  /// An array.
  case array([JSONValue])
  /// An object (keys in any order).
  case object([String: JSONValue])

  /// The string, if this is one.
  public var string: String? { if case .string(let value) = self { value } else { nil } }
  /// The number, if this is one.
  public var number: Double? { if case .number(let value) = self { value } else { nil } }
  /// The number, if this is a whole one.
  public var integer: Int? {
    guard let number, number.rounded() == number, abs(number) < 1e15 else { return nil }
    return Int(number)
  }
}
