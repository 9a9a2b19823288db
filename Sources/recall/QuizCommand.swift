import ArgumentParser
import Cards
import Foundation
import Study
import Terminal

/// `recall quiz`: a scored test; answers are saved and count as reviews.
struct QuizCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quiz", abstract: "Take a scored quiz mixing question kinds; results are saved.")

  @OptionGroup var common: SessionOptions

  @Option(name: .long, help: "How many questions.")
  var questions: Int = 10

  @Option(name: .long, help: "Only questions with this tag (topic).")
  var tag: String?

  @Option(name: .long, help: "Time limit in minutes.")
  var minutes: Double?

  @Flag(name: .long, help: "Show feedback after each answer instead of only at the end.")
  var tutor = false

  func validate() throws {
    guard questions > 0 else { throw ValidationError("--questions must be at least 1") }
    if let minutes, !(minutes > 0) { throw ValidationError("--minutes must be more than 0") }
  }

  func run() throws {
    let context = try SessionContext(options: common)
    defer { context.close() }
    let checker = AnswerChecker(
      lexicon: Lexicon(deck: context.deck),
      descriptions: EntityDescriptions.make(deck: context.deck))
    let quiz = QuizSession(
      units: try context.units(tag: tag), count: questions, checker: checker,
      replay: context.replay,
      log: context.file, seed: context.seed, now: context.start)
    try context.file.append(.sessionStart(mode: "quiz"), at: context.start)
    try context.withReader { reader in
      let repl = QuizREPL(
        quiz: quiz, title: context.deck.title, reader: reader, style: context.style,
        width: { context.environment.columns }, tutor: tutor, minutes: minutes, now: context.clock,
        write: context.write)
      try repl.run()
    }
  }
}
