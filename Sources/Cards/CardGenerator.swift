import Knowledge
import Utilities

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

  /// Creates a generator for `deck`.
  public init(deck: Deck, seed: UInt64 = 0) {
    self.deck = deck
    self.seed = seed
    model = Model(deck: deck)
    lexicon = model.lexicon
  }

  /// The deck's names and accepted texts as grading looks answers up in them (`Lexicon(deck:)`): the one the
  /// generator built for hand-written cards, when the deck has any.
  public var gradingLexicon: Lexicon { deck.cards.isEmpty ? Lexicon(deck: deck) : lexicon }

  /// Every card of the deck.
  public func generate() -> [Card] {
    var report = GenerationReport()
    return generate(report: &report)
  }

  /// Every card of the deck, noting in `report` the questions that could not be made fairly: facts first
  /// (forward, then reverse questions), then quantities, definitions and hand-written cards.
  ///
  /// Facts are independent of each other: runs of consecutive facts are made on every core and joined in
  /// file order, so the result does not depend on how many cores there are or which finishes first.
  public func generate(report: inout GenerationReport) -> [Card] {
    generateWithCases(report: &report).cards
  }

  /// Every card of the deck (as `generate(report:)`), with the facts each case draws on, by the case's unit:
  /// cases are composed once, for both.
  func generateWithCases(
    report: inout GenerationReport
  ) -> (cards: [Card], caseRequirements: [UnitID: [String]]) {
    let factCount = deck.facts.count
    // Long enough that a run outweighs handing it to a core; a deck of fewer facts (every built-in one) is
    // one run, made on the calling thread.
    let runLength = 1_000
    var runs = concurrentMap(count: (factCount + runLength - 1) / runLength) { run in
      let marks = Marks(count: model.ids.count)
      var cards: [Card] = []
      var report = GenerationReport()
      for factIndex in run * runLength..<min(factCount, (run + 1) * runLength) {
        self.cards(forFact: factIndex, marks: marks, into: &cards, report: &report)
      }
      return (cards: cards, report: report)
    }
    var othersReport = GenerationReport()
    var others = otherCards(report: &othersReport)
    let cases = composedCases(report: &othersReport)
    others += cases.map(\.card)
    var cards: [Card] = []
    cards.reserveCapacity(runs.reduce(others.count) { $0 + $1.cards.count })
    for index in runs.indices {
      // Each run's cards are moved, not copied: a copy retains every string of every card, and freeing the
      // runs releases them all again. (Reversed through the buffer, whose swaps move where the array's copy.)
      var moved: [Card] = []
      swap(&moved, &runs[index].cards)
      moved.withUnsafeMutableBufferPointer { $0.reverse() }
      while let card = moved.popLast() { cards.append(card) }
      report.add(runs[index].report)
    }
    cards += others
    report.add(othersReport)
    markTeacherNotes(in: &cards)
    var requirements: [UnitID: [String]] = [:]
    for composed in cases { requirements[composed.card.unit] = composed.requires }
    return (cards, requirements)
  }

  /// The cards that do not come from facts or cases: quantities, definitions and hand-written cards (the last
  /// two without those whose question gives the answer away, which go into `report`).
  private func otherCards(report: inout GenerationReport) -> [Card] {
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

  /// The cards of one fact: its forward questions, and the reverse questions of each object it is the first
  /// fact to mention under its relation. `marks` is the run's own (see `Marks`).
  private func cards(
    forFact factIndex: Int, marks: Marks, into cards: inout [Card], report: inout GenerationReport
  ) {
    let relationIndex = model.factRelations[factIndex]
    guard relationIndex >= 0 else { return }
    let question = FactQuestion(
      factIndex: factIndex, relationIndex: relationIndex, model: model, marks: marks)
    let start = cards.count
    forwardCards(question, into: &cards, report: &report)
    for (position, object) in question.objects.enumerated() {
      guard
        let first = model.factsAboutObject[model.key(object, relationIndex)]?.first.map(Int.init),
        first == factIndex || model.facts[first].id == model.facts[factIndex].id
      else { continue }
      reverseCards(
        object, model.facts[factIndex].objects[position], relationIndex: relationIndex,
        firstFact: factIndex, marks: marks, into: &cards, report: &report)
    }
    if let kinds = model.kinds(ofFact: factIndex) {
      // A fact whose questions another fact asks is asked there: its own statements may all go.
      let askedElsewhere = question.askedBy.map { _ in UnitID(rawValue: model.facts[factIndex].id) }
      keep(
        kinds, of: factIndex, in: &cards, from: start, askedElsewhere: askedElsewhere,
        report: &report)
    }
  }

  /// The id `key` + `suffix` ("fact-12.choice.forward").
  func cardID(_ key: String, _ suffix: String) -> CardID {
    CardID(rawValue: TemplateText.joined(key, suffix))
  }

  /// Chooses content (which true answer, which distractors): fixed per card id, whatever the session.
  func contentRandom(for id: CardID) -> SplitMix64 {
    SplitMix64(seed: 0, key: id.rawValue)
  }

  /// Orders options: varies with the session seed.
  func orderRandom(for id: CardID) -> SplitMix64 {
    SplitMix64(seed: seed, prefix: "order/", key: id.rawValue)
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
      return normalized.utf8.count > 2 && prompt.includes(" " + normalized + " ")
    }
  }
}
