import ArgumentParser
import Foundation
import Platform
import ProgressCore
import ProgressStore
import Utilities

/// `recall progress export [-o FILE]`: a copy of a learner's progress file to hand in to their teacher
/// (`recall class collect`).
///
/// The copy is the file itself, byte for byte, up to its last whole line: it says whose it is and which deck
/// (its header) and which deck version each session studied (`session-start`), and next week's copy
/// starts with every byte of this week's, which is how the teacher's `collect` knows it continues it.
struct ProgressExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Copy a learner's progress file to hand in to a teacher.",
    discussion: """
      Writes the file whole (never a half-written copy), without taking the session lock: a session \
      may go on. The copy is a progress file itself; `recall class collect` files it by its header.
      """)

  @OptionGroup var common: SessionOptions

  @Option(
    name: .shortAndLong,
    help: "Where to write the copy (default: <learner>-<deck>.jsonl in the working directory).")
  var output: String?

  func run() throws {
    let environment = RecallEnvironment()
    let learner = try FileName.validateLearner(environment.learner(common.learner))
    let deck = try DeckLocator.locate(common.deck, in: environment).id
    let path = try environment.progressDirectory(common.progressDir).file(
      learner: learner, deck: deck)
    guard FileManager.default.fileExists(atPath: environment.resolve(path)) else {
      throw RecallError("\(path): no progress yet for \(learner) in \(deck) (nothing to export)")
    }
    let target = output ?? "\(learner)-\(deck).jsonl"
    let source = URL(fileURLWithPath: environment.resolve(path)).resolvingSymlinksInPath()
    guard URL(fileURLWithPath: environment.resolve(target)).resolvingSymlinksInPath() != source
    else { throw RecallError("\(target) is the progress file itself: choose another name") }
    let contents = try ProgressFile.read(path: environment.resolve(path))
    if let torn = contents.tornLine {
      Notice.warning("\(path):\(torn): a cut-off last line is left out of the copy")
    }
    let data: Data
    do {
      data = try Data(contentsOf: source)
    } catch {
      throw RecallError("\(path): cannot read: \((error as NSError).localizedDescription)")
    }
    // The file only grows: the bytes read as whole lines are still its first bytes.
    do throws(SystemError) {
      try AtomicFile.write(data.prefix(contents.intactLength), to: environment.resolve(target))
    } catch {
      throw RecallError("\(target): cannot write (\(error))")
    }
    let version = contents.entries.last { entry in
      if case .sessionStart(_, let deck, _) = entry.event { deck != nil } else { false }
    }.flatMap { entry -> DeckVersion? in
      if case .sessionStart(_, let deck, _) = entry.event { deck } else { nil }
    }
    print(
      "Wrote \(target): learner \(learner), deck \(deck)"
        + (version.map { " (last studied \($0.label))" } ?? "")
        + ", \(plural(contents.entries.count, "event"))")
  }
}
