import Foundation

/// Checks a JSON value against the part of JSON Schema (draft 2020-12) that docs/schemas/*.schema.json use:
/// `type` (one or several), `const`, `enum`, `required`, `properties`, `additionalProperties: false`,
/// `items`, `minItems`, `maxItems`, `minimum`, `maximum`, `pattern` and local `$ref`s. A keyword it does not
/// know is an error, so a schema cannot silently outgrow the checker. (CI also validates real output with
/// Python's `jsonschema`: Scripts/validate-reports.py.)
public struct SchemaChecker {
  /// The schema.
  public let root: [String: Any]

  /// Reads the schema at `path`.
  public init(path: String) throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    root = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
  }

  static let known: Set<String> = [
    "$schema", "$id", "title", "description", "$defs", "type", "const", "enum", "required",
    "properties", "additionalProperties", "items", "minItems", "maxItems", "minimum", "maximum",
    "pattern", "$ref",
  ]

  /// Every problem found, as "PATH: message".
  public func problems(_ value: Any) -> [String] { check(value, root, path: "$") }

  private func check(_ value: Any, _ schema: [String: Any], path: String) -> [String] {
    var problems = schema.keys.filter { !Self.known.contains($0) }.map {
      "\(path): schema keyword \($0) unknown"
    }
    if let reference = schema["$ref"] as? String {
      let name = reference.replacingOccurrences(of: "#/$defs/", with: "")
      guard let definitions = root["$defs"] as? [String: Any],
        let target = definitions[name] as? [String: Any]
      else { return [path + ": unresolved \(reference)"] }
      return check(value, target, path: path)
    }
    if let types = schema["type"] {
      let allowed = (types as? [String]) ?? [(types as? String) ?? ""]
      guard allowed.contains(where: { Self.isType(value, $0) }) else {
        return problems + ["\(path): \(value) is not of type \(allowed)"]
      }
    }
    if let constant = schema["const"], !Self.equal(value, constant) {
      problems.append("\(path): \(value) is not \(constant)")
    }
    if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal(value, $0) }) {
      problems.append("\(path): \(value) is not one of \(options)")
    }
    if let object = value as? [String: Any] {
      for key in schema["required"] as? [String] ?? [] where object[key] == nil {
        problems.append("\(path): missing \(key)")
      }
      let properties = schema["properties"] as? [String: Any] ?? [:]
      for (key, item) in object {
        if let property = properties[key] as? [String: Any] {
          problems += check(item, property, path: path + "." + key)
        } else if (schema["additionalProperties"] as? Bool) == false {
          problems.append("\(path): unexpected \(key)")
        }
      }
    }
    if let array = value as? [Any] {
      if let minimum = schema["minItems"] as? Int, array.count < minimum {
        problems.append("\(path): \(array.count) items, fewer than \(minimum)")
      }
      if let maximum = schema["maxItems"] as? Int, array.count > maximum {
        problems.append("\(path): \(array.count) items, more than \(maximum)")
      }
      if let items = schema["items"] as? [String: Any] {
        for (index, item) in array.enumerated() {
          problems += check(item, items, path: "\(path)[\(index)]")
        }
      }
    }
    if let number = value as? NSNumber, !Self.isType(value, "boolean") {
      if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum {
        problems.append("\(path): \(number) < \(minimum)")
      }
      if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum {
        problems.append("\(path): \(number) > \(maximum)")
      }
    }
    if let text = value as? String, let pattern = schema["pattern"] as? String,
      text.range(of: pattern, options: .regularExpression) == nil
    {
      problems.append("\(path): \(text) does not match \(pattern)")
    }
    return problems
  }

  private static func isBoolean(_ value: Any) -> Bool {
    if value is Bool, !(value is NSNumber) { return true }
    guard let number = value as? NSNumber else { return false }
    return String(cString: number.objCType) == "c"
  }

  static func isType(_ value: Any, _ type: String) -> Bool {
    switch type {
    case "null": return value is NSNull
    case "string": return value is String
    case "object": return value is [String: Any]
    case "array": return value is [Any]
    case "boolean": return isBoolean(value)
    case "number": return value is NSNumber && !isBoolean(value)
    case "integer":
      guard let number = value as? NSNumber, !isBoolean(value) else { return false }
      return number.doubleValue.rounded() == number.doubleValue
    default: return false
    }
  }

  static func equal(_ left: Any, _ right: Any) -> Bool {
    if let left = left as? String, let right = right as? String { return left == right }
    if let left = left as? NSNumber, let right = right as? NSNumber { return left == right }
    return false
  }
}
