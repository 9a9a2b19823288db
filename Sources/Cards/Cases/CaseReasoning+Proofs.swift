import Knowledge

/// One fact a vignette states about the case's entity: the entity on one side of the fact, `other` (named in
/// the vignette) on the other.
struct StatedFinding: Hashable {
  let fact: Fact
  let other: String
  /// Whether the case's entity is the fact's subject (else one of its objects).
  let entityIsSubject: Bool

  /// The finding as a reason the answer fits: the fact about the stated object, or, when the case's entity
  /// is an object, the whole fact (it may hold for other entities too, which the other findings rule out).
  var reason: Reason { Reason(fact: fact, object: entityIsSubject ? other : nil) }
}

/// A fact that shows why an option is wrong or the answer right; `object`: the one object of it that
/// matters (nil: all of them).
struct Reason: Hashable {
  let fact: Fact
  /// The subjects to name instead of the fact's own (several facts said in one sentence).
  var subject: [String]? = nil
  var object: String? = nil
}

extension CaseReasoning {
  /// The findings `fact` states about `entity`: one per object when the entity is its subject, one when the
  /// entity is among its objects; none when the fact is not about it.
  func findings(of fact: Fact, about entity: String) -> [StatedFinding] {
    if fact.subject == entity {
      return fact.objects.map { StatedFinding(fact: fact, other: $0, entityIsSubject: true) }
    }
    if fact.objects.contains(entity) {
      return [StatedFinding(fact: fact, other: fact.subject, entityIsSubject: false)]
    }
    return []
  }

  /// Why `finding` rules `option` out as the case's entity, or nil when it does not: the option's own facts
  /// under the relation (its closed world leaves out what the vignette states), or those of the entity the
  /// vignette names (whose closed world leaves out the option).
  func contradiction(of option: String, by finding: StatedFinding) -> [Reason]? {
    let relation = finding.fact.relation
    if finding.entityIsSubject {
      guard provablyFalse(option, relation, finding.other) else { return nil }
      return facts(of: option, under: relation).map { Reason(fact: $0) }
    }
    guard provablyFalse(finding.other, relation, option) else { return nil }
    return facts(of: finding.other, under: relation).map { Reason(fact: $0) }
  }

  /// Why `findings` rule `option` out, or nil when none does: the first finding that rules it out through
  /// the option's own facts ("the defining feature of metastatic calcification is …", which teaches
  /// something about the option), else the first that does through what the vignette names.
  func ruledOut(_ option: String, by findings: [StatedFinding]) -> [Reason]? {
    for finding in findings where finding.entityIsSubject {
      if let reasons = contradiction(of: option, by: finding) { return reasons }
    }
    for finding in findings where !finding.entityIsSubject {
      if let reasons = contradiction(of: option, by: finding) { return reasons }
    }
    return nil
  }

  /// Why `option` does not fit a patient who has all of `entities`, through `relation`, or nil when the
  /// model cannot prove it.
  ///
  /// `entitiesAreSubjects`: the entities are the subjects of the relation's facts and the options their
  /// objects (conditions and their tests): a test is wrong when it helps to look for none of them. Else the
  /// other way round (a treatment and the kinds of deposit it suits): a treatment is wrong when the model
  /// lists everything it suits and each of those is ruled out by one of the entities (a large deposit is not
  /// a small one; a large deposit may also be ulcerated, so a treatment for ulcers is not ruled out by it).
  func unlinked(
    _ option: String, from entities: [String], via relation: String, entitiesAreSubjects: Bool
  ) -> [Reason]? {
    guard !entitiesAreSubjects else { return unlinkedObject(option, from: entities, via: relation) }
    guard !entities.contains(option), deck.describes(option, under: relation) else { return nil }
    let suited = deck.objects(of: option, under: relation)
    let ruledOut = suited.allSatisfy { object in
      entities.contains { $0 != object && !interchangeable($0, object) }
    }
    return ruledOut ? facts(of: option, under: relation).map { Reason(fact: $0) } : nil
  }

  /// `unlinked` for an option on the object side: none of the entities has it.
  private func unlinkedObject(
    _ option: String, from entities: [String], via relation: String
  ) -> [Reason]? {
    for entity in entities {
      guard provablyFalse(entity, relation, option) else { return nil }
    }
    // What the option is for instead, where the model says (every subject in one sentence); else what the
    // entities' lists hold.
    let elsewhere = deck.facts(about: option, under: relation)
    if let first = elsewhere.first {
      var subjects: [String] = []
      for fact in elsewhere where !subjects.contains(fact.subject) { subjects.append(fact.subject) }
      return [Reason(fact: first, subject: subjects, object: option)]
    }
    return entities.flatMap { entity in facts(of: entity, under: relation).map { Reason(fact: $0) }
    }
  }

  /// The facts that link `answer` to one of `entities` under `relation`, each about that pair.
  func links(
    _ answer: String, to entities: [String], via relation: String, entitiesAreSubjects: Bool
  ) -> [Reason] {
    var reasons: [Reason] = []
    for entity in entities {
      if entitiesAreSubjects {
        reasons += facts(of: entity, under: relation).filter { $0.objects.contains(answer) }.map {
          Reason(fact: $0, object: answer)
        }
      } else {
        reasons += facts(of: answer, under: relation).filter { $0.objects.contains(entity) }.map {
          Reason(fact: $0, object: entity)
        }
      }
    }
    return reasons
  }

  /// The sentences of `reasons`: the first made to follow a colon, the others whole sentences.
  func sentences(_ reasons: [Reason]) -> String {
    var seen: Set<String> = []
    let texts = reasons.enumerated().compactMap { offset, reason -> String? in
      let text = statement(
        reason.fact, subject: reason.subject, object: reason.object, continuing: offset == 0)
      return seen.insert(text.lowercased()).inserted ? text : nil
    }
    return texts.joined(separator: " ")
  }
}
