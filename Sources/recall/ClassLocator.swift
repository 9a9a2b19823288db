import Foundation
import Knowledge
import ProgressStore

/// Where classes live and how a class file is found: by name in the classes folder, or by path.
///
/// The classes folder is `RECALL_CLASSES_DIR`, else `Classes/` of the Recall repository when Recall runs
/// inside it, else `Classes/` in the working directory: a class is the teacher's working folder (a shared
/// drive, a git repository), so it is where the teacher works, not in a per-user data folder.
enum ClassLocator {
  /// The classes folder.
  static func folder(in environment: RecallEnvironment) -> String {
    if let folder = environment.variables["RECALL_CLASSES_DIR"], !folder.isEmpty { return folder }
    return environment.inRepository("Classes") ?? "Classes"
  }

  /// The path of the class file given by name (`bio-7a`: `<classes folder>/bio-7a.yaml`) or path
  /// (anything with a `/` or ending in `.yaml`).
  static func path(of nameOrPath: String, in environment: RecallEnvironment) throws -> String {
    if nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") {
      return nameOrPath
    }
    guard DeckLocator.isName(nameOrPath) else {
      throw RecallError(
        "invalid class name \"\(nameOrPath)\": use letters, digits and '-', or give a path")
    }
    return (folder(in: environment) as NSString).appendingPathComponent(nameOrPath + ".yaml")
  }

  /// Loads the class file given by name or path, checking its learner ids.
  static func load(_ nameOrPath: String, in environment: RecallEnvironment) throws -> ClassLocation
  {
    let path = try path(of: nameOrPath, in: environment)
    let resolved = environment.resolve(path)
    guard FileManager.default.fileExists(atPath: resolved) else {
      throw RecallError(
        "\(path): no such class file (`recall class init NAME --deck DECK` makes one; the classes "
          + "folder is RECALL_CLASSES_DIR, else Classes/ here)")
    }
    let text: String
    do {
      text = try String(contentsOfFile: resolved, encoding: .utf8)
    } catch {
      throw RecallError("\(path): cannot read the class file (not UTF-8 text?)")
    }
    let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let file: ClassFile
    do {
      file = try ClassFileParser.parse(yaml: text, file: path, name: name)
    } catch {
      throw RecallError(error.description)
    }
    for member in file.roster {
      do {
        _ = try FileName.validateLearner(member.id)
      } catch {
        throw RecallError("\(member.location): error: \(error)")
      }
    }
    return ClassLocation(path: path, file: file, environment: environment)
  }

  /// Every class file in the classes folder, sorted.
  static func all(in environment: RecallEnvironment) -> [String] {
    let folder = folder(in: environment)
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: environment.resolve(folder))) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map {
      (folder as NSString).appendingPathComponent($0)
    }
  }
}

/// A class file found and read, with what its paths lead to.
struct ClassLocation {
  /// The class file, as named to the user.
  let path: String
  /// Its contents.
  let file: ClassFile
  let environment: RecallEnvironment

  /// The folder the class file is in.
  var folder: String { (path as NSString).deletingLastPathComponent }

  /// The class's progress folder: `<name>/` beside the class file, laid out as any progress folder
  /// (`<learner>/<deck>.jsonl`); `recall class collect` files the learners' progress into it.
  var progressDirectory: ProgressDirectory {
    ProgressDirectory((folder as NSString).appendingPathComponent(file.name))
  }

  /// The deck as `DeckLocator` takes it: a name as written, a relative path from the class file's folder.
  var deck: String {
    let deck = file.deck
    guard deck.contains("/") || deck.hasSuffix(".yaml") || deck.hasSuffix(".yml"),
      !deck.hasPrefix("/"), !folder.isEmpty
    else { return deck }
    return (folder as NSString).appendingPathComponent(deck)
  }
}
