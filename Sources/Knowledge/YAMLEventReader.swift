import CYaml

/// Composes a deck file's YAML into a `YAMLTree`, from the events of libyaml (the copy Yams bundles).
///
/// It composes what `Yams.compose(yaml:_:)` composes with `Resolver.basic`, and fails where that fails: one
/// document (a second one is an error), an alias stands for the node its anchor last named (with that node's
/// mark), and a mapping may not have two equal keys (keys compare as Yams compares nodes: by text, as Swift
/// compares strings, and by tag). What it keeps of each node is what the deck reader reads: the kind, the
/// start mark (libyaml's, from 1), a scalar's text and the children in order. Tags only tell keys apart: the
/// deck reader reads every scalar as text and parses numbers and booleans itself. The tests keep Yams'
/// composition as the reference.
package enum YAMLEventReader {
  /// Why a text is not one YAML document; `SyntaxDiagnostic` puts it into words.
  package enum Failure: Error, Equatable {
    /// libyaml could not scan or parse the text, or the text holds a second document or an undefined alias:
    /// the problem, where it is, and what was being read when it was found (from which line).
    case syntax(problem: String, line: Int, column: Int, context: String?, contextLine: Int)
    /// libyaml does not read a character (a control character, say) at this UTF-8 offset.
    case unreadable(problem: String, byteOffset: Int)
    /// Two keys of one mapping are equal: the key (nil when it is not a scalar) and its first occurrence.
    case duplicateKey(String?, line: Int, column: Int)
    /// libyaml ran out of memory.
    case outOfMemory
  }

  /// The tree of `yaml`; nil for a text without a document (empty, or only comments).
  package static func compose(_ yaml: String) throws(Failure) -> YAMLTree? {
    var yaml = yaml
    yaml.makeContiguousUTF8()
    let composed = yaml.utf8.withContiguousStorageIfAvailable { bytes in
      Result { () throws(Failure) in try compose(bytes) }
    }
    if let composed { return try composed.get() }
    return try Array(yaml.utf8).withUnsafeBufferPointer { bytes in
      Result { () throws(Failure) in try compose(bytes) }
    }.get()
  }

  private static func compose(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> YAMLTree? {
    guard let base = bytes.baseAddress else { return nil }
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { throw .outOfMemory }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(&parser, base, bytes.count)
    var event = yaml_event_t()
    defer { yaml_event_delete(&event) }
    func next() throws(Failure) {
      yaml_event_delete(&event)
      guard yaml_parser_parse(&parser, &event) == 1 else { throw failure(of: parser) }
    }

    // The events are read in the order Yams reads them, so that the first problem found is the one it finds.
    try next()  // the stream's start
    try next()
    if event.type == YAML_STREAM_END_EVENT { return nil }
    var composer = Composer(bytes: bytes.count)
    repeat {
      try next()
      try composer.add(event)
    } while !composer.isComplete
    try next()  // the document's end
    try next()
    guard event.type == YAML_STREAM_END_EVENT else {
      throw .syntax(
        problem: "but found another document", line: Int(event.start_mark.line) + 1,
        column: Int(event.start_mark.column) + 1,
        context: "expected a single document in the stream", contextLine: 1)
    }
    return composer.tree
  }

  private static func failure(of parser: yaml_parser_t) -> Failure {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
    switch parser.error {
    case YAML_READER_ERROR:
      return .unreadable(problem: problem, byteOffset: parser.problem_offset)
    case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
      return .syntax(
        problem: problem, line: parser.problem_mark.line + 1,
        column: parser.problem_mark.column + 1, context: parser.context.map { String(cString: $0) },
        contextLine: parser.context_mark.line + 1)
    default:  // the event API reports no composer error: only memory is left
      return .outOfMemory
    }
  }
}

extension YAMLEventReader {
  /// Builds the tree of one document from its events, children before their parent.
  private struct Composer {
    /// An open mapping or sequence: its start and where its children begin on the stack.
    struct Open {
      let kind: YAMLTree.Kind
      let line: Int
      let column: Int
      let firstChild: Int
      let anchor: String?
      let tag: String?
    }

    private(set) var tree = YAMLTree()
    private var open: [Open] = []
    /// The children of the open collections, in order.
    private var stack: [Int32] = []
    private var anchors: [String: Int32] = [:]
    /// The tags of nodes whose tag is not the default of their kind (few, if any), to compare keys.
    private var tags: [Int32: String] = [:]
    private(set) var isComplete = false

    init(bytes: Int) {
      // About one node for every 14 bytes in a deck; a guess only.
      tree.reserve(records: bytes / 12, strings: bytes / 18)
    }

    mutating func add(_ event: yaml_event_t) throws(Failure) {
      let line = Int(event.start_mark.line) + 1
      let column = Int(event.start_mark.column) + 1
      switch event.type {
      case YAML_SCALAR_EVENT:
        let scalar = event.data.scalar
        let node = tree.addScalar(
          Self.text(UnsafeBufferPointer(start: scalar.value, count: scalar.length)), line: line,
          column: column)
        // Yams gives a quoted scalar the `str` tag, and a plain one without a tag resolves to `str`.
        let tag = scalar.quoted_implicit != 0 ? nil : Self.string(scalar.tag)
        finish(node, anchor: Self.string(scalar.anchor), tag: tag, default: "str")
      case YAML_SEQUENCE_START_EVENT:
        let start = event.data.sequence_start
        open.append(
          Open(
            kind: .sequence, line: line, column: column, firstChild: stack.count,
            anchor: Self.string(start.anchor),
            tag: start.implicit != 0 ? nil : Self.string(start.tag)))
      case YAML_MAPPING_START_EVENT:
        let start = event.data.mapping_start
        open.append(
          Open(
            kind: .mapping, line: line, column: column, firstChild: stack.count,
            anchor: Self.string(start.anchor),
            tag: start.implicit != 0 ? nil : Self.string(start.tag)))
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let collection = open.popLast() else { return }
        // The slices are temporaries: a slice kept alive would make the removal below copy the stack.
        if collection.kind == .mapping { try checkKeys(stack[collection.firstChild...]) }
        let node = tree.addCollection(
          collection.kind, children: stack[collection.firstChild...], line: collection.line,
          column: collection.column)
        stack.removeLast(stack.count - collection.firstChild)
        finish(
          node, anchor: collection.anchor, tag: collection.tag,
          default: collection.kind == .mapping ? "map" : "seq")
      case YAML_ALIAS_EVENT:
        guard let anchor = Self.string(event.data.alias.anchor), let index = anchors[anchor] else {
          throw .syntax(
            problem: "found undefined alias", line: line, column: column, context: nil,
            contextLine: 0)
        }
        place(index)
      default:  // no other event comes inside a document
        return
      }
    }

    /// Records what a completed node's start said about it and places it under its parent.
    private mutating func finish(
      _ node: YAMLNode, anchor: String?, tag: String?, default defaultTag: String
    ) {
      // The non-specific tag `!` is the default too.
      if let tag, tag != "!", tag != "tag:yaml.org,2002:" + defaultTag { tags[node.index] = tag }
      // A later anchor of the same name shadows an earlier one, from here on.
      if let anchor { anchors[anchor] = node.index }
      place(node.index)
    }

    private mutating func place(_ index: Int32) {
      if open.isEmpty { isComplete = true } else { stack.append(index) }
    }

    /// Throws, as Yams does, when two keys among a mapping's children are equal.
    private func checkKeys(_ children: ArraySlice<Int32>) throws(Failure) {
      let keys = stride(from: children.startIndex, to: children.endIndex, by: 2).lazy.map {
        children[$0]
      }
      // Keys are nearly always untagged scalars: then comparing their texts is enough.
      var texts: [String] = []
      texts.reserveCapacity(children.count / 2)
      for key in keys {
        guard tags.isEmpty || tags[key] == nil, let text = tree.string(YAMLNode(index: key))
        else { return try checkAnyKeys(Array(keys)) }
        texts.append(text)
      }
      let distinct =
        texts.count <= 16
        ? texts.indices.allSatisfy { !texts[..<$0].contains(texts[$0]) }
        : Set(texts).count == texts.count
      if !distinct { try checkAnyKeys(Array(keys)) }
    }

    /// Compares keys of any kind and tag; throws for the duplicate Yams reports: among scalars, the one with
    /// the least text, at its first occurrence.
    private func checkAnyKeys(_ keys: [Int32]) throws(Failure) {
      var firstOccurrence: [[Token]: Int32] = [:]
      var duplicates: [Int32] = []
      for key in keys {
        let identity = self.identity(key)
        if let first = firstOccurrence[identity] {
          if !duplicates.contains(first) { duplicates.append(first) }
        } else {
          firstOccurrence[identity] = key
        }
      }
      // Yams sorts the duplicated keys and names the first: texts sort by `<`, other nodes not at all.
      func text(_ key: Int32) -> String? { tree.string(YAMLNode(index: key)) }
      let texts = duplicates.filter { text($0) != nil }
      guard
        let reported = texts.min(by: { (text($0) ?? "") < (text($1) ?? "") }) ?? duplicates.first
      else { return }
      let mark = tree.mark(of: YAMLNode(index: reported))
      throw .duplicateKey(text(reported), line: mark.line, column: mark.column)
    }

    /// One node of a key written out in preorder, for comparing keys as Yams compares nodes: by kind, tag, and
    /// text or children.
    private enum Token: Hashable {
      case scalar(String, tag: String?)
      case collection(YAMLTree.Kind, count: Int, tag: String?)
    }

    /// The key's nodes in preorder; a loop rather than a recursion, however deeply a key is nested.
    private func identity(_ index: Int32) -> [Token] {
      var tokens: [Token] = []
      var pending = [index]
      while let next = pending.popLast() {
        let node = YAMLNode(index: next)
        if let text = tree.string(node) {
          tokens.append(.scalar(text, tag: tags[next]))
        } else {
          let count = tree.childCount(of: node)
          tokens.append(.collection(tree.kind(of: node), count: count, tag: tags[next]))
          pending += (0..<count).reversed().map { tree.child(of: node, at: $0).index }
        }
      }
      return tokens
    }

    /// A scalar's text. Yams decodes it with Foundation, which drops a leading byte-order mark.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
      if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
        return String(decoding: UnsafeBufferPointer(rebasing: bytes.dropFirst(3)), as: UTF8.self)
      }
      return String(decoding: bytes, as: UTF8.self)
    }

    private static func string(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
      pointer.map { String(cString: $0) }
    }
  }
}
