import ArgumentParser
import Cards
import Foundation
import Study
import Terminal

/// `recall quiz`: a scored test; answers are saved and count as reviews.
struct QuizCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quiz", abstract: "Take a scored quiz mixing question kinds; results are saved.",
    discussion: """
      With --set NAME, the class's fixed quiz NAME (its class file says the questions, the same for \
      everyone, and the time limit); the class file is found in the classes folder, or named with \
      --class.
      """)

  @OptionGroup var common: SessionOptions

  @Option(name: .long, help: "How many questions (default 10).")
  var questions: Int?

  @Option(name: .long, help: "Only questions with this tag (topic).")
  var tag: String?

  @Option(name: .long, help: "Time limit in minutes.")
  var minutes: Double?

  @Flag(name: .long, help: "Show feedback after each answer instead of only at the end.")
  var tutor = false

  @Option(name: .long, help: "Take the class's fixed quiz NAME (defined in its class file).")
  var set: String?

  @Option(
    name: .customLong("class"), help: "The class file defining --set, by name or path.")
  var className: String?

  func validate() throws {
    if let questions, questions <= 0 { throw ValidationError("--questions must be at least 1") }
    if let minutes, !(minutes > 0) { throw ValidationError("--minutes must be more than 0") }
    if set != nil, questions != nil || tag != nil || minutes != nil {
      throw ValidationError(
        "--set takes its questions, topics and time limit from the class file; leave out "
          + "--questions, --tag and --minutes")
    }
    if set == nil, className != nil { throw ValidationError("--class goes with --set NAME") }
  }

  func run() throws {
    guard let set else { return try runOwnQuiz() }
    let environment = RecallEnvironment()
    let location = try FixedQuizLookup.find(set, className: className, in: environment)
    guard let fixed = location.file.quiz(named: set) else {
      throw RecallError("\(location.path) defines no quiz '\(set)'")
    }
    let context = try SessionContext(options: common, deck: location.deck)
    defer { context.close() }
    if location.file.member(context.learner) == nil {
      Notice.warning(
        "learner \(context.learner) is not on the roster of \(location.file.name): your teacher "
          + "cannot collect this result (take it with --learner and your roster id)")
    }
    let quiz = QuizSession(
      questions: try FixedQuizPlan.questions(of: fixed, deck: context.deck),
      checker: checker(context), log: context.file, now: context.start, set: fixed.name)
    try context.file.append(
      .sessionStart(mode: "quiz", deck: context.deckVersion, set: fixed.name), at: context.start)
    try run(quiz, title: "\(context.deck.title) · \(fixed.title)", minutes: fixed.minutes, context)
  }

  /// A quiz of the learner's own: questions drawn at each unit's place on its ladder.
  private func runOwnQuiz() throws {
    let context = try SessionContext(options: common)
    defer { context.close() }
    let quiz = QuizSession(
      units: try context.units(tag: tag), count: questions ?? 10, checker: checker(context),
      replay: context.replay, log: context.file, seed: context.seed, now: context.start)
    try context.file.append(
      .sessionStart(mode: "quiz", deck: context.deckVersion), at: context.start)
    try run(quiz, title: context.deck.title, minutes: minutes, context)
  }

  private func checker(_ context: SessionContext) -> AnswerChecker {
    AnswerChecker(
      lexicon: context.lexicon,
      descriptions: EntityDescriptions.make(deck: context.deck))
  }

  private func run(
    _ quiz: QuizSession, title: String, minutes: Double?, _ context: SessionContext
  ) throws {
    try context.withReader { reader in
      let repl = QuizREPL(
        quiz: quiz, title: title, reader: reader, style: context.style,
        width: { context.environment.columns }, tutor: tutor, minutes: minutes, now: context.clock,
        write: context.write)
      try repl.run()
    }
  }
}

/// Finds the class file that defines a fixed quiz.
enum FixedQuizLookup {
  /// The class named by `className`, else the one class file in the classes folder that defines `set`.
  static func find(
    _ set: String, className: String?, in environment: RecallEnvironment
  ) throws -> ClassLocation {
    if let className { return try ClassLocator.load(className, in: environment) }
    let defining = ClassLocator.all(in: environment).compactMap { path in
      (try? ClassLocator.load(path, in: environment)).flatMap {
        $0.file.quiz(named: set) == nil ? nil : $0
      }
    }
    switch defining.count {
    case 1: return defining[0]
    case 0:
      throw RecallError(
        "no class file in \(ClassLocator.folder(in: environment)) defines a quiz '\(set)'; name "
          + "the class file with --class PATH")
    default:
      throw RecallError(
        "several class files define a quiz '\(set)': "
          + defining.map(\.path).joined(separator: ", ") + "; choose one with --class")
    }
  }
}
