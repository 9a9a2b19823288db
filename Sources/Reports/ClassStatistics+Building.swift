import Cards
import Foundation
import ProgressCore
import Scheduling

extension ClassStatistics {
  /// Works out the class figures from each learner's input (all for the same deck, moment and calendar);
  /// `units` are the deck's units of knowledge, in study order.
  public init(
    deckID: String, deckTitle: String, units: [KnowledgeUnit], now: Date, learners: [LearnerInput]
  ) {
    var tally = Tally(
      deck: ReportDeck(id: deckID, title: deckTitle, units: units), now: now,
      calendar: learners.first?.calendar ?? ReportCalendar(timeZone: .current))
    for input in learners { tally.add(LearnerSummary(input: input)) }
    self = tally.statistics
  }

  /// A wrong answer as a teacher can read it: on choice, select and true/false cards the text of the options
  /// the learner chose, when the review names them (`chosen`, sorted and joined by "; ", so one pick counts as
  /// one answer whatever the shuffle and whether typed as a letter or a text); otherwise the answer as typed.
  static func wrongAnswerText(_ record: ReviewRecord, card: Card) -> String? {
    if let chosen = record.chosen, !chosen.isEmpty, !card.choices.isEmpty {
      let texts = chosen.map(\.tidied).filter { !$0.isEmpty }
      if !texts.isEmpty { return texts.sorted().joined(separator: "; ") }
    }
    return wrongAnswerText(record.answer, card: card)
  }

  /// A typed wrong answer as a teacher can read it, or nil when it says nothing: blank, or a bare option
  /// letter (options are shuffled per session, so without `chosen` a letter does not tell which option it was).
  static func wrongAnswerText(_ answer: String?, card: Card) -> String? {
    let text = (answer ?? "").tidied
    guard !text.isEmpty else { return nil }
    switch card.key {
    case .choice, .select:
      let letters = text.split(whereSeparator: { $0 == " " || $0 == "," })
      if letters.allSatisfy({ ChoiceLetters.index(of: String($0), count: 26) != nil }) {
        return nil
      }
    case .trueFalse:
      if ["t", "true", "yes", "y"].contains(text) { return "true" }
      if ["f", "false", "no", "n"].contains(text) { return "false" }
    default: break
    }
    return text
  }
}
