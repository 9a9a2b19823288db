import ArgumentParser

/// The `recall` command: studying is the default.
@main
struct Recall: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recall",
    abstract: "Study a knowledge model as flashcards, scheduled by FSRS-6.",
    discussion: """
      With no subcommand, studies the default deck (calcinosis-cutis) for the default learner.
      Environment: RECALL_LEARNER, RECALL_PROGRESS_DIR, RECALL_NOW (ISO 8601, fixes the clock),
      RECALL_SEED (fixes the random seed), NO_COLOR.
      """,
    subcommands: [
      StudyCommand.self, QuizCommand.self, DeckCommand.self, ProgressCommand.self,
      StatsCommand.self, ClassCommand.self,
      OptimizeCommand.self, SimulateCommand.self,
      ImportCommand.self,
      CardCommand.self,
    ],
    defaultSubcommand: StudyCommand.self)
}
