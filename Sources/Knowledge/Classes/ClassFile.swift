import Utilities

/// A class, as its teacher writes it in `Classes/<name>.yaml`: who is in it (the roster), the deck it studies,
/// the targets it works towards and the fixed quizzes it takes (see docs/classes.md).
///
/// A plain value read by ``ClassFileParser``; every part keeps where it was written, so that a roster id or
/// a quiz the deck cannot honour is reported at its line.
public struct ClassFile: Sendable, Equatable {
  /// The class's name: the file name without `.yaml`.
  public var name: String
  /// What the teacher calls it (the name when the file gives none).
  public var title: String
  /// The deck, as written: a deck name, or a path relative to the class file's folder.
  public var deck: String
  /// The day the class began; targets are paced from it.
  public var start: Day?
  /// The learners, in file order.
  public var roster: [Member]
  /// Units known by a date, in date order.
  public var targets: [Target]
  /// The fixed quizzes, in file order.
  public var quizzes: [FixedQuiz]
  /// What flags a learner as needing help (`needs-help:`; the defaults when the file says nothing).
  public var help: HelpRules
  /// Where the file says `deck:`.
  public var deckLocation: SourceLocation

  /// Creates a class file.
  public init(
    name: String, title: String, deck: String, start: Day?, roster: [Member], targets: [Target],
    quizzes: [FixedQuiz], help: HelpRules = HelpRules(), deckLocation: SourceLocation
  ) {
    self.name = name
    self.title = title
    self.deck = deck
    self.start = start
    self.roster = roster
    self.targets = targets
    self.quizzes = quizzes
    self.help = help
    self.deckLocation = deckLocation
  }

  /// The thresholds that flag a learner as needing help, besides being below the targets' pace and not
  /// having started (docs/classes.md, "Who needs help").
  public struct HelpRules: Sendable, Equatable {
    /// No study for this many days or more (`inactive-days`).
    public var inactiveDays = 7
    /// True retention below this share, over enough answers to say so (`retention`).
    public var retention = 0.7
    /// Units known below this share of the class's median (`median-share`).
    public var medianShare = 0.5

    /// The defaults.
    public init() {}
  }

  /// One learner on the roster.
  public struct Member: Sendable, Equatable {
    /// The learner id: the name their progress file is under (`--learner`, `RECALL_LEARNER`).
    public var id: String
    /// The name shown to the teacher.
    public var name: String
    /// The student number in the school's information system (the gradebook's "SIS User ID"), if given.
    public var sis: String?
    /// The learner's user name in the learning platform (the gradebook's "SIS Login ID"), if given.
    public var login: String?
    /// Where the id is written.
    public var location: SourceLocation

    /// Creates a member.
    public init(
      id: String, name: String, sis: String? = nil, login: String? = nil, location: SourceLocation
    ) {
      self.id = id
      self.name = name
      self.sis = sis
      self.login = login
      self.location = location
    }
  }

  /// A number of units to know by a day.
  public struct Target: Sendable, Equatable {
    /// Units known.
    public var units: Int
    /// By the end of this day.
    public var by: Day

    /// Creates a target.
    public init(units: Int, by: Day) {
      self.units = units
      self.by = by
    }
  }

  /// A quiz every learner of the class takes with the same questions: `recall quiz --set NAME`.
  public struct FixedQuiz: Sendable, Equatable {
    /// What learners type after `--set`.
    public var name: String
    /// Its title in reports and the gradebook (the name when none is given).
    public var title: String
    /// The units it asks, in order (empty: drawn from `tags`, or from the whole deck).
    public var units: [String]
    /// The topics its questions are drawn from (empty: any).
    public var tags: [String]
    /// How many questions (nil: every unit listed).
    public var questions: Int?
    /// The time limit, if any.
    public var minutes: Double?
    /// The seed that draws the questions and orders their options, the same for everyone; nil: the units
    /// listed, in their order (options ordered by a seed made from the quiz's name).
    public var seed: UInt64?
    /// The rung each unit is asked at (`judge`, `choose`, `select`, `complete`, `produce`, `list`).
    public var ask: String
    /// Where the quiz is defined.
    public var location: SourceLocation

    /// Creates a fixed quiz.
    public init(
      name: String, title: String, units: [String], tags: [String], questions: Int?,
      minutes: Double?,
      seed: UInt64?, ask: String, location: SourceLocation
    ) {
      self.name = name
      self.title = title
      self.units = units
      self.tags = tags
      self.questions = questions
      self.minutes = minutes
      self.seed = seed
      self.ask = ask
      self.location = location
    }

    /// The rung questions are asked at when the file does not say.
    public static let defaultAsk = "produce"
  }

  /// A calendar day, as `YYYY-MM-DD`.
  public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01 (the numbering reports give study days).
    public var number: Int

    /// The day `number` days after 1970-01-01.
    public init(number: Int) { self.number = number }

    /// The day a `YYYY-MM-DD` text names; nil for anything else (a 30 February included).
    public init?(_ text: String) {
      let parts = text.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
        parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
        let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
        (1...12).contains(month), day >= 1, day <= Self.length(ofMonth: month, year: year)
      else { return nil }
      number = CivilDays.days(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
      let (year, month, day) = CivilDays.date(fromDays: number)
      func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
      return "\(year)-\(two(month))-\(two(day))"
    }

    /// Earlier days first.
    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }

    private static func length(ofMonth month: Int, year: Int) -> Int {
      switch month {
      case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
      case 4, 6, 9, 11: 30
      default: 31
      }
    }
  }
}

extension ClassFile {
  /// The roster member with `id`, if any.
  public func member(_ id: String) -> Member? { roster.first { $0.id == id } }

  /// The fixed quiz called `name`, if any.
  public func quiz(named name: String) -> FixedQuiz? { quizzes.first { $0.name == name } }
}
