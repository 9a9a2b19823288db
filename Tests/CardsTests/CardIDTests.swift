import Foundation
import Testing

@testable import Cards

@Suite("CardID")
struct CardIDTests {
  @Test("an id joins its parts with dots and encodes as a plain string")
  func parts() throws {
    let id = CardID("ssc-sites", "choice", "forward")
    #expect(id.rawValue == "ssc-sites.choice.forward")
    #expect(id.description == "ssc-sites.choice.forward")
    #expect(id == CardID(rawValue: "ssc-sites.choice.forward"))
    #expect(CardID("a") < CardID("b"))
    let data = try JSONEncoder().encode([id])
    #expect(String(decoding: data, as: UTF8.self) == #"["ssc-sites.choice.forward"]"#)
    #expect(try JSONDecoder().decode([CardID].self, from: data) == [id])
  }
}
