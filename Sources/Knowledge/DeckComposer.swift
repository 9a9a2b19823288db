import Dispatch
import Synchronization
import Yams

/// Composes a deck file into a `YAMLTree`: from libyaml's events when the file is in the subset
/// `YAMLEventReader` reads, with Yams otherwise (so every syntax error is found and worded by Yams). Either way
/// a big file is read in pieces on every core (see `DeckTextSplit`) and any other file, or one whose pieces do
/// not all read, whole.
enum DeckComposer {
  /// The composed file: its tree and root, and (when it was read in pieces) the runs of fact items that stand
  /// for its `facts:` list.
  struct Composed {
    let tree: YAMLTree
    let root: YAMLNode
    let factParts: [FactParser.Part]?
  }

  /// Composes `yaml`; nil for a file with no document. Throws what Yams throws for the whole file.
  /// `readingEvents: false` skips the event reader (tests compare both ways).
  static func compose(
    _ yaml: String, minimumBytes: Int = 1 << 20, runBytes: Int = 1 << 19, readingEvents: Bool = true
  ) throws -> Composed? {
    let split = DeckTextSplit.split(yaml, minimumBytes: minimumBytes, runBytes: runBytes)
    if readingEvents {
      if let split, let composed = compose(split, YAMLEventReader.read) { return composed }
      if let tree = YAMLEventReader.read(yaml), let root = tree.root {
        return Composed(tree: tree, root: root, factParts: nil)
      }
    }
    if let split, let composed = compose(split, composeWithYams) { return composed }
    // No tag resolution: the deck reader reads every scalar as text and parses numbers itself, and the
    // default resolver's regular expressions cost seconds on large decks.
    return try Yams.compose(yaml: yaml, Resolver.basic).map { node in
      let tree = YAMLTree(node)
      return Composed(
        tree: tree, root: YAMLNode(index: Int32(tree.records.count - 1)), factParts: nil)
    }
  }

  /// A piece composed by Yams; nil if it does not read.
  private static func composeWithYams(_ text: String) -> YAMLTree? {
    // A resolver of its own (with no rules, like `Resolver.basic`): every node holds its resolver, and
    // cores retaining one shared object for each node would wait on each other.
    let resolver = Resolver.basic.removing(.str)
    return (try? Yams.compose(yaml: text, resolver)).flatMap { $0.map(YAMLTree.init) }
  }

  /// The pieces composed on every core by `read`; nil unless every piece reads and fits.
  private static func compose(
    _ split: DeckTextSplit, _ read: @Sendable (String) -> YAMLTree?
  ) -> Composed? {
    let texts = [split.rest] + split.runs.map(\.text)
    let composed = Mutex<[Int: YAMLTree]>([:])
    DispatchQueue.concurrentPerform(iterations: texts.count) { index in
      guard let tree = read(texts[index]) else { return }
      composed.withLock { $0[index] = tree }
    }
    let trees = composed.withLock { found in texts.indices.map { found[$0] } }
    guard let top = trees.first ?? nil, let root = top.root, top.kind(of: root) == .mapping,
      stride(from: 0, to: top.childCount(of: root), by: 2).contains(where: { offset in
        top.string(top.child(of: root, at: offset)) == "facts"
          && top.string(top.child(of: root, at: offset + 1))?.isEmpty == true
      })
    else { return nil }
    var parts: [FactParser.Part] = []
    for (run, tree) in zip(split.runs, trees.dropFirst()) {
      guard let tree, let node = tree.root, let items = tree.items(node) else { return nil }
      parts.append(FactParser.Part(tree: tree, items: items, lineOffset: run.linesBefore))
    }
    return Composed(tree: top, root: root, factParts: parts)
  }
}
