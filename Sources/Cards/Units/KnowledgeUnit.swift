import Foundation
import Utilities

/// One piece of knowledge a learner can retrieve in one direction, with one memory: a fact asked forward, an
/// object asked back, a term from its description, a quantity, a hand-written card. Its cards are its
/// *presentations*, ordered as a ladder from recognition to production; each review shows the one that fits
/// the unit's memory (see `docs/units.md`).
public struct KnowledgeUnit: Sendable, Identifiable {
  /// What the unit asks about.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// A fact, from its subject to its objects.
    case forward
    /// One object of a relation, asked back to the subjects that have it.
    case reverse
    /// A term, from its description.
    case definition
    /// A number with its accepted range.
    case quantity
    /// A card the teacher wrote.
    case handwritten
  }

  /// The stable id.
  public var id: UnitID
  /// What the unit asks about.
  public var kind: Kind
  /// The presentations in the order the unit climbs them: lowest rung first (cards of one rung in the order
  /// the generator made them), or in the order of the deck's `kinds:` when it states one.
  public var ladder: [Card]
  /// The fact the unit comes from (the sibling key its cards share): units of one fact are not shown on the
  /// same day.
  public var siblingKey: String

  /// Creates a unit. `ladder` is put in rung order, or with `order` (a deck's `kinds:`) in that order of
  /// kinds, any kind it does not name after them in rung order.
  public init(
    id: UnitID, kind: Kind, presentations: [Card], siblingKey: String, order: [CardKind]? = nil
  ) {
    self.id = id
    self.kind = kind
    func position(_ card: Card) -> Int {
      let rung = Rung(card.kind).rawValue
      guard let order else { return rung }
      return order.firstIndex(of: card.kind) ?? order.count + rung
    }
    ladder = presentations.enumerated().sorted {
      (position($0.element), $0.offset) < (position($1.element), $1.offset)
    }.map(\.element)
    self.siblingKey = siblingKey
  }

  /// The topic tags (those of its first presentation).
  public var tags: [String] { ladder.first?.tags ?? [] }

  /// Whether the unit is a clinical case: it asks to apply facts met before, so it is never taught first.
  public var isCase: Bool { ladder.first?.kind == .clinicalCase }

  /// The source section the unit teaches.
  public var section: String { ladder.first?.section ?? "" }

  /// The rung a new unit starts from: its ladder's first (the lowest, unless the deck orders the ladder).
  public var lowestRung: Rung { ladder.first.map { Rung($0.kind) } ?? .produce }

  /// The rung at the top of the unit's ladder (the highest, unless the deck orders the ladder).
  public var highestRung: Rung { ladder.last.map { Rung($0.kind) } ?? .produce }

  /// The presentations at `rung`.
  public func presentations(at rung: Rung) -> [Card] { ladder.filter { Rung($0.kind) == rung } }

  /// The rungs the unit has, each once, in the order its ladder climbs them (lowest first unless the deck
  /// orders the ladder).
  public var rungs: [Rung] {
    var seen: [Rung] = []
    for card in ladder where !seen.contains(Rung(card.kind)) { seen.append(Rung(card.kind)) }
    return seen
  }
}

extension KnowledgeUnit {
  /// The unit id of every presentation of `units`, by card id (for replaying progress by unit).
  public static func unitsByCard(_ units: [KnowledgeUnit]) -> [String: String] {
    var map: [String: String] = [:]
    for unit in units {
      for card in unit.ladder where map[card.id.rawValue] == nil {
        map[card.id.rawValue] = unit.id.rawValue
      }
    }
    return map
  }
}

extension KnowledgeUnit {
  /// Why the lesson holds, shown with it: the explanation without any presentation's notes on its wrong
  /// options (those would show the options before the question does).
  public var explanation: String { ladder.first?.unitExplanation ?? "" }

  /// What the unit teaches, as one line shown before a new unit is first asked: the fact's sentence when
  /// one says it all (a cloze with its blank filled, or a true statement naming the whole answer of a typed
  /// question), else its question with the whole answer (a true statement on its own, a false one followed
  /// by "— false").
  public var lesson: String {
    // Whatever order the deck gives the ladder, the lesson is the same: it is read in rung order.
    let inRungOrder = zip(ladder, ladder.dropFirst()).allSatisfy { Rung($0.kind) <= Rung($1.kind) }
    let ladder =
      inRungOrder
      ? ladder
      : ladder.enumerated().sorted {
        (Rung($0.element.kind), $0.offset) < (Rung($1.element.kind), $1.offset)
      }.map(\.element)
    if let cloze = ladder.first(where: { $0.kind == .cloze }),
      let blank = cloze.prompt.range(of: "_____")
    {
      return cloze.prompt.replacingCharacters(in: blank, with: cloze.answer)
    }
    // The highest production presentation says the question most fully (a list names every answer); a unit
    // of statements alone (a fact whose question another fact asks) teaches its true one.
    let question =
      ladder.last { Rung($0.kind) >= .complete } ?? ladder.last { $0.kind != .truefalse }
      ?? ladder.first { $0.key == .trueFalse(true) } ?? ladder.last
    guard let question else { return "" }
    if question.kind != .truefalse,
      let statement = ladder.first(where: { $0.key == .trueFalse(true) }),
      statement.prompt.includes(question.answer)
    {
      return statement.prompt
    }
    // A true statement says it all; a false one (a hand-written "you should burst blisters") must be taught
    // as false, never as a fact, so it keeps its answer like a question does.
    if case .trueFalse(true) = question.key { return question.prompt }
    // A case's vignette and question are two lines of its prompt; a lesson is one line.
    let prompt = question.prompt.replacingOccurrences(of: "\n", with: " ")
    return "\(Self.withoutInstruction(prompt)) — \(question.answer)"
  }

  /// A prompt without a trailing instruction in brackets ("(name all 4)", "(select all that apply)").
  static func withoutInstruction(_ prompt: String) -> String {
    guard prompt.hasSuffix(")"), let open = prompt.range(of: " (", options: .backwards) else {
      return prompt
    }
    let inside = prompt[open.upperBound...].lowercased()
    let instructions = ["name ", "select ", "choose "]
    return instructions.contains(where: inside.hasPrefix)
      ? String(prompt[..<open.lowerBound]) : prompt
  }
}
