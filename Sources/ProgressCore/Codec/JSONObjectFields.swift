import Foundation

/// The fields of an event line parsed by the general parser into a JSON object.
struct JSONObjectFields: EventFields {
  let object: [String: JSONValue]

  var time: Date? { object["t"]?.string.flatMap(Timestamp.parse) }
  var type: String? { object["type"]?.string }
  var kind: EventKind { type.map(EventKind.init(type:)) ?? .review }
  func string(_ field: EventField) -> String? { object[field.key]?.string }
  func integer(_ field: EventField) -> Int? { object[field.key]?.integer }
  func number(_ field: EventField) -> Double? { object[field.key]?.number }
  func numbers(_ field: EventField) -> [Double]? {
    guard case .array(let values)? = object[field.key] else { return nil }
    let numbers = values.compactMap(\.number)
    return numbers.count == values.count ? numbers : nil
  }
  func strings(_ field: EventField) -> [String]? {
    guard case .array(let values)? = object[field.key] else { return nil }
    let strings = values.compactMap(\.string)
    return strings.count == values.count ? strings : nil
  }
}
