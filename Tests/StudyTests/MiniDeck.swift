import Cards
import Foundation
import Knowledge
import ProgressCore
import Scheduling
import Study

/// A small deck and the pieces a session needs, built in memory.
enum MiniDeck {
  static let yaml = """
    deck:
      title: Mini
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
    facts:
      - {id: aspirin-site, subject: aspirin, relation: acts-on, object: heart, section: One, explanation: Aspirin protects the heart.}
      - {id: insulin-site, subject: insulin, relation: acts-on, object: liver, section: One, explanation: Insulin acts on the liver.}
      - {id: heparin-site, subject: heparin, relation: acts-on, object: lung, section: One, explanation: Heparin here acts on the lung.}
      - {id: morphine-site, subject: morphine, relation: acts-on, object: kidney, section: One, explanation: Made up for the test.}
    """

  static func deck() throws -> Deck {
    try DeckLoader.load(yaml: yaml, file: "mini.yaml", deckID: "mini")
  }

  static func cards() throws -> [Card] {
    CardGenerator(deck: try deck(), seed: 7).generate()
  }

  /// The deck's units of knowledge, in study order: each fact asked forward (choice, typed recall), then
  /// its object asked back (`acts-on.heart.reverse`: choice, typed recall).
  static func units() throws -> [KnowledgeUnit] {
    CardGenerator(deck: try deck(), seed: 7).units()
  }

  /// The unit with id `id`.
  static func unit(_ id: String) throws -> KnowledgeUnit {
    guard let unit = try units().first(where: { $0.id.rawValue == id }) else {
      throw MiniDeckError.noUnit(id)
    }
    return unit
  }

  /// A unit whose only presentation is `card`.
  static func unit(presenting card: Card) -> KnowledgeUnit {
    KnowledgeUnit(
      id: card.unit, kind: .handwritten, presentations: [card], siblingKey: card.siblingKey)
  }

  static let scheduler = Scheduler(parameters: (try? FSRSParameters(enableFuzz: false)) ?? .default)
}

/// A unit the mini deck does not have.
enum MiniDeckError: Error {
  case noUnit(String)
}

/// A progress log in memory; it can be told to fail, like a full disk.
final class MemoryLog: ProgressLog {
  var events: [(Date, ProgressEvent)] = []
  var failure: ProgressError?

  func record(_ event: ProgressEvent, at time: Date) throws(ProgressError) {
    if let failure { throw failure }
    events.append((time, event))
  }

  var reviews: [ReviewRecord] {
    events.compactMap { if case .review(let record) = $0.1 { record } else { nil } }
  }
}
