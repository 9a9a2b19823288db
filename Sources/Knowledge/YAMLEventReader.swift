import CLibYAML

/// Reads a deck file's YAML straight from libyaml's events into a `YAMLTree`, without building Yams nodes.
///
/// It only takes what it can read exactly as Yams composes it (`Yams.compose(yaml:_:)`, which the deck reader
/// used on every file before): one document, scalars, mappings with scalar keys and sequences. It gives up
/// (returns nil) on any libyaml error, an empty stream, a second document, directives, anchors, aliases,
/// explicit tags, a non-scalar key, a merge key (`<<`), two keys of a mapping with equal texts (Yams' duplicate
/// check), or a scalar starting with a byte-order mark. The loader then reads the file with Yams as before, so
/// every error is found and worded by Yams, exactly as before.
///
/// What it keeps of each node is what Yams keeps and the deck reader reads: the scalar's text (libyaml's
/// bytes, as UTF-8), the start mark (libyaml's, from 1, as Yams counts it), the kind, and the children in
/// order. Tags are not kept: the deck reader reads every scalar as text (plain, quoted or block alike) and
/// parses numbers and booleans itself, so `Resolver.basic` resolves nothing it looks at.
///
/// The plainest texts (one-line scalars and flow collections in blocks, as big and imported decks are written)
/// are read without libyaml by `YAMLLineScanner`, to the same tree; libyaml reads the rest.
enum YAMLEventReader {
  /// The tree of `yaml`, or nil when it is not in the subset this reads.
  static func read(_ yaml: String) -> YAMLTree? {
    var yaml = yaml
    yaml.makeContiguousUTF8()
    return yaml.utf8.withContiguousStorageIfAvailable { read($0) } ?? nil
  }

  /// An open mapping or sequence: its start mark and where its children begin on the stack.
  private struct Open {
    let kind: YAMLTree.Kind
    let line: Int
    let column: Int
    let firstChild: Int
  }

  static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLTree? {
    YAMLLineScanner.read(bytes) ?? readEvents(bytes)
  }

  /// The tree of `bytes` from libyaml's events alone.
  static func readEvents(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLTree? {
    guard let base = bytes.baseAddress else { return nil }
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(&parser, base, bytes.count)

    var tree = YAMLTree()
    // About one node for every 14 bytes in a deck; a guess only.
    tree.reserve(records: bytes.count / 12, strings: bytes.count / 18)
    var open: [Open] = []
    var stack: [Int32] = []  // children of the open collections, in order
    var documents = 0
    var root: YAMLNode?
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
      defer { yaml_event_delete(&event) }
      let line = Int(event.start_mark.line) + 1
      let column = Int(event.start_mark.column) + 1
      switch event.type {
      case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
        continue
      case YAML_STREAM_END_EVENT:
        // The document's node completes last, so it is the tree's root.
        guard documents == 1, let root, root == tree.root else { return nil }
        return tree
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        let start = event.data.document_start
        guard documents == 1, start.version_directive == nil,
          start.tag_directives.start == start.tag_directives.end
        else { return nil }
      case YAML_SCALAR_EVENT:
        let scalar = event.data.scalar
        guard scalar.anchor == nil, scalar.tag == nil else { return nil }
        let value = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
        if value.count >= 3, value[0] == 0xEF, value[1] == 0xBB, value[2] == 0xBF { return nil }
        let node = tree.addScalar(
          String(decoding: value, as: UTF8.self), line: line, column: column)
        guard let node = added(node) else { return nil }
        root = node
      case YAML_SEQUENCE_START_EVENT:
        let start = event.data.sequence_start
        guard start.anchor == nil, start.tag == nil || start.implicit != 0 else { return nil }
        open.append(Open(kind: .sequence, line: line, column: column, firstChild: stack.count))
      case YAML_MAPPING_START_EVENT:
        let start = event.data.mapping_start
        guard start.anchor == nil, start.tag == nil || start.implicit != 0 else { return nil }
        open.append(Open(kind: .mapping, line: line, column: column, firstChild: stack.count))
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let collection = open.popLast() else { return nil }
        // The slices are temporaries: a slice kept alive would make the removal below copy the stack.
        if collection.kind == .mapping,
          !hasPlainDistinctKeys(stack[collection.firstChild...], in: tree)
        {
          return nil
        }
        let node = tree.addCollection(
          collection.kind, children: stack[collection.firstChild...], line: collection.line,
          column: collection.column)
        stack.removeLast(stack.count - collection.firstChild)
        guard let node = added(node) else { return nil }
        root = node
      default:  // an alias, or anything else
        return nil
      }
    }

    /// Puts `node` on the stack of its parent's children; nil when it is a key Yams would read otherwise.
    func added(_ node: YAMLNode) -> YAMLNode? {
      if let parent = open.last {
        // A mapping's keys are at even offsets: they must be scalars.
        if parent.kind == .mapping, (stack.count - parent.firstChild) % 2 == 0,
          tree.kind(of: node) != .scalar
        {
          return nil
        }
        stack.append(node.index)
      }
      return node
    }
  }

  /// Whether a mapping's keys are scalars with different texts (as Swift compares text, like Yams' duplicate
  /// check), none of them `<<`.
  static func hasPlainDistinctKeys(_ nodes: ArraySlice<Int32>, in tree: YAMLTree) -> Bool {
    let count = nodes.count / 2
    func key(_ offset: Int) -> String? {
      tree.string(YAMLNode(index: nodes[nodes.startIndex + 2 * offset]))
    }
    if count <= 16 {
      var keys: [String] = []
      keys.reserveCapacity(count)
      for offset in 0..<count {
        guard let key = key(offset), key != "<<", !keys.contains(key) else { return false }
        keys.append(key)
      }
      return true
    }
    var keys: Set<String> = []
    keys.reserveCapacity(count)
    for offset in 0..<count {
      guard let key = key(offset), key != "<<", keys.insert(key).inserted else { return false }
    }
    return true
  }
}
