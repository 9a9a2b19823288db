/// Reads the plainest YAML — the layout big decks are written and imported in — straight into a `YAMLTree`,
/// without libyaml; `YAMLEventReader` hands everything else to libyaml.
///
/// It takes block mappings and sequences (a sequence item may start a mapping on its own line, `- id: x`),
/// flow mappings and sequences closed on their line, plain scalars on one line, and double-quoted scalars on one
/// line with the escapes `\\`, `\"`, `\n`, `\t` and `\uXXXX`; blank lines and comments. It gives up (returns
/// nil) on anything else: tabs, carriage returns, control and non-printable characters, a byte-order mark,
/// document markers and directives, anchors, aliases, tags, block scalars, single quotes, complex keys,
/// multi-line scalars or flow collections, an indentless sequence, an empty sequence item, a duplicate or
/// `<<` key, and any syntax error. What it reads, it reads to exactly the tree libyaml's events give
/// (`YAMLLineScannerTests` compares the two on every sample deck and thousands of mutations of them).
///
/// About three times as fast as libyaml, which allocates for every token (docs/performance.md).
struct YAMLLineScanner {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var tree = YAMLTree()
  /// The line being read: its number (from 0), where it starts and ends (before its line break).
  private var line = 0
  private var lineStart = 0
  private var lineEnd = 0
  /// Whether the current line is consumed (the next content line must be looked for).
  private var lineUsed = true
  /// Whether the current line is all ASCII (else columns count characters, as libyaml's do).
  private var lineIsASCII = true

  private init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    tree.reserve(records: bytes.count / 12, strings: bytes.count / 18)
  }

  /// The tree of `bytes`, or nil when they are not in the subset this reads.
  static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLTree? {
    guard isPlainText(bytes) else { return nil }
    var scanner = YAMLLineScanner(bytes)
    scanner.line = -1
    guard scanner.nextContentLine() else { return nil }
    let indent = scanner.indent
    let start = scanner.lineStart + indent
    let root: YAMLNode? =
      scanner.isSequenceEntry(at: start)
      ? scanner.blockSequence(indent: indent) : scanner.blockMapping(indent: indent, at: start)
    guard root != nil, !scanner.nextContentLine() else { return nil }
    return scanner.tree
  }

  // MARK: Lines

  /// The indentation of the current line.
  private var indent: Int {
    var index = lineStart
    while index < lineEnd, bytes[index] == 32 { index += 1 }
    return index - lineStart
  }

  /// Moves to the next line that holds more than spaces and a comment, unless the current one is still
  /// unread; false at the end of the text.
  private mutating func nextContentLine() -> Bool {
    if !lineUsed { return true }
    while true {
      if line >= 0 {
        guard lineEnd < bytes.count else { return false }
        lineStart = lineEnd + 1
      }
      line += 1
      lineEnd = lineStart
      var high: UInt8 = 0
      while lineEnd < bytes.count, bytes[lineEnd] != 10 {
        high |= bytes[lineEnd]
        lineEnd += 1
      }
      lineIsASCII = high < 0x80
      let first = lineStart + indent
      if first < lineEnd, bytes[first] != 35 {
        lineUsed = false
        return true
      }
      if lineEnd >= bytes.count { return false }
    }
  }

  /// The column (from 1) of `index` on the current line, in characters.
  private func column(_ index: Int) -> Int {
    guard !lineIsASCII else { return index - lineStart + 1 }
    var count = 1
    for offset in lineStart..<index where bytes[offset] & 0xC0 != 0x80 { count += 1 }
    return count
  }

  /// The byte at `index`, or a line break past the end of the line.
  private func byte(_ index: Int) -> UInt8 { index < lineEnd ? bytes[index] : 10 }

  /// Whether `index` is at a space or the end of the line.
  private func isBlankOrEnd(_ index: Int) -> Bool { index >= lineEnd || bytes[index] == 32 }

  private func skipSpaces(_ index: Int) -> Int {
    var index = index
    while index < lineEnd, bytes[index] == 32 { index += 1 }
    return index
  }

  /// Whether the rest of the line from `index` is spaces, then perhaps a comment after a space.
  private func restIsBlank(_ index: Int) -> Bool {
    let next = skipSpaces(index)
    return next == lineEnd || bytes[next] == 35 && next > index
  }

  private func isSequenceEntry(at index: Int) -> Bool {
    byte(index) == 45 && isBlankOrEnd(index + 1)
  }

  // MARK: Block collections

  /// A block mapping whose keys are at column `indent`, the first at `start` on the current line.
  private mutating func blockMapping(indent: Int, at start: Int) -> YAMLNode? {
    let (markLine, markColumn) = (line, column(start))
    var children: [Int32] = []
    var position = start
    while true {
      guard let (key, afterKey) = scalar(at: position, flow: false), byte(afterKey) == 58,
        isBlankOrEnd(afterKey + 1), afterKey - position <= 1_000
      else { return nil }
      children.append(key.index)
      let value: YAMLNode
      if restIsBlank(afterKey + 1) {
        // The value is on the lines below, or empty (marked just after the ':', as libyaml marks it).
        let (colonLine, colonColumn) = (line, column(afterKey))
        lineUsed = true
        if nextContentLine(), self.indent > indent {
          let nested = lineStart + self.indent
          let node =
            isSequenceEntry(at: nested)
            ? blockSequence(indent: self.indent) : blockMapping(indent: self.indent, at: nested)
          guard let node else { return nil }
          value = node
        } else {
          if !lineUsed, self.indent == indent, isSequenceEntry(at: lineStart + indent) {
            return nil  // an indentless sequence
          }
          value = tree.addScalar("", line: colonLine + 1, column: colonColumn + 1)
        }
      } else {
        guard let (node, end) = inlineValue(at: skipSpaces(afterKey + 1)), restIsBlank(end)
        else { return nil }
        value = node
        lineUsed = true
        // A more indented line would continue a plain scalar (or be an error).
        if nextContentLine(), self.indent > indent { return nil }
      }
      children.append(value.index)
      // The next entry, if any, starts a line at this mapping's column.
      guard !lineUsed, self.indent >= indent else { break }
      guard self.indent == indent, !isSequenceEntry(at: lineStart + indent) else { return nil }
      position = lineStart + indent
    }
    guard YAMLEventReader.hasPlainDistinctKeys(children[...], in: tree) else { return nil }
    return tree.addCollection(.mapping, children: children, line: markLine + 1, column: markColumn)
  }

  /// A block sequence whose entries' dashes are at column `indent`, the first on the current line.
  private mutating func blockSequence(indent: Int) -> YAMLNode? {
    let (markLine, markColumn) = (line, indent + 1)
    var children: [Int32] = []
    while !lineUsed, self.indent == indent, isSequenceEntry(at: lineStart + indent) {
      let start = skipSpaces(lineStart + indent + 1)
      guard start < lineEnd, byte(start) != 35, !isSequenceEntry(at: start) else { return nil }
      let node: YAMLNode
      if let end = scalarEnd(at: start, flow: false), byte(end) == 58, isBlankOrEnd(end + 1) {
        // A mapping that starts on the entry's line, its keys at this column.
        guard let mapping = blockMapping(indent: start - lineStart, at: start) else { return nil }
        node = mapping
      } else {
        guard let (value, end) = inlineValue(at: start), restIsBlank(end) else { return nil }
        node = value
        lineUsed = true
        if nextContentLine(), self.indent > indent { return nil }
      }
      children.append(node.index)
    }
    if !lineUsed, self.indent > indent { return nil }
    return tree.addCollection(.sequence, children: children, line: markLine + 1, column: markColumn)
  }

  /// A value on the line: a flow collection or a scalar; with where it ends.
  private mutating func inlineValue(at start: Int) -> (YAMLNode, Int)? {
    switch byte(start) {
    case 123, 91: flowCollection(at: start)
    default: scalar(at: start, flow: false)
    }
  }

  // MARK: Flow collections (on one line)

  private mutating func flowCollection(at start: Int) -> (YAMLNode, Int)? {
    let isMapping = byte(start) == 123
    let close: UInt8 = isMapping ? 125 : 93
    var children: [Int32] = []
    var index = skipSpaces(start + 1)
    if byte(index) == close {
      let node = tree.addCollection(
        isMapping ? .mapping : .sequence, children: children, line: line + 1, column: column(start))
      return (node, index + 1)
    }
    while true {
      guard let (item, end) = flowNode(at: index) else { return nil }
      children.append(item.index)
      index = skipSpaces(end)
      if isMapping {
        guard tree.kind(of: item) == .scalar, byte(index) == 58, byte(index + 1) == 32,
          let (value, valueEnd) = flowNode(at: skipSpaces(index + 1))
        else { return nil }
        children.append(value.index)
        index = skipSpaces(valueEnd)
      } else if byte(index) == 58 {
        return nil  // a one-pair mapping inside a sequence
      }
      if byte(index) == close { break }
      guard byte(index) == 44 else { return nil }
      index = skipSpaces(index + 1)
      guard byte(index) != close else { return nil }  // a trailing comma
    }
    if isMapping, !YAMLEventReader.hasPlainDistinctKeys(children[...], in: tree) { return nil }
    let node = tree.addCollection(
      isMapping ? .mapping : .sequence, children: children, line: line + 1, column: column(start))
    return (node, index + 1)
  }

  private mutating func flowNode(at start: Int) -> (YAMLNode, Int)? {
    switch byte(start) {
    case 123, 91: flowCollection(at: start)
    default: scalar(at: start, flow: true)
    }
  }

  // MARK: Scalars (on one line)

  /// A plain or double-quoted scalar starting at `start`, and where it ends.
  private mutating func scalar(at start: Int, flow: Bool) -> (YAMLNode, Int)? {
    if byte(start) == 34 { return quoted(at: start) }
    guard let end = scalarEnd(at: start, flow: flow) else { return nil }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    return (tree.addScalar(text, line: line + 1, column: column(start)), end)
  }

  /// Where the scalar starting at `start` ends: after a plain scalar's last byte other than a space (it stops
  /// before `: `, a comment or, in a flow, a flow indicator), or after a double-quoted scalar's closing quote.
  /// Nil when it starts with an indicator or holds what libyaml versions read differently.
  private func scalarEnd(at start: Int, flow: Bool) -> Int? {
    let first = byte(start)
    if first == 34 {
      var index = start + 1
      while index < lineEnd, bytes[index] != 34 { index += bytes[index] == 92 ? 2 : 1 }
      return index < lineEnd ? index + 1 : nil
    }
    // Indicators that start something else (or need a space after them to be plain).
    switch first {
    case 10, 32, 33, 35, 37, 38, 39, 42, 44, 45, 58, 62, 63, 64, 91, 93, 96, 123, 124, 125:
      return nil
    default: break
    }
    var end = start
    var index = start
    while index < lineEnd {
      let byte = bytes[index]
      if byte == 58 {
        let next = self.byte(index + 1)
        if next == 32 || next == 10 { break }
        if flow { return nil }  // libyaml versions disagree on ':' inside flow scalars
      } else if byte == 35, bytes[index - 1] == 32 {
        if flow { return nil }
        break
      } else if flow, byte == 44 || byte == 91 || byte == 93 || byte == 123 || byte == 125 {
        break
      }
      index += 1
      if byte != 32 { end = index }
    }
    return end
  }

  /// A double-quoted scalar on one line, with the escapes `\\`, `\"`, `\n`, `\t` and `\uXXXX`.
  private mutating func quoted(at start: Int) -> (YAMLNode, Int)? {
    var text: [UInt8] = []
    var index = start + 1
    while true {
      guard index < lineEnd else { return nil }
      let byte = bytes[index]
      if byte == 34 { break }
      guard byte == 92 else {
        text.append(byte)
        index += 1
        continue
      }
      switch self.byte(index + 1) {
      case 92: text.append(92)
      case 34: text.append(34)
      case 110: text.append(10)
      case 116: text.append(9)
      case 117:
        guard index + 5 < lineEnd, let code = UInt32(hex: bytes[(index + 2)..<(index + 6)]),
          let scalar = Unicode.Scalar(code), code != 0xFEFF
        else { return nil }
        text.append(contentsOf: String(scalar).utf8)
        index += 4
      default: return nil
      }
      index += 2
    }
    let node = tree.addScalar(
      String(decoding: text, as: UTF8.self), line: line + 1, column: column(start))
    return (node, index + 1)
  }

  // MARK: The whole text

  /// Whether `bytes` hold only what this reads: printable UTF-8 (no tab, carriage return, control character,
  /// byte-order mark or YAML 1.1 line break other than `\n`), and no line starting a document marker or a
  /// directive.
  private static func isPlainText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    var atLineStart = true
    while index < bytes.count {
      let byte = bytes[index]
      if atLineStart {
        if byte == 37 { return false }
        if byte == 45 || byte == 46, index + 2 < bytes.count, bytes[index + 1] == byte,
          bytes[index + 2] == byte
        {
          return false
        }
      }
      atLineStart = byte == 10
      if byte < 0x80 {
        if byte < 32 && byte != 10 || byte == 127 { return false }
        index += 1
        continue
      }
      guard let (scalar, length) = decode(bytes, at: index) else { return false }
      switch scalar {
      case 0x80...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return false
      default: index += length
      }
    }
    return true
  }

  /// The Unicode scalar of the UTF-8 sequence at `index` and its length; nil when it is not valid UTF-8.
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
    let lead = bytes[index]
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
    guard length > 0, lead < 0xF5, index + length <= bytes.count else { return nil }
    var scalar = UInt32(lead) & (0xFF >> (length + 1))
    for offset in 1..<length {
      let next = bytes[index + offset]
      guard next & 0xC0 == 0x80 else { return nil }
      scalar = scalar << 6 | UInt32(next & 0x3F)
    }
    let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
    guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
      return nil
    }
    return (scalar, length)
  }
}

extension UInt32 {
  /// The value of four hexadecimal digits.
  fileprivate init?(hex digits: Slice<UnsafeBufferPointer<UInt8>>) {
    var value: UInt32 = 0
    for digit in digits {
      switch digit {
      case 48...57: value = value << 4 | UInt32(digit - 48)
      case 65...70: value = value << 4 | UInt32(digit - 55)
      case 97...102: value = value << 4 | UInt32(digit - 87)
      default: return nil
      }
    }
    self = value
  }
}
