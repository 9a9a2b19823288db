import Knowledge

/// The small deck most suites need: four drugs, four organs, and one relation asked both ways, so that every
/// fact makes a forward unit and a reverse one, each with a choice and a typed question.
///
/// Aspirin has an alias (`ASA`) and the relation a tag (`treatment`), for tests of aliases and topics.
public enum MiniDeck {
  /// The deck text, under `title` (a report test may want characters that need escaping).
  public static func yaml(title: String = "Mini") -> String {
    """
    deck:
      title: \(title)
      version: 1
      source: {title: Notes, sections: [One]}
    classes:
      drug: {name: drug}
      site: {name: site}
    entities:
      aspirin: {class: drug, name: aspirin, aliases: [ASA]}
      heparin: {class: drug, name: heparin}
      insulin: {class: drug, name: insulin}
      morphine: {class: drug, name: morphine}
      liver: {class: site, name: liver}
      kidney: {class: site, name: kidney}
      lung: {class: site, name: lung}
      heart: {class: site, name: heart}
    relations:
      acts-on:
        subject: drug
        object: site
        ask: Where does {subject} mainly act?
        ask-reverse: Which drug mainly acts on the {object}?
        tags: [treatment]
    facts:
      - {id: aspirin-site, subject: aspirin, relation: acts-on, object: heart, section: One, explanation: Aspirin protects the heart.}
      - {id: insulin-site, subject: insulin, relation: acts-on, object: liver, section: One, explanation: Insulin acts on the liver.}
      - {id: heparin-site, subject: heparin, relation: acts-on, object: lung, section: One, explanation: Heparin here acts on the lung.}
      - {id: morphine-site, subject: morphine, relation: acts-on, object: kidney, section: One, explanation: Made up for the test.}
    """
  }

  /// The deck text under its usual title.
  public static let yaml = yaml()

  /// The deck, loaded as `mini.yaml`.
  public static func deck() throws -> Deck {
    try DeckLoader.load(yaml: yaml, file: "mini.yaml", deckID: "mini")
  }
}
