import Utilities

/// Which version of a deck a session studied: a hash of the deck file's bytes and the deck's own
/// `version:`. Sessions record it (`session-start`), so a teacher can tell who studied which version.
///
/// The hash names the exact text studied, whatever the author did or forgot to do to `version:`; the number
/// is what the author calls it. Two files that differ only in a comment are two versions with the same
/// number: the class view says what changed between them, in units and cards, when it knows both.
public struct DeckVersion: Sendable, Hashable, Codable {
  /// The 64-bit FNV-1a hash of the deck file's UTF-8 bytes, as 16 lowercase hexadecimal digits.
  public var hash: String
  /// The deck's `version:` field.
  public var number: Int?

  /// A version as recorded.
  public init(hash: String, number: Int?) {
    self.hash = hash
    self.number = number
  }

  /// The version of a deck whose file holds `text` and says `version: number`.
  public init(deckText text: String, number: Int?) {
    let value = FNV1aHash.hash(text)
    let digits = String(value, radix: 16)
    hash = String(repeating: "0", count: 16 - digits.count) + digits
    self.number = number
  }

  /// "v2 1f2e3d4c" (the hash's first eight digits are enough for a person to tell versions apart), or
  /// the hash alone when the number is not known.
  public var label: String {
    let short = String(hash.prefix(8))
    return number.map { "v\($0) \(short)" } ?? short
  }
}
