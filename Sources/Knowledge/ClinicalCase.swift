/// A clinical case a teacher writes: a short patient vignette (the stem), a question, and the single best
/// answer among options, with the facts of the model the vignette draws on.
///
/// The answer and the wrong options are entities, so that the generator can prove each wrong option wrong
/// from the facts: a diagnosis case (no `via`) asks for the entity the findings describe, and each wrong
/// option must be contradicted by a finding; a case with `via` asks for what a relation links to the
/// entities the stem establishes (`given`: "a small deposit" → a treatment suited to it), and each wrong
/// option must be provably unlinked to all of them.
public struct ClinicalCase: Sendable, Hashable {
  /// The case id, the stable key of its card and unit (shared with facts, quantities and cards).
  public var id: String
  /// The vignette, in the teacher's words; it must not name the answer.
  public var stem: String
  /// The question asked after the vignette.
  public var question: String
  /// The right option.
  public var answer: DeckReference
  /// The wrong options; empty: the generator picks three provably wrong ones.
  public var wrong: [DeckReference]
  /// What the stem establishes, for a case that asks through `via` (empty for a diagnosis case).
  public var given: [DeckReference]
  /// The relation that links the answer to `given`; nil: the answer is what the findings describe.
  public var via: DeckReference?
  /// The facts the stem draws on: their sections are the case's sources, and those about the answer (or,
  /// with `via`, those linking it to `given`) prove the wrong options wrong.
  public var findings: [DeckReference]
  /// Why the answer fits, in the teacher's words; the reasons against each wrong option are added.
  public var explanation: String
  /// Topic tags.
  public var tags: [String]
  /// What must be introduced to a learner first, besides the facts the case draws on.
  public var requires: [String] = []
  /// Set when the case goes beyond the deck's source.
  public var teacherNote: TeacherNote? = nil
  /// Where the case is declared.
  public var location: SourceLocation

  /// Creates a case.
  public init(
    id: String, stem: String, question: String, answer: DeckReference, wrong: [DeckReference],
    given: [DeckReference], via: DeckReference?, findings: [DeckReference], explanation: String,
    tags: [String], requires: [String] = [], teacherNote: TeacherNote? = nil,
    location: SourceLocation
  ) {
    self.id = id
    self.stem = stem
    self.question = question
    self.answer = answer
    self.wrong = wrong
    self.given = given
    self.via = via
    self.findings = findings
    self.explanation = explanation
    self.tags = tags
    self.requires = requires
    self.teacherNote = teacherNote
    self.location = location
  }
}

/// An id in a deck file where another item names it, so that a problem with it is reported at its place.
public struct DeckReference: Sendable, Hashable {
  /// The id named.
  public var id: String
  /// Where it is named.
  public var location: SourceLocation

  /// Creates a reference.
  public init(id: String, location: SourceLocation) {
    self.id = id
    self.location = location
  }
}
