/// Letters for options: a, b, c, ...
public enum ChoiceLetters {
  /// The letter of option `index` (0 → "a").
  public static func letter(_ index: Int) -> String {
    guard index >= 0, index < 26 else { return String(index + 1) }
    return String(UnicodeScalar(UInt8(97 + index)))
  }

  /// The option index of a single letter, if `text` is one within `count`.
  public static func index(of text: String, count: Int) -> Int? {
    guard text.count == 1, let scalar = text.unicodeScalars.first, ("a"..."z").contains(scalar)
    else { return nil }
    let index = Int(scalar.value) - 97
    return index < count ? index : nil
  }
}
