import Foundation
import ProgressCore

/// A JSON value with its keys in a fixed order, written pretty-printed: the reports' `--json` output.
indirect enum JSONNode: Sendable {
  case object([(String, JSONNode)])
  case array([JSONNode])
  case string(String)
  case number(Double)
  case integer(Int)
  case bool(Bool)
  case null

  /// A number rounded to four decimals, or null.
  static func decimal(_ value: Double?) -> JSONNode {
    guard let value, value.isFinite else { return .null }
    return .number((value * 10_000).rounded() / 10_000)
  }

  /// An ISO 8601 UTC time with milliseconds, or null.
  static func time(_ date: Date?) -> JSONNode {
    date.map { .string(Timestamp.format($0)) } ?? .null
  }

  /// The value as text, two spaces per level, ending with a newline.
  var text: String {
    var output = ""
    write(into: &output, level: 0)
    return output + "\n"
  }

  private func write(into output: inout String, level: Int) {
    let indent = String(repeating: "  ", count: level + 1)
    let closing = String(repeating: "  ", count: level)
    switch self {
    case .object(let fields):
      guard !fields.isEmpty else { return output += "{}" }
      output += "{\n"
      for (index, (key, value)) in fields.enumerated() {
        output += indent
        JSONLine.appendString(key, to: &output)
        output += ": "
        value.write(into: &output, level: level + 1)
        output += index == fields.count - 1 ? "\n" : ",\n"
      }
      output += closing + "}"
    case .array(let items):
      guard !items.isEmpty else { return output += "[]" }
      output += "[\n"
      for (index, item) in items.enumerated() {
        output += indent
        item.write(into: &output, level: level + 1)
        output += index == items.count - 1 ? "\n" : ",\n"
      }
      output += closing + "]"
    case .string(let text): JSONLine.appendString(text, to: &output)
    case .number(let value):
      output += value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    case .integer(let value): output += String(value)
    case .bool(let value): output += value ? "true" : "false"
    case .null: output += "null"
    }
  }
}
