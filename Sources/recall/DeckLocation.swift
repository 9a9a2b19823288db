import Foundation

/// Where a deck was found: a file, or the decks compiled into Recall.
struct DeckLocation: Equatable {
  /// The two places a deck can come from.
  enum Origin: Equatable {
    /// A deck file at this path.
    case file(String)
    /// A deck compiled into Recall.
    case builtIn
  }

  /// The deck's id: its file name without `.yaml`.
  let id: String
  let origin: Origin

  /// A deck file at `path`.
  init(path: String) {
    id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    origin = .file(path)
  }

  /// The built-in deck `id`.
  init(builtIn id: String) {
    self.id = id
    origin = .builtIn
  }

  /// The name messages and diagnostics give the deck: its path, or `<built-in>/<id>.yaml` (no file of that
  /// name exists; the angle brackets say so).
  var displayPath: String {
    switch origin {
    case .file(let path): path
    case .builtIn: "<built-in>/\(id).yaml"
    }
  }

  /// Where it comes from, as `recall deck list` shows it.
  var originText: String {
    switch origin {
    case .file(let path): path
    case .builtIn: "built-in"
    }
  }

  /// The deck's text.
  func text() throws -> String {
    switch origin {
    case .builtIn:
      guard let text = BuiltInDecks.text(named: id) else {
        throw RecallError("no built-in deck named \(id)")
      }
      return text
    case .file(let path):
      let data: Data
      do {
        data = try Data(contentsOf: URL(fileURLWithPath: path))
      } catch {
        throw RecallError("\(path): cannot read: \((error as NSError).localizedDescription)")
      }
      guard let text = String(data: data, encoding: .utf8) else {
        throw RecallError("\(path): not UTF-8 text")
      }
      return text
    }
  }
}
