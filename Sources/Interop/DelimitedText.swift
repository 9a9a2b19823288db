/// Records of a delimited text file (Anki's text export and import: tab, comma, semicolon, …), with
/// double-quoted fields that may hold the delimiter, doubled quotes and line breaks.
struct DelimitedText {
  /// One record: its fields and the line it starts on (1-based, in the whole file).
  struct Record {
    var fields: [String]
    var line: Int
  }

  /// Splits `lines` (starting at file line `firstLine`) into records.
  static func records(
    _ lines: ArraySlice<Substring>, delimiter: Character, firstLine: Int, path: String
  ) throws(InteropError) -> [Record] {
    var records: [Record] = []
    var lineNumber = firstLine - 1
    var iterator = lines.makeIterator()
    while let first = iterator.next() {
      lineNumber += 1
      if first.allSatisfy(\.isWhitespace) { continue }
      let start = lineNumber
      var fields: [String] = []
      var field = ""
      var quoted = false
      var atFieldStart = true
      var line = first
      var index = line.startIndex
      scanning: while true {
        if index == line.endIndex {
          if quoted {
            guard let next = iterator.next() else {
              throw .badLine(path: path, line: start, message: "a quoted field is never closed")
            }
            lineNumber += 1
            field.append("\n")
            line = next
            index = line.startIndex
            continue
          }
          break scanning
        }
        let character = line[index]
        index = line.index(after: index)
        if quoted {
          if character == "\"" {
            if index < line.endIndex, line[index] == "\"" {
              field.append("\"")
              index = line.index(after: index)
            } else {
              quoted = false
            }
          } else {
            field.append(character)
          }
        } else if character == delimiter {
          fields.append(field)
          field = ""
          atFieldStart = true
          continue
        } else if character == "\"", atFieldStart {
          quoted = true
        } else if character != "\r" {
          field.append(character)
        }
        atFieldStart = false
      }
      fields.append(field)
      records.append(Record(fields: fields, line: start))
    }
    return records
  }
}
