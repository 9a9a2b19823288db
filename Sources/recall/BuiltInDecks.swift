/// The decks compiled into Recall (`Decks/*.yaml` at build time, by the `EmbedDecks` plugin): found wherever
/// the binary runs, with no file beside it.
enum BuiltInDecks {
  /// The names of the built-in decks, sorted.
  static var names: [String] { texts.map(\.name) }

  /// The text of the built-in deck `name`, if there is one.
  static func text(named name: String) -> String? {
    texts.first { $0.name == name }?.text
  }
}
