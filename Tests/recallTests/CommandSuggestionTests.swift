import Testing

@testable import recall

/// A mistyped subcommand gets the closest one as a suggestion (CommandSuggestion).
@Suite("recall: suggestions for mistyped commands")
struct CommandSuggestionTests {
  @Test(
    "a mistyped command word is named, with the closest command",
    arguments: [
      (["stuyd"], "unknown command 'stuyd' — did you mean 'study'?"),
      (["sutdy", "--deck", "x"], "unknown command 'sutdy' — did you mean 'study'?"),
      (["quz"], "unknown command 'quz' — did you mean 'quiz'?"),
      (["stat"], "unknown command 'stat' — did you mean 'stats'?"),
      (["sim"], "unknown command 'sim' — did you mean 'simulate'?"),
      (["deck", "lsit"], "unknown command 'deck lsit' — did you mean 'deck list'?"),
      (
        ["progress", "repiar"],
        "unknown command 'progress repiar' — did you mean 'progress repair'?"
      ),
    ])
  func suggests(arguments: [String], message: String) {
    #expect(CommandSuggestion.unknownCommand(in: arguments, root: Recall.self) == message)
  }

  @Test("a word far from every command gets the list of commands")
  func listsCommands() throws {
    let message = try #require(
      CommandSuggestion.unknownCommand(in: ["xyzzy"], root: Recall.self))
    #expect(
      message
        == "unknown command 'xyzzy'; the commands are study, quiz, deck, progress, stats, class, "
        + "optimize, simulate, import, card (see `recall --help`)")
  }

  @Test(
    "known commands, options, help and a command's own arguments are left to the parser",
    arguments: [
      [], ["study"], ["--deck", "x"], ["--version"], ["help", "stuyd"], ["deck", "show", "stuyd"],
      ["deck", "lint", "Decks/x.yaml"], ["import", "notes.md"], ["stats", "--json"],
    ])
  func leavesValidCommandLines(arguments: [String]) {
    #expect(CommandSuggestion.unknownCommand(in: arguments, root: Recall.self) == nil)
  }

  @Test("a swap of neighbours is one edit; nothing is suggested for a word near no command")
  func distance() {
    #expect(CommandSuggestion.closest(to: "stuyd", among: ["stats", "study", "quiz"]) == "study")
    #expect(CommandSuggestion.closest(to: "zzzz", among: ["study", "quiz"]) == nil)
  }
}
