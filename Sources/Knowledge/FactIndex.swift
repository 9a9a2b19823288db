import Synchronization

/// The lookups `Deck` answers about facts (objects of a subject, subjects of an object, facts about an
/// object, the first fact mentioning an entity), built on first use.
///
/// Loading a big deck should not pay for tables that only some callers read: card generation keeps lookups of
/// its own, and `recall deck lint` never needs these. They are built from the facts the deck was created with,
/// exactly as they would have been then.
final class FactIndex: Sendable {
  /// An entity and a relation, as a dictionary key (no string building on every lookup).
  struct Pair: Hashable, Sendable {
    let entity: String
    let relation: String
  }

  struct Tables: Sendable {
    var objectsBySubjectAndRelation: [Pair: Set<String>] = [:]
    var subjectsByObjectAndRelation: [Pair: Set<String>] = [:]
    var factsByObjectAndRelation: [Pair: [Int]] = [:]
    var firstFactByEntity: [String: Int] = [:]
  }

  private let facts: [Fact]
  private let built = Mutex<Tables?>(nil)

  init(facts: [Fact]) { self.facts = facts }

  /// The tables, built by the first caller.
  var tables: Tables {
    built.withLock { built in
      if let tables = built { return tables }
      let tables = Self.build(facts)
      built = tables
      return tables
    }
  }

  private static func build(_ facts: [Fact]) -> Tables {
    var tables = Tables()
    for (index, fact) in facts.enumerated() {
      tables.objectsBySubjectAndRelation[
        Pair(entity: fact.subject, relation: fact.relation), default: []
      ].formUnion(fact.objects)
      for object in fact.objects {
        let key = Pair(entity: object, relation: fact.relation)
        tables.factsByObjectAndRelation[key, default: []].append(index)
        tables.subjectsByObjectAndRelation[key, default: []].insert(fact.subject)
        if tables.firstFactByEntity[object] == nil { tables.firstFactByEntity[object] = index }
      }
      if tables.firstFactByEntity[fact.subject] == nil {
        tables.firstFactByEntity[fact.subject] = index
      }
    }
    return tables
  }
}
