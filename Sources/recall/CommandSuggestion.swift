import ArgumentParser

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

  /// The candidate `word` most likely stands for: the only one it starts, else the nearest within a
  /// distance of 1 (words of up to 3 letters) or 2; nil when none is close.
  static func closest(to word: String, among candidates: [String]) -> String? {
    let typed = word.lowercased()
    let starting = candidates.filter { typed.count >= 2 && $0.hasPrefix(typed) }
    if starting.count == 1 { return starting[0] }
    let limit = typed.count <= 3 ? 1 : 2
    return
      candidates
      .map { (candidate: $0, distance: distance(typed, $0)) }
      .filter { $0.distance <= limit }
      .min { $0.distance < $1.distance }?.candidate
  }

  /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1
  /// each, so `stuyd` is 1 from `study`.
  static func distance(_ first: String, _ second: String) -> Int {
    let a = Array(first.unicodeScalars)
    let b = Array(second.unicodeScalars)
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
    var twoBack = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        var value = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, twoBack[j - 2] + 1)
        }
        current[j] = value
      }
      (twoBack, previous, current) = (previous, current, twoBack)
    }
    return previous[b.count]
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
