import ArgumentParser
import Knowledge
import ProgressStore

/// The options every session command shares.
struct SessionOptions: ParsableArguments {
  @Option(name: .long, help: "Deck name or path.")
  var deck: String = DeckLocator.defaultDeck

  @Option(name: .long, help: "Learner name (default: RECALL_LEARNER, else your login name).")
  var learner: String?

  @Option(name: .long, help: SessionOptions.progressDirHelp)
  var progressDir: String?

  /// How every command's --progress-dir explains its default (`RecallEnvironment.progressDirectory`).
  static let progressDirHelp = ArgumentHelp(
    "Where progress files live (default: RECALL_PROGRESS_DIR, else Progress/ in the Recall "
      + "repository, else the per-user data folder, ~/.local/share/recall/Progress on Linux).")
}

extension SessionOptions {
  /// The learner (validated), the deck (loaded) and the path of their progress file, which may not exist
  /// yet: what every command reading one learner's progress starts from.
  func progressFile(
    in environment: RecallEnvironment
  ) throws -> (learner: String, deck: Deck, path: String) {
    let learner = try FileName.validateLearner(environment.learner(self.learner))
    let deck = try DeckLocator.load(self.deck, in: environment)
    let path = try environment.progressDirectory(progressDir).file(learner: learner, deck: deck.id)
    return (learner, deck, path)
  }
}
