import Foundation
import Knowledge
import TestSupport
import Testing

@testable import Cards

/// Teacher's notes: the cards of a noted item carry the note and the tag, and lint requires the source.
@Suite("Teacher's notes on cards and in lint")
struct DeckLinterTeacherNotesTests {
  static func load(_ text: String) throws -> Deck {
    try DeckLoader.load(yaml: text, file: PlanetsCasesDeckText.file, deckID: "planets-cases")
  }

  @Test("the cards of a noted fact carry its note and the tag teacher-note; other cards neither")
  func marksCards() throws {
    let cards = CardGenerator(deck: try Self.load(PlanetsCasesDeckText.yaml)).generate()
    let noted = cards.filter { $0.teacherNote != nil }
    #expect(!noted.isEmpty)
    #expect(noted.allSatisfy { $0.siblingKey == "earth-moon" })
    #expect(noted.allSatisfy { $0.tags.contains(CardGenerator.teacherNoteTag) })
    #expect(noted.first?.teacherNote?.source == "A teacher's atlas of the solar system")
    #expect(!cards.contains { $0.teacherNote == nil && $0.tags.contains("teacher-note") })
  }

  @Test("a teacher's note without a source is a lint error at the mark")
  func requiresSource() throws {
    let text = PlanetsCasesDeckText.yaml.replacingOccurrences(
      of: "    source: A teacher's atlas of the solar system\n", with: "")
    let errors = DeckLinter.lint(try Self.load(text)).filter { $0.severity == .error }
    #expect(errors.count == 1)
    let error = try #require(errors.first)
    #expect(error.message.hasPrefix("fact 'earth-moon' is a teacher's note but names no source"))
    // At the value of `teacher-note:`.
    let mark = try #require(SyntheticDeck.position(of: "teacher-note: true", in: text))
    #expect(error.location.line == mark.line)
    #expect(error.location.column == mark.column + "teacher-note: ".count)
  }

  @Test("the built-in deck's notes all name their source, the two a teacher would add among them")
  func builtInNotes() throws {
    let deck = try realDeck()
    #expect(DeckLinter.teacherNotesWithoutSource(deck).isEmpty)
    let notedCards = deck.cards.filter { $0.teacherNote != nil }.map(\.id)
    #expect(notedCards.contains("crest-c") && notedCards.contains("warfarin-calciphylaxis-risk"))
  }
}
