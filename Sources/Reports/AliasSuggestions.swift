import Cards
import ProgressCore
import Utilities

/// Answers a teacher may add to a deck as aliases, from the class's reviews: per typed or list card, the
/// answers learners said were right after a wrong verdict ("I was right", `override`), and the wrong answers
/// given most often. Each answer counts once per learner, so one learner repeating it does not make it common.
///
/// `recall deck aliases --suggest` prints them as YAML to paste; the class view can list them too.
public struct AliasSuggestions: Sendable, Equatable, Codable {
  /// One answer text and how many learners gave it.
  public struct Answer: Sendable, Equatable, Codable {
    /// The answer as typed (white space tidied).
    public var text: String
    /// Learners who gave it.
    public var learners: Int
  }

  /// The suggestions for one card.
  public struct CardSuggestions: Sendable, Equatable, Codable {
    /// The card id.
    public var card: String
    /// The question.
    public var prompt: String
    /// The answer as shown.
    public var answer: String
    /// Answers learners overrode as right, most learners first.
    public var overridden: [Answer]
    /// Wrong answers not overridden, most learners first (at most `wrongLimit`).
    public var wrong: [Answer]
  }

  /// The cards with at least one suggestion, in deck order.
  public var cards: [CardSuggestions]

  /// Suggestions from each learner's reviews (taken-back answers already left out, as replay gives them).
  /// Only typed and list cards get suggestions: options have no aliases to add.
  public init(
    cards: [Card], reviews: [(learner: String, records: [ReviewRecord])], wrongLimit: Int = 3
  ) {
    let typed = Dictionary(cards.map { ($0.id.rawValue, $0.choices.isEmpty) }) { first, _ in first }
    var counts = Counts()
    for (_, records) in reviews {
      var answers = LearnerAnswers()
      for record in records where typed[record.card] == true { answers.add(record) }
      counts.add(answers)
    }
    self.init(cards: cards, counts: counts, wrongLimit: wrongLimit)
  }

  /// The suggestions `counts` make for `cards`.
  init(cards: [Card], counts: Counts, wrongLimit: Int) {
    func ranked(_ answers: [String: Int]?, excluding: Set<String> = []) -> [Answer] {
      (answers ?? [:]).filter { !excluding.contains($0.key) }
        .map { Answer(text: $0.key, learners: $0.value) }
        .sorted { ($0.learners, $1.text) > ($1.learners, $0.text) }
    }
    self.cards = cards.compactMap { card in
      let id = card.id.rawValue
      let right = ranked(counts.overridden[id])
      let common = Array(
        ranked(counts.wrong[id], excluding: Set(right.map(\.text))).prefix(wrongLimit))
      guard !right.isEmpty || !common.isEmpty else { return nil }
      return CardSuggestions(
        card: id, prompt: card.prompt, answer: card.answer, overridden: right, wrong: common)
    }
  }

  /// One learner's answers that may make suggestions: per card, each answer they said was right after a
  /// wrong verdict, and each answer judged wrong, once however often it was given.
  struct LearnerAnswers: Sendable {
    fileprivate var overridden: [String: Set<String>] = [:]
    fileprivate var wrong: [String: Set<String>] = [:]

    /// Counts `record`, a review of a typed or list card.
    mutating func add(_ record: ReviewRecord) {
      guard let typed = record.answer else { return }
      let isOverridden = record.override == ReviewRecord.overriddenRight
      guard isOverridden || record.verdict == Grade.Verdict.incorrect.rawValue else { return }
      let answer = typed.tidied
      guard !answer.isEmpty else { return }
      if isOverridden {
        overridden[record.card, default: []].insert(answer)
      } else {
        wrong[record.card, default: []].insert(answer)
      }
    }
  }

  /// Per card and answer, how many learners gave it.
  struct Counts: Sendable {
    fileprivate var overridden: [String: [String: Int]] = [:]
    fileprivate var wrong: [String: [String: Int]] = [:]

    /// Counts one learner's answers.
    mutating func add(_ learner: LearnerAnswers) {
      for (card, answers) in learner.overridden {
        for answer in answers { overridden[card, default: [:]][answer, default: 0] += 1 }
      }
      for (card, answers) in learner.wrong {
        for answer in answers { wrong[card, default: [:]][answer, default: 0] += 1 }
      }
    }
  }

  /// The suggestions as YAML a teacher reads and pastes: per card, the answers to consider as aliases (of
  /// the entity the card asks for, or in the card's `accept:` list), with the wrong ones as comments.
  public func yaml() -> String {
    guard !cards.isEmpty else { return "# No overrides and no wrong answers yet.\n" }
    var lines = [
      "# Answers learners gave; add the right ones as aliases (or to a card's accept: list)."
    ]
    for card in cards {
      lines.append("")
      lines.append("# \(card.prompt.replacingOccurrences(of: "\n", with: " "))")
      lines.append("# answer shown: \(card.answer)")
      lines.append("\(Self.quoted(card.card)):")
      if card.overridden.isEmpty {
        lines.append("  said-right: []")
      } else {
        lines.append("  said-right:   # learners overrode the verdict")
        for answer in card.overridden {
          lines.append(
            "    - \(Self.quoted(answer.text))   # \(plural(answer.learners, "learner"))")
        }
      }
      if !card.wrong.isEmpty {
        lines.append("  most-given-wrong:   # check: a right answer the deck lacks?")
        for answer in card.wrong {
          lines.append(
            "    - \(Self.quoted(answer.text))   # \(plural(answer.learners, "learner"))")
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A YAML scalar: plain when safe, else double-quoted with escapes.
  public static func quoted(_ text: String) -> String {
    let plain =
      !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || " -.'".contains($0) }
      && !text.hasPrefix("-") && !text.hasPrefix(" ") && !text.hasSuffix(" ")
      && !["true", "false", "yes", "no", "null", "on", "off", "~"].contains(text.lowercased())
    if plain { return text }
    let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\"", with: "\\\"")
    return "\"\(escaped)\""
  }
}
