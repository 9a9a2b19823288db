/// List answers: every item needed, in any order, each matched by the rules of typed answers.
extension AnswerChecker {
  /// Score = (items found − half the wrong ones) / items, at least 0: two right and one wrong keep most of the
  /// credit, naming a whole class of things (as many wrong as twice the right ones) earns nothing.
  func gradeList(_ input: String, items: [[String]], prompt: String) -> Grade {
    let key = TypedKey(items: items, prompt: prompt, lexicon: lexicon, index: meaning)
    var remaining = Set(items.indices)
    var found: [Int] = []
    var wrong: [String] = []
    var matched: [String] = []
    var typo: String?
    /// Credits `piece` to a remaining item: a match without a typo anywhere beats a typo match ("creatine"
    /// is not a typo of "creatinine" when both are items).
    func take(_ piece: String) -> Bool {
      guard case .text(let index, let closeness) = match(piece, in: key, groups: remaining) else {
        return false
      }
      let item = key.texts[index].group
      found.append(item)
      remaining.remove(item)
      if closeness == .typo, typo == nil { typo = key.texts[index].text }
      if closeness == .variant || closeness == .reworded { matched.append(key.texts[index].text) }
      return true
    }
    for chunk in input.split(whereSeparator: { ",;/&+\n".contains($0) }).map(String.init)
    where !AnswerWords(chunk).words.isEmpty && !take(chunk) {
      // Only when the whole piece names no item is it read as several items joined by "and" or "or".
      let parts = pieces(chunk)
      if parts.count > 1 {
        for part in parts where !take(part) { wrong.append(part) }
      } else {
        wrong.append(chunk.trimmingCharacters(in: .whitespaces))
      }
    }
    let raw = (Double(found.count) - Double(wrong.count) / 2) / Double(max(items.count, 1))
    let score = min(1, max(0, raw))
    let complete = remaining.isEmpty && wrong.isEmpty
    var grade = Grade(
      verdict: complete ? .correct : score > 0 ? .partial : .incorrect, score: score,
      reason: "\(found.count) of \(items.count) named"
        + (wrong.isEmpty ? "" : ", \(wrong.count) wrong"))
    grade.found = found.sorted().compactMap { items[$0].first }
    grade.missed = remaining.sorted().compactMap { items[$0].first }
    grade.wrongItems = wrong
    if complete, let typo {
      grade.typoOf = typo
      grade.reason += "; accepted with a typo, the spelling is “\(typo)”"
    } else if complete, !matched.isEmpty {
      grade.matched = matched.joined(separator: ", ")
    }
    return grade
  }
}
