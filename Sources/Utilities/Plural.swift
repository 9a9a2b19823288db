/// "1 card", "2 cards", "0 cards": `count` and `noun`, the noun in the plural unless `count` is 1.
///
/// The plural is `noun` + "s" unless `pluralNoun` gives another ("1 entry", "2 entries").
public func plural(_ count: Int, _ noun: String, _ pluralNoun: String? = nil) -> String {
  "\(count) \(plural(noun, count: count, pluralNoun))"
}

/// "card" when `count` is 1, else "cards" (or `pluralNoun`): the noun alone, for text that shows the count
/// elsewhere or not at all ("at lines 3, 7").
public func plural(_ noun: String, count: Int, _ pluralNoun: String? = nil) -> String {
  count == 1 ? noun : pluralNoun ?? noun + "s"
}
