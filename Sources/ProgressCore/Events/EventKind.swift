/// The kinds of event line, named by their `type` (a line without one is a review).
package enum EventKind: CaseIterable {
  case review, undo, suspend, unsuspend, flag, tag, quizResult, sessionStart, sessionEnd
  /// Fitted FSRS weights: the scheduler uses them from this event on.
  case parameters
  /// A type this version does not know (from a newer Recall).
  case unknown

  /// The kind named by the bytes of a `type` without escapes.
  init(type bytes: UnsafeBufferPointer<UInt8>) {
    self = PackedBytes(bytes).map(EventKind.init(type:)) ?? .unknown
  }

  /// The kind named by a packed `type`.
  package init(type packed: PackedBytes) {
    self = Self.byName.value(for: packed) ?? .unknown
  }

  /// The known kinds by the packed bytes of their `name`.
  static let byName = PackedNameTable(
    allCases.compactMap { kind in kind.name.map { (name: $0, value: kind) } })

  /// The name of a known kind, as written in `type`.
  package var name: String? {
    switch self {
    case .review: "review"
    case .undo: "undo"
    case .suspend: "suspend"
    case .unsuspend: "unsuspend"
    case .flag: "flag"
    case .tag: "tag"
    case .quizResult: "quiz-result"
    case .sessionStart: "session-start"
    case .sessionEnd: "session-end"
    case .parameters: "parameters"
    case .unknown: nil
    }
  }

  /// The kind named `type`.
  init(type: String) {
    self = Self.allCases.first { $0.name == type } ?? .unknown
  }
}
