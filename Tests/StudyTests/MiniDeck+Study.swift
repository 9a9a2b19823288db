import Cards
import Foundation
import Knowledge
import ProgressCore
import Scheduling
import Study
import TestSupport

/// The pieces a session needs from the shared mini deck, built in memory.
extension MiniDeck {
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
