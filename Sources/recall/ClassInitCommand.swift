import ArgumentParser
import Cards
import Foundation
import Knowledge
import Platform
import ProgressStore
import Reports
import Utilities

/// `recall class init NAME --deck D [--roster FILE]`: a new class file, `Classes/NAME.yaml`.
struct ClassInitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init", abstract: "Make a class file: its roster, its deck (Classes/NAME.yaml).",
    discussion: """
      The roster file has one learner a line: a display name ("Amy Smith" gets the id amy-smith), or \
      an id and a name separated by a tab. The class file is meant to be edited by hand afterwards \
      (targets, fixed quizzes): docs/classes.md.
      """)

  @Argument(help: "The class's name: letters, digits and '-' (its file is Classes/NAME.yaml).")
  var name: String

  @Option(name: .long, help: "The deck the class studies: a name, or a path.")
  var deck: String

  @Option(name: .long, help: "A text file with one learner a line (a name, or id<TAB>name).")
  var roster: String?

  func run() throws {
    let environment = RecallEnvironment()
    guard !name.contains("/"), !name.hasSuffix(".yaml") else {
      throw RecallError("the class's name is a name, not a path: `recall class init bio-7a …`")
    }
    let path = try ClassLocator.path(of: name, in: environment)
    let resolved = environment.resolve(path)
    guard !FileManager.default.fileExists(atPath: resolved) else {
      throw RecallError("\(path) already exists: edit it, or choose another name")
    }
    let (deck, version) = try DeckLocator.loadVersioned(self.deck, in: environment)
    let members = try rosterMembers()
    let today = ReportCalendar(timeZone: .current).day(of: try environment.clock()())
    // A deck path is written as the class file will read it: relative to the class file's folder.
    let deckText =
      DeckLocator.isName(self.deck) ? self.deck : relative(self.deck, to: resolved, environment)
    let text = ClassFile.newFileText(
      name: name, deck: deckText, start: ClassFile.Day(number: today), roster: members)
    let folder = (resolved as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw RecallError("\(folder): cannot make the classes folder")
    }
    do throws(SystemError) {
      try AtomicFile.write(text.utf8, to: resolved)
    } catch {
      throw RecallError("\(path): cannot write the class file (\(error))")
    }
    // The class file reads back as it was written (and so does every learner id) before anything else.
    let location = try ClassLocator.load(path, in: environment)
    ClassDeckVersions.keep(
      DeckSnapshot(deck: deck.id, version: version, units: CardGenerator(deck: deck).units()),
      in: location.progressDirectory)
    print(
      "Wrote \(path): \(plural(members.count, "learner")), deck \(deck.id) (\(version.label))")
    if let first = members.first {
      print(
        "  learner ids: \(members.prefix(3).map(\.id).joined(separator: ", "))"
          + (members.count > 3 ? ", …" : ""))
      print("  each learner studies under their id:  recall study --learner \(first.id) …")
      print("  and hands their progress in:  recall progress export -o FILE")
    }
    print("  collect: recall class collect FILES|DIR --class \(name)")
  }

  /// The roster file's learners, each id checked as a learner name.
  private func rosterMembers() throws -> [ClassFile.Member] {
    guard let roster else { return [] }
    let text: String
    do {
      text = try String(contentsOfFile: roster, encoding: .utf8)
    } catch {
      throw RecallError("\(roster): cannot read the roster (not UTF-8 text?)")
    }
    let members = ClassFile.roster(text: text, file: roster)
    for member in members {
      do {
        _ = try FileName.validateLearner(member.id)
      } catch {
        throw RecallError("\(member.location): error: \(error)")
      }
    }
    return members
  }

  /// `path` relative to the folder of `classFile` when both are absolute or both relative to the working
  /// directory, else `path` made absolute.
  private func relative(
    _ path: String, to classFile: String, _ environment: RecallEnvironment
  ) -> String {
    let target = URL(fileURLWithPath: environment.resolve(path)).standardizedFileURL.pathComponents
    let base = URL(fileURLWithPath: classFile).deletingLastPathComponent().standardizedFileURL
      .pathComponents
    var common = 0
    while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
    let up = Array(repeating: "..", count: base.count - common)
    return (up + target[common...]).joined(separator: "/")
  }
}
