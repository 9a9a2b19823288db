/// A composed YAML document in a few flat arrays: what the deck reader reads (kinds, scalar texts, marks and
/// the order of children), and nothing else.
///
/// `YAMLEventReader` builds it from libyaml's events. A node is one record rather than the few objects a Yams
/// node costs, which is what keeps a big deck's load within its budget. An alias is the node its anchor names:
/// a child index may appear under several parents.
package struct YAMLTree: Equatable, Sendable {
  package enum Kind: UInt8, Equatable, Sendable {
    case scalar, mapping, sequence
  }

  /// One node: for a scalar, `first` is its index in `strings`; for a mapping or a sequence, its children are
  /// `children[first..<first + count]` (a mapping's as key, value, key, value...).
  struct Record: Equatable, Sendable {
    var kind: Kind
    var line: Int32
    var column: Int32
    var first: Int32
    var count: Int32
  }

  private(set) var records: [Record] = []
  private(set) var strings: [String] = []
  private(set) var children: [Int32] = []
  /// The document's node; nil for an empty tree.
  package var root: YAMLNode? { records.isEmpty ? nil : YAMLNode(index: Int32(records.count - 1)) }

  init() {}

  // MARK: Reading

  package func kind(of node: YAMLNode) -> Kind { records[Int(node.index)].kind }

  /// Where the node starts, as Yams marks it (line and column from 1).
  package func mark(of node: YAMLNode) -> (line: Int, column: Int) {
    let record = records[Int(node.index)]
    return (Int(record.line), Int(record.column))
  }

  /// The text of a scalar; nil for any other node.
  package func string(_ node: YAMLNode) -> String? {
    let record = records[Int(node.index)]
    return record.kind == .scalar ? strings[Int(record.first)] : nil
  }

  /// How many children a mapping (keys and values) or a sequence has.
  package func childCount(of node: YAMLNode) -> Int {
    let record = records[Int(node.index)]
    return record.kind == .mapping || record.kind == .sequence ? Int(record.count) : 0
  }

  /// The child at `offset` (from 0) of a mapping or a sequence.
  package func child(of node: YAMLNode, at offset: Int) -> YAMLNode {
    YAMLNode(index: children[Int(records[Int(node.index)].first) + offset])
  }

  /// The items of a sequence; nil for any other node.
  func items(_ node: YAMLNode) -> [YAMLNode]? {
    let record = records[Int(node.index)]
    guard record.kind == .sequence else { return nil }
    let start = Int(record.first)
    return children[start..<start + Int(record.count)].map { YAMLNode(index: $0) }
  }

  // MARK: Building (children before their parent; the root last)

  /// Adds a scalar and returns it.
  mutating func addScalar(_ string: String, line: Int, column: Int) -> YAMLNode {
    strings.append(string)
    return add(
      Record(
        kind: .scalar, line: Int32(line), column: Int32(column), first: Int32(strings.count - 1),
        count: 0))
  }

  /// Adds a mapping or a sequence whose children (already added) are `nodes`, and returns it.
  mutating func addCollection(
    _ kind: Kind, children nodes: some Collection<Int32>, line: Int, column: Int
  ) -> YAMLNode {
    let first = Int32(children.count)
    children.append(contentsOf: nodes)
    return add(
      Record(
        kind: kind, line: Int32(line), column: Int32(column), first: first,
        count: Int32(nodes.count)))
  }

  mutating func reserve(records recordCount: Int, strings stringCount: Int) {
    records.reserveCapacity(recordCount)
    strings.reserveCapacity(stringCount)
    children.reserveCapacity(recordCount)
  }

  private mutating func add(_ record: Record) -> YAMLNode {
    records.append(record)
    return YAMLNode(index: Int32(records.count - 1))
  }
}

/// A node of a `YAMLTree` (read through its tree).
package struct YAMLNode: Hashable, Sendable {
  let index: Int32
}
