import Knowledge

/// A hand-written card read from another program's file, before it is written as deck YAML.
public struct ImportedCard: Sendable, Hashable {
  /// The wanted card id (made a valid, unique deck id when written).
  public var id: String
  /// The question and its answer, as a hand-written card of the deck format.
  public var content: HandwrittenCard.Content
  /// The source section (for Anki: the card's deck, or the section a Recall export names).
  public var section: String
  /// The explanation (for Anki: the other fields' text); empty means "say where it came from".
  public var explanation: String
  /// Tags as they were.
  public var tags: [String]
  /// The line of the source file the card starts on, for formats read by line (nil for others).
  public var line: Int?

  /// Creates a card.
  public init(
    id: String, content: HandwrittenCard.Content, section: String, explanation: String,
    tags: [String], line: Int? = nil
  ) {
    self.id = id
    self.content = content
    self.section = section
    self.explanation = explanation
    self.tags = tags
    self.line = line
  }
}

/// Everything read from one file to import: the cards, and what could not be brought along.
public struct ImportedDeck: Sendable, Hashable {
  /// The deck title (an Anki deck name, a Markdown heading, or the file name).
  public var title: String
  /// Where the cards came from, for the deck's `source.title`.
  public var sourceTitle: String
  /// The cards, in file order.
  public var cards: [ImportedCard] = []
  /// How many notes (or records) were read.
  public var notes = 0
  /// Media files referred to and not imported (Recall cards are text).
  public var media: [String] = []
  /// Things the user should know: unknown note types, cards that became another kind, notes skipped.
  public var warnings: [String] = []

  /// An empty deck.
  public init(title: String, sourceTitle: String) {
    self.title = title
    self.sourceTitle = sourceTitle
  }
}
