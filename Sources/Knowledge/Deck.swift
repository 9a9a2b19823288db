/// A loaded and validated knowledge model: what a deck file says, with lookups by id.
public struct Deck: Sendable {
  /// The deck id (its file name without `.yaml`).
  public var id: String
  /// The title shown to learners.
  public var title: String
  /// The author's version number.
  public var version: Int
  /// The source work and its sections.
  public var source: DeckSource
  /// Classes in file order.
  public var classes: [EntityClass]
  /// Entities in file order.
  public var entities: [Entity]
  /// Relations in file order.
  public var relations: [Relation]
  /// Facts in file order.
  public var facts: [Fact]
  /// Quantities in file order.
  public var quantities: [Quantity]
  /// Hand-written cards in file order.
  public var cards: [HandwrittenCard]

  private var entityIndex: [String: Int] = [:]
  private var classIndex: [String: Int] = [:]
  private var relationIndex: [String: Int] = [:]
  private var factsBySubjectAndRelation: [String: [Int]] = [:]
  private var subjectsByObjectAndRelation: [String: Set<String>] = [:]

  /// Creates a deck and its indexes. The loader validates references before calling this.
  public init(
    id: String, title: String, version: Int, source: DeckSource, classes: [EntityClass],
    entities: [Entity], relations: [Relation], facts: [Fact], quantities: [Quantity],
    cards: [HandwrittenCard]
  ) {
    self.id = id
    self.title = title
    self.version = version
    self.source = source
    self.classes = classes
    self.entities = entities
    self.relations = relations
    self.facts = facts
    self.quantities = quantities
    self.cards = cards
    for (index, item) in entities.enumerated() { entityIndex[item.id] = index }
    for (index, item) in classes.enumerated() { classIndex[item.id] = index }
    for (index, item) in relations.enumerated() { relationIndex[item.id] = index }
    for (index, fact) in facts.enumerated() {
      factsBySubjectAndRelation[Self.key(fact.subject, fact.relation), default: []].append(index)
      for object in fact.objects {
        subjectsByObjectAndRelation[Self.key(object, fact.relation), default: []].insert(
          fact.subject)
      }
    }
  }

  private static func key(_ subject: String, _ relation: String) -> String {
    subject + "\u{0}" + relation
  }

  /// The entity with `id`, if any.
  public func entity(_ id: String) -> Entity? { entityIndex[id].map { entities[$0] } }
  /// The class with `id`, if any.
  public func entityClass(_ id: String) -> EntityClass? { classIndex[id].map { classes[$0] } }
  /// The relation with `id`, if any.
  public func relation(_ id: String) -> Relation? { relationIndex[id].map { relations[$0] } }

  /// Every object the model says `subject` has under `relation` (closed world: all of them).
  public func objects(of subject: String, under relation: String) -> Set<String> {
    let indexes = factsBySubjectAndRelation[Self.key(subject, relation)] ?? []
    return Set(indexes.flatMap { facts[$0].objects })
  }

  /// Whether the model describes `subject` under `relation` at all; only then is an absent object provably false.
  public func describes(_ subject: String, under relation: String) -> Bool {
    factsBySubjectAndRelation[Self.key(subject, relation)] != nil
  }

  /// Every subject the model links to `object` under `relation`.
  public func subjects(of object: String, under relation: String) -> Set<String> {
    subjectsByObjectAndRelation[Self.key(object, relation)] ?? []
  }

  /// Entities of the given classes, in file order.
  public func entities(inClasses classIDs: [String]) -> [Entity] {
    entities.filter { classIDs.contains($0.classID) }
  }

  /// Whether two entities are the same or declared as overlapping (never distractors for each other).
  public func overlap(_ first: String, _ second: String) -> Bool {
    first == second || (entity(first)?.overlaps.contains(second) ?? false)
  }
}
