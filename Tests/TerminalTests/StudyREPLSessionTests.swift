import Cards
import Foundation
import ProgressCore
import Scheduling
import Study
import Testing

@testable import Terminal

/// What the learner is told at the end of a session and after commands: counts that tell the truth,
/// `:undo` of a suspension, the rating after a hint.
@Suite("Study REPL: what the session says and does")
struct StudyREPLSessionTests {
  static let diltiazem = "diltiazem-site.recall.forward"
  static let insulin = "insulin-site.recall.forward"
  static let morphine = "morphine-site.recall.forward"

  @Test(
    "quitting with learning and new cards waiting says so, not that the first card is due later")
  func closingLineTellsWhatIsWaiting() throws {
    let harness = try REPLHarness(entries: [
      REPLHarness.review(Self.diltiazem, .again, minutesAgo: 5),
      REPLHarness.review(Self.insulin, .again, minutesAgo: 5),
      // Due in 40 seconds: the next card to fall due.
      REPLHarness.review(Self.morphine, .again, minutesAgo: 1.0 / 3),
    ])
    let text = try harness.run([.line(":quit")])
    #expect(text.contains("Left today: 2 learning cards and 1 new card are waiting now."))
    #expect(!text.contains("Next: the first card is due in 1m"))
    #expect(text.contains("Later: the next card falls due in 1m"))
  }

  @Test("the summary counts answers and cards apart")
  func answersAndCards() throws {
    let harness = try REPLHarness(cards: { $0.id.rawValue == Self.diltiazem })
    // Again, then Good twice: three answers to one card, which then graduates.
    let text = try harness.run([
      .line(""), .line(""), .line("heart"), .line(""), .line("heart"), .line(""),
    ])
    #expect(harness.log.reviews.count == 3)
    #expect(text.contains("Session: 3 answers to 1 card, 2 correct (67%)"))
  }

  @Test(":undo after :suspend appends an unsuspend event and asks the card again")
  func undoSuspension() throws {
    let harness = try REPLHarness()
    let text = try harness.run([.line(":suspend"), .line(":undo"), .line(":quit")])
    let events = harness.log.events
    #expect(
      Array(events.dropLast()) == [
        .sessionStart(mode: "study"), .suspend(card: Self.diltiazem),
        .unsuspend(card: Self.diltiazem),
      ])
    #expect(!text.contains("Nothing to undo"))
    // Asked, then asked again once the suspension is taken back.
    let asked = text.components(separatedBy: "\nWhich organ does diltiazem mainly act on?\n")
    #expect(asked.count == 3)
  }

  @Test(":suspend while rating, then :undo twice: the suspension, then the answer, are taken back")
  func undoSuspensionThenAnswer() throws {
    let harness = try REPLHarness()
    _ = try harness.run([
      .line("heart"), .line(":suspend"), .line(":undo"), .line(":undo"), .line(":quit"),
    ])
    let kinds = harness.log.events.map { event -> String in
      switch event {
      case .review(let record): "review \(record.card)"
      case .suspend(let card): "suspend \(card)"
      case .unsuspend(let card): "unsuspend \(card)"
      case .undo(let card): "undo \(card)"
      default: "other"
      }
    }
    #expect(
      kinds == [
        "other", "review \(Self.diltiazem)", "suspend \(Self.diltiazem)",
        "unsuspend \(Self.diltiazem)", "undo \(Self.diltiazem)", "other",
      ])
  }

  @Test("after :hint, Easy is saved as Hard; a removed option is asked again, not graded")
  func hintCapsRatingAndHidesOptions() throws {
    let harness = try REPLHarness(cards: { $0.kind == .choice })
    let card = try #require(harness.firstCard)
    guard case .choice(let options, let correct) = card.key else {
      Issue.record("not a choice card")
      return
    }
    let removed = try #require(options.indices.first { $0 != correct })
    let text = try harness.run([
      .line(":hint"), .line(ChoiceLetters.letter(removed)), .line(ChoiceLetters.letter(correct)),
      .line("4"), .line(":quit"),
    ])
    #expect(harness.log.reviews.count == 1)
    #expect(harness.log.reviews.first?.rating == .hard)
    #expect(harness.log.reviews.first?.verdict == "correct")
    #expect(text.contains("was removed by the hint"))
    #expect(text.contains("Saved · Hard"))
    #expect(text.contains("at most Hard"))
  }
}
