import ArgumentParser
import Foundation

/// The `recall` command: studying is the default.
@main
struct Recall: ParsableCommand {
  /// Recall's version (semantic versioning), shown by `recall --version`; defined here only.
  static let version = "0.9.0"

  static let configuration = CommandConfiguration(
    commandName: "recall",
    abstract: "Study a knowledge model as flashcards, scheduled by FSRS-6.",
    discussion: """
      With no subcommand, studies the default deck (calcinosis-cutis) for the default learner.

      Environment: RECALL_LEARNER, RECALL_DECKS (folders of decks, separated by ':'), \
      RECALL_PROGRESS_DIR, RECALL_CLASSES_DIR (class files), RECALL_CACHE_DIR (the class view's cache, \
      else $XDG_CACHE_HOME/recall/class), RECALL_NOW (ISO 8601, fixes the clock), \
      RECALL_SEED (fixes the random seed), NO_COLOR.

      Shell completions: recall --generate-completion-script bash|zsh|fish.
      """,
    version: version,
    subcommands: [
      StudyCommand.self, QuizCommand.self, DeckCommand.self, ProgressCommand.self,
      StatsCommand.self, ClassCommand.self,
      OptimizeCommand.self, SimulateCommand.self,
      ImportCommand.self,
      CardCommand.self,
    ],
    defaultSubcommand: StudyCommand.self)

  /// Parses and runs the command line, after checking its command words: a mistyped subcommand would
  /// otherwise reach the default subcommand as an unexpected argument, with no hint.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let unknown = CommandSuggestion.unknownCommand(in: arguments, root: Recall.self) {
      try? FileHandle.standardError.write(contentsOf: Data("error: \(unknown)\n".utf8))
      Foundation.exit(ExitCode.validationFailure.rawValue)
    }
    main(arguments)
  }
}
