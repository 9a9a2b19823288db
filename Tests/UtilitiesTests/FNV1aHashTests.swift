import Testing
import Utilities

@Suite("FNV1aHash")
struct FNV1aHashTests {
  @Test(
    "matches the published 64-bit FNV-1a test vectors",
    arguments: [
      ("", 0xCBF2_9CE4_8422_2325 as UInt64), ("a", 0xAF63_DC4C_8601_EC8C),
      ("foobar", 0x8594_4171_F739_67E8),
    ])
  func vectors(text: String, hash: UInt64) {
    #expect(FNV1aHash.hash(text) == hash)
  }

  @Test("hashes the UTF-8 bytes, so precomposed and decomposed accents differ")
  func utf8() {
    #expect(FNV1aHash.hash("\u{E9}") != FNV1aHash.hash("e\u{301}"))
  }

  @Test("bytes added one at a time or together hash as the whole text does")
  func incremental() {
    var single = FNV1aHash()
    for byte in "foo".utf8 { single.add(byte) }
    single.add(contentsOf: "bar".utf8)
    #expect(single.value == FNV1aHash.hash("foobar"))
    #expect(FNV1aHash().value == FNV1aHash.hash(""))
  }

  @Test("a sequence without contiguous bytes, a bridged substring and a buffer hash alike")
  func storage() {
    let text = "fact-5278.recall.forward:12 — café"
    let expected = FNV1aHash.hash(text)
    var lazy = FNV1aHash()
    lazy.add(contentsOf: text.utf8.lazy.map { $0 })
    var substring = FNV1aHash()
    substring.add(contentsOf: ("<" + text + ">").dropFirst().dropLast().utf8)
    var array = FNV1aHash()
    array.add(contentsOf: Array(text.utf8))
    #expect(lazy.value == expected)
    #expect(substring.value == expected)
    #expect(array.value == expected)
  }
}
