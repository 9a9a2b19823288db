import Dispatch
import Foundation
import Knowledge
import Synchronization
import TestTraits
import Testing
import Utilities

@testable import Cards

/// Seeded fuzzing of the deck pipeline: mutated copies of the real decks go through load, lint and card
/// generation. Nothing may crash or hang, and every rejection must point at a line of the file.
/// 1,000 mutations by default, 10,000 with `RECALL_TEST_SCALE=full` (``TestScale``).
@Suite("Deck fuzzing")
struct DeckFuzzTests {
  static let sources: [[Substring]] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent()
    return ["calcinosis-cutis", "first-aid-burns"].compactMap { name in
      (try? String(contentsOf: root.appendingPathComponent("Decks/\(name).yaml"), encoding: .utf8))
        .map { $0.split(separator: "\n", omittingEmptySubsequences: false) }
    }
  }()

  static let noise: [String] = [
    ":", "-", "{", "}", "[", "]", "\"", "'", "\t", " ", "#", "&a", "*a", "!", "%", "|", ">",
    "\u{0}",
    "\u{1B}[2J", "é", "😀", "\u{202E}", "{{", "}}", "{subject}", "null", "~", "---", "...", "? ",
    "\r",
  ]

  /// One mutated deck: a real deck (or a window of the big one), changed once, sometimes up to four times.
  static func mutant(_ index: Int) -> String {
    var random = SplitMix64(seed: UInt64(index), key: "fuzz")
    // Every tenth case is the whole built-in deck; the rest are the small deck whole, or a window of the big
    // one (its header plus 80 lines), so that each case is quick.
    var lines: [Substring]
    switch index % 10 {
    case 0: lines = sources[0]
    case 1, 2, 3:
      let source = sources[0]
      let start = Int.random(in: 0..<source.count, using: &random)
      lines = Array(source.prefix(12)) + Array(source[start..<min(source.count, start + 80)])
    default: lines = sources[1]
    }
    let changes =
      Int.random(in: 0..<4, using: &random) == 0 ? Int.random(in: 2...4, using: &random) : 1
    for _ in 0..<changes where !lines.isEmpty {
      let at = Int.random(in: 0..<lines.count, using: &random)
      switch Int.random(in: 0..<8, using: &random) {
      case 0: lines.remove(at: at)
      case 1: lines.insert(lines[at], at: at)
      case 2: lines.swapAt(at, Int.random(in: 0..<lines.count, using: &random))
      case 3: lines[at] = Substring(" " + lines[at])
      case 4:
        lines[at] = Substring(String(lines[at].dropFirst(Int.random(in: 0...4, using: &random))))
      case 5: lines = Array(lines.prefix(at))
      default:
        var line = String(lines[at])
        let offset = line.isEmpty ? 0 : Int.random(in: 0..<line.count, using: &random)
        let index = line.index(line.startIndex, offsetBy: offset)
        line.insert(contentsOf: noise.randomElement(using: &random) ?? ":", at: index)
        lines[at] = Substring(line)
      }
    }
    return lines.joined(separator: "\n")
  }

  @Test(
    "mutated decks: no crash, no hang, every rejection has a line in the file", .tags(.heavy))
  func fuzz() throws {
    try #require(Self.sources.count == 2)
    let mutations = try TestScale.count(quick: 1_000, full: 10_000)
    let problems = Mutex<[String]>([])
    let rejected = Atomic<Int>(0)
    let chunks = 4
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      for index in stride(from: chunk, to: mutations, by: chunks) {
        let text = Self.mutant(index)
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        do throws(KnowledgeError) {
          let result = try DeckLoader.diagnose(yaml: text, file: "m\(index).yaml", deckID: "m")
          if let deck = result.deck {
            _ = DeckLinter.lint(deck)
            _ = CardGenerator(deck: deck, seed: UInt64(index)).generate()
          } else {
            rejected.add(1, ordering: .relaxed)
          }
          for diagnostic in result.diagnostics
          where !(1...lineCount + 1).contains(diagnostic.location.line) {
            problems.withLock { $0.append("mutation \(index): \(diagnostic)") }
          }
        } catch {
          rejected.add(1, ordering: .relaxed)
          for diagnostic in error.diagnostics
          where !(1...lineCount + 1).contains(diagnostic.location.line) {
            problems.withLock { $0.append("mutation \(index): \(diagnostic)") }
          }
          if error.diagnostics.isEmpty {
            problems.withLock { $0.append("mutation \(index): no diagnostic") }
          }
        }
      }
    }
    let found = problems.withLock { $0 }
    print("deck fuzzing: \(mutations) mutations, \(rejected.load(ordering: .relaxed)) rejected")
    #expect(found.isEmpty, "\(found.prefix(5))")
    // Most mutants are broken somewhere; a fuzzer that never produces rejections is not testing anything.
    #expect(rejected.load(ordering: .relaxed) > mutations / 10)
  }
}
