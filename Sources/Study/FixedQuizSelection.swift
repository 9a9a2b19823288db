import Cards
import Utilities

/// The questions of a fixed quiz (a class's `recall quiz --set NAME`): the same cards, in the same order, for
/// every learner, whatever each has studied, so that the class's results can be compared question by
/// question.
///
/// A unit is asked at the rung the quiz names, or the nearest below it that the unit has (a fact with no
/// typed question is asked as a choice rather than skipped), else the lowest above it.
public enum FixedQuizSelection {
  /// Why a quiz cannot be put together from a deck.
  public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
    /// A unit id the deck does not make.
    case unknownUnit(String)
    /// A tag no unit of the deck has.
    case unknownTag(String, known: [String])
    /// Fewer units to draw from than questions asked.
    case tooFew(available: Int, asked: Int)

    /// The problem in words.
    public var description: String {
      switch self {
      case .unknownUnit(let id):
        "the deck has no unit '\(id)' (`recall deck show DECK --units` lists them)"
      case .unknownTag(let tag, let known):
        "no unit is tagged '\(tag)'; the deck's tags are: \(known.joined(separator: ", "))"
      case .tooFew(let available, let asked):
        "\(asked) questions asked, but only \(available) units (one per fact) to draw from"
      }
    }
  }

  /// The quiz's questions: the units listed (`unitIDs`, in their order, unless a seed draws from them) or
  /// those tagged with any of `tags` (any unit when both are empty); with a `seed`, `count` of them drawn,
  /// one per fact, in an order shuffled with it; without one, the first `count` (all when nil).
  public static func questions(
    units: [KnowledgeUnit], unitIDs: [String], tags: [String], count: Int?, seed: UInt64?,
    ask: Rung
  ) -> Result<[Card], Problem> {
    var pool: [KnowledgeUnit]
    if unitIDs.isEmpty {
      pool = units
    } else {
      let byID = Dictionary(units.map { ($0.id.rawValue, $0) }) { first, _ in first }
      pool = []
      for id in unitIDs {
        guard let unit = byID[id] else { return .failure(.unknownUnit(id)) }
        pool.append(unit)
      }
    }
    if !tags.isEmpty {
      let known = Set(units.flatMap(\.tags))
      if let missing = tags.first(where: { !known.contains($0) }) {
        return .failure(.unknownTag(missing, known: known.sorted()))
      }
      pool = pool.filter { !Set($0.tags).isDisjoint(with: tags) }
    }
    if let seed {
      var random = SplitMix64(seed: seed)
      var facts: Set<String> = []
      pool = pool.shuffled(using: &random).filter { facts.insert($0.siblingKey).inserted }
    }
    let wanted = count ?? pool.count
    guard pool.count >= wanted else {
      return .failure(.tooFew(available: pool.count, asked: wanted))
    }
    return .success(pool.prefix(wanted).compactMap { presentation(of: $0, at: ask) })
  }

  /// The card `unit` is asked with at `rung`: at that rung, else the nearest below, else the lowest above.
  public static func presentation(of unit: KnowledgeUnit, at rung: Rung) -> Card? {
    let rungs = unit.rungs.sorted()
    guard let chosen = rungs.last(where: { $0 <= rung }) ?? rungs.first else { return nil }
    return unit.presentations(at: chosen).first
  }
}
