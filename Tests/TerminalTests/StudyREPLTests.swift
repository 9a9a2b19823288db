import Cards
import Foundation
import Knowledge
import ProgressCore
import Scheduling
import Study
import TestSupport
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
      units: CardGenerator(deck: deck, seed: 42).units(), lexicon: Lexicon(deck: deck),
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

  @Test(
    "a session: new units taught and asked by choice, then typed: right, wrong entity, typo, blank, override, :quit"
  )
  func wholeSession() throws {
    let (text, log) = try run(
      "whole-session",
      [
        // New units, each taught, then asked at its lowest rung.
        .line("heart"), .line(""),  // diltiazem, choice: right
        .line("b"), .line(""),  // insulin, choice: kidney, wrong
        .line("brain"), .line(""),  // morphine, choice: right
        .line(""), .line(""),  // warfarin, number: blank
        // Learning units, from the first due: a wrong answer stays at its rung, a right one climbs.
        .line(":help"), .interrupted, .line("c"), .line(""),  // insulin, choice again: right
        .line("2"), .line(""),  // warfarin, number: right
        .line("kidney"), .line(""),  // diltiazem, typed: another organ
        .line("heart"), .line(""),  // diltiazem, back down to the choice: right
        .line("brian"), .line("4"),  // morphine, typed: a typo, Hard suggested, Easy picked
        .line("liver"), .line(":quit"),  // insulin, typed: right; :quit saves it and stops
      ])
    #expect(
      log.reviews.map(\.rating) == [
        .good, .again, .good, .again, .good, .good, .again, .good, .easy, .good,
      ])
    #expect(
      log.reviews.map(\.card) == [
        "diltiazem-site.choice.forward", "insulin-site.choice.forward",
        "morphine-site.choice.forward", "warfarin-inr.number", "insulin-site.choice.forward",
        "warfarin-inr.number", "diltiazem-site.recall.forward", "diltiazem-site.choice.forward",
        "morphine-site.recall.forward", "insulin-site.recall.forward",
      ])
    #expect(log.reviews[8].suggested == .hard)
    #expect(text.contains("“kidney” is kidney, a different thing"))
    #expect(text.contains("(a typo: the spelling is “brain”)"))
    #expect(text.components(separatedBy: "\nLearn: ").count == 5, "each of the 4 units taught once")
    #expect(text.contains("Session: 10 answers to 4 units"))
    #expect(!text.contains("\u{1B}"))
  }

  @Test("a rating may be typed as its name, in any case; a word that names none asks again")
  func ratingNames() throws {
    let (text, log) = try run(
      "rating-names",
      [.line("heart"), .line("g"), .line("Hard"), .line("heart"), .line("easy"), .endOfInput])
    #expect(log.reviews.map(\.rating) == [.hard, .easy])
    #expect(text.contains("rating [Enter = Good]> g\nPress Enter to accept Good, or type 1–4"))
  }

  @Test("end of input at the answer prompt saves nothing for the unanswered card")
  func endOfInputWhileAnswering() throws {
    let (text, log) = try run("end-of-input", [.line("heart"), .line("1"), .endOfInput])
    #expect(log.reviews.count == 1)
    #expect(log.reviews[0].rating == .again)
    #expect(log.reviews[0].suggested == .good)
    #expect(text.contains("Session: 1 answer to 1 unit, 1 correct"))
  }

  @Test("an answer still waiting for its rating is saved with the suggested rating on end of input")
  func endOfInputWhileRating() throws {
    // A right answer, so that the suggestion (Good) differs from what a lost rating would default to.
    let (text, log) = try run("end-while-rating", [.line("heart"), .endOfInput])
    #expect(log.reviews.count == 1)
    #expect(log.reviews.first?.card == "diltiazem-site.choice.forward")
    #expect(log.reviews.first?.rating == .good)
    #expect(log.reviews.first?.suggested == nil, "no override: the suggestion is the rating")
    #expect(text.contains("Saved · Good"))
  }
}

extension StudyREPLTests {
  @Test(
    "every command: hint, why, flag, stats, undo, skip, suspend, and unknown ones, on a unit's choice"
  )
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
      events.contains(.flag(card: "diltiazem-site.choice.forward", note: "option b reads oddly")))
    #expect(events.contains(.undo(card: "diltiazem-site.choice.forward")))
    #expect(events.contains(.suspend(card: "morphine-site.choice.forward")))
    #expect(log.reviews.map(\.rating) == [.hard, .again])
    #expect(text.contains("Hint: two wrong options removed (rating at most Hard)."))
    #expect(text.contains("Took back your answer to"))
    #expect(text.contains("Unknown command :bogus"))
  }

  @Test(
    "cram: every unit once at its rung, no lesson, no rating prompt, reviews logged as practice")
  func cram() throws {
    let (text, log) = try run(
      "cram", [.line("heart"), .line("brain"), .line("c"), .line("liver")], mode: .cram)
    #expect(log.reviews.count == 4, "the sampler has four units")
    #expect(Set(log.reviews.map(\.card)).count == 4)
    #expect(log.reviews.allSatisfy { $0.mode == .cram })
    // Choice answers name the option picked, by text or by letter ("c" is liver on question 3).
    #expect(log.reviews.map(\.answer) == ["heart", "brain", "c", "liver"])
    #expect(log.reviews.map(\.chosen) == [["heart"], nil, ["liver"], ["liver"]])
    #expect(!text.contains("rating ["))
    #expect(!text.contains("Learn: "))
    #expect(text.contains("Practice done: every unit has been through once."))
  }
}

@Suite("Quiz REPL transcripts")
struct QuizREPLTests {
  @Test("a quiz without feedback until the end: result by topic, then the wrong answers")
  func quiz() throws {
    let deck = try FourQuestionQuiz.sampler()
    let start = FourQuestionQuiz.start
    let log = MemoryLog()
    let quiz = try FourQuestionQuiz.make(deck, log: log, now: start)
    let transcript = Transcript()
    var clock = start
    let repl = QuizREPL(
      quiz: quiz, title: deck.title,
      reader: TranscriptReader(
        [.line("heart"), .line(":skip"), .line("kidney"), .line("a")], transcript: transcript),
      style: .plain, tutor: false, minutes: 5,
      now: {
        clock = clock.addingTimeInterval(5)
        return clock
      }, write: transcript.write)
    try repl.run()
    try Golden.check(transcript.text, named: "quiz")
    #expect(log.reviews.count == 3)
    #expect(
      log.reviews.map(\.chosen) == [["heart"], ["kidney"], ["liver"]],
      "the options picked, by text or letter")
    #expect(Set(quiz.questions.map(\.unit)).count == 4, "one question per unit")
    #expect(transcript.text.contains("Result: "))
    #expect(transcript.text.contains("1 unanswered"))
    #expect(transcript.text.contains("Your wrong answers, and the questions left unanswered:"))
  }
}
