import Testing

@testable import Cards

@Suite("SeededGenerator")
struct SeededGeneratorTests {
  private func draws(_ seed: UInt64, _ key: String) -> [UInt64] {
    var generator = SeededGenerator(seed: seed, key: key)
    return (0..<5).map { _ in generator.next() }
  }

  @Test("the same seed and key give the same numbers; another seed or key, others")
  func deterministic() {
    #expect(draws(1, "ssc-sites.choice.forward") == draws(1, "ssc-sites.choice.forward"))
    #expect(draws(1, "ssc-sites.choice.forward") != draws(2, "ssc-sites.choice.forward"))
    #expect(draws(1, "ssc-sites.choice.forward") != draws(1, "crest-sites.choice.forward"))
  }
}
