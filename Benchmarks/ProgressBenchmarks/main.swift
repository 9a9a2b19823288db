import BenchmarkSupport
import Foundation
import ProgressCore
import ProgressStore
import Scheduling

/// Progress-file benchmarks (issue 5): `swift build -c release && .build/release/progress-benchmarks`.
/// Writes a progress file of 1,000,000 reviews over 10,000 cards, then measures, each in a fresh process so
/// peak memory is the replay's own: reading + replaying it, the time from starting `recall study` on it to the
/// first question, and the cost of appending one review (fsync included) to a 1k-event and a 1M-event file.

let arguments = CommandLine.arguments
let executableDirectory = URL(fileURLWithPath: arguments[0]).resolvingSymlinksInPath()
  .deletingLastPathComponent()

// Child mode: read and replay one file, print "seconds peakMiB cards events readSeconds replaySeconds".
if arguments.count == 3, arguments[1] == "replay" {
  let clock = ContinuousClock()
  let start = clock.now
  let contents = try ProgressFile.read(path: arguments[2])
  let read = clock.now
  let replay = ProgressReplay(entries: contents.entries, scheduler: Scheduler())
  let end = clock.now
  print(
    String(
      format: "%.3f %.1f %d %d %.3f %.3f", seconds(end - start), peakMemory(),
      replay.states.count, contents.entries.count, seconds(read - start), seconds(end - read)))
  exit(0)
}

let folder = NSTemporaryDirectory() + "recall-progress-bench"
try? FileManager.default.removeItem(atPath: folder)
let learner = "bench"
let deckID = "calcinosis-cutis"

/// Writes `events` reviews over `cards` card ids (the first ones the deck's own ids) with realistic times.
func writeFile(learner: String, events: Int, cards: Int) throws -> String {
  let path = try ProgressDirectory(folder).file(learner: learner, deck: deckID)
  try FileManager.default.createDirectory(
    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
  let start = Date(timeIntervalSince1970: 1_700_000_000)
  guard FileManager.default.createFile(atPath: path, contents: nil),
    let handle = FileHandle(forWritingAtPath: path)
  else {
    throw CocoaError(.fileWriteUnknown)
  }
  defer { try? handle.close() }
  // Written a few thousand lines at a time, so this process stays small.
  var text = ProgressHeader(learner: learner, deck: deckID, created: start).line + "\n"
  var state: UInt64 = 7
  func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state >> 33
  }
  let verdicts = ["correct", "incorrect", "correct", "correct", "partial"]
  for index in 0..<events {
    let card = "fact-\(next() % UInt64(cards)).recall.forward"
    let time = start.addingTimeInterval(Double(index) * 60)
    let rating = Rating(rawValue: 1 + Int(next() % 4)) ?? .good
    let event = ProgressEvent.review(
      ReviewRecord(
        card: card, rating: rating, milliseconds: Int(next() % 20_000),
        answer: "answer \(next() % 50)", verdict: verdicts[Int(next() % 5)]))
    text += event.line(at: time) + "\n"
    if text.utf8.count > 1 << 20 {
      try handle.write(contentsOf: Data(text.utf8))
      text = ""
    }
  }
  try handle.write(contentsOf: Data(text.utf8))
  // Flush it now: otherwise the first fsync of the append benchmark pays for writing the whole file.
  sync()
  return path
}

func runChild(_ executable: String, _ arguments: [String]) throws -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  let pipe = Pipe()
  process.standardOutput = pipe
  try process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return String(decoding: data, as: UTF8.self)
}

print("writing 1,000,000 review events over 10,000 cards …")
let big = try writeFile(learner: learner, events: 1_000_000, cards: 10_000)
let size = (try FileManager.default.attributesOfItem(atPath: big)[.size] as? Int) ?? 0
print(String(format: "  %.1f MiB", Double(size) / 1_048_576))

// Replay, three fresh processes, best time and its memory.
var replays: [(total: Double, memory: Double, read: Double, replay: Double)] = []
for _ in 0..<3 {
  let fields = try runChild(arguments[0], ["replay", big]).split(separator: " ")
    .compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
  if fields.count >= 6 {
    replays.append((fields[0], fields[1], fields[4], fields[5]))
  }
}
if let best = replays.min(by: { $0.total < $1.total }) {
  print(
    String(
      format:
        "replay 1M events (read + FSRS):        %.3f s, peak %.0f MiB (target < 1.0 s, < 300 MiB)",
      best.total, best.memory))
  print(String(format: "  of which reading %.3f s, replaying %.3f s", best.read, best.replay))
}

// Time from starting `recall study` to its first question.
let recall = executableDirectory.appendingPathComponent("recall").path
var firstQuestion: [Double] = []
for _ in 0..<3 {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: recall)
  process.arguments = ["study", "--deck", deckID, "--learner", learner, "--progress-dir", folder]
  process.currentDirectoryURL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  let output = Pipe()
  let input = Pipe()
  process.standardOutput = output
  process.standardInput = input
  let clock = ContinuousClock()
  let start = clock.now
  try process.run()
  var seen = Data()
  while !String(decoding: seen, as: UTF8.self).contains("> ") {
    let chunk = output.fileHandleForReading.availableData
    if chunk.isEmpty { break }
    seen += chunk
  }
  firstQuestion.append(seconds(clock.now - start))
  try input.fileHandleForWriting.close()
  process.waitUntilExit()
}
print(
  String(
    format: "recall study on it, start → first question: %.3f s (target < 1.5 s)",
    firstQuestion.min() ?? 0))

/// Appending one review, fsync included; with `holdingReplay` the file's events are replayed first and the
/// replay kept alive while appending, as a study session does.
func appendCost(learner: String, holdingReplay: Bool = false) throws -> Double {
  let file = try ProgressFile(directory: folder, learner: learner, deck: deckID, now: Date())
  let replay =
    holdingReplay ? ProgressReplay(entries: file.contents.entries, scheduler: Scheduler()) : nil
  let clock = ContinuousClock()
  let count = 200
  let start = clock.now
  for index in 0..<count {
    try file.append(
      .review(
        ReviewRecord(card: "fact-\(index).recall.forward", rating: .good, milliseconds: 1000)),
      at: Date())
  }
  let each = seconds(clock.now - start) / Double(count)
  withExtendedLifetime(replay) {}
  file.close()
  return each
}
_ = try writeFile(learner: "small", events: 1_000, cards: 100)
let small = try appendCost(learner: "small")
let large = try appendCost(learner: learner)
print(
  String(
    format: "append one review + fsync: %.3f ms at 1k events, %.3f ms at 1M events (ratio %.2f)",
    small * 1000, large * 1000, large / small))
let session = try appendCost(learner: learner, holdingReplay: true)
print(
  String(
    format: "  at 1M events with the session's replay held: %.3f ms (ratio %.2f)",
    session * 1000, session / small))
try? FileManager.default.removeItem(atPath: folder)
