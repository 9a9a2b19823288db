import Testing

@testable import Knowledge

/// A list item indented one step too far is valid YAML that silently joins the item above it; the loader
/// warns at it.
@Suite("ContinuedListItems")
struct ContinuedListItemsTests {
  @Test(
    "an item indented more than a line of plain text continues that text",
    arguments: [
      ("sections:\n  - Cool the burn\n    - Cover the burn\n", [3]),
      ("name: a scald\n  - scalding\n", [2]),
      ("- id: a\n    - b\n", [2]),
      ("a: x\r\n  - b\r\n", [2]), ("- - a\n    - b\n", [2]), ("url: http://x\n  - b\n", [2]),
      ("a: x\n  - b", [2]), ("a: x\n\n  - b\n  - c\n", [3, 4]),
      ("a: x\n  - b\nc: y\n   - d\n", [2, 4]),
    ])
  func continued(_ yaml: String, _ lines: [Int]) {
    #expect(ContinuedListItems.find(in: yaml).map(\.line) == lines)
  }

  @Test("names the item's column and the line it continues")
  func position() {
    let found = ContinuedListItems.find(in: "top:\n  a: x\n      - b\n")
    #expect(found.map(\.line) == [3])
    #expect(found.map(\.column) == [7])
    #expect(found.map(\.continues) == [2])
  }

  @Test(
    "nested lists, quoted values, block texts and comments are left alone",
    arguments: [
      "sections:\n  - Cool the burn\n  - Cover the burn\n",
      "aliases:\n  - a\nmore:\n  - b\n",
      "text: |\n  Steps:\n    - cool\n    - cover\n",
      "text: >\n  - cool\n",
      "a: \"quoted\n    - still quoted\"\n",
      "a: [x, y]\n",
      "a: x\n# a comment\n  - b\n",
      "", "\n\n", "a:\n  - b\n", "a: 'x'\n  - b\n", "a: |\n  x\n    - b\nc: d\n", "- x\n- y\n",
    ])
  func leftAlone(_ yaml: String) {
    #expect(ContinuedListItems.find(in: yaml).isEmpty)
  }

  @Test("the loader warns at such an item and still loads the deck's other problems")
  func loaderWarns() throws {
    let yaml = "deck:\n  title: T\n  source:\n    sections:\n      - One\n        - Two\n"
    let (_, diagnostics) = try DeckLoader.diagnose(yaml: yaml, file: "d.yaml", deckID: "d")
    #expect(
      diagnostics.contains {
        $0.description
          == "d.yaml:6:9: warning: this list item is indented more than line 5, so YAML reads it as more"
          + " of that line's text; indent it like the items it belongs with"
      })
  }
}
