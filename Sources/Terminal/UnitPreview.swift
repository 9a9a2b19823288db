import Cards
import Utilities

/// A readable list of a deck's units for teachers (`recall deck show --units`): each unit in study order,
/// with what it is, its lesson and its ladder (rung, card id and question, one presentation a line, in the
/// order the unit climbs them).
public enum UnitPreview {
  /// One line counting `units` by kind, with their presentations.
  public static func summary(_ units: [KnowledgeUnit]) -> String {
    var counts = KnowledgeUnit.Kind.allCases.compactMap { kind -> String? in
      let count = units.filter { $0.kind == kind && !$0.isCase }.count
      return count == 0 ? nil : "\(count) \(name(of: kind))"
    }
    let cases = units.filter(\.isCase).count
    if cases > 0 { counts.append(plural(cases, "case")) }
    let presentations = units.reduce(0) { $0 + $1.ladder.count }
    let byKind = counts.isEmpty ? "" : " (\(counts.joined(separator: ", ")))"
    return
      "\(plural(units.count, "unit")) in study order\(byKind), \(plural(presentations, "presentation"))"
  }

  /// The preview of `units`, each numbered with its place in the study order, wrapped to `width`.
  public static func render(
    _ units: [(number: Int, unit: KnowledgeUnit)], width: Int = 80, style: TextStyle = .plain
  ) -> String {
    var out = ""
    for (number, unit) in units {
      let tags = unit.tags.isEmpty ? "" : " · " + unit.tags.joined(separator: ", ")
      let header = "\(number). \(unit.id) · \(unit.isCase ? "case" : name(of: unit.kind))\(tags)"
      out += style.bold(WordWrap.wrap(InertText.make(header), width: width)) + "\n"
      // A case is not taught first: it asks to apply what came before it.
      out +=
        WordWrap.wrap(
          (unit.isCase ? "apply: " : "learn: ") + InertText.make(unit.lesson),
          width: width, indent: "   ", hangingIndent: "          ") + "\n"
      for card in unit.ladder {
        let line = WordWrap.wrap(
          "\(Rung(card.kind).name) · \(card.id) · "
            + InertText.make(card.prompt.split(separator: "\n").joined(separator: " ")),
          width: width,
          indent: "     ", hangingIndent: "         ")
        out += line + "\n"
      }
      out += "\n"
    }
    return out
  }

  /// The kind of a unit as a teacher reads it.
  public static func name(of kind: KnowledgeUnit.Kind) -> String {
    switch kind {
    case .forward: "forward"
    case .reverse: "reverse"
    case .definition: "definition"
    case .quantity: "quantity"
    case .handwritten: "hand-written"
    }
  }
}
