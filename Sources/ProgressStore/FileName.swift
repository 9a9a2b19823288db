import ProgressCore

/// Checks learner and deck names before any path is built from them (`ProgressDirectory` builds them).
public enum FileName {
  /// Validates a learner name: letters, digits, `.`, `_`, `-`, at most 64 characters, not starting with `.`.
  public static func validateLearner(_ name: String) throws(ProgressError) -> String {
    try validate(name, kind: "learner")
  }

  /// Validates a deck id with the same rules as learner names.
  public static func validateDeck(_ name: String) throws(ProgressError) -> String {
    try validate(name, kind: "deck")
  }

  private static func validate(_ name: String, kind: String) throws(ProgressError) -> String {
    func reject(_ reason: String) -> ProgressError {
      .invalidName(kind: kind, name: name, reason: reason)
    }
    guard !name.isEmpty else { throw reject("it is empty") }
    guard name.unicodeScalars.count <= 64 else { throw reject("it is longer than 64 characters") }
    guard !name.hasPrefix(".") else { throw reject("it must not start with '.'") }
    for scalar in name.unicodeScalars {
      let allowed =
        scalar.properties.isAlphabetic && scalar.value > 0x7f
        || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_" || scalar == "-"
      guard allowed else {
        throw reject("use only letters, digits, '.', '_' and '-'")
      }
    }
    return name
  }
}
