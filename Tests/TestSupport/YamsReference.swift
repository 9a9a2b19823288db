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

    /// The outcome in words, for messages.
    public var description: String {
      switch self {
      case .document(let tree): "document \(tree)"
      case .nothing: "no document"
      case .error(let diagnostic): "\(diagnostic)"
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
    return composed == reference ? nil : "the reader:\n  \(composed)\nYams:\n  \(reference)"
  }

  /// What Yams gives.
  public static func reference(_ yaml: String) -> Composed {
    do {
      guard let node = try Yams.compose(yaml: yaml, Resolver.basic) else { return .nothing }
      return .document(describe(node))
    } catch {
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

  /// What Yams' error says, in the terms `SyntaxDiagnostic` words.
  ///
  /// One deliberate difference: Yams names a duplicate key that is not text by a placeholder, the reader by
  /// nothing (the diagnostic says what it is).
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
      let key = duplicates.first.flatMap { $0 == "<uncovertable>" ? nil : $0 }
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
