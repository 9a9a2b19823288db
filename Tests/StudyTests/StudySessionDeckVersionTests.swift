import Cards
import Foundation
import ProgressCore
import TestSupport
import Testing

@testable import Study

@Suite("Study session: the deck version studied")
struct StudySessionDeckVersionTests {
  let now = Date(timeIntervalSince1970: 1_764_064_800)

  @Test("the start of a session records the version of the deck studied, when it is known")
  func recordsVersion() throws {
    for version in [DeckVersion(hash: "1a8295228a3afdb6", number: 2), nil] {
      let log = MemoryLog()
      let session = StudySession(
        units: try MiniDeck.units(), lexicon: Lexicon(deck: try MiniDeck.deck()),
        replay: ProgressReplay(entries: [], scheduler: MiniDeck.scheduler),
        scheduler: MiniDeck.scheduler, log: log, limits: StudyLimits(),
        day: StudyDay(timeZone: .gmt), now: now)
      session.deckVersion = version
      try session.begin(at: now)
      #expect(log.records.map(\.event) == [.sessionStart(mode: "study", deck: version)])
    }
  }
}
