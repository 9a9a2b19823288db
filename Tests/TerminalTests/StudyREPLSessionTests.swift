import Cards
import Foundation
import ProgressCore
import Scheduling
import Study
import Testing

@testable import Terminal

/// What the learner is told at the end of a session and after commands: counts of units that tell the
/// truth, lessons for new units, `:undo` of a suspension, the rating after a hint.
@Suite("Study REPL: what the session says and does")
struct StudyREPLSessionTests {
  static let diltiazem = "diltiazem-site.recall.forward"
  static let insulin = "insulin-site.recall.forward"
  static let morphine = "morphine-site.recall.forward"
  /// The first question of a new learner: diltiazem's unit at its lowest rung.
  static let diltiazemChoice = "diltiazem-site.choice.forward"

  @Test(
    "quitting with learning and new units waiting says so, not that the first unit is due later")
  func closingLineTellsWhatIsWaiting() throws {
    let harness = try REPLHarness(entries: [
      REPLHarness.review(Self.diltiazem, .again, minutesAgo: 5),
      REPLHarness.review(Self.insulin, .again, minutesAgo: 5),
      // Due in 40 seconds: the next unit to fall due.
      REPLHarness.review(Self.morphine, .again, minutesAgo: 1.0 / 3),
    ])
    let text = try harness.run([.line(":quit")])
    #expect(text.contains("Left today: 2 learning units and 1 new unit are waiting now."))
    #expect(!text.contains("Next: the first unit is due in 1m"))
    #expect(text.contains("Later: the next unit falls due in 1m"))
  }

  @Test("the header counts units, however many of their presentations were answered")
  func headerCountsUnits() throws {
    let harness = try REPLHarness(entries: [
      // Both presentations of diltiazem's unit, and one of insulin's, answered wrong: two units learning.
      REPLHarness.review(Self.diltiazemChoice, .again, minutesAgo: 6),
      REPLHarness.review(Self.diltiazem, .again, minutesAgo: 5),
      REPLHarness.review(Self.insulin, .again, minutesAgo: 5),
    ])
    let text = try harness.run([.line(":quit")])
    #expect(text.contains("Due 0 · learning 2 · new 2"))
  }

  @Test("the summary counts answers and units apart")
  func answersAndUnits() throws {
    let harness = try REPLHarness(cards: { $0.id.rawValue == Self.diltiazem })
    // Again, then Good twice: three answers to one unit, which then graduates.
    let text = try harness.run([
      .line(""), .line(""), .line("heart"), .line(""), .line("heart"), .line(""),
    ])
    #expect(harness.log.reviews.count == 3)
    #expect(text.contains("Session: 3 answers to 1 unit, 2 correct (67%)"))
  }

  @Test("a new unit is taught, then asked at its lowest rung straight away")
  func teachesThenAsks() throws {
    let harness = try REPLHarness()
    let text = try harness.run([.line("heart"), .line(""), .line(":quit")])
    let lesson = try #require(
      text.range(of: "Learn: Which organ does diltiazem mainly act on? — heart"))
    let question = try #require(text.range(of: "[1] new · choice"))
    #expect(lesson.upperBound <= question.lowerBound)
    #expect(text.contains("  Diltiazem slows the heart.\n  Source: Drugs\n\n[1] new · choice"))
    #expect(harness.log.reviews.map(\.card) == [Self.diltiazemChoice])
    #expect(harness.log.reviews.map(\.rung) == [Rung.choose.rawValue])
  }

  @Test("--no-teach asks a new unit without its lesson, and explains a right answer")
  func noTeach() throws {
    let harness = try REPLHarness()
    let text = try harness.run([.line("heart"), .line(""), .line(":quit")], teaching: false)
    #expect(!text.contains("Learn: "))
    #expect(text.contains("[1] new · choice"))
    #expect(text.contains("✓ Correct — heart\n  Diltiazem slows the heart."))
    #expect(harness.log.reviews.map(\.card) == [Self.diltiazemChoice])
  }

  @Test("a unit answered right comes back one rung higher, taught only the first time")
  func climbsWhenItComesBack() throws {
    let harness = try REPLHarness(cards: { $0.siblingKey == "diltiazem-site" })
    let text = try harness.run([.line("c"), .line(""), .line("heart"), .line(""), .line(":quit")])
    #expect(harness.log.reviews.map(\.card) == [Self.diltiazemChoice, Self.diltiazem])
    #expect(text.contains("[2] learning · recall"))
    #expect(text.components(separatedBy: "Learn: ").count == 2)
  }

  @Test(":hint on a typed question gives the first letter and caps the rating at Hard")
  func typedHint() throws {
    let harness = try REPLHarness(cards: { $0.kind == .recall })
    let text = try harness.run([.line(":hint"), .line("heart"), .line("3"), .line(":quit")])
    #expect(text.contains("Hint: it starts with “h”, 1 word (rating at most Hard)."))
    #expect(harness.log.reviews.map(\.rating) == [.hard])
  }

  @Test(":undo after :suspend appends an unsuspend event and asks the unit again")
  func undoSuspension() throws {
    let harness = try REPLHarness()
    let text = try harness.run([.line(":suspend"), .line(":undo"), .line(":quit")])
    let events = harness.log.events
    #expect(
      Array(events.dropLast()) == [
        .sessionStart(mode: "study"), .suspend(card: Self.diltiazemChoice),
        .unsuspend(card: Self.diltiazemChoice),
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
    let card = Self.diltiazemChoice
    #expect(
      kinds == [
        "other", "review \(card)", "suspend \(card)", "unsuspend \(card)", "undo \(card)", "other",
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
