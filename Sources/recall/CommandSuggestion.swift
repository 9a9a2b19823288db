import ArgumentParser
import Utilities

/// Catches a mistyped subcommand (`recall stuyd`) before parsing, and suggests the closest one.
///
/// ArgumentParser already suggests the closest option for a mistyped one; a mistyped subcommand of a command
/// with a default subcommand would reach that default as an unexpected argument, with no hint.
enum CommandSuggestion {
  /// The message for the first command word of `arguments` that names no subcommand of the command before
  /// it (`unknown command 'stuyd' — did you mean 'study'?`), or nil when every command word is known.
  ///
  /// Only the leading words are command words: checking stops at the first option, at a command without
  /// subcommands, and at a word the default subcommand takes as an argument of its own.
  static func unknownCommand(in arguments: [String], root: any ParsableCommand.Type) -> String? {
    var command = root
    var path: [String] = []
    for word in arguments {
      let subcommands = command.configuration.subcommands
      guard !word.hasPrefix("-"), !subcommands.isEmpty, word != "help" else { return nil }
      if let next = subcommands.first(where: { names(of: $0).contains(word) }) {
        command = next
        path.append(word)
        continue
      }
      if let fallback = command.configuration.defaultSubcommand, takes(word, fallback) {
        return nil
      }
      let prefix = path.map { $0 + " " }.joined()
      let candidates = subcommands.map { $0._commandName }
      if let suggestion = closest(to: word, among: candidates) {
        return "unknown command '\(prefix)\(word)' — did you mean '\(prefix)\(suggestion)'?"
      }
      return "unknown command '\(prefix)\(word)'; the commands are "
        + candidates.joined(separator: ", ")
        + " (see `\(([root._commandName] + path).joined(separator: " ")) --help`)"
    }
    return nil
  }

  /// The candidate `word` most likely stands for: the only one it starts, else the nearest within an
  /// ``EditDistance`` of 1 (words of up to 3 letters) or 2; nil when none is close.
  static func closest(to word: String, among candidates: [String]) -> String? {
    let typed = word.lowercased()
    let starting = candidates.filter { typed.count >= 2 && $0.hasPrefix(typed) }
    if starting.count == 1 { return starting[0] }
    let limit = typed.count <= 3 ? 1 : 2
    return
      candidates
      .compactMap { candidate in
        EditDistance.distance(typed, candidate, limit: limit).map {
          (candidate: candidate, distance: $0)
        }
      }
      .min { $0.distance < $1.distance }?.candidate
  }

  /// Whether `command` parses `word` alone as its own arguments.
  private static func takes<Command: ParsableCommand>(_ word: String, _ command: Command.Type)
    -> Bool
  {
    do {
      _ = try command.parse([word])
      return true
    } catch {
      return false
    }
  }

  /// The names a subcommand answers to.
  private static func names(of command: any ParsableCommand.Type) -> [String] {
    [command._commandName] + command.configuration.aliases
  }
}
