/// A deck file cut into pieces that YAML can read on their own, so that a big deck is composed on every core:
/// the items of the top-level `facts:` list in runs of whole items, and the rest of the file.
///
/// Lines are never cut and never moved: each run is read with the number of lines before it added to its
/// nodes' lines, columns are unchanged, and the rest keeps every line (the items' lines left empty), so every
/// location is where a single reading of the file puts it. The cut is only made where the file's layout makes
/// it certain: a block list of items under a `facts:` key at the start of a line, plain line breaks, no
/// document markers or tabs where the cut is made. Anything else, and any piece that does not read, sends the
/// loader back to reading the file whole (which also words any error as before).
struct DeckTextSplit {
  /// The file with the lines of the facts' items left empty (`facts:` then reads as empty).
  let rest: String
  /// Runs of whole items, each with the number of lines of the file before it.
  let runs: [(text: String, linesBefore: Int)]

  /// Cuts `yaml` when its facts take at least `minimumBytes`, into runs of about `runBytes`; nil when there is
  /// nothing worth cutting or the layout is not one this can cut with certainty.
  static func split(_ yaml: String, minimumBytes: Int = 1 << 20, runBytes: Int = 1 << 19)
    -> DeckTextSplit?
  {
    var yaml = yaml
    yaml.makeContiguousUTF8()
    return yaml.utf8.withContiguousStorageIfAvailable {
      split($0, minimumBytes: minimumBytes, runBytes: runBytes)
    } ?? nil
  }

  private static func split(_ bytes: UnsafeBufferPointer<UInt8>, minimumBytes: Int, runBytes: Int)
    -> DeckTextSplit?
  {
    guard bytes.count >= minimumBytes, hasPlainLineBreaks(bytes) else { return nil }
    // Line starts (a last line without a line break counts too).
    var lineStarts = [0]
    for index in bytes.indices where bytes[index] == 10 && index + 1 < bytes.count {
      lineStarts.append(index + 1)
    }
    func lineEnd(_ line: Int) -> Int {
      line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
    }
    func startsWith(_ line: Int, _ text: StaticString) -> Bool {
      let start = lineStarts[line]
      let count = text.utf8CodeUnitCount
      guard lineEnd(line) - start >= count else { return false }
      for offset in 0..<count where bytes[start + offset] != text.utf8Start[offset] { return false }
      return true
    }
    // Document markers and directives start a line; with any of them, read the file whole.
    for line in lineStarts.indices
    where startsWith(line, "---") || startsWith(line, "...") || startsWith(line, "%") {
      return nil
    }
    // `facts:` alone on its line (a comment may follow), once.
    func isFactsKey(_ line: Int) -> Bool {
      guard startsWith(line, "facts:") else { return false }
      var index = lineStarts[line] + 6
      while index < lineEnd(line), bytes[index] == 32 { index += 1 }
      return index == lineEnd(line) || bytes[index] == 35 && index > lineStarts[line] + 6
    }
    let keyLines = lineStarts.indices.filter { isFactsKey($0) }
    guard keyLines.count == 1, let keyLine = keyLines.first else { return nil }

    // The items: from the first line that starts one, to the first line back at the indentation of the
    // file's top level.
    var itemIndent: Int?
    var itemLines: [Int] = []
    var endLine = lineStarts.count
    for line in (keyLine + 1)..<lineStarts.count {
      var index = lineStarts[line]
      let end = lineEnd(line)
      while index < end, bytes[index] == 32 { index += 1 }
      if index == end || bytes[index] == 35 { continue }  // blank or a comment
      if bytes[index] == 9 { return nil }
      let indent = index - lineStarts[line]
      let isItem = bytes[index] == 45 && (index + 1 == end || bytes[index + 1] == 32)
      guard let expected = itemIndent else {
        guard isItem else { return nil }
        itemIndent = indent
        itemLines.append(line)
        continue
      }
      if indent > expected { continue }
      if indent == expected, isItem {
        itemLines.append(line)
        continue
      }
      guard indent == 0 else { return nil }
      endLine = line
      break
    }
    guard let firstItem = itemLines.first else { return nil }
    let start = lineStarts[keyLine + 1]
    let end = endLine < lineStarts.count ? lineStarts[endLine] : bytes.count
    guard end - start >= minimumBytes else { return nil }

    // Runs of whole items of about `runBytes`; the first also takes any comments before the first item.
    var runs: [(text: String, linesBefore: Int)] = []
    var runStartLine = keyLine + 1
    for line in itemLines where line > firstItem {
      if lineStarts[line] - lineStarts[runStartLine] >= runBytes {
        runs.append((text(bytes, lineStarts[runStartLine], lineStarts[line]), runStartLine))
        runStartLine = line
      }
    }
    runs.append((text(bytes, lineStarts[runStartLine], end), runStartLine))
    guard runs.count > 1 else { return nil }

    // The rest: every line kept, the items' lines emptied.
    var rest: [UInt8] = []
    rest.reserveCapacity(bytes.count - (end - start) + (endLine - keyLine))
    rest += UnsafeBufferPointer(rebasing: bytes[..<start])
    rest += repeatElement(10, count: bytes[start..<end].lazy.filter { $0 == 10 }.count)
    rest += UnsafeBufferPointer(rebasing: bytes[end...])
    return DeckTextSplit(rest: String(decoding: rest, as: UTF8.self), runs: runs)
  }

  private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String
  {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }

  /// Lines end with "\n" alone: no "\r", no Unicode line or paragraph separator, no NEL, and no byte-order
  /// mark past the start, since YAML counts lines at any of them.
  private static func hasPlainLineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for index in bytes.indices {
      switch bytes[index] {
      case 13: return false
      case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: return false
      case 0xE2
      where index + 2 < bytes.count && bytes[index + 1] == 0x80
        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
        return false
      case 0xEF
      where index > 0 && index + 2 < bytes.count && bytes[index + 1] == 0xBB
        && bytes[index + 2] == 0xBF:
        return false
      default: continue
      }
    }
    return true
  }
}
