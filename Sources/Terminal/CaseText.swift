import Cards

/// How the terminal reads a case's text: its vignette and question (the prompt's two lines), the sources
/// it cites, and the mark of a teacher's note.
struct CaseText {
  /// The patient vignette.
  let stem: String
  /// The question asked after it.
  let question: String

  /// The vignette and question of a case card; nil for any other card.
  init?(_ card: Card) {
    guard card.kind == .clinicalCase, let split = card.prompt.lastIndex(of: "\n") else {
      return nil
    }
    stem = String(card.prompt[..<split])
    question = String(card.prompt[card.prompt.index(after: split)...])
  }

  /// "Source: …", or "Sources: …" for a case citing several sections.
  static func sourceLine(_ card: Card) -> String {
    let several = card.kind == .clinicalCase && card.section.contains("; ")
    return (several ? "Sources: " : "Source: ") + card.section
  }

  /// "Teacher's note, beyond the source: …" for a card that goes beyond the deck's source; nil otherwise.
  static func noteLine(_ card: Card) -> String? {
    guard let note = card.teacherNote else { return nil }
    return "Teacher's note, beyond the source" + (note.source.map { ": " + $0 } ?? "")
  }
}
