/// The keys an event line may carry that this Recall reads; any other key is kept in the file and ignored.
package enum EventField: Int, CaseIterable {
  case time, type, card, rating, milliseconds, suggested, verdict, answer, mode, note, tag
  case correct, questions, seconds, reviewed
  case weights, logLoss, previousLogLoss
  case chosen, override, rung
  case deckHash, deckVersion, set

  /// The key as written in the file.
  package var key: String {
    switch self {
    case .time: "t"
    case .type: "type"
    case .card: "card"
    case .rating: "rating"
    case .milliseconds: "ms"
    case .suggested: "suggested"
    case .verdict: "verdict"
    case .answer: "answer"
    case .mode: "mode"
    case .note: "note"
    case .tag: "tag"
    case .correct: "correct"
    case .questions: "questions"
    case .seconds: "seconds"
    case .reviewed: "reviewed"
    case .weights: "w"
    case .logLoss: "logLoss"
    case .previousLogLoss: "previousLogLoss"
    case .chosen: "chosen"
    case .override: "override"
    case .rung: "rung"
    case .deckHash: "deckHash"
    case .deckVersion: "deckVersion"
    case .set: "set"
    }
  }

  /// The field whose key is `bytes`, if any (the bytes of a key without escapes).
  init?(key bytes: UnsafeBufferPointer<UInt8>) {
    guard let packed = PackedBytes(bytes), let field = EventField(key: packed) else { return nil }
    self = field
  }

  /// The field whose key is `packed`, if any.
  package init?(key packed: PackedBytes) {
    guard let field = Self.byKey.value(for: packed) else { return nil }
    self = field
  }

  /// The fields by the packed bytes of their `key` (the line scanner holds a copy: it looks up every key of
  /// every line).
  static let byKey = PackedNameTable(allCases.map { (name: $0.key, value: $0) })
}
