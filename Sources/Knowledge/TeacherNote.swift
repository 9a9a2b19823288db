/// A mark on a fact, quantity, card or case that says it goes beyond the deck's source: a point a teacher
/// adds (a standard fact the source leaves out, or a repair of the source), with the reference it comes from.
///
/// `teacher-note: true` or a `source:` marks an item; lint requires the source, so that a learner can tell
/// what the source says from what a teacher added, and where the addition comes from.
public struct TeacherNote: Sendable, Hashable {
  /// The reference the note comes from (a textbook, a review); nil when the deck names none (a lint error).
  public var source: String?
  /// Where the item says it is a teacher's note.
  public var location: SourceLocation

  /// Creates a note.
  public init(source: String?, location: SourceLocation) {
    self.source = source
    self.location = location
  }
}
