import Dispatch
import Synchronization
import Yams

/// Composes a deck file into YAML nodes: a big file in pieces on every core (see `DeckTextSplit`), any other
/// file, or one whose pieces do not all read, whole.
enum DeckComposer {
  /// The composed file: its root, and (when it was read in pieces) the runs of fact items that stand for its
  /// `facts:` list.
  struct Composed {
    let root: Node
    let factParts: [FactParser.Part]?
  }

  /// A node composed on one core and read on another, once its composition has finished.
  private struct Handoff: @unchecked Sendable {
    let node: Node?
  }

  /// Composes `yaml`; nil for a file with no document. Throws what Yams throws for the whole file.
  static func compose(_ yaml: String, minimumBytes: Int = 1 << 20, runBytes: Int = 1 << 19) throws
    -> Composed?
  {
    if let split = DeckTextSplit.split(yaml, minimumBytes: minimumBytes, runBytes: runBytes),
      let composed = compose(split)
    {
      return composed
    }
    // No tag resolution: the deck reader reads every scalar as text and parses numbers itself, and the
    // default resolver's regular expressions cost seconds on large decks.
    return try Yams.compose(yaml: yaml, Resolver.basic).map { Composed(root: $0, factParts: nil) }
  }

  /// The pieces composed on every core; nil unless every piece reads and fits.
  private static func compose(_ split: DeckTextSplit) -> Composed? {
    let texts = [split.rest] + split.runs.map(\.text)
    let composed = Mutex<[Int: Handoff]>([:])
    DispatchQueue.concurrentPerform(iterations: texts.count) { index in
      // A resolver of its own (with no rules, like `Resolver.basic`): every node holds its resolver, and
      // cores retaining one shared object for each node would wait on each other.
      let resolver = Resolver.basic.removing(.str)
      let node = try? Yams.compose(yaml: texts[index], resolver)
      composed.withLock { $0[index] = Handoff(node: node) }
    }
    let nodes = composed.withLock { found in texts.indices.map { found[$0]?.node } }
    guard case .mapping(let top)? = nodes.first,
      top.contains(where: { pair in
        guard case .scalar(let key) = pair.key, key.string == "facts" else { return false }
        guard case .scalar(let value) = pair.value else { return false }
        return value.string.isEmpty
      })
    else { return nil }
    var parts: [FactParser.Part] = []
    for (run, node) in zip(split.runs, nodes.dropFirst()) {
      guard case .sequence(let items)? = node else { return nil }
      parts.append(FactParser.Part(items: Array(items), lineOffset: run.linesBefore))
    }
    guard let root = nodes.first ?? nil else { return nil }
    return Composed(root: root, factParts: parts)
  }
}
