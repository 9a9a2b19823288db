/// The kinds of event line, named by their `type` (a line without one is a review).
enum EventKind {
  case review, undo, suspend, unsuspend, flag, tag, quizResult, sessionStart, sessionEnd
  /// Fitted FSRS weights: the scheduler uses them from this event on.
  case parameters
  /// A type this version does not know (from a newer Recall).
  case unknown

  /// The kind named by the bytes of a `type` without escapes.
  init(type bytes: UnsafeBufferPointer<UInt8>) {
    self = PackedBytes(bytes).map(EventKind.init(type:)) ?? .unknown
  }

  /// The kind named by a packed `type`, matched as the integers its bytes make (as `EventField` does); the
  /// tests check every kind against its `name`.
  init(type packed: PackedBytes) {
    self =
      switch (packed.count, packed.low, packed.high) {
      case (6, 0x7765_6976_6572, 0): .review
      case (4, 0x6F64_6E75, 0): .undo
      case (7, 0x646E_6570_7375_73, 0): .suspend
      case (9, 0x6E65_7073_7573_6E75, 0x64): .unsuspend
      case (4, 0x6761_6C66, 0): .flag
      case (3, 0x6761_74, 0): .tag
      case (11, 0x7365_722D_7A69_7571, 0x74_6C75): .quizResult
      case (13, 0x2D6E_6F69_7373_6573, 0x74_7261_7473): .sessionStart
      case (11, 0x2D6E_6F69_7373_6573, 0x64_6E65): .sessionEnd
      case (10, 0x6574_656D_6172_6170, 0x7372): .parameters
      default: .unknown
      }
  }

  /// The name of a known kind, as written in `type`.
  var name: String? {
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
    switch type {
    case "review": self = .review
    case "undo": self = .undo
    case "suspend": self = .suspend
    case "unsuspend": self = .unsuspend
    case "flag": self = .flag
    case "tag": self = .tag
    case "quiz-result": self = .quizResult
    case "session-start": self = .sessionStart
    case "session-end": self = .sessionEnd
    case "parameters": self = .parameters
    default: self = .unknown
    }
  }
}
