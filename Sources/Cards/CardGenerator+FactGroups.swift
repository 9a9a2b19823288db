import Knowledge

extension CardGenerator {
  /// The facts by index: each fact's relation, subject and objects, and the lookups `Deck` answers by id
  /// (objects of a subject, subjects of an object, facts about an object, first fact about an entity).
  struct FactGroups: Sendable {
    /// The declared ids, then each id facts name but no entity declares, in the order facts first name them.
    let ids: [String]
    let indexByID: [String: Int32]
    /// Each entity's place in the order of ids, for sorting the way `[String].sorted()` does.
    let rank: [Int32]
    /// The canonical index in `deck.relations` of each relation id (the last declaration wins).
    let relationByID: [String: Int]
    let relationCount: Int
    let factRelations: [Int]
    let factSubjects: [Int32]
    let factObjects: [[Int32]]
    let firstFacts: [Int32]
    let objectsOfSubject: [Int: Model.SubjectObjects]
    let subjectsOfObject: [Int: [Int32]]
    let factsAboutObject: [Int: [Int32]]

    /// The groups of `deck`'s facts.
    init(deck: Deck, declaredIDs: [String], indexByID: [String: Int32]) {
      var ids = declaredIDs
      var indexByID = indexByID
      // An id no entity declares is added (with no texts) when a fact first names it.
      func index(of id: String) -> Int32 {
        if let index = indexByID[id] { return index }
        let index = Int32(ids.count)
        indexByID[id] = index
        ids.append(id)
        return index
      }
      var relationByID: [String: Int] = [:]
      for (index, relation) in deck.relations.enumerated() { relationByID[relation.id] = index }
      var factRelations: [Int] = []
      var factSubjects: [Int32] = []
      var factObjects: [[Int32]] = []
      factRelations.reserveCapacity(deck.facts.count)
      factSubjects.reserveCapacity(deck.facts.count)
      factObjects.reserveCapacity(deck.facts.count)
      for factIndex in deck.facts.indices {
        factRelations.append(relationByID[deck.facts[factIndex].relation] ?? -1)
        factSubjects.append(index(of: deck.facts[factIndex].subject))
        factObjects.append(deck.facts[factIndex].objects.map { index(of: $0) })
      }
      self.ids = ids
      self.indexByID = indexByID
      self.relationByID = relationByID
      self.factRelations = factRelations
      self.factSubjects = factSubjects
      self.factObjects = factObjects
      let rank = Self.ranks(of: ids)
      self.rank = rank

      let relationCount = max(deck.relations.count, 1)
      self.relationCount = relationCount
      var firstFacts = [Int32](repeating: -1, count: ids.count)
      var objectsOfSubject: [Int: [Int32]] = [:]
      // Per subject and relation, the facts without a qualifier, in file order.
      var unqualifiedFacts: [Int: [Int32]] = [:]
      var subjectsOfObject: [Int: [Int32]] = [:]
      var factsAboutObject: [Int: [Int32]] = [:]
      for index in deck.facts.indices {
        let subject = factSubjects[index]
        let objects = factObjects[index]
        for entity in objects where firstFacts[Int(entity)] < 0 {
          firstFacts[Int(entity)] = Int32(index)
        }
        if firstFacts[Int(subject)] < 0 { firstFacts[Int(subject)] = Int32(index) }
        let relation = factRelations[index]
        guard relation >= 0 else { continue }
        let subjectKey = Int(subject) * relationCount + relation
        objectsOfSubject[subjectKey, default: []].append(contentsOf: objects)
        if deck.facts[index].qualifier == nil {
          unqualifiedFacts[subjectKey, default: []].append(Int32(index))
        }
        for object in objects {
          let objectKey = Int(object) * relationCount + relation
          factsAboutObject[objectKey, default: []].append(Int32(index))
          subjectsOfObject[objectKey, default: []].append(subject)
        }
      }
      self.firstFacts = firstFacts
      func distinctByID(_ members: inout [Int32]) {
        guard members.count > 1 else { return }
        members.sort { rank[Int($0)] < rank[Int($1)] }
        var kept = 1
        for index in 1..<members.count where members[index] != members[kept - 1] {
          members[kept] = members[index]
          kept += 1
        }
        members.removeLast(members.count - kept)
      }
      // Walked by index: iterating `keys` while mutating would copy the dictionary.
      var position = objectsOfSubject.values.startIndex
      while position != objectsOfSubject.values.endIndex {
        distinctByID(&objectsOfSubject.values[position])
        objectsOfSubject.values.formIndex(after: &position)
      }
      position = subjectsOfObject.values.startIndex
      while position != subjectsOfObject.values.endIndex {
        distinctByID(&subjectsOfObject.values[position])
        subjectsOfObject.values.formIndex(after: &position)
      }
      var objectIDsOfSubject: [Int: Set<String>] = [:]
      for key in unqualifiedFacts.keys {
        let members = objectsOfSubject[key] ?? []
        var set = Set<String>(minimumCapacity: members.count)
        for member in members { set.insert(ids[Int(member)]) }
        objectIDsOfSubject[key] = set
      }
      var subjectObjects: [Int: Model.SubjectObjects] = [:]
      subjectObjects.reserveCapacity(objectsOfSubject.count)
      for (key, members) in objectsOfSubject {
        let sharing = Self.byID(unqualifiedFacts[key] ?? [], deck: deck)
        var shown: [Int32] = []
        var seen: Set<Int32> = []
        for fact in sharing {
          for object in factObjects[Int(fact)] where seen.insert(object).inserted {
            shown.append(object)
          }
        }
        subjectObjects[key] = Model.SubjectObjects(
          members: members, ids: objectIDsOfSubject[key], sharingFacts: sharing,
          sharedObjects: shown)
      }
      self.objectsOfSubject = subjectObjects
      self.subjectsOfObject = subjectsOfObject
      self.factsAboutObject = factsAboutObject
    }

    /// `facts` (of one subject under one relation, without a qualifier, in file order) by id, then by place:
    /// the first asks their questions, and the order of the objects and explanations it shows is theirs, so
    /// reordering the facts changes no card.
    private static func byID(_ facts: [Int32], deck: Deck) -> [Int32] {
      guard facts.count > 1 else { return facts }
      return facts.sorted { (deck.facts[Int($0)].id, $0) < (deck.facts[Int($1)].id, $1) }
    }

    private static func ranks(of ids: [String]) -> [Int32] {
      var rank = [Int32](repeating: 0, count: ids.count)
      for (position, index) in ids.indices.sorted(by: { ids[$0] < ids[$1] }).enumerated() {
        rank[index] = Int32(position)
      }
      return rank
    }
  }
}
