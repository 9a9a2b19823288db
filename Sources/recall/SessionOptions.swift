import ArgumentParser

/// The options every session command shares.
struct SessionOptions: ParsableArguments {
  @Option(name: .long, help: "Deck name or path.")
  var deck: String = DeckLocator.defaultDeck

  @Option(name: .long, help: "Learner name (default: RECALL_LEARNER, else your login name).")
  var learner: String?

  @Option(
    name: .long, help: "Where progress files live (default: RECALL_PROGRESS_DIR, else ./Progress).")
  var progressDir: String?
}
