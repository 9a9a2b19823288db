import Cards
import Foundation
import Knowledge
import ProgressCore
import Scheduling
import Study
import Testing

@testable import Terminal

/// Whole sessions replayed through the `LineReader` seam with a fixed clock and seed, compared with golden
/// transcripts in `Golden/`. Re-record with `RECORD_GOLDEN=1 swift test --filter StudyREPLTests`.
@Suite("Study REPL transcripts")
struct StudyREPLTests {
  static let yaml = """
    deck:
      title: Pharmacology sampler
      version: 1
      source: {title: Notes, sections: [Drugs]}
    classes:
      drug: {name: drug}
      site: {name: site}
    entities:
      diltiazem: {class: drug, name: diltiazem}
      warfarin: {class: drug, name: warfarin}
      insulin: {class: drug, name: insulin}
      morphine: {class: drug, name: morphine}
      heart: {class: site, name: heart}
      liver: {class: site, name: liver}
      brain: {class: site, name: brain}
      kidney: {class: site, name: kidney}
    relations:
      acts-on:
        subject: drug
        object: site
        ask: Which organ does {subject} mainly act on?
    facts:
      - {id: diltiazem-site, subject: diltiazem, relation: acts-on, object: heart, section: Drugs, explanation: "Diltiazem slows the heart."}
      - {id: insulin-site, subject: insulin, relation: acts-on, object: liver, section: Drugs, explanation: "Insulin acts on the liver."}
      - {id: morphine-site, subject: morphine, relation: acts-on, object: brain, section: Drugs, explanation: "Morphine acts in the brain."}
    quantities:
      - {id: warfarin-inr, prompt: "What INR does warfarin usually aim for (lower bound)?", answer: "2", min: 2, max: 2, section: Drugs, explanation: "The usual target range starts at 2."}
    """

  let start = Date(timeIntervalSince1970: 1_764_064_800)  // 2025-11-25T10:00:00Z

  func run(
    _ name: String, _ script: [LineInput], mode: StudySession.Mode = .study
  ) throws -> (String, MemoryLog) {
    let deck = try DeckLoader.load(yaml: Self.yaml, file: "sampler.yaml", deckID: "sampler")
    let scheduler = Scheduler(parameters: try FSRSParameters(enableFuzz: false))
    let log = MemoryLog()
    let session = StudySession(
      cards: CardGenerator(deck: deck, seed: 42).generate(), lexicon: Lexicon(deck: deck),
      descriptions: EntityDescriptions.make(deck: deck),
      replay: ProgressReplay(entries: [], scheduler: scheduler), scheduler: scheduler, log: log,
      limits: StudyLimits(), day: StudyDay(timeZone: .gmt), now: start, mode: mode, seed: 3)
    let transcript = Transcript()
    var clock = start
    let repl = StudyREPL(
      session: session,
      header: .init(
        deckTitle: deck.title, learner: "alice", progressPath: "Progress/alice/sampler.jsonl"),
      reader: TranscriptReader(script, transcript: transcript), style: .plain,
      now: {
        clock = clock.addingTimeInterval(2)
        return clock
      }, write: transcript.write)
    try repl.run()
    try Golden.check(transcript.text, named: name)
    return (transcript.text, log)
  }

  @Test("a session: right, wrong entity, typo, blank, override, then :quit saves and summarises")
  func wholeSession() throws {
    let (text, log) = try run(
      "whole-session",
      [
        .line("heart"), .line(""),
        .line("kidney"), .line(""),
        .line("brian"), .line("4"),
        .line(""), .line(""),
        .line(":help"), .interrupted, .line("2"), .line(":quit"),
      ])
    #expect(log.reviews.count == 5)
    #expect(log.reviews.map(\.rating) == [.good, .again, .easy, .again, .again])
    #expect(log.reviews[2].suggested == .hard)
    #expect(text.contains("Session: 5 answers to 4 cards"))
    #expect(!text.contains("\u{1B}"))
  }

  @Test("end of input at the answer prompt saves nothing for the unanswered card")
  func endOfInputWhileAnswering() throws {
    let (text, log) = try run("end-of-input", [.line("heart"), .line("1"), .endOfInput])
    #expect(log.reviews.count == 1)
    #expect(log.reviews[0].rating == .again)
    #expect(log.reviews[0].suggested == .good)
    #expect(text.contains("Session: 1 answer to 1 card, 1 correct"))
  }

  @Test("an answer still waiting for its rating is saved with the suggested rating on end of input")
  func endOfInputWhileRating() throws {
    let (_, log) = try run("end-while-rating", [.line("brain"), .endOfInput])
    #expect(log.reviews.count == 1)
    #expect(log.reviews.first?.rating == .good || log.reviews.first?.rating == .again)
  }
}

extension StudyREPLTests {
  @Test("every command: hint, why, flag, stats, undo, skip, suspend, and unknown ones")
  func commands() throws {
    let (text, log) = try run(
      "commands",
      [
        .line(":why"), .line(":hint"), .line(":flag option b reads oddly"), .line("heart"),
        .line(":why"), .line(""),
        .line(":undo"),
        .line(":stats"), .line("heart"), .line("1"),
        .line(":skip"),
        .line(":suspend"),
        .line(":bogus"), .line(":quit"),
      ])
    let events = log.events
    #expect(
      events.contains(.flag(card: "diltiazem-site.recall.forward", note: "option b reads oddly")))
    #expect(events.contains(.undo(card: "diltiazem-site.recall.forward")))
    #expect(events.contains { if case .suspend = $0 { true } else { false } })
    #expect(log.reviews.map(\.rating) == [.hard, .again])
    #expect(text.contains("Hint: it starts with “h”"))
    #expect(text.contains("Took back your answer to"))
    #expect(text.contains("Unknown command :bogus"))
  }

  @Test("cram: every card once, no rating prompt, reviews logged as practice")
  func cram() throws {
    let (text, log) = try run(
      "cram",
      [
        .line("heart"), .line("brain"), .line("c"), .line("liver"), .line("brian"), .line("2"),
        .line("b"),
      ], mode: .cram)
    #expect(log.reviews.count == 7)
    #expect(log.reviews.allSatisfy { $0.mode == .cram })
    // Choice answers name the option picked, by text or by letter ("c" is heart on card 3).
    #expect(log.reviews.map(\.answer) == ["heart", "brain", "c", "liver", "brian", "2", "b"])
    #expect(log.reviews.map(\.chosen) == [nil, ["brain"], ["heart"], ["liver"], nil, nil, nil])
    #expect(!text.contains("rating ["))
    #expect(text.contains("Practice done"))
  }
}

/// A progress log in memory.
final class MemoryLog: ProgressLog {
  var events: [ProgressEvent] = []
  func record(_ event: ProgressEvent, at time: Date) throws(ProgressError) { events.append(event) }
  var reviews: [ReviewRecord] {
    events.compactMap { if case .review(let record) = $0 { record } else { nil } }
  }
}

@Suite("Quiz REPL transcripts")
struct QuizREPLTests {
  @Test("a quiz without feedback until the end: result by topic, then the wrong answers")
  func quiz() throws {
    let deck = try DeckLoader.load(
      yaml: StudyREPLTests.yaml, file: "sampler.yaml", deckID: "sampler")
    let start = Date(timeIntervalSince1970: 1_764_064_800)
    let log = MemoryLog()
    let scheduler = Scheduler(parameters: try FSRSParameters(enableFuzz: false))
    let quiz = QuizSession(
      cards: CardGenerator(deck: deck, seed: 42).generate(), count: 4,
      checker: AnswerChecker(lexicon: Lexicon(deck: deck)),
      replay: ProgressReplay(entries: [], scheduler: scheduler), log: log, seed: 5, now: start)
    let transcript = Transcript()
    var clock = start
    let repl = QuizREPL(
      quiz: quiz, title: deck.title,
      reader: TranscriptReader(
        [.line("heart"), .line(":skip"), .line("kidney"), .line("2")], transcript: transcript),
      style: .plain, tutor: false, minutes: 5,
      now: {
        clock = clock.addingTimeInterval(5)
        return clock
      }, write: transcript.write)
    try repl.run()
    try Golden.check(transcript.text, named: "quiz")
    #expect(log.reviews.count == 3)
    #expect(log.reviews.map(\.chosen) == [nil, ["kidney"], nil], "the wrong option of question 3")
    #expect(transcript.text.contains("Result: "))
    #expect(transcript.text.contains("1 unanswered"))
    #expect(transcript.text.contains("Your wrong answers, and the questions left unanswered:"))
  }
}
