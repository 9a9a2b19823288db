import Knowledge

extension CardGenerator {
  /// The tag of every card whose fact, quantity or hand-written card is a teacher's note, so that a note
  /// beyond the source can be told apart wherever tags are shown or chosen (`--tag teacher-note`).
  public static let teacherNoteTag = "teacher-note"

  /// Marks the cards of teacher's notes: those of a noted fact (its forward cards and the reverse cards it
  /// is the first fact of), quantity or hand-written card get the note and the tag. Cases carry their note
  /// already and get the tag here.
  func markTeacherNotes(in cards: inout [Card]) {
    var notes: [String: TeacherNote] = [:]
    for fact in deck.facts { if let note = fact.teacherNote { notes[fact.id] = note } }
    for quantity in deck.quantities {
      if let note = quantity.teacherNote { notes[quantity.id] = note }
    }
    for card in deck.cards { if let note = card.teacherNote { notes[card.id] = note } }
    let hasCaseNotes =
      deck.cases.contains { $0.teacherNote != nil }
      || deck.caseTemplates.contains { $0.teacherNote != nil }
    guard !notes.isEmpty || hasCaseNotes else { return }
    for index in cards.indices {
      if cards[index].teacherNote == nil, let note = notes[cards[index].siblingKey] {
        cards[index].teacherNote = note
      }
      if cards[index].teacherNote != nil, !cards[index].tags.contains(Self.teacherNoteTag) {
        cards[index].tags.append(Self.teacherNoteTag)
      }
    }
  }
}
