/// A kind of question a fact can be asked as: the names a deck's `kinds:` lists.
///
/// They are the names of the card kinds the generator makes from facts (`Cards.CardKind` has the same raw
/// values), in the order of the default ladder, from recognising an answer to producing it. Knowledge cannot
/// import Cards, so the deck format keeps its own list of what it may name.
public enum PresentationKind: String, Sendable, Hashable, CaseIterable {
  /// Judge a statement: true or false.
  case truefalse
  /// Pick the one right answer among four.
  case choice
  /// Pick every right answer among several.
  case select
  /// Fill the blank of the fact's sentence.
  case cloze
  /// Type the answer.
  case recall
  /// Name every answer of a fact that has several.
  case list
}
