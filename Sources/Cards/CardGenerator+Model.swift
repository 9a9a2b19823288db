import Knowledge

extension CardGenerator {
  /// The deck as the generator reads it, built once per generator: every entity id interned as an index into
  /// flat arrays, and what `Deck`'s string-keyed lookups answer, keyed by those indices.
  ///
  /// Card generation asks the same questions millions of times on a large deck (is this candidate a true
  /// object, does it overlap one, does it share a text with one); with indices they need no hashing of ids.
  /// Every lookup answers exactly what `Deck` answers for the same ids, including decks built in code with ids
  /// the loader would reject (an unknown id becomes an entity with no texts, named by its id).
  ///
  /// A class, so that the questions and closures of the hot loops share it with one retain instead of copying
  /// every array.
  final class Model: Sendable {
    /// Entity ids: one per distinct id the deck declares (the last declaration wins, as in `Deck.entity(_:)`),
    /// then each id that facts name but no entity declares.
    let ids: [String]
    let indexByID: [String: Int32]
    /// Display names (an undeclared id is its own name).
    let names: [String]
    /// The name and aliases.
    let accepted: [[String]]
    /// Some accepted text of at most four words: long descriptive answers are asked as choices only.
    let isTypeable: [Bool]
    /// Each entity's definition, if any.
    let definitions: [String?]
    /// Whether an entity is named as its class ("the Moon" of the class "moon").
    let isNamesake: [Bool]
    /// What a prompt must not contain when an entity is its answer.
    let leakTexts: LeakTexts
    /// Each entity's distinct normalised texts, as sorted ids.
    let textIDs: [[Int32]]
    /// The other entities that share a normalised text with each entity (usually none).
    let textNeighbours: [[Int32]]
    /// The entities that declare each entity among their overlaps.
    let overlappedBy: [[Int32]]
    /// Each entity's place in the order of ids, for sorting the way `[String].sorted()` does.
    let rank: [Int32]

    /// Every entity text in normal form, for hand-written cards (empty when the deck has none).
    let lexicon: Lexicon

    /// The deck's facts and relations (shared with the deck, not copied).
    let facts: [Fact]
    let relations: [Relation]

    /// The canonical index in `deck.relations` of each relation id (the last declaration wins).
    let relationByID: [String: Int]
    /// Per relation: the entities of its object classes, and of its subject classes, class by class in file
    /// order (what distractors are drawn from).
    let objectPools: [[Int32]]
    let subjectPools: [[Int32]]
    /// Per relation: its wording, prepared once (not once per fact).
    let wordings: [RelationWording]
    /// Why each entity is a wrong option where the deck gives it to another subject.
    let reasonTexts: ReasonTexts

    /// Per fact: the kinds of card it may give, in ladder order (`Deck.kinds(for:)`); empty when the deck
    /// states no kinds anywhere (every fact gives every kind it can).
    let kindsByFact: [[CardKind]?]

    /// Per fact: its relation's canonical index (-1: unknown), its subject and objects.
    let factRelations: [Int]
    let factSubjects: [Int32]
    let factObjects: [[Int32]]

    /// The objects of one subject under one relation.
    struct SubjectObjects: Sendable {
      /// Ordered by id, distinct.
      let members: [Int32]
      /// The same objects as ids, for the typed keys of questions without a qualifier (whose true answers
      /// are all of them): one set per subject and relation instead of one per fact. Nil when every fact of
      /// the subject under the relation has a qualifier.
      let ids: Set<String>?
      /// The facts of the subject under the relation without a qualifier, by id: the first asks the questions
      /// of their shared answer.
      let sharingFacts: [Int32]
      /// The objects of `sharingFacts`, in that order, distinct: what a question of their shared answer shows
      /// as its answer.
      let sharedObjects: [Int32]
    }

    /// Per entity, the first fact (in file order) naming it as subject or object; -1: none.
    let firstFacts: [Int32]

    /// Keyed by `key(entity, relation)`: the objects of a subject (ordered by id, distinct; present when the
    /// subject has any fact under the relation), the subjects of an object (ordered by id, distinct) and the
    /// facts about an object (file order, one entry per mention).
    let objectsOfSubject: [Int: SubjectObjects]
    let subjectsOfObject: [Int: [Int32]]
    let factsAboutObject: [Int: [Int32]]
    let relationCount: Int

    func key(_ entity: Int32, _ relation: Int) -> Int { Int(entity) * relationCount + relation }

    /// The kinds of card the fact at `index` may give, in ladder order; nil: every kind it can.
    func kinds(ofFact index: Int) -> [CardKind]? { kindsByFact.isEmpty ? nil : kindsByFact[index] }

    /// The first fact that mentions `id` as subject or object, as `Deck.firstFact(mentioning:)` answers.
    func firstFact(mentioning id: String) -> Fact? {
      guard let entity = indexByID[id], firstFacts[Int(entity)] >= 0 else { return nil }
      return facts[Int(firstFacts[Int(entity)])]
    }

    /// Whether every one of `entities` can be typed.
    func areTypeable(_ entities: [Int32]) -> Bool { entities.allSatisfy { isTypeable[Int($0)] } }

    /// The ids of `entities`, as a typed key names them.
    func idSet(_ entities: [Int32]) -> Set<String> {
      var set = Set<String>(minimumCapacity: entities.count)
      for entity in entities { set.insert(ids[Int(entity)]) }
      return set
    }

    /// The options of a choice or select card: the display names of `entities`.
    func options(_ entities: [Int32]) -> [String] {
      entities.map { names[Int($0)] }
    }

    /// The items of a list card: the accepted texts of each entity.
    func listItems(_ entities: [Int32]) -> [[String]] {
      entities.map { accepted[Int($0)] }
    }

    /// The accepted texts of `entities`, one entity after the other.
    func accepted(of entities: [Int32]) -> [String] {
      // Most answers are one entity: its own array, shared rather than copied.
      if entities.count == 1 { return accepted[Int(entities[0])] }
      // Sized once: `flatMap` grows its result as it goes, several times for a dozen texts.
      var texts: [String] = []
      texts.reserveCapacity(entities.reduce(0) { $0 + accepted[Int($1)].count })
      for entity in entities { texts += accepted[Int(entity)] }
      return texts
    }

    /// "a, b and c" of the names of `entities`.
    func listOfNames(_ entities: [Int32]) -> String {
      TemplateText.list(count: entities.count) { names[Int(entities[$0])] }
    }

    /// Whether no normalised text of `candidate` is also a text of one of `trueEntities` (held by `marks`).
    func textsDiffer(_ candidate: Int32, from trueEntities: [Int32], marks: Marks) -> Bool {
      guard !marks.contains(candidate) else { return false }
      let neighbours = textNeighbours[Int(candidate)]
      if neighbours.isEmpty { return true }
      // Walk whichever side is shorter: a text shared by many entities makes a long neighbour list.
      if neighbours.count <= 4 * trueEntities.count {
        return !neighbours.contains(where: marks.contains)
      }
      let texts = textIDs[Int(candidate)]
      return trueEntities.allSatisfy { entity in
        !textIDs[Int(entity)].contains(where: texts.contains)
      }
    }

    /// The model of `deck`.
    init(deck: Deck) {
      facts = deck.facts
      relations = deck.relations
      kindsByFact =
        deck.statesKinds ? deck.facts.map { deck.kinds(for: $0)?.kinds.map(CardKind.init) } : []
      let (declaredIDs, indexByID, declaration) = Self.declared(deck.entities)
      var texts = EntityTexts(deck: deck, declaration: declaration)
      let groups = FactGroups(deck: deck, declaredIDs: declaredIDs, indexByID: indexByID)
      // Only hand-written cards look entities up by name.
      lexicon = deck.cards.isEmpty ? Lexicon() : Lexicon(deck: deck)
      // Ids that facts name but no entity declares come after the declared ones, with no texts.
      texts.appendUndeclared(groups.ids[declaredIDs.count...])
      ids = groups.ids
      self.indexByID = groups.indexByID
      names = texts.names
      accepted = texts.accepted
      isTypeable = texts.isTypeable
      definitions = texts.definitions
      isNamesake = texts.isNamesake
      leakTexts = texts.leakTexts
      textIDs = texts.textIDs
      textNeighbours = texts.neighbours
      rank = groups.rank
      relationByID = groups.relationByID
      factRelations = groups.factRelations
      factSubjects = groups.factSubjects
      factObjects = groups.factObjects
      firstFacts = groups.firstFacts
      objectsOfSubject = groups.objectsOfSubject
      subjectsOfObject = groups.subjectsOfObject
      factsAboutObject = groups.factsAboutObject
      relationCount = groups.relationCount
      overlappedBy = Self.overlappedBy(deck, groups.indexByID, count: groups.ids.count)

      var byClass: [String: [Int32]] = [:]
      for entity in deck.entities {
        byClass[entity.classID, default: []].append(groups.indexByID[entity.id] ?? 0)
      }
      objectPools = deck.relations.map { $0.objectClasses.flatMap { byClass[$0] ?? [] } }
      subjectPools = deck.relations.map { $0.subjectClasses.flatMap { byClass[$0] ?? [] } }
      let wordings = deck.relations.map { RelationWording($0, deck: deck) }
      self.wordings = wordings
      reasonTexts = ReasonTexts(
        FactSentences(
          facts: deck.facts, factSubjects: groups.factSubjects, names: texts.names,
          wordings: wordings),
        factRelations: groups.factRelations, factObjects: groups.factObjects,
        relationCount: groups.relationCount)
    }

    /// One index per distinct entity id, in order of first declaration, and the position in `entities` of
    /// each id's last declaration (the one `Deck.entity(_:)` returns).
    private static func declared(_ entities: [Entity]) -> (
      ids: [String], indexByID: [String: Int32], declaration: [Int]
    ) {
      var ids: [String] = []
      var indexByID: [String: Int32] = [:]
      var declaration: [Int] = []
      indexByID.reserveCapacity(entities.count)
      for (position, entity) in entities.enumerated() {
        if let index = indexByID[entity.id] {
          declaration[Int(index)] = position
        } else {
          indexByID[entity.id] = Int32(ids.count)
          ids.append(entity.id)
          declaration.append(position)
        }
      }
      return (ids, indexByID, declaration)
    }

    /// For each entity, the entities whose overlaps (as `Deck.overlap` reads them: the last declaration of an
    /// id with any overlaps) name it.
    private static func overlappedBy(
      _ deck: Deck, _ indexByID: [String: Int32], count: Int
    ) -> [[Int32]] {
      var overlapsByID: [String: Set<String>] = [:]
      for entity in deck.entities where !entity.overlaps.isEmpty {
        overlapsByID[entity.id] = entity.overlaps
      }
      var result = [[Int32]](repeating: [], count: count)
      for (id, overlaps) in overlapsByID {
        guard let owner = indexByID[id] else { continue }
        for other in overlaps {
          if let target = indexByID[other] { result[Int(target)].append(owner) }
        }
      }
      return result
    }
  }
}
