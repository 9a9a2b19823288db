import Foundation

/// Fills a relation's wording: `{subject}`, `{object}`, `{qualifier}`.
enum TemplateText {
  static func render(
    _ template: String, subject: String = "", object: String = "", qualifier: String? = nil
  ) -> String {
    var text = template.replacingOccurrences(of: "{subject}", with: subject)
    text = text.replacingOccurrences(of: "{object}", with: object)
    text = text.replacingOccurrences(of: "{qualifier}", with: qualifier ?? "")
    while text.contains("  ") { text = text.replacingOccurrences(of: "  ", with: " ") }
    text = text.replacingOccurrences(of: " ?", with: "?").replacingOccurrences(of: " .", with: ".")
    return text.trimmingCharacters(in: .whitespaces)
  }

  /// "a, b and c".
  static func list(_ items: [String]) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
  }
}
