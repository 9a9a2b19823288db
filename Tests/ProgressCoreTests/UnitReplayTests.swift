import Foundation
import Scheduling
import TestSupport
import Testing
import Utilities

@testable import ProgressCore

/// Replay by unit: review events name the card (presentation) shown, and every card of a unit moves the
/// unit's one memory. Files written before units existed replay without a rewrite.
@Suite("Replay by unit")
struct UnitReplayTests {
  let start = Date(timeIntervalSince1970: 1_735_722_000)  // 2025-01-01T09:00:00Z
  let scheduler = Scheduler(parameters: (try? FSRSParameters(enableFuzz: false)) ?? .default)

  /// The unit map of a deck with one fact asked forward (three presentations) and backward (one).
  let units = UnitMap([
    "ssc-sites.truefalse.true": "ssc-sites", "ssc-sites.choice.forward": "ssc-sites",
    "ssc-sites.recall.forward": "ssc-sites",
    "favours.knees.recall.reverse": "favours.knees.reverse",
  ])

  /// A progress file as Recall wrote it before units: reviews name cards, and carry no rung.
  let oldFile = """
    {"format":"recall-progress","version":1,"learner":"ann","deck":"calcinosis-cutis","created":"2025-01-01T09:00:00Z"}
    {"t":"2025-01-01T09:00:00Z","type":"review","card":"ssc-sites.truefalse.true","rating":3,"ms":900}
    {"t":"2025-01-01T09:01:00Z","type":"review","card":"ssc-sites.choice.forward","rating":1,"ms":900,"verdict":"incorrect"}
    {"t":"2025-01-01T09:12:00Z","type":"review","card":"ssc-sites.recall.forward","rating":3,"ms":900}
    {"t":"2025-01-03T09:00:00Z","type":"review","card":"ssc-sites.truefalse.true","rating":4,"ms":900}
    {"t":"2025-01-03T09:05:00Z","type":"review","card":"favours.knees.recall.reverse","rating":2,"ms":900}
    {"t":"2025-01-04T09:00:00Z","type":"review","card":"retired.card.recall","rating":3,"ms":900}

    """

  func entries(_ text: String) throws -> [ProgressEntry] {
    try ProgressReader.read(Array(text.utf8), path: "ann/calcinosis-cutis.jsonl").entries
  }

  /// FSRS-6 run on `reviews` in order, from a new state, the unit's id seeding the fuzz.
  func fsrs(_ reviews: [(minutes: Double, rating: Rating)], unit: String) -> CardState {
    var state = CardState.new(due: start.addingTimeInterval((reviews.first?.minutes ?? 0) * 60))
    for review in reviews {
      state = scheduler.review(
        state, rating: review.rating, at: start.addingTimeInterval(review.minutes * 60),
        cardID: unit)
    }
    return state
  }

  @Test(
    "an old file's reviews of three cards of one fact replay into one unit: FSRS on them in order")
  func oldFileReplaysIntoUnits() throws {
    let replay = ProgressReplay(entries: try entries(oldFile), scheduler: scheduler, units: units)
    #expect(
      replay.states["ssc-sites"]
        == fsrs(
          [(0, .good), (1, .again), (12, .good), (2 * 1440, .easy)], unit: "ssc-sites"))
    #expect(
      replay.states["favours.knees.reverse"]
        == fsrs([(2 * 1440 + 5, .hard)], unit: "favours.knees.reverse"))
    #expect(replay.states["ssc-sites.truefalse.true"] == nil, "no memory of its own for a card")
    #expect(replay.states["ssc-sites.choice.forward"] == nil)
    // The reviews still name the cards shown, in file order.
    #expect(replay.reviews.map(\.record.card).first == "ssc-sites.truefalse.true")
    #expect(replay.reviews.count == 6)
    #expect(replay.reviews.allSatisfy { $0.record.rung == nil }, "old lines carry no rung")
    #expect(replay.state(of: "ssc-sites.recall.forward", now: start) == replay.states["ssc-sites"])
  }

  @Test("a card id the deck no longer makes is a unit of its own, replayed as before units")
  func unknownCardIsItsOwnUnit() throws {
    let replay = ProgressReplay(entries: try entries(oldFile), scheduler: scheduler, units: units)
    #expect(units.unit(of: "retired.card.recall") == "retired.card.recall")
    #expect(
      replay.states["retired.card.recall"]
        == fsrs([(3 * 1440, .good)], unit: "retired.card.recall"))
    #expect(
      Set(replay.states.keys) == ["ssc-sites", "favours.knees.reverse", "retired.card.recall"])
    // Exactly the state it has when every card is its own unit, and its review is kept as it was.
    let cards = ProgressReplay(entries: try entries(oldFile), scheduler: scheduler)
    #expect(replay.states["retired.card.recall"] == cards.states["retired.card.recall"])
    #expect(replay.lastReviews["retired.card.recall"]?.card == "retired.card.recall")
    #expect(
      replay.state(of: "retired.card.recall", now: start) == cards.states["retired.card.recall"])
    // A card no deck ever made, never reviewed: new and due now, as any card without reviews.
    #expect(replay.state(of: "never.seen", now: start) == CardState.new(due: start))
  }

  @Test("two presentations of one unit reviewed alternately move one memory, not two")
  func presentationsShareOneMemory() throws {
    let reviews: [(minutes: Double, rating: Rating)] = [
      (0, .good), (10, .good), (3 * 1440, .again), (3 * 1440 + 10, .good), (9 * 1440, .easy),
    ]
    let cards = ["ssc-sites.truefalse.true", "ssc-sites.recall.forward"]
    let entries = reviews.enumerated().map { index, review in
      ProgressEntry(
        time: start.addingTimeInterval(review.minutes * 60),
        event: .review(
          ReviewRecord(card: cards[index % 2], rating: review.rating, milliseconds: 0)),
        line: index + 2)
    }
    let replay = ProgressReplay(entries: entries, scheduler: scheduler, units: units)
    #expect(replay.states.count == 1)
    let state = try #require(replay.states["ssc-sites"])
    #expect(state == fsrs(reviews, unit: "ssc-sites"))
    #expect(state.phase == .review)
    // Each card on its own would have had half the reviews and another memory.
    let apart = ProgressReplay(entries: entries, scheduler: scheduler)
    #expect(apart.states.count == 2)
    #expect(apart.states[cards[0]] != state)
    // Both presentations read the unit's state.
    #expect(replay.state(of: cards[0], now: start) == state)
    #expect(replay.state(of: cards[1], now: start) == state)
    #expect(replay.state(of: "ssc-sites.choice.forward", now: start) == state)
    #expect(replay.cardHistories.map(\.reviews.count) == [5])
  }

  @Test("replayed on two threads, as a large file is, units get the same states as on one")
  func twoThreadsByUnit() throws {
    // 400 units of three presentations each; every review names one presentation, in a fixed pseudo-random
    // order over 60 days.
    var unitByCard: [String: String] = [:]
    for unit in 0..<400 {
      for kind in ["truefalse.true", "choice.forward", "recall.forward"] {
        unitByCard["fact-\(unit).\(kind)"] = "fact-\(unit)"
      }
    }
    let cards = unitByCard.keys.sorted()
    var random = SplitMix64(seed: 15)
    var entries: [ProgressEntry] = []
    var time = start
    for index in 0..<6000 {
      time.addTimeInterval(Double(random.next() % 900))
      let card = cards[Int(random.next() % UInt64(cards.count))]
      let rating = Rating(rawValue: Int(random.next() % 4) + 1) ?? .good
      entries.append(
        ProgressEntry(
          time: time, event: .review(ReviewRecord(card: card, rating: rating, milliseconds: 0)),
          line: index + 2))
    }
    let map = UnitMap(unitByCard)
    let one = ProgressReplay(entries: entries, scheduler: scheduler, units: map, threads: 1)
    let two = ProgressReplay(entries: entries, scheduler: scheduler, units: map, threads: 2)
    #expect(one.states.count == 400)
    #expect(two.states == one.states)
    #expect(two.latestReview == one.latestReview)
    // And each is FSRS on the unit's reviews in order, whichever presentations they named.
    let unit = "fact-7"
    var state: CardState?
    for entry in entries {
      guard case .review(let record) = entry.event, unitByCard[record.card] == unit else {
        continue
      }
      state = scheduler.review(
        state ?? CardState.new(due: entry.time), rating: record.rating, at: entry.time,
        cardID: unit)
    }
    #expect(state != nil)
    #expect(one.states[unit] == state)
  }

  @Test("without a unit map every card is its own unit, as before units")
  func identityMap() throws {
    let replay = ProgressReplay(entries: try entries(oldFile), scheduler: scheduler)
    #expect(UnitMap.cards.isIdentity)
    #expect(!units.isIdentity)
    #expect(replay.states.count == 5)
    #expect(
      replay.states["ssc-sites.truefalse.true"]
        == fsrs([(0, .good), (2 * 1440, .easy)], unit: "ssc-sites.truefalse.true"))
  }

  @Test("suspend, unsuspend and tag events name a card and act on its unit")
  func eventsActOnTheUnit() throws {
    func event(_ minutes: Double, _ event: ProgressEvent) -> ProgressEntry {
      ProgressEntry(time: start.addingTimeInterval(minutes * 60), event: event, line: 0)
    }
    let suspended = ProgressReplay(
      entries: [
        event(0, .suspend(card: "ssc-sites.choice.forward")),
        event(1, .tag(card: "ssc-sites.recall.forward", tag: "leech")),
        event(2, .suspend(card: "favours.knees.recall.reverse")),
      ], scheduler: scheduler, units: units)
    #expect(suspended.suspended == ["ssc-sites", "favours.knees.reverse"])
    #expect(suspended.tags == ["ssc-sites": ["leech"]])
    // A card the map does not know is suspended as a unit of its own; flags stay with the card flagged.
    let other = ProgressReplay(
      entries: [
        event(0, .suspend(card: "retired.card.recall")),
        event(1, .flag(card: "ssc-sites.choice.forward", note: "typo")),
      ], scheduler: scheduler, units: units)
    #expect(other.suspended == ["retired.card.recall"])
    #expect(other.flags == ["ssc-sites.choice.forward": ["typo"]])
    // Unsuspending through another presentation of the unit brings the whole unit back.
    let back = ProgressReplay(
      entries: [
        event(0, .suspend(card: "ssc-sites.choice.forward")),
        event(1, .unsuspend(card: "ssc-sites.truefalse.true")),
      ], scheduler: scheduler, units: units)
    #expect(back.suspended.isEmpty)
  }

  @Test("the last review of each unit names the presentation shown, whichever card it was")
  func lastReviewsByUnit() throws {
    let replay = ProgressReplay(entries: try entries(oldFile), scheduler: scheduler, units: units)
    let last = replay.lastReviews
    #expect(last["ssc-sites"]?.card == "ssc-sites.truefalse.true")
    #expect(last["ssc-sites"]?.rating == .easy)
    #expect(last["favours.knees.reverse"]?.card == "favours.knees.recall.reverse")
    #expect(Set(last.keys) == Set(replay.states.keys))
    // The optimizer sees one history per unit.
    #expect(replay.cardHistories.map(\.reviews.count) == [4, 1, 1])
  }

  @Test("an undo takes back the last review when it names the card shown, not another of its unit")
  func undoNamesTheCard() throws {
    func event(_ minutes: Double, _ event: ProgressEvent) -> ProgressEntry {
      ProgressEntry(time: start.addingTimeInterval(minutes * 60), event: event, line: 0)
    }
    let review = { (card: String) in
      ProgressEvent.review(ReviewRecord(card: card, rating: .good, milliseconds: 0))
    }
    let undone = ProgressReplay(
      entries: [
        event(0, review("ssc-sites.truefalse.true")), event(1, review("ssc-sites.choice.forward")),
        event(2, .undo(card: "ssc-sites.choice.forward")),
      ], scheduler: scheduler, units: units)
    #expect(undone.reviews.count == 1)
    #expect(undone.states["ssc-sites"] == fsrs([(0, .good)], unit: "ssc-sites"))
    let mismatched = ProgressReplay(
      entries: [
        event(0, review("ssc-sites.truefalse.true")), event(1, review("ssc-sites.choice.forward")),
        event(2, .undo(card: "ssc-sites.truefalse.true")),
      ], scheduler: scheduler, units: units)
    #expect(mismatched.reviews.count == 2)
  }

  @Test("the rung round-trips through a line; a review without one writes no rung key")
  func rungRoundTrips() throws {
    let time = start
    let withRung = ProgressEvent.review(
      ReviewRecord(card: "ssc-sites.choice.forward", rating: .good, milliseconds: 5, rung: 1))
    let line = withRung.line(at: time)
    #expect(line.contains(#""rung":1"#))
    let old = ProgressEvent.review(
      ReviewRecord(card: "ssc-sites.choice.forward", rating: .good, milliseconds: 5))
    #expect(!old.line(at: time).contains("rung"))
    for event in [withRung, old] {
      // Through the JSON parser and through the fast line scanner the reader uses.
      let object = try JSONLine.parseObject(Array(event.line(at: time).utf8)[...])
      #expect(try ProgressEvent.from(object).get().1 == event)
      let file = EventLineCorpus.header + "\n" + event.line(at: time) + "\n"
      let read = try ProgressReader.read(Array(file.utf8), path: "p")
      #expect(read.entries.map(\.event) == [event])
    }
  }

  @Test(
    "a rung is read as written, through the fast scanner and the general parser alike; a value that is not a whole number is no rung",
    arguments: [
      (#""rung":0"#, Int?.some(0)), (#""rung":5"#, 5), (#""rung":-1"#, -1), (#""rung":"2""#, nil),
      (#""rung":2.5"#, nil), (#""rung":null"#, nil), (#""rung":[2]"#, nil), (#""rung":true"#, nil),
    ])
  func rungValues(field: String, expected: Int?) throws {
    let line =
      #"{"t":"2025-01-01T09:00:00Z","type":"review","card":"a.choice","rating":3,"ms":5,"#
      + field + "}"
    let file = EventLineCorpus.header + "\n" + line + "\n"
    let read = try ProgressReader.read(Array(file.utf8), path: "p")
    guard case .review(let record)? = read.entries.first?.event else {
      Issue.record("not read as a review: \(line)")
      return
    }
    #expect(record.rung == expected)
    #expect(record.card == "a.choice" && record.rating == .good)
    let object = try JSONLine.parseObject(Array(line.utf8)[...])
    #expect(try ProgressEvent.from(object).get().1 == .review(record))
  }
}
