import Foundation

/// The fast path of the progress reader: reads an event line straight from its bytes, without building a
/// `[String: JSONValue]`, and shares repeated strings (card ids, verdicts, frequent answers).
///
/// It takes only the plain form Recall itself writes: an object of known keys, each at most once, whose values
/// are strings without escapes or whole numbers of up to 15 digits, or for `chosen` an array of such strings.
/// On anything else (an escape, a fraction, an unknown key, `null`, a duplicate key, any other array, a missing
/// or invalid field) it returns nil and the reader falls back to the general parser, which accepts or rejects
/// the line with its usual message. So a line the scanner accepts is one the general parser reads to the same
/// event.
package struct EventLineScanner {
  /// The key and type tables, held here so that the lookup for every key of every line does not go
  /// through the lazy initialisation of a static.
  private let fields = EventField.byKey
  private let kinds = EventKind.byName
  private var cardIDs = StringInterner(limit: 1 << 22)
  private var values = StringInterner(limit: 1 << 14)
  private var shortValues = ShortStrings()
  /// The fields of the current line: bit `field.rawValue` set when present, and when a string.
  private var present: UInt32 = 0
  private var isString: UInt32 = 0
  /// Bit `field.rawValue` set when the value is an array of strings (only `chosen` may be one).
  private var isList: UInt32 = 0
  private var strings = [String](repeating: "", count: EventField.allCases.count)
  private var list: [String] = []
  private var integers = [Int](repeating: 0, count: EventField.allCases.count)
  private var parsedTime: Date?
  private var parsedKind = EventKind.review

  /// A scanner with nothing shared yet.
  package init() {}

  /// The event on `line` (without its newline), or nil to leave the line to the general parser.
  package mutating func event(_ line: UnsafeBufferPointer<UInt8>) -> (Date, ProgressEvent)? {
    guard scan(line) else { return nil }
    guard case .success(let event) = ProgressEvent.from(self) else { return nil }
    return event
  }

  private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 13 }

  /// Reads the line into the fields; false when the line is not in the plain form.
  private mutating func scan(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    present = 0
    isString = 0
    isList = 0
    parsedTime = nil
    parsedKind = .review
    let end = line.count
    var index = 0
    func skipSpace() { while index < end, Self.isSpace(line[index]) { index += 1 } }
    skipSpace()
    guard index < end, line[index] == UInt8(ascii: "{") else { return false }
    index += 1
    skipSpace()
    if index < end, line[index] == UInt8(ascii: "}") {
      index += 1
    } else {
      while true {
        skipSpace()
        guard index < end, line[index] == UInt8(ascii: "\"") else { return false }
        guard let (key, quote) = PackedBytes.quoted(in: line, from: index + 1),
          let field = fields.value(for: key)
        else { return false }
        index = quote + 1
        let bit: UInt32 = 1 << UInt32(field.rawValue)
        guard present & bit == 0 else { return false }
        present |= bit
        skipSpace()
        guard index < end, line[index] == UInt8(ascii: ":") else { return false }
        index += 1
        skipSpace()
        guard index < end else { return false }
        if line[index] == UInt8(ascii: "\"") {
          index += 1
          guard let (stringEnd, ascii) = Self.plainStringEnd(line, from: index) else {
            return false
          }
          guard store(line, index..<stringEnd, ascii: ascii, in: field) else { return false }
          index = stringEnd + 1
          isString |= bit
        } else if line[index] == UInt8(ascii: "["), field == .chosen {
          guard let next = scanList(line, from: index + 1) else { return false }
          index = next
          isList |= bit
        } else {
          guard let number = Self.wholeNumber(line, &index) else { return false }
          integers[field.rawValue] = number
        }
        skipSpace()
        guard index < end else { return false }
        if line[index] == UInt8(ascii: ",") {
          index += 1
        } else if line[index] == UInt8(ascii: "}") {
          index += 1
          break
        } else {
          return false
        }
      }
    }
    skipSpace()
    return index == end
  }

  /// Reads an array of plain strings whose `[` is just before `start` into `list`; the index after its `]`,
  /// or nil if it holds anything else.
  private mutating func scanList(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var items: [String] = []
    var index = start
    func skipSpace() { while index < line.count, Self.isSpace(line[index]) { index += 1 } }
    skipSpace()
    if index < line.count, line[index] == UInt8(ascii: "]") {
      list = items
      return index + 1
    }
    while true {
      guard index < line.count, line[index] == UInt8(ascii: "\"") else { return nil }
      guard let (stringEnd, ascii) = Self.plainStringEnd(line, from: index + 1),
        let text = text(line, index + 1..<stringEnd, ascii: ascii)
      else { return nil }
      items.append(text)
      index = stringEnd + 1
      skipSpace()
      guard index < line.count else { return nil }
      if line[index] == UInt8(ascii: "]") {
        list = items
        return index + 1
      }
      guard line[index] == UInt8(ascii: ",") else { return nil }
      index += 1
      skipSpace()
    }
  }

  /// The string `line[range]` (shared when ASCII), or nil if it is not valid UTF-8.
  private mutating func text(
    _ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, ascii: Bool
  ) -> String? {
    let value = UnsafeBufferPointer(rebasing: line[range])
    guard ascii else { return String(validating: value, as: UTF8.self) }
    return range.count <= ShortStrings.maximumLength
      ? shortValues.string(in: line, range) : values.string(value)
  }

  /// Keeps the string value `line[range]`; false if it is not valid UTF-8, or is an invalid time.
  private mutating func store(
    _ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, ascii: Bool, in field: EventField
  ) -> Bool {
    let value = UnsafeBufferPointer(rebasing: line[range])
    switch field {
    case .time:
      // An invalid time is left to the general parser, which reports it.
      parsedTime = ascii ? Timestamp.parse(utf8: value) : nil
      return parsedTime != nil
    case .type where ascii:
      parsedKind = PackedBytes(value).flatMap { kinds.value(for: $0) } ?? .unknown
      if parsedKind == .unknown { strings[field.rawValue] = values.string(value) }
      return true
    default:
      break
    }
    let text: String
    if ascii {
      // Card ids are shared, whatever their length: there are few, each repeated many times. Other values
      // are shared when short (as cheap as it gets) or, when longer, as long as there are not too many.
      text =
        field == .card
        ? cardIDs.string(value)
        : range.count <= ShortStrings.maximumLength
          ? shortValues.string(in: line, range) : values.string(value)
    } else {
      guard let valid = String(validating: value, as: UTF8.self) else { return false }
      text = valid
      if field == .type { parsedKind = EventKind(type: text) }
    }
    strings[field.rawValue] = text
    return true
  }

  /// The index of the quote that ends a string starting at `start`, and whether the string is all ASCII; nil
  /// if it has an escape or a control character (left to the general parser) or does not end.
  private static func plainStringEnd(
    _ line: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> (Int, Bool)? {
    var index = start
    // Eight bytes at a time while none is a quote, a backslash, a control character or non-ASCII.
    let raw = UnsafeRawBufferPointer(line)
    while index + 8 <= line.count {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      guard let special = SWAR.firstSpecial(in: word) else {
        index += 8
        continue
      }
      index += special
      if line[index] == UInt8(ascii: "\"") { return (index, true) }
      break
    }
    var ascii = true
    while index < line.count {
      let byte = line[index]
      if byte == UInt8(ascii: "\"") { return (index, ascii) }
      guard byte >= 0x20, byte != UInt8(ascii: "\\") else { return nil }
      if byte >= 0x80 { ascii = false }
      index += 1
    }
    return nil
  }

  /// An optional minus and 1 to 15 digits, not followed by anything that would make it another number.
  private static func wholeNumber(_ line: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Int? {
    var position = index
    let negative = line[position] == UInt8(ascii: "-")
    if negative { position += 1 }
    let start = position
    var value = 0
    while position < line.count, position - start < 16 {
      let byte = line[position]
      guard byte >= 48, byte <= 57 else { break }
      value = value * 10 + Int(byte - 48)
      position += 1
    }
    let digits = position - start
    guard digits >= 1, digits <= 15 else { return nil }
    if position < line.count {
      switch line[position] {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"),
        UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-"):
        return nil
      default: break
      }
    }
    index = position
    return negative ? -value : value
  }
}

extension EventLineScanner: EventFields {
  var time: Date? { parsedTime }
  var kind: EventKind { parsedKind }
  var type: String? {
    let bit: UInt32 = 1 << UInt32(EventField.type.rawValue)
    guard present & isString & bit != 0 else { return nil }
    return parsedKind.name ?? strings[EventField.type.rawValue]
  }

  func string(_ field: EventField) -> String? {
    if field == .type { return type }
    let bit: UInt32 = 1 << UInt32(field.rawValue)
    return present & isString & bit != 0 ? strings[field.rawValue] : nil
  }

  func integer(_ field: EventField) -> Int? {
    let bit: UInt32 = 1 << UInt32(field.rawValue)
    return present & bit != 0 && (isString | isList) & bit == 0 ? integers[field.rawValue] : nil
  }

  func number(_ field: EventField) -> Double? { integer(field).map(Double.init) }
  /// The scanner declines every line holding an array of numbers, so it never has numbers to give.
  func numbers(_ field: EventField) -> [Double]? { nil }

  func strings(_ field: EventField) -> [String]? {
    let bit: UInt32 = 1 << UInt32(field.rawValue)
    return present & isList & bit != 0 ? list : nil
  }
}
