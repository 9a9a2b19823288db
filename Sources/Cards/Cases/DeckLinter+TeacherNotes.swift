import Knowledge

extension DeckLinter {
  /// An error at each teacher's note that names no source: a learner is told the point goes beyond the
  /// deck's source, and must be able to see where it comes from instead.
  static func teacherNotesWithoutSource(_ deck: Deck) -> [DeckDiagnostic] {
    var marked: [(what: String, note: TeacherNote)] = []
    for fact in deck.facts {
      if let note = fact.teacherNote { marked.append(("fact '\(fact.id)'", note)) }
    }
    for quantity in deck.quantities {
      if let note = quantity.teacherNote { marked.append(("quantity '\(quantity.id)'", note)) }
    }
    for card in deck.cards {
      if let note = card.teacherNote { marked.append(("card '\(card.id)'", note)) }
    }
    for item in deck.cases {
      if let note = item.teacherNote { marked.append(("case '\(item.id)'", note)) }
    }
    for template in deck.caseTemplates {
      if let note = template.teacherNote { marked.append(("case template '\(template.id)'", note)) }
    }
    return marked.filter { $0.note.source == nil }.map { item in
      DeckDiagnostic(
        .error, at: item.note.location,
        "\(item.what) is a teacher's note but names no source; add 'source:' with the reference it "
          + "comes from (a textbook, a review)")
    }
  }
}
