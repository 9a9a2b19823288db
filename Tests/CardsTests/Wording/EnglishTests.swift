import Testing

@testable import Cards

@Suite("English")
struct EnglishTests {
  @Test(
    "a verb agrees with one subject or several",
    arguments: [
      ("help", "helps", "help"), ("helps", "helps", "help"), ("is", "is", "are"),
      ("are", "is", "are"),
      ("has", "has", "have"), ("was", "was", "were"), ("causes", "causes", "cause"),
      ("includes", "includes", "include"), ("go", "goes", "go"), ("fixes", "fixes", "fix"),
      ("pass", "passes", "pass"), ("applies", "applies", "apply"), ("plays", "plays", "play"),
      ("orbit", "orbits", "orbit"), ("belongs", "belongs", "belong"),
    ])
  func verbs(_ verb: String, _ singular: String, _ plural: String) {
    #expect(English.singularVerb(verb) == singular)
    #expect(English.pluralVerb(verb) == plural)
  }

  @Test("a modal verb, a name or a placeholder has no number to change")
  func invariable() {
    for word in ["can", "should", "must", "Jupiter", "{object}", ""] {
      #expect(English.singularVerb(word) == nil, "\(word)")
      #expect(English.pluralVerb(word) == nil, "\(word)")
    }
  }

  @Test("numbers up to twelve are words, larger ones digits")
  func numberWords() {
    #expect(English.numberWord(2) == "two")
    #expect(English.numberWord(7) == "seven")
    #expect(English.numberWord(12) == "twelve")
    #expect(English.numberWord(13) == "13")
  }

  @Test("content words are those that say something of their own")
  func contentWords() {
    #expect(English.isContentWord("belongs"))
    #expect(English.isContentWord("form"))
    #expect(!English.isContentWord("is"))
    #expect(!English.isContentWord("a"))
    #expect(!English.isContentWord("s"))
  }
}
