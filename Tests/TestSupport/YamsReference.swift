import Foundation
import Knowledge
import Yams

/// The reference for `YAMLEventReader`: what `Yams.compose(yaml:_:)` with `Resolver.basic` makes of a text,
/// as the deck reader sees it (the tree's kinds, marks, texts and children), or the diagnostic its error gives.
/// The tests and the fuzz target `yaml-reader` hold the reader to it.
public enum YamsReference {
  /// What composing a text gives, in a form both ways can be compared in.
  public enum Composed: Equatable, CustomStringConvertible {
    /// A document: its tree, described node by node.
    case document(String)
    /// No document at all.
    case nothing
    /// Not one YAML document.
    case error(DeckDiagnostic)
    /// Equal keys in a mapping, where which one Yams names depends on the order of its hash table (see
    /// `diagnostic`): any of these keys (nil for one that is not text), at its first occurrence.
    case anyDuplicateKey([String?])

    /// The outcome in words, for messages.
    public var description: String {
      switch self {
      case .document(let tree): "document \(tree)"
      case .nothing: "no document"
      case .error(let diagnostic): "\(diagnostic)"
      case .anyDuplicateKey(let keys): "a duplicate key among \(keys)"
      }
    }

    /// Whether the reader's outcome (this) is the reference's: the same, or one of the duplicate keys the
    /// reference leaves open.
    public func agrees(with reference: Composed) -> Bool {
      guard case .anyDuplicateKey(let keys) = reference, case .error(let diagnostic) = self else {
        return self == reference
      }
      return keys.contains {
        diagnostic.message.hasPrefix(
          "duplicate key '\($0 ?? "<a mapping or list>")' (first at line ")
      }
    }
  }

  /// The file name in the diagnostics.
  public static let file = "reference.yaml"

  /// What `YAMLEventReader` gives.
  public static func composed(_ yaml: String) -> Composed {
    do {
      guard let tree = try YAMLEventReader.compose(yaml), let root = tree.root else {
        return .nothing
      }
      return .document(describe(root, in: tree))
    } catch {
      return .error(SyntaxDiagnostic.make(from: error, yaml: yaml, file: file))
    }
  }

  /// How the reader and Yams disagree on `yaml`, in words; nil when they give the same tree or diagnostic.
  public static func mismatch(in yaml: String) -> String? {
    let composed = composed(yaml)
    let reference = reference(yaml)
    return composed.agrees(with: reference)
      ? nil : "the reader:\n  \(composed)\nYams:\n  \(reference)"
  }

  /// What Yams gives.
  public static func reference(_ yaml: String) -> Composed {
    do {
      guard let node = try Yams.compose(yaml: yaml, Resolver.basic) else { return .nothing }
      return .document(describe(node))
    } catch {
      if case .duplicatedKeysInMapping(let duplicates, _) = error as? YamlError,
        duplicates.contains(unconvertible) || Set(duplicates).count < duplicates.count
      {
        return .anyDuplicateKey(duplicates.map { $0 == unconvertible ? nil : $0 })
      }
      return .error(diagnostic(error, yaml: yaml))
    }
  }

  /// `kind@line:column` and a scalar's text or a collection's children, nested.
  static func describe(_ node: YAMLNode, in tree: YAMLTree) -> String {
    let mark = tree.mark(of: node)
    let children = (0..<tree.childCount(of: node)).map {
      describe(tree.child(of: node, at: $0), in: tree)
    }
    switch tree.kind(of: node) {
    case .scalar:
      return "s@\(mark.line):\(mark.column)\(String(reflecting: tree.string(node) ?? ""))"
    case .mapping: return "m@\(mark.line):\(mark.column){\(children.joined(separator: ", "))}"
    case .sequence: return "l@\(mark.line):\(mark.column)[\(children.joined(separator: ", "))]"
    }
  }

  static func describe(_ node: Node) -> String {
    let at = node.mark.map { "@\($0.line):\($0.column)" } ?? "@?"
    switch node {
    case .scalar(let scalar): return "s\(at)\(String(reflecting: scalar.string))"
    case .mapping(let mapping):
      let pairs = mapping.map { "\(describe($0.key)), \(describe($0.value))" }
      return "m\(at){\(pairs.joined(separator: ", "))}"
    case .sequence(let sequence):
      return "l\(at)[\(sequence.map(describe).joined(separator: ", "))]"
    case .alias: return "alias\(at)"  // compose resolves every alias: never seen
    }
  }

  /// How Yams names a key that is not text (sic).
  static let unconvertible = "<uncovertable>"

  /// What Yams' error says, in the terms `SyntaxDiagnostic` words.
  ///
  /// One deliberate difference: Yams names a duplicate key that is not text by a placeholder, the reader by
  /// nothing (the diagnostic says what it is). And where Yams finds several keys repeated, it names the first
  /// of them sorted by its order on nodes, which orders texts, mappings among mappings (by their keys only)
  /// and sequences among sequences, but not a text and a mapping, nor two texts with other tags: then the
  /// order of its hash table decides, which changes from run to run. So `reference` leaves open which key
  /// is named when a repeated key is not text or two have the same text (`anyDuplicateKey`); the reader
  /// names the text that sorts first, else the first key it found.
  static func diagnostic(_ error: any Error, yaml: String) -> DeckDiagnostic {
    let failure: YAMLEventReader.Failure
    switch error as? YamlError {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      failure = .syntax(
        problem: problem, line: mark.line, column: mark.column, context: context?.text,
        contextLine: context?.mark.line ?? 0)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let key = duplicates.first.flatMap { $0 == unconvertible ? nil : $0 }
      failure = .duplicateKey(key, line: context.mark.line, column: context.mark.column)
    case .reader(let problem, let offset, _, _):
      // Yams gives the offset in characters.
      let end = offset.flatMap {
        yaml.index(yaml.startIndex, offsetBy: $0, limitedBy: yaml.endIndex)
      }
      failure = .unreadable(
        problem: problem,
        byteOffset: yaml.utf8.distance(from: yaml.startIndex, to: end ?? yaml.startIndex))
    default:
      failure = .outOfMemory
    }
    return SyntaxDiagnostic.make(from: failure, yaml: yaml, file: file)
  }
}
