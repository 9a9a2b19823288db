import Cards
import Foundation
import Knowledge
import ProgressCore
import Reports
import Scheduling
import TestSupport
import Testing

/// Reports by unit of knowledge on a deck whose units have several presentations (a fact asked forward as a
/// typed question and as a choice, and its object asked back both ways): old progress files that name
/// cards, what "known" means, and the class's misses counted once per learner and unit.
@Suite("Statistics by unit")
struct UnitStatisticsTests {
  typealias Fixture = ReportFixture

  let units: [KnowledgeUnit]

  init() throws {
    let deck = try MiniDeck.deck()
    units = CardGenerator(deck: deck).units()
  }

  func input(_ learner: String, _ events: [(Date, ProgressEvent)]) -> LearnerInput {
    LearnerInput(
      learner: learner, deckID: "drugs", deckTitle: "Drugs", units: units,
      entries: Fixture.entries(events), now: Fixture.now, calendar: Fixture.calendar,
      scheduler: Fixture.scheduler)
  }

  func unit(_ statistics: LearnerStatistics, _ id: String) -> LearnerStatistics.UnitFigures? {
    statistics.units.first { $0.id == id }
  }

  @Test("the deck's premises: eight units of two presentations each, a typed question and a choice")
  func premises() {
    #expect(
      units.map(\.id.rawValue).sorted() == [
        "acts-on.heart.reverse", "acts-on.kidney.reverse", "acts-on.liver.reverse",
        "acts-on.lung.reverse", "aspirin-site", "heparin-site", "insulin-site", "morphine-site",
      ])
    #expect(units.allSatisfy { $0.ladder.map(\.kind) == [.choice, .recall] })
    #expect(units.allSatisfy { $0.tags == ["treatment"] })
  }

  /// A file written before units: reviews of aspirin-site's two cards, a suspension naming one card of
  /// acts-on.heart.reverse, and a card the deck no longer makes.
  static let oldFile: [(Date, ProgressEvent)] = [
    Fixture.review("aspirin-site.choice.forward", 3, Fixture.at(10, "09:00")),
    Fixture.review("aspirin-site.choice.forward", 3, Fixture.at(10, "09:10")),  // → review
    Fixture.review("aspirin-site.recall.forward", 3, Fixture.at(5, "09:00")),  // in review: counted
    Fixture.review("aspirin-site.choice.forward", 1, Fixture.at(5, "09:30")),  // not counted
    Fixture.review("aspirin-site.recall.forward", 3, Fixture.at(5, "09:40")),  // relearnt
    Fixture.review("acts-on.heart.recall.reverse", 3, Fixture.at(4, "09:00")),
    (Fixture.at(4, "09:01"), .suspend(card: "acts-on.heart.choice.reverse")),
    Fixture.review("gone.recall.forward", 3, Fixture.at(3, "09:00")),
  ]

  @Test(
    "an old file: the reviews of a unit's cards replay into the unit; a card no longer made stays apart"
  )
  func oldFile() throws {
    let statistics = LearnerStatistics(input: input("ana", Self.oldFile))
    let aspirin = try #require(unit(statistics, "aspirin-site"))
    #expect(aspirin.reviews == 5)  // of both cards
    #expect(aspirin.lapses == 1)
    #expect(aspirin.state == "review")
    #expect(aspirin.kind == "forward")
    #expect(aspirin.prompt == "Where does aspirin mainly act? — heart")
    // The same memory as replay by unit gives, the unit's id seeding the fuzz.
    let replay = ProgressReplay(
      entries: Fixture.entries(Self.oldFile), scheduler: Fixture.scheduler,
      units: UnitMap(KnowledgeUnit.unitsByCard(units)))
    let state = try #require(replay.states["aspirin-site"])
    #expect(aspirin.stability == state.memory?.stability)
    #expect(aspirin.due == state.due)
    // Suspending one card suspends its unit.
    #expect(unit(statistics, "acts-on.heart.reverse")?.suspended == true)
    #expect(statistics.counts.suspended == 1)
    // True retention: the first answer of day 5 only (the unit was in review); day 10 was learning.
    #expect(statistics.retention.last?.all == LearnerStatistics.Passes(passed: 1, reviewed: 1))
    // Eight deck units, then the card the deck no longer makes, a unit of its own.
    #expect(statistics.units.count == 9)
    let gone = try #require(statistics.units.last)
    #expect(gone.id == "gone.recall.forward" && !gone.inDeck && gone.kind == nil)
    #expect(statistics.counts.total == 8)
    #expect(statistics.counts.studied == 2)
    #expect(statistics.counts.new == 6)
    #expect(
      statistics.counts.kinds == [
        .init(kind: "forward", units: 4), .init(kind: "reverse", units: 4),
      ])
    #expect(statistics.activity.map(\.reviews).reduce(0, +) == 7)  // answers, not units
  }

  /// One unit of each reading, all of the one topic.
  static let readings: [(Date, ProgressEvent)] = [
    // insulin-site: in review, answered today: known.
    Fixture.review("insulin-site.choice.forward", 3, Fixture.at(20, "09:00")),
    Fixture.review("insulin-site.choice.forward", 3, Fixture.at(20, "09:10")),
    Fixture.review("insulin-site.recall.forward", 3, Fixture.at(0, "09:00")),
    // heparin-site: in review, not answered for 60 days: fading.
    Fixture.review("heparin-site.choice.forward", 3, Fixture.at(60, "09:00")),
    Fixture.review("heparin-site.choice.forward", 3, Fixture.at(60, "09:10")),
    // morphine-site: one answer today, in its learning steps.
    Fixture.review("morphine-site.choice.forward", 3, Fixture.at(0, "09:00")),
    // acts-on.liver.reverse: in review, then forgotten today: relearning.
    Fixture.review("acts-on.liver.choice.reverse", 3, Fixture.at(10, "09:00")),
    Fixture.review("acts-on.liver.choice.reverse", 3, Fixture.at(10, "09:10")),
    Fixture.review("acts-on.liver.recall.reverse", 1, Fixture.at(0, "09:30")),
    // acts-on.lung.reverse: in review today, then suspended.
    Fixture.review("acts-on.lung.choice.reverse", 3, Fixture.at(0, "08:00")),
    Fixture.review("acts-on.lung.choice.reverse", 3, Fixture.at(0, "08:10")),
    (Fixture.at(0, "08:11"), .suspend(card: "acts-on.lung.recall.reverse")),
  ]

  @Test("known: in review, not suspended, recall probability ≥ 0.8 now; mastery: known of studied")
  func known() throws {
    let statistics = LearnerStatistics(input: input("ana", Self.readings))
    func reading(_ id: String) -> (String, Bool)? {
      unit(statistics, id).map { ($0.state, $0.known) }
    }
    #expect(reading("insulin-site")?.0 == "review" && reading("insulin-site")?.1 == true)
    let heparin = try #require(unit(statistics, "heparin-site"))
    #expect(heparin.state == "review" && (heparin.retrievability ?? 1) < 0.8 && !heparin.known)
    #expect(reading("morphine-site")?.0 == "learning" && reading("morphine-site")?.1 == false)
    #expect(
      reading("acts-on.liver.reverse")?.0 == "relearning"
        && reading("acts-on.liver.reverse")?.1 == false)
    let lung = try #require(unit(statistics, "acts-on.lung.reverse"))
    #expect(lung.state == "review" && lung.retrievability == 1 && lung.suspended && !lung.known)
    let counts = statistics.counts
    #expect(counts.known == 1)
    #expect(counts.young + counts.mature == 2)  // insulin-site known, heparin-site fading
    #expect(counts.learning == 2)
    #expect(counts.suspended == 1)
    #expect(counts.new == 3)
    #expect(counts.studied == 5)
    let topic = try #require(statistics.topics.first)
    #expect(statistics.topics.count == 1)
    #expect(topic.topic == "treatment" && topic.units == 8 && topic.studied == 5)
    #expect(topic.known == 1)
    #expect(topic.share == 0.2)
    let text = StatsText.render(statistics, style: .plain)
    #expect(text.contains("Units    known 1 · fading 1 · learning 2 · new 3 · suspended 1\n"))
    #expect(text.contains("         of 8 units: 4 facts, 4 asked back\n"))
    #expect(text.contains("         in review 2: young 1 · mature 1; leeches 0\n"))
    #expect(text.contains("  treatment     ██████······"))
    #expect(text.contains("     1/5  20%  5 of 8 studied\n"))
  }

  @Test(
    "leeches as the study session tells them: forgotten on 8 study days, one Again a day, cram not counted"
  )
  func leeches() throws {
    // morphine-site never leaves its learning steps: Again on 8 days, so no lapse at all, but a leech.
    let morphine = (3...10).map { day in
      Fixture.review("morphine-site.choice.forward", 1, Fixture.at(day, "09:00"))
    }
    // heparin-site: Again three times a day on 7 days (on both its cards): 7 forgotten days.
    let heparin = (3...9).flatMap { day in
      ["09:00", "09:05", "09:10"].enumerated().map { index, time in
        Fixture.review(
          index == 1 ? "heparin-site.recall.forward" : "heparin-site.choice.forward", 1,
          Fixture.at(day, time))
      }
    }
    // insulin-site: Again on 7 days of study and on an eighth in cram, which never counts.
    let insulin =
      (3...9).map { Fixture.review("insulin-site.choice.forward", 1, Fixture.at($0, "09:00")) }
      + [Fixture.review("insulin-site.choice.forward", 1, Fixture.at(2, "09:00"), mode: .cram)]
    let statistics = LearnerStatistics(input: input("ana", morphine + heparin + insulin))
    let leech = try #require(unit(statistics, "morphine-site"))
    #expect(leech.lapses == 0 && leech.state == "learning")
    #expect(leech.leech)
    #expect(unit(statistics, "heparin-site")?.leech == false)
    #expect(unit(statistics, "insulin-site")?.leech == false)
    #expect(statistics.counts.leeches == 1)
  }

  @Test("the class's most missed units count each learner once per unit, whichever card was shown")
  func missesPerLearnerAndUnit() throws {
    // ana misses aspirin-site five times, on both its cards; ben, chloe and dora miss insulin-site once.
    let ana = (0..<5).map { day in
      Fixture.review(
        day % 2 == 0 ? "aspirin-site.recall.forward" : "aspirin-site.choice.forward", 1,
        Fixture.at(day, "09:00"), answer: "lung")
    }
    let once = [Fixture.review("insulin-site.recall.forward", 1, Fixture.at(1, "09:00"))]
    let right = [Fixture.review("aspirin-site.recall.forward", 3, Fixture.at(1, "10:00"))]
    let report = ClassStatistics(
      deckID: "drugs", deckTitle: "Drugs", units: units, now: Fixture.now,
      learners: [
        input("ana", ana), input("ben", once + right), input("chloe", once), input("dora", once),
      ])
    #expect(report.mostMissed.map(\.unit) == ["insulin-site", "aspirin-site"])
    #expect(report.mostMissed.map(\.learners) == [3, 1])
    #expect(report.mostMissed.map(\.wrong) == [3, 5])
    #expect(report.mostMissed.map(\.answered) == [3, 2])  // ben answered aspirin-site right
    #expect(report.mostMissed.map(\.answers) == [3, 6])
    // Wrong answers stay with the question as it was asked: the typed card's "lung", three times.
    let typed = try #require(
      report.wrongAnswers.first { $0.card == "aspirin-site.recall.forward" })
    #expect(typed.unit == "aspirin-site")
    #expect(typed.answers.map(\.text) == ["lung"] && typed.answers.map(\.count) == [3])
    let text = ClassText.render(report, calendar: Fixture.calendar, style: .plain)
    #expect(text.contains("    3/3   3/3 wrong     Where does insulin mainly act? — liver\n"))
    #expect(text.contains("    1/2   5/6 wrong     Where does aspirin mainly act? — heart\n"))
  }
}
