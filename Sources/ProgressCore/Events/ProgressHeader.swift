import Foundation

/// The first line of a progress file.
public struct ProgressHeader: Sendable, Equatable {
  /// The only format version this Recall writes and reads.
  public static let currentVersion = 1

  /// The learner the file belongs to.
  public var learner: String
  /// The deck id.
  public var deck: String
  /// When the file was created.
  public var created: Date

  /// Creates a header.
  public init(learner: String, deck: String, created: Date) {
    self.learner = learner
    self.deck = deck
    self.created = created
  }

  /// The header as a JSON line.
  public var line: String {
    JSONLine.encode([
      "format": .string("recall-progress"), "version": .number(Double(Self.currentVersion)),
      "learner": .string(learner), "deck": .string(deck),
      "created": .string(Timestamp.format(created)),
    ])
  }
}
