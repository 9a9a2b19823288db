import Utilities

extension EditDistance {
  /// How many typos an answer of this (normalised) length tolerates: none up to 4 characters, 1 up to 8, 2 beyond.
  static func tolerance(forLength length: Int) -> Int {
    length <= 4 ? 0 : length <= 8 ? 1 : 2
  }
}
