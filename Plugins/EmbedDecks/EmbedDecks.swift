import Foundation
import PackagePlugin

/// Compiles the built-in decks (`Decks/*.yaml`) into the target as Swift string literals, at build time.
///
/// An installed `recall` is one file copied anywhere, with no resource bundle beside it, so the decks it
/// ships with must be inside the binary. `Decks/` stays their only source: nothing generated is committed.
@main
struct EmbedDecks: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "Decks")
    let decks = try FileManager.default.contentsOfDirectory(
      at: folder, includingPropertiesForKeys: nil
    )
    .filter { $0.pathExtension == "yaml" }
    .sorted { $0.lastPathComponent < $1.lastPathComponent }
    let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInDeckTexts.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(decks.count) built-in decks from Decks/",
        executable: try context.tool(named: "DeckEmbedder").url,
        arguments: [output.path] + decks.map(\.path),
        inputFiles: decks, outputFiles: [output])
    ]
  }
}
