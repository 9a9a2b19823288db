/// A kind of link between entities, with the wording to ask about it both ways and to state it.
///
/// A relation is closed-world per subject: the facts of one subject under one relation list all of its true
/// objects, so every other entity of an object class is provably false for that subject.
public struct Relation: Sendable, Hashable {
  /// The relation id.
  public var id: String
  /// Class ids a subject may belong to.
  public var subjectClasses: [String]
  /// Class ids an object may belong to.
  public var objectClasses: [String]
  /// Question from subject to object, with `{subject}` and optionally `{qualifier}`.
  public var ask: String
  /// Question from object to subject, with `{object}`, if the author gave one.
  public var askReverse: String?
  /// A declarative sentence with `{subject}` and `{object}`, for true/false cards.
  public var statement: String?
  /// Whether objects are asked back (`reverse:`, default true): false makes no reverse question, even with an
  /// `ask-reverse` wording, so a teacher can turn them off and keep the wording.
  public var makesReverse: Bool = true
  /// The kinds of question its facts may be asked as, in the order their ladder climbs (`kinds:`); nil: the
  /// subject class's or the deck's.
  public var kinds: [PresentationKind]? = nil
  /// Default topic tags for its facts.
  public var tags: [String]
  /// Where the relation is declared.
  public var location: SourceLocation
}
