import Cards
import Foundation
import Knowledge
import ProgressCore
import Scheduling
import Study
import TestSupport

/// The quiz the REPL tests take: four questions from a deck, fixed seeds, no past reviews, a new-memory
/// scheduler without fuzz, and answers logged to memory.
enum FourQuestionQuiz {
  /// When the quiz tests start: 2025-11-25 10:00 UTC.
  static let start = Date(timeIntervalSince1970: 1_764_064_800)

  /// A quiz over `deck` that logs to `log`, started at `now`.
  static func make(
    _ deck: Deck, log: MemoryLog = MemoryLog(), now: Date = start
  ) throws -> QuizSession {
    QuizSession(
      units: CardGenerator(deck: deck, seed: 42).units(), count: 4,
      checker: AnswerChecker(lexicon: Lexicon(deck: deck)),
      replay: ProgressReplay(
        entries: [], scheduler: Scheduler(parameters: try FSRSParameters(enableFuzz: false))),
      log: log, seed: 5, now: now)
  }

  /// The study REPL tests' sampler deck.
  static func sampler() throws -> Deck {
    try DeckLoader.load(yaml: StudyREPLTests.yaml, file: "sampler.yaml", deckID: "sampler")
  }
}
