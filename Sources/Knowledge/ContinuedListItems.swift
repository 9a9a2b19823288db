/// Finds list items that YAML reads as more text of the line above them.
///
/// A line that starts with `- ` but is indented more than a line holding plain text (`- Cover the burn` or
/// `name: a scald`) is not a new item: YAML folds it into that text ("Cover the burn - What not to put on a
/// burn"). That is valid YAML, so libyaml says nothing, but in a deck it is almost always an item indented
/// one step too far; the loader warns at it.
enum ContinuedListItems {
  /// Where each such item starts (1-based line and column), with the line whose text it continues.
  static func find(in yaml: String) -> [(line: Int, column: Int, continues: Int)] {
    var found: [(line: Int, column: Int, continues: Int)] = []
    // The last line that held something, if its value is plain text that a deeper line would continue.
    var plainText: (line: Int, indentation: Int)?
    // While inside a `|` or `>` block, the indentation of the line that opened it.
    var blockOwner: Int?
    var number = 0
    for line in yaml.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      number += 1
      let indentation = line.prefix { $0 == UInt8(ascii: " ") }.count
      let content = line.dropFirst(indentation)
      let first = content.first
      if first == nil || first == UInt8(ascii: "\r") { continue }
      if let owner = blockOwner {
        if indentation > owner { continue }
        blockOwner = nil
      }
      if first == UInt8(ascii: "#") {
        plainText = nil
        continue
      }
      let isItem = first == UInt8(ascii: "-") && content.dropFirst().first == UInt8(ascii: " ")
      if isItem, let above = plainText, indentation > above.indentation {
        found.append((number, indentation + 1, above.line))
        continue
      }
      switch valueStart(of: content) {
      case .plain: plainText = (number, indentation)
      case .block:
        blockOwner = indentation
        plainText = nil
      case .other: plainText = nil
      }
    }
    return found
  }

  private enum ValueStart { case plain, block, other }

  /// What the value of a `key: value` or `- value` line starts with.
  private static func valueStart(of content: Substring.UTF8View) -> ValueStart {
    var value = content[...]
    while value.first == UInt8(ascii: "-"), value.dropFirst().first == UInt8(ascii: " ") {
      value = value.dropFirst(2).drop { $0 == UInt8(ascii: " ") }
    }
    // After a key, the value starts past ": ".
    var index = value.startIndex
    while index < value.endIndex {
      if value[index] == UInt8(ascii: ":") {
        let next = value.index(after: index)
        if next == value.endIndex || value[next] == UInt8(ascii: " ")
          || value[next] == UInt8(ascii: "\r")
        {
          value = value[next...].drop { $0 == UInt8(ascii: " ") }
          break
        }
      }
      if value[index] == UInt8(ascii: "\"") || value[index] == UInt8(ascii: "'") { break }
      index = value.index(after: index)
    }
    guard let first = value.first, first != UInt8(ascii: "\r"), first != UInt8(ascii: "#") else {
      return .other
    }
    if first == UInt8(ascii: "|") || first == UInt8(ascii: ">") { return .block }
    return "\"'[{&*!".utf8.contains(first) ? .other : .plain
  }
}
