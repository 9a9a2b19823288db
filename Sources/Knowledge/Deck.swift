/// A loaded and validated knowledge model: what a deck file says, with lookups by id.
///
/// Every property is a constant and the lookups are built from them in `init`, so a lookup can never answer
/// from stale tables: a changed deck is a new `Deck`.
public struct Deck: Sendable {
  /// The deck id (its file name without `.yaml`).
  public let id: String
  /// The title shown to learners.
  public let title: String
  /// The author's version number.
  public let version: Int
  /// The source work and its sections.
  public let source: DeckSource
  /// Classes in file order.
  public let classes: [EntityClass]
  /// Entities in file order.
  public let entities: [Entity]
  /// Relations in file order.
  public let relations: [Relation]
  /// Facts in file order.
  public let facts: [Fact]
  /// Quantities in file order.
  public let quantities: [Quantity]
  /// Hand-written cards in file order.
  public let cards: [HandwrittenCard]
  /// Hand-written clinical cases in file order.
  public let cases: [ClinicalCase]
  /// Case templates in file order.
  public let caseTemplates: [CaseTemplate]
  /// The kinds of question every fact may be asked as, in the order their ladder climbs (`kinds:` under
  /// `deck:`), unless its relation or its subject's class says otherwise; nil: every kind the generator can
  /// make, lowest rung first.
  public let kinds: [PresentationKind]?

  private let entityIndex: [String: Int]
  private let classIndex: [String: Int]
  private let relationIndex: [String: Int]
  private let overlapsByEntity: [String: Set<String>]
  /// Lookups about facts, built when first asked for.
  private let factIndex: FactIndex

  /// Creates a deck and its indexes. The loader validates references before calling this.
  public init(
    id: String, title: String, version: Int, source: DeckSource, classes: [EntityClass],
    entities: [Entity], relations: [Relation], facts: [Fact], quantities: [Quantity],
    cards: [HandwrittenCard], kinds: [PresentationKind]? = nil, cases: [ClinicalCase] = [],
    caseTemplates: [CaseTemplate] = []
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
    self.kinds = kinds
    self.cases = cases
    self.caseTemplates = caseTemplates
    factIndex = FactIndex(facts: facts)
    var entityIndex: [String: Int] = [:]
    var overlapsByEntity: [String: Set<String>] = [:]
    entityIndex.reserveCapacity(entities.count)
    for (index, item) in entities.enumerated() {
      entityIndex[item.id] = index
      if !item.overlaps.isEmpty { overlapsByEntity[item.id] = item.overlaps }
    }
    self.entityIndex = entityIndex
    self.overlapsByEntity = overlapsByEntity
    classIndex = Self.positions(of: classes.map(\.id))
    relationIndex = Self.positions(of: relations.map(\.id))
  }

  /// The position of each id in `ids` (the last one when an id repeats, as a deck built in code may).
  private static func positions(of ids: [String]) -> [String: Int] {
    var positions: [String: Int] = [:]
    for (index, id) in ids.enumerated() { positions[id] = index }
    return positions
  }

  private static func key(_ entity: String, _ relation: String) -> FactIndex.Pair {
    FactIndex.Pair(entity: entity, relation: relation)
  }

  /// The entity with `id`, if any.
  public func entity(_ id: String) -> Entity? { entityIndex[id].map { entities[$0] } }
  /// The class with `id`, if any.
  public func entityClass(_ id: String) -> EntityClass? { classIndex[id].map { classes[$0] } }
  /// The relation with `id`, if any.
  public func relation(_ id: String) -> Relation? { relationIndex[id].map { relations[$0] } }

  /// The kinds of question `fact` may be asked as, and where that is stated: its relation's `kinds:`, else
  /// its subject's class's, else the deck's; nil when none states them (every kind, lowest rung first).
  public func kinds(for fact: Fact) -> StatedKinds? {
    if let relation = relation(fact.relation), let kinds = relation.kinds {
      return StatedKinds(kinds: kinds, scope: .relation(relation.id))
    }
    if let classID = entity(fact.subject)?.classID, let kinds = entityClass(classID)?.kinds {
      return StatedKinds(kinds: kinds, scope: .subjectClass(classID))
    }
    return kinds.map { StatedKinds(kinds: $0, scope: .deck) }
  }

  /// Whether any part of the deck states `kinds:` (when none does, no fact needs asking).
  public var statesKinds: Bool {
    kinds != nil || relations.contains { $0.kinds != nil } || classes.contains { $0.kinds != nil }
  }

  /// Every object the model says `subject` has under `relation` (closed world: all of them).
  public func objects(of subject: String, under relation: String) -> Set<String> {
    factIndex.tables.objectsBySubjectAndRelation[Self.key(subject, relation)] ?? []
  }

  /// Whether the model describes `subject` under `relation` at all; only then is an absent object provably false.
  public func describes(_ subject: String, under relation: String) -> Bool {
    factIndex.tables.objectsBySubjectAndRelation[Self.key(subject, relation)] != nil
  }

  /// Every subject the model links to `object` under `relation`.
  public func subjects(of object: String, under relation: String) -> Set<String> {
    factIndex.tables.subjectsByObjectAndRelation[Self.key(object, relation)] ?? []
  }

  /// The facts that have `object` among their objects under `relation`, in file order.
  public func facts(about object: String, under relation: String) -> [Fact] {
    (factIndex.tables.factsByObjectAndRelation[Self.key(object, relation)] ?? []).map { facts[$0] }
  }

  /// The id of the first fact (in file order) with `object` among its objects under `relation`.
  public func firstFactID(about object: String, under relation: String) -> String? {
    factIndex.tables.factsByObjectAndRelation[Self.key(object, relation)]?.first.map {
      facts[$0].id
    }
  }

  /// The first fact (in file order) that mentions `entity` as subject or object.
  public func firstFact(mentioning entity: String) -> Fact? {
    factIndex.tables.firstFactByEntity[entity].map { facts[$0] }
  }

  /// Entities of the given classes, in file order.
  public func entities(inClasses classIDs: [String]) -> [Entity] {
    entities.filter { classIDs.contains($0.classID) }
  }

  /// Whether two entities are the same or declared as overlapping (never distractors for each other).
  public func overlap(_ first: String, _ second: String) -> Bool {
    first == second || (overlapsByEntity[first]?.contains(second) ?? false)
  }
}
