import Dispatch
import Foundation
import Knowledge
import Synchronization

/// Turns a deck's knowledge model into cards.
///
/// Deterministic: a card's content (which true answer, which distractors, which statement) depends only on the
/// deck and the card id; the session seed only shuffles the options. Card ids come from ids in the deck (fact,
/// relation, entity, quantity, card), the kind and the direction, never from wording or position. The fairness
/// rules it keeps are listed in `docs/card-generation.md`.
public struct CardGenerator: Sendable {
  /// The deck cards are made from.
  public let deck: Deck
  /// Shuffles the options of choice and select cards.
  public let seed: UInt64
  let lexicon: Lexicon
  /// The deck with entities as indices, built once (see `Model`).
  let model: Model
  /// Whether the cards are for `DeckLinter` alone (see `Workspace.forLint`).
  let forLint: Bool
  /// For lint: whether typed keys must name their entities.
  let namesEntities: Bool

  /// Creates a generator for `deck`.
  public init(deck: Deck, seed: UInt64 = 0) {
    self.init(deck: deck, seed: seed, forLint: false)
  }

  /// Creates a generator for `deck`; with `forLint`, for `DeckLinter` alone (whose typed keys name their
  /// entities only with `namesEntities`). `alongside` runs while the model is built (see `Model`).
  init(
    deck: Deck, seed: UInt64 = 0, forLint: Bool, namesEntities: Bool = true,
    alongside: (@Sendable () -> Void)? = nil
  ) {
    self.deck = deck
    self.seed = seed
    self.forLint = forLint
    self.namesEntities = namesEntities
    model = Model(deck: deck, namingEntities: namesEntities || !forLint, alongside: alongside)
    lexicon = model.lexicon
  }

  /// Every card of the deck.
  public func generate() -> [Card] {
    var report = GenerationReport()
    return generate(report: &report)
  }

  /// Every card of the deck, noting in `report` the questions that could not be made fairly: facts first
  /// (forward, then reverse questions), then quantities, definitions and hand-written cards.
  ///
  /// Facts are independent of each other, so they are split into runs of consecutive facts that the
  /// processor's cores take in turn; the runs are joined in file order, so the result does not depend on how
  /// many cores there are or which finishes first.
  public func generate(report: inout GenerationReport) -> [Card] {
    var runs = factRuns(report: &report) { workspace, facts, report in
      var cards: [Card] = []
      cards.reserveCapacity(facts.count * 7)
      for factIndex in facts {
        self.cards(forFact: factIndex, workspace: workspace, into: &cards, report: &report)
      }
      return cards
    }
    let others = otherCards(report: &report)
    var cards = [Card].joining(moving: &runs, filler: Self.emptyCard, reserving: others.count)
    cards += others
    return cards
  }

  /// What `make` gives for each run of consecutive facts, in file order, with the runs' reports added to
  /// `report` in the same order. `make` runs on the workers, each with a workspace of its own, and is given
  /// the range of fact indices of one run and that run's report.
  func factRuns<Part: Sendable>(
    report: inout GenerationReport,
    _ make: @Sendable (Workspace, Range<Int>, inout GenerationReport) -> Part
  ) -> [Part] {
    let factCount = deck.facts.count
    let runCount = factCount < 2_000 ? 1 : min(64, factCount / 1_000)
    let runLength = (factCount + runCount - 1) / runCount
    let results = Mutex<[Int: (Part, GenerationReport)]>([:])
    let nextRun = Mutex(0)
    let workerCount = min(runCount, ProcessInfo.processInfo.activeProcessorCount)
    DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
      let workspace = Workspace(
        model: model, forLint: forLint, namesEntities: namesEntities)
      while true {
        let run = nextRun.withLock { next in
          defer { next += 1 }
          return next
        }
        guard run < runCount else { break }
        var local = GenerationReport()
        let end = min(factCount, (run + 1) * runLength)
        let part = make(workspace, min(end, run * runLength)..<end, &local)
        results.withLock { $0[run] = (part, local) }
      }
    }
    var parts: [Part] = []
    results.withLock { found in
      for run in 0..<runCount {
        guard let (part, local) = found.removeValue(forKey: run) else { continue }
        parts.append(part)
        report.missingChoices += local.missingChoices
        report.leaks += local.leaks
      }
    }
    return parts
  }

  /// The cards that do not come from facts: quantities, definitions and hand-written cards (the last two
  /// without those whose question gives the answer away, which go into `report`).
  func otherCards(report: inout GenerationReport) -> [Card] {
    var others = deck.quantities.map { numberCard($0) }
    var unchecked = deck.entities.compactMap { definitionCard($0) }
    unchecked += deck.cards.compactMap { handwrittenCard($0) }
    unchecked.removeAll { card in
      guard leaksAnswer(card) else { return false }
      report.leaks.append(.init(id: card.id, location: card.location))
      return true
    }
    others += unchecked
    return others
  }

  /// A card made of literals: it holds nothing to release (fills the slots cards are moved from).
  static let emptyCard = Card(
    id: CardID(rawValue: ""), kind: .truefalse, prompt: "", answer: "", key: .trueFalse(false),
    explanation: "", section: "", tags: [], siblingKey: "")

  /// The cards of one fact: its forward questions, and the reverse questions of each object it is the first
  /// fact to mention under its relation.
  func cards(
    forFact factIndex: Int, workspace: Workspace, into cards: inout [Card],
    report: inout GenerationReport
  ) {
    let relationIndex = model.factRelations[factIndex]
    guard relationIndex >= 0 else { return }
    let question = FactQuestion(
      factIndex: factIndex, relationIndex: relationIndex, model: model, workspace: workspace)
    forwardCards(question, into: &cards, report: &report)
    for (position, object) in question.objects.enumerated() {
      guard
        let first = model.factsAboutObject[model.key(object, relationIndex)]?.first.map(Int.init),
        first == factIndex || model.facts[first].id == model.facts[factIndex].id
      else { continue }
      reverseCards(
        object, model.facts[factIndex].objects[position], relationIndex: relationIndex,
        firstFact: factIndex, workspace: workspace, into: &cards, report: &report)
    }
  }

  /// The id `key` + `suffix` ("fact-12.choice.forward").
  func cardID(_ key: String, _ suffix: String) -> CardID {
    CardID(rawValue: TemplateText.joined(key, suffix))
  }

  /// Chooses content (which true answer, which distractors): fixed per card id, whatever the session.
  func contentRandom(for id: CardID) -> SeededGenerator {
    SeededGenerator(seed: 0, key: id.rawValue)
  }

  /// Orders options: varies with the session seed.
  func orderRandom(for id: CardID) -> SeededGenerator {
    SeededGenerator(seed: seed, prefix: "order/", key: id.rawValue)
  }

  /// Whether `prompt` contains, as whole words, a text of one of the entities `answers`.
  func leaks(_ prompt: String, answers: [Int32]) -> Bool {
    LeakTexts.withPrompt(prompt) { prompt in
      answers.contains { model.leakTexts.leak(in: prompt, of: $0) }
    }
  }

  /// Whether the prompt gives the answer away: an accepted text appears in it as whole words.
  func leaksAnswer(_ card: Card) -> Bool {
    let prompt = " " + AnswerText.normalize(card.prompt) + " "
    let answers: [String] =
      switch card.key {
      case .typed(let accepted, _): accepted
      case .choice(let options, let correct): [options[correct]]
      case .list(let items): items.compactMap(\.first)
      case .select, .trueFalse, .number: []
      }
    return answers.contains { answer in
      let normalized = AnswerText.normalize(answer)
      return normalized.utf8.count > 2 && AnswerText.occurs(" " + normalized + " ", in: prompt)
    }
  }
}
