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

  @Test("a prefix seeds as if it were written before the key")
  func prefix() {
    var joined = SeededGenerator(seed: 3, key: "order/ssc-sites.choice.forward")
    var prefixed = SeededGenerator(seed: 3, prefix: "order/", key: "ssc-sites.choice.forward")
    #expect((0..<5).map { _ in joined.next() } == (0..<5).map { _ in prefixed.next() })
  }
}
