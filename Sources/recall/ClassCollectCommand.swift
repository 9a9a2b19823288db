import ArgumentParser
import Cards
import Foundation
import Knowledge
import Platform
import ProgressCore
import ProgressStore
import Reports
import Utilities

/// `recall class collect FILES…|DIR --class NAME`: files each learner's exported progress into the class's
/// folder, by the learner and deck its header names.
///
/// Progress is append-only, so a newer copy of a learner's file starts with every byte of the copy held:
/// only such a copy replaces it. Anything else (an edited file, a history restored from an old backup and
/// studied on) is a forked history: the copy held stays, the other is kept beside it, and the teacher is
/// told. Nothing is ever merged or thrown away.
struct ClassCollectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "collect", abstract: "File learners' exported progress into the class's folder.",
    discussion: """
      Each file (or every *.jsonl under a folder) must be a progress file of a learner on the roster, for \
      the class's deck. A copy replaces the one held only when it continues it (the held copy is a prefix \
      of it); otherwise both are kept and it is reported. See docs/classes.md.
      """)

  @Argument(help: "Exported progress files, or folders holding them.")
  var files: [String]

  @Option(name: .customLong("class"), help: "The class (Classes/NAME.yaml) by name or path.")
  var className: String

  /// What became of one file.
  enum Outcome: Equatable {
    case new, updated, unchanged, older, forked, refused
  }

  func run() throws {
    let environment = RecallEnvironment()
    let location = try ClassLocator.load(className, in: environment)
    let (deck, version) = try DeckLocator.loadVersioned(location.deck, in: environment)
    let directory = location.progressDirectory
    ClassDeckVersions.keep(
      DeckSnapshot(deck: deck.id, version: version, units: CardGenerator(deck: deck).units()),
      in: directory)
    let paths = try Self.expand(files, environment: environment)
    guard !paths.isEmpty else {
      throw RecallError("no progress files (*.jsonl) in \(files.joined(separator: ", "))")
    }
    var outcomes: [Outcome] = []
    for path in paths {
      do {
        let (outcome, message) = try collect(
          path, into: directory, deck: deck.id, location: location, environment: environment)
        outcomes.append(outcome)
        if outcome == .forked {
          Notice.warning(message)
        } else {
          print(message)
        }
      } catch {
        outcomes.append(.refused)
        Notice.error("\(error)")
      }
    }
    func count(_ outcome: Outcome) -> Int { outcomes.filter { $0 == outcome }.count }
    print(
      "Collected \(plural(paths.count, "file")) for \(location.file.name): \(count(.new)) new, "
        + "\(count(.updated)) updated, \(count(.unchanged)) unchanged, \(count(.older)) older; "
        + "\(count(.refused)) refused, \(count(.forked)) forked")
    if count(.refused) + count(.forked) > 0 { throw ExitCode(1) }
  }

  /// Files `path` into the class's folder; the outcome and the line that says it. Throws (refuses) when
  /// the file is unreadable or belongs to another deck or to a learner not on the roster.
  private func collect(
    _ path: String, into directory: ProgressDirectory, deck: String, location: ClassLocation,
    environment: RecallEnvironment
  ) throws -> (Outcome, String) {
    let contents = try ProgressFile.read(path: environment.resolve(path))
    let header = contents.header
    guard header.deck == deck else {
      throw RecallError(
        "\(path): progress in deck \(header.deck), but class \(location.file.name) studies \(deck)")
    }
    guard location.file.member(header.learner) != nil else {
      let ids = location.file.roster.map(\.id)
      let hint = CommandSuggestion.closest(to: header.learner, among: ids).map {
        "; did you mean \($0)? (learners study under their roster id: --learner ID)"
      }
      throw RecallError(
        "\(path): learner \(header.learner) is not on the roster of \(location.file.name) "
          + "(\(location.path))" + (hint ?? ""))
    }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: environment.resolve(path)))
    } catch {
      throw RecallError("\(path): cannot read: \((error as NSError).localizedDescription)")
    }
    // Only whole lines: a cut-off last line is what a crash leaves, and never part of the history.
    let incoming = data.prefix(contents.intactLength)
    var note = ""
    if let torn = contents.tornLine { note = " (its cut-off line \(torn) left out)" }
    let target = try directory.file(learner: header.learner, deck: deck)
    let name = location.file.member(header.learner)?.name ?? header.learner
    let label = "\(path): \(name) (\(header.learner))"
    let events = contents.entries.count
    guard let held = try? Data(contentsOf: URL(fileURLWithPath: environment.resolve(target))) else {
      try write(incoming, to: target, environment: environment)
      return (.new, "\(label): new, \(plural(events, "event"))\(note)")
    }
    if held == incoming { return (.unchanged, "\(label): unchanged") }
    let heldEvents = held.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } - 1
    if incoming.starts(with: held) {
      try write(incoming, to: target, environment: environment)
      return (.updated, "\(label): updated, +\(plural(events - heldEvents, "event"))\(note)")
    }
    if held.starts(with: incoming) {
      return (
        .older,
        "\(label): older than the copy held (\(plural(heldEvents - events, "event")) fewer); "
          + "the copy held is kept"
      )
    }
    var hash = FNV1aHash()
    hash.add(contentsOf: incoming)
    let digits = String(hash.value, radix: 16)
    let fork = ProgressDirectory.forkedCopy(
      for: target, contentHash: String(repeating: "0", count: 16 - digits.count) + digits)
    if !FileManager.default.fileExists(atPath: environment.resolve(fork)) {
      try write(incoming, to: fork, environment: environment)
    }
    return (
      .forked,
      "\(label): forked history: neither this copy nor the one held continues the other (an "
        + "edited file, or one restored from a backup and studied on?); the copy held is unchanged, "
        + "this one is kept as \(fork)"
    )
  }

  /// Writes `bytes` to `path` whole and durably, making the learner's folder (durably too) if needed.
  private func write(_ bytes: Data, to path: String, environment: RecallEnvironment) throws {
    let resolved = environment.resolve(path)
    let folder = (resolved as NSString).deletingLastPathComponent
    if !FileManager.default.fileExists(atPath: folder) {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw RecallError("\(folder): cannot make the learner's folder")
      }
      FileDescriptor.synchronizeDirectory((folder as NSString).deletingLastPathComponent)
    }
    do throws(SystemError) {
      try AtomicFile.write(bytes, to: resolved, permissions: 0o644)
    } catch {
      throw RecallError("\(path): cannot write (\(error)); nothing was changed")
    }
  }

  /// The files named, a folder standing for every `*.jsonl` under it (hidden entries skipped), each
  /// folder's in name order.
  static func expand(_ arguments: [String], environment: RecallEnvironment) throws -> [String] {
    var paths: [String] = []
    for argument in arguments {
      var isDirectory: ObjCBool = false
      guard
        FileManager.default.fileExists(
          atPath: environment.resolve(argument), isDirectory: &isDirectory)
      else { throw RecallError("\(argument): no such file or folder") }
      guard isDirectory.boolValue else {
        paths.append(argument)
        continue
      }
      let found =
        FileManager.default.enumerator(atPath: environment.resolve(argument))?
        .compactMap { $0 as? String } ?? []
      paths += found.filter { name in
        name.hasSuffix(".jsonl") && !name.split(separator: "/").contains { $0.hasPrefix(".") }
      }.sorted().map { (argument as NSString).appendingPathComponent($0) }
    }
    return paths
  }
}
