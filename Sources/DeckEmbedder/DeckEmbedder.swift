import Foundation

/// `DeckEmbedder OUTPUT DECK.yaml…`: writes a Swift file declaring `BuiltInDecks.texts`, each deck's name (its
/// file name without `.yaml`) and its text, for the `EmbedDecks` build plugin.
@main
struct DeckEmbedder {
  static func main() {
    let arguments = CommandLine.arguments.dropFirst()
    guard let output = arguments.first else {
      fail("usage: DeckEmbedder OUTPUT DECK.yaml…")
    }
    var source = """
      // Generated at build time by DeckEmbedder from Decks/*.yaml (see Plugins/EmbedDecks); not committed.

      extension BuiltInDecks {
        /// Every built-in deck's name and text, sorted by name.
        static let texts: [(name: String, text: String)] = [

      """
    for path in arguments.dropFirst() {
      let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
      guard let data = FileManager.default.contents(atPath: path) else {
        fail("\(path): cannot read the deck")
      }
      guard let text = String(data: data, encoding: .utf8) else {
        fail("\(path): not UTF-8 text")
      }
      source += "    (\(literal(name)), \(literal(text))),\n"
    }
    source += "  ]\n}\n"
    do {
      try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    } catch {
      fail("\(output): cannot write (\(error.localizedDescription))")
    }
  }

  /// `text` as a one-line Swift string literal: backslashes, quotes and every control or line-breaking
  /// character escaped, so that any text survives exactly.
  static func literal(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _
      where scalar.value < 0x20 || (0x7f...0x9f).contains(scalar.value)
        || scalar.value == 0x2028 || scalar.value == 0x2029:
        result += "\\u{\(String(scalar.value, radix: 16))}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("DeckEmbedder: \(message)\n".utf8))
    exit(1)
  }
}
