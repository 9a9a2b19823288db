import Testing

@testable import Cards

@Suite("TemplateText")
struct TemplateTextTests {
  @Test("placeholders are filled and the spaces an empty qualifier leaves are tidied")
  func render() {
    let ask = "Which treatment is used {qualifier} in {subject}?"
    #expect(
      TemplateText.render(ask, subject: "gout", qualifier: "for small deposits")
        == "Which treatment is used for small deposits in gout?")
    #expect(TemplateText.render(ask, subject: "gout") == "Which treatment is used in gout?")
    #expect(
      TemplateText.render(
        "In {subject}, deposits form on {object} {qualifier}.", subject: "gout", object: "the knees"
      )
        == "In gout, deposits form on the knees.")
  }

  @Test(
    "lists read as prose",
    arguments: [([], ""), (["a"], "a"), (["a", "b"], "a and b"), (["a", "b", "c"], "a, b and c")])
  func list(_ items: [String], _ prose: String) {
    #expect(TemplateText.list(items) == prose)
  }

  @Test(
    "parts are joined into one string, as [String].joined() joins them",
    arguments: [
      [], [""], ["fact-12", ".choice.forward"], ["", "a", "", "b", ""],
      ["card ", "x", " expects “", "São Tomé", "”, not “", "Ürümqi 🌍", "”"],
      [String(repeating: "long part ", count: 40), "and a short one"],
    ])
  func joined(_ parts: [String]) {
    #expect(TemplateText.joined(parts) == parts.joined())
    #expect(TemplateText.joined(parts).utf8.count == parts.reduce(0) { $0 + $1.utf8.count })
  }
}

@Suite("TemplateText.sentence")
struct SentenceTests {
  @Test(
    "a sentence starts with a capital letter, and nothing else changes",
    arguments: [
      ("the Moon is a moon of Earth.", "The Moon is a moon of Earth."),
      ("which planet does the Moon orbit?", "Which planet does the Moon orbit?"),
      ("Which planet?", "Which planet?"),
      ("\"the Moon\" is a moon.", "\"The Moon\" is a moon."),
      ("(the Moon) is a moon.", "(The Moon) is a moon."),
      ("“élan” is French.", "“Élan” is French."),
      ("x-ray shows the deposits.", "X-ray shows the deposits."),
      ("anti-dsDNA antibodies test for lupus.", "Anti-dsDNA antibodies test for lupus."),
      ("pH is low.", "pH is low."),
      ("mRNA vaccines", "mRNA vaccines"),
      ("eGFR falls in kidney failure.", "eGFR falls in kidney failure."),
      ("_____ is a moon of Earth.", "_____ is a moon of Earth."),
      ("3 moons orbit it.", "3 moons orbit it."),
      ("", ""),
      ("ǆungla", "ǅungla"),
      ("e\u{301}tude", "E\u{301}tude"),
    ])
  func sentence(_ text: String, _ expected: String) {
    #expect(TemplateText.sentence(text) == expected)
  }
}

extension SentenceTests {
  /// `TemplateText.sentence` by characters alone: what its byte path must agree with.
  static func reference(_ text: String) -> String {
    let opening: Set<Character> = [" ", "\"", "'", "(", "[", "“", "‘", "«", "¿", "¡"]
    guard let start = text.firstIndex(where: { !opening.contains($0) }), text[start].isLowercase,
      !text[start...].prefix(while: \.isLetter).dropFirst().contains(where: \.isUppercase)
    else { return text }
    var scalars = text[start].unicodeScalars[...]
    guard let letter = scalars.popFirst() else { return text }
    var capital = letter.properties.titlecaseMapping
    capital.unicodeScalars.append(contentsOf: scalars)
    return String(text[..<start]) + capital + String(text[text.index(after: start)...])
  }

  @Test(
    "the byte path agrees with the character path on every prompt, answer and name of the decks")
  func agreesWithReference() throws {
    var texts = [
      "aÉtude", "ae\u{301}tude", "a\u{301}", "éa", "x", "xY", "x-Ray", "abc def", "abc\u{301}",
      "z9", "q_", "a\u{200D}b",
    ]
    for deck in try AnswerCheckerSeveralTests.decks().map(\.deck) {
      for card in CardGenerator(deck: deck).generate() {
        texts += [card.prompt, card.answer, card.prompt.lowercased(), card.answer.lowercased()]
      }
    }
    for text in texts {
      #expect(TemplateText.sentence(text) == Self.reference(text), "\(text)")
    }
  }
}

extension SentenceTests {
  @Test(
    "a template rendered as a sentence is the rendered text made a sentence",
    arguments: [
      "{subject} is treated with {object} {qualifier}.", "'{subject}' is {object}.",
      "({subject}) [{object}]", "which {subject}?", "{object}: where is {subject}?", "  {subject}",
      "\"{subject}\" and “{object}”", "_____ {subject}", "é {subject}", "{subject}",
    ])
  func renderAsSentence(_ template: String) {
    let names = [
      "the Moon", "pH level", "mRNA", "élan", "x-ray", "Io", "", "ǆ", "e\u{301}", "a b", "zeta Z",
    ]
    for subject in names {
      for object in names.reversed() {
        let plain = TemplateText.render(
          template, subject: subject, object: object, qualifier: "for now")
        #expect(
          TemplateText.render(
            template, subject: subject, object: object, qualifier: "for now", sentence: true)
            == TemplateText.sentence(plain), "\(template) \(subject) \(object)")
      }
    }
  }
}
