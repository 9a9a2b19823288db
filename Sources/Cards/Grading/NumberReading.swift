/// The numbers an answer gives, in digits ("30", "32,5", "25-40") or words ("five", "twenty-four",
/// "one third", "a decade"), as fractions ("1/3", "3 in 10") and with their units ("24 h", "20 min", "30 %",
/// "70 mg2/dL2"). A unit's digits ("mg2") are part of the unit, not a number.
struct NumberReading {
  /// A kind of quantity: numbers of one dimension can be converted into each other.
  enum Dimension: Equatable {
    case time
    case percent
    case concentration
  }

  /// A unit: its dimension and its size in the dimension's base (hours for time).
  struct Unit: Equatable {
    var dimension: Dimension
    var scale: Double
  }

  /// One number of the answer.
  struct Number {
    var value: Double
    var unit: Unit?
    /// Written as a fraction or a decimal below 1 ("1/3", "one third", "0.3"): maybe a share of 1.
    var isShare: Bool
  }

  /// The numbers, in order.
  var numbers: [Number] = []

  /// Reads `text`.
  init(_ text: String) {
    let tokens = Self.tokens(text)
    var index = 0
    while index < tokens.count {
      guard var number = Self.number(tokens, at: &index) else {
        if let unit = Self.units[tokens[index]], !numbers.isEmpty,
          numbers[numbers.count - 1].unit == nil
        {
          numbers[numbers.count - 1].unit = unit
        } else if let unit = Self.units[tokens[index]], unit.dimension == .time,
          ["a", "an", "one"].contains(index > 0 ? tokens[index - 1] : "")
        {
          numbers.append(Number(value: 1, unit: unit, isShare: false))
        }
        index += 1
        continue
      }
      if index < tokens.count, let unit = Self.units[tokens[index]] {
        number.unit = unit
        index += 1
      }
      numbers.append(number)
    }
  }

  /// The unit a card's own answer uses ("24 hours", "25–40%"), if any.
  static func unit(of answer: String) -> Unit? {
    NumberReading(answer).numbers.lazy.compactMap(\.unit).first
      ?? tokens(answer).lazy.compactMap { units[$0] }.first
  }

  /// Lower-case words, numbers and symbols: "24h" → "24", "h"; "25–40%" → "25", "-", "40", "%".
  static func tokens(_ text: String) -> [String] {
    var tokens: [String] = []
    var current = ""
    var isNumber = false
    func flush() {
      if !current.isEmpty { tokens.append(current) }
      current = ""
    }
    let characters = Array(text.lowercased())
    for (position, character) in characters.enumerated() {
      let decimalMark =
        (character == "." || character == ",") && isNumber && !current.isEmpty
        && position + 1 < characters.count && characters[position + 1].isNumber
      if character.isNumber || decimalMark {
        if !isNumber, !current.isEmpty, current.last?.isLetter == true {
          current.append(character)  // a unit's digit: "mg2", "dl2", "co2"
          continue
        }
        if !isNumber { flush() }
        isNumber = true
        current.append(decimalMark ? "." : character)
      } else if character.isLetter {
        if isNumber { flush() }
        isNumber = false
        current.append(character)
      } else {
        flush()
        isNumber = false
        if "%/-–~".contains(character) { tokens.append(String(character)) }
      }
    }
    flush()
    return tokens.map { $0 == "–" ? "-" : $0 }
  }

  /// The number starting at `index` (digits, a fraction, or number words), advancing past it.
  private static func number(_ tokens: [String], at index: inout Int) -> Number? {
    if let value = Double(tokens[index]) {
      // "1/3" and "3 in 10", "3 out of 10".
      var end = index + 1
      if end + 1 < tokens.count, tokens[end] == "/" || tokens[end] == "in" {
        end += 1
      } else if end + 2 < tokens.count, tokens[end] == "out", tokens[end + 1] == "of" {
        end += 2
      } else {
        index += 1
        return Number(
          value: value, unit: nil, isShare: value < 1 && tokens[index - 1].contains("."))
      }
      if let whole = Double(tokens[end]), whole > 0 {
        index = end + 1
        return Number(value: value / whole, unit: nil, isShare: true)
      }
      index += 1
      return Number(value: value, unit: nil, isShare: false)
    }
    var total = 0.0
    var current = 0.0
    var read = false
    var position = index
    while position < tokens.count {
      let word = tokens[position]
      if let value = numberWords[word] {
        current += value
      } else if word == "-", read, position + 1 < tokens.count,
        numberWords[tokens[position + 1]] != nil
      {
        position += 1
        continue
      } else if word == "hundred", read {
        current *= 100
      } else if let denominator = fractionWords[word] {
        let numerator = read ? total + current : 1
        index = position + 1
        return Number(value: numerator / denominator, unit: nil, isShare: true)
      } else if (word == "a" || word == "an") && !read, position + 1 < tokens.count,
        fractionWords[tokens[position + 1]] != nil || tokens[position + 1] == "decade"
      {
        position += 1
        continue
      } else if word == "decade" {
        index = position + 1
        return Number(
          value: read ? total + current : 1, unit: Unit(dimension: .time, scale: 24 * 365.25 * 10),
          isShare: false)
      } else if word != "and" || !read {
        break
      }
      read = read || numberWords[word] != nil
      position += 1
    }
    guard read else { return nil }
    total += current
    index = position
    return Number(value: total, unit: nil, isShare: false)
  }

  private static let numberWords: [String: Double] = {
    let ones = [
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen",
    ]
    let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    var words: [String: Double] = [:]
    for (value, word) in ones.enumerated() { words[word] = Double(value) }
    for (value, word) in tens.enumerated() { words[word] = Double(value + 2) * 10 }
    return words
  }()

  private static let fractionWords: [String: Double] = [
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
  ]

  private static let units: [String: Unit] = {
    var units: [String: Unit] = [:]
    let time: [(Double, [String])] = [
      (1.0 / 3600, ["s", "sec", "secs", "second", "seconds"]),
      (1.0 / 60, ["m", "min", "mins", "minute", "minutes"]),
      (1, ["h", "hr", "hrs", "hour", "hours"]),
      (24, ["d", "day", "days"]), (24 * 7, ["wk", "wks", "week", "weeks"]),
      (24 * 365.25 / 12, ["mo", "month", "months"]),
      (24 * 365.25, ["y", "yr", "yrs", "year", "years"]),
    ]
    for (scale, names) in time {
      for name in names { units[name] = Unit(dimension: .time, scale: scale) }
    }
    for name in ["%", "percent", "pc", "pct", "cent"] {
      units[name] = Unit(dimension: .percent, scale: 1)
    }
    for name in ["mg", "mg2", "mmol", "mmol2", "mgdl", "umol"] {
      units[name] = Unit(dimension: .concentration, scale: 1)
    }
    return units
  }()
}
