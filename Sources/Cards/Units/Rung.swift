/// How hard a presentation asks for a piece of knowledge: from recognising it among given answers to producing it
/// unaided. A unit's presentations form a ladder in this order; a unit climbs it as its memory grows.
public enum Rung: Int, Sendable, Hashable, Comparable, CaseIterable, Codable {
  /// Judge a statement: true or false.
  case judge = 0
  /// Pick the one right answer among four.
  case choose = 1
  /// Pick every right answer among several.
  case select = 2
  /// Fill the blank of a sentence.
  case complete = 3
  /// Type the answer to a question (a term, a description's term, a number).
  case produce = 4
  /// Name every answer of a question that has several.
  case list = 5

  /// The rung of a card kind.
  public init(_ kind: CardKind) {
    self =
      switch kind {
      case .truefalse: .judge
      case .choice, .clinicalCase: .choose
      case .select: .select
      case .cloze: .complete
      case .recall, .reverse, .number: .produce
      case .list: .list
      }
  }

  /// The rung's name, as `docs/units.md` and `recall deck show --units` give it.
  public var name: String {
    switch self {
    case .judge: "judge"
    case .choose: "choose"
    case .select: "select"
    case .complete: "complete"
    case .produce: "produce"
    case .list: "list"
    }
  }

  /// Whether the answer is picked from what the question shows (recognition) rather than produced.
  public var isRecognition: Bool { self <= .select }

  /// Orders rungs from recognition to production.
  public static func < (lhs: Rung, rhs: Rung) -> Bool { lhs.rawValue < rhs.rawValue }
}
