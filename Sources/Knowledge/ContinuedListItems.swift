/// Finds list items that YAML reads as more text of the line above them.
///
/// A line that starts with `- ` but is indented more than a line holding plain text (`- Cover the burn` or
/// `name: a scald`) is not a new item: YAML folds it into that text ("Cover the burn - What not to put on a
/// burn"). That is valid YAML, so libyaml says nothing, but in a deck it is almost always an item indented
/// one step too far; the loader warns at it.
enum ContinuedListItems {
  /// Where each such item starts (1-based line and column), with the line whose text it continues.
  static func find(in yaml: String) -> [(line: Int, column: Int, continues: Int)] {
    var yaml = yaml
    // Bytes read through a buffer: this runs over every deck loaded, and a scan of the string's UTF-8
    // view cost as much as a tenth of `recall`'s start.
    return yaml.withUTF8 { find(inBytes: $0) }
  }

  private static func find(
    inBytes bytes: UnsafeBufferPointer<UInt8>
  ) -> [(line: Int, column: Int, continues: Int)] {
    var found: [(line: Int, column: Int, continues: Int)] = []
    // The last line that held something, if its value is plain text that a deeper line would continue.
    var plainText: (line: Int, indentation: Int)?
    // While inside a `|` or `>` block, the indentation of the line that opened it.
    var blockOwner: Int?
    var number = 0
    var lineStart = 0
    while lineStart <= bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
      defer { lineStart = lineEnd + 1 }
      number += 1
      var contentStart = lineStart
      while contentStart < lineEnd, bytes[contentStart] == UInt8(ascii: " ") { contentStart += 1 }
      let indentation = contentStart - lineStart
      let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<lineEnd])
      guard let first = content.first, first != UInt8(ascii: "\r") else { continue }
      if let owner = blockOwner {
        if indentation > owner { continue }
        blockOwner = nil
      }
      if first == UInt8(ascii: "#") {
        plainText = nil
        continue
      }
      let isItem =
        first == UInt8(ascii: "-") && content.count > 1 && content[1] == UInt8(ascii: " ")
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
  private static func valueStart(of content: UnsafeBufferPointer<UInt8>) -> ValueStart {
    let space = UInt8(ascii: " ")
    var index = 0
    // Past any "- " item marks and the spaces after them.
    while index + 1 < content.count, content[index] == UInt8(ascii: "-"),
      content[index + 1] == space
    {
      index += 2
      while index < content.count, content[index] == space { index += 1 }
    }
    // After a key, the value starts past ": ".
    var value = index
    while index < content.count {
      if content[index] == UInt8(ascii: ":") {
        let next = index + 1
        if next == content.count || content[next] == space || content[next] == UInt8(ascii: "\r") {
          value = next
          while value < content.count, content[value] == space { value += 1 }
          break
        }
      }
      if content[index] == UInt8(ascii: "\"") || content[index] == UInt8(ascii: "'") { break }
      index += 1
    }
    guard value < content.count else { return .other }
    let first = content[value]
    if first == UInt8(ascii: "\r") || first == UInt8(ascii: "#") { return .other }
    if first == UInt8(ascii: "|") || first == UInt8(ascii: ">") { return .block }
    return "\"'[{&*!".utf8.contains(first) ? .other : .plain
  }
}
