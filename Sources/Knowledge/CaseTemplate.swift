/// A teacher's recipe for clinical cases about the entities of one class: which relations give the
/// vignette's findings and how each reads, and what the case asks. The generator makes one case per entity
/// of the class that the model describes under at least one of those relations.
///
/// Each finding sentence states one fact about the case's entity with the entity itself left out (its side
/// of the relation is never named), so the learner has to recognise it from what is said about it.
public struct CaseTemplate: Sendable, Hashable {
  /// One kind of finding: a relation, and the sentence that states one of its facts in a vignette.
  public struct Finding: Sendable, Hashable {
    /// The relation id.
    public var relation: String
    /// The sentence, with `{object}` (the case's entity is the subject) or `{subject}` (it is the object),
    /// and optionally `{qualifier}`.
    public var text: String
    /// Whether the case's entity is the subject of the relation's facts (else their object).
    public var entityIsSubject: Bool
    /// Where the sentence is written.
    public var location: SourceLocation

    /// Creates a finding.
    public init(relation: String, text: String, entityIsSubject: Bool, location: SourceLocation) {
      self.relation = relation
      self.text = text
      self.entityIsSubject = entityIsSubject
      self.location = location
    }
  }

  /// The template id; its cases' ids are `TEMPLATE.ENTITY`.
  public var id: String
  /// The class whose entities the cases are about.
  public var classID: String
  /// A first sentence for every vignette, if any.
  public var opening: String?
  /// The findings, in the order the vignette states them.
  public var findings: [Finding]
  /// The question.
  public var question: String
  /// The relation whose other side is the answer ("the next test"); nil: the entity itself is the answer.
  public var via: String?
  /// Whether the case's entity is the subject of `via`'s facts (else their object).
  public var entityIsSubjectOfVia: Bool
  /// The classes the options come from; empty: the answer's class (for `via`, the relation's other side).
  public var optionClasses: [String]
  /// Words of the teacher's shown before the generated reasons, if any.
  public var explanation: String?
  /// Topic tags.
  public var tags: [String]
  /// What must be introduced to a learner first, besides the facts each case draws on.
  public var requires: [String] = []
  /// Set when the cases go beyond the deck's source.
  public var teacherNote: TeacherNote? = nil
  /// Where the template is declared.
  public var location: SourceLocation

  /// Creates a template.
  public init(
    id: String, classID: String, opening: String?, findings: [Finding], question: String,
    via: String?, entityIsSubjectOfVia: Bool, optionClasses: [String], explanation: String?,
    tags: [String], requires: [String] = [], teacherNote: TeacherNote? = nil,
    location: SourceLocation
  ) {
    self.id = id
    self.classID = classID
    self.opening = opening
    self.findings = findings
    self.question = question
    self.via = via
    self.entityIsSubjectOfVia = entityIsSubjectOfVia
    self.optionClasses = optionClasses
    self.explanation = explanation
    self.tags = tags
    self.requires = requires
    self.teacherNote = teacherNote
    self.location = location
  }
}
