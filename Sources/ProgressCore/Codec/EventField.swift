/// The keys an event line may carry that this Recall reads; any other key is kept in the file and ignored.
enum EventField: Int, CaseIterable {
  case time, type, card, rating, milliseconds, suggested, verdict, answer, mode, note, tag
  case correct, questions, seconds, reviewed
  case weights, logLoss, previousLogLoss
  case chosen

  /// The key as written in the file.
  var key: String {
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
    }
  }

  /// The field whose key is `bytes`, if any (the bytes of a key without escapes).
  init?(key bytes: UnsafeBufferPointer<UInt8>) {
    guard let packed = PackedBytes(bytes), let field = EventField(key: packed) else { return nil }
    self = field
  }

  /// The field whose key is `packed`, if any.
  ///
  /// This runs for every key of a million lines, so the keys are matched as the integers their bytes make,
  /// first byte lowest (`"ms"` is 0x736D); the tests check every key against its spelling in `key`.
  init?(key packed: PackedBytes) {
    let field: EventField? =
      switch (packed.count, packed.low) {
      case (1, 0x74): .time
      case (4, 0x6570_7974): .type
      case (4, 0x6472_6163): .card
      case (6, 0x676E_6974_6172): .rating
      case (2, 0x736D): .milliseconds
      case (9, 0x6574_7365_6767_7573) where packed.high == 0x64: .suggested
      case (7, 0x7463_6964_7265_76): .verdict
      case (6, 0x7265_7773_6E61): .answer
      case (4, 0x6564_6F6D): .mode
      case (4, 0x6574_6F6E): .note
      case (3, 0x6761_74): .tag
      case (7, 0x7463_6572_726F_63): .correct
      case (9, 0x6E6F_6974_7365_7571) where packed.high == 0x73: .questions
      case (7, 0x7364_6E6F_6365_73): .seconds
      case (8, 0x6465_7765_6976_6572): .reviewed
      case (1, 0x77): .weights
      case (7, 0x73_736F_4C67_6F6C): .logLoss
      case (15, 0x7375_6F69_7665_7270) where packed.high == 0x73_736F_4C67_6F4C: .previousLogLoss
      case (6, 0x6E65_736F_6863): .chosen
      default: nil
      }
    guard let field else { return nil }
    self = field
  }
}
