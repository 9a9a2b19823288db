import ArgumentParser
import Testing

@testable import recall

/// Every command's help reads as paragraphs at 80 columns: the argument parser wraps a discussion itself, so
/// a line break written inside a paragraph of the source shows as a ragged short line.
@Suite("recall: help text")
struct CommandHelpTests {
  /// Every command, the root's subcommands and theirs.
  static func commands(_ root: any ParsableCommand.Type = Recall.self) -> [any ParsableCommand.Type]
  {
    [root] + root.configuration.subcommands.flatMap { commands($0) }
  }

  @Test("each command's overview and discussion wrap as whole paragraphs at 80 columns")
  func paragraphs() {
    for command in Self.commands() {
      let help = Recall.helpMessage(for: command, columns: 80)
      let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
      guard let usage = lines.firstIndex(where: { $0.hasPrefix("USAGE:") }) else {
        Issue.record("\(command): no usage line")
        continue
      }
      let prose = Array(lines[..<usage])
      for (index, line) in prose.enumerated().dropLast() {
        let next = prose[index + 1]
        // A line followed by more of its paragraph was wrapped: it nearly fills the width.
        guard !line.isEmpty, !next.isEmpty else { continue }
        let firstWord = next.split(separator: " ").first?.count ?? 0
        #expect(
          line.count + 1 + firstWord >= 80,
          "\(command): '\(line)' breaks before '\(next)' with room to spare")
      }
    }
  }
}
