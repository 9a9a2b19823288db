import Knowledge

/// The kinds of question Recall asks.
public enum CardKind: String, Sendable, Hashable, CaseIterable, Codable {
  /// A typed answer.
  case recall
  /// From a description to the term.
  case reverse
  /// Single best answer among four options.
  case choice
  /// Select all that apply.
  case select
  /// Name them all, in any order, with partial credit.
  case list
  /// Judge a statement.
  case truefalse
  /// Fill the blank in a sentence.
  case cloze
  /// A number within an accepted range.
  case number
  /// A clinical case: a patient vignette and the single best answer among four options.
  case clinicalCase = "case"
}

extension CardKind {
  /// The card kind a deck's `kinds:` names.
  public init(_ kind: PresentationKind) {
    self =
      switch kind {
      case .truefalse: .truefalse
      case .choice: .choice
      case .select: .select
      case .cloze: .cloze
      case .recall: .recall
      case .list: .list
      }
  }
}
