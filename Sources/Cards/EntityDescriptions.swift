import Knowledge
import Utilities

/// One sentence about each entity, for telling a learner what the thing they typed actually is
/// ("Warfarin is a small-deposit treatment"; the answer is diltiazem), written as a sentence starts.
public enum EntityDescriptions {
  /// A description per entity id: its definition, else the statement of the first fact about it.
  public static func make(deck: Deck) -> [String: String] {
    var descriptions: [String: String] = [:]
    for entity in deck.entities {
      if let definition = entity.definition {
        descriptions[entity.id] = TemplateText.sentence("\(entity.name) is \(definition)")
      }
    }
    for fact in deck.facts {
      guard let relation = deck.relation(fact.relation),
        let statement = relation.statement.map(RelationWording.withQualifierPlace),
        statement.includes("{object}")
      else { continue }
      let subject = deck.entity(fact.subject)?.name ?? fact.subject
      if descriptions[fact.subject] == nil {
        let objects = TemplateText.list(fact.objects.map { deck.entity($0)?.name ?? $0 })
        descriptions[fact.subject] = TemplateText.render(
          statement, subject: subject, object: objects, qualifier: fact.qualifier, sentence: true)
      }
      for object in fact.objects where descriptions[object] == nil {
        descriptions[object] = TemplateText.render(
          statement, subject: subject, object: deck.entity(object)?.name ?? object,
          qualifier: fact.qualifier, sentence: true)
      }
    }
    return descriptions
  }
}
