import TestSupport
import Testing

/// The runner every end-to-end test of the binary goes through: it must never wait for a child that waits
/// for it.
@Suite("ChildProcess")
struct ChildProcessTests {
  /// `count` bytes of `letter`, written by the shell to standard output or (with `>&2`) standard error.
  static func bytes(_ count: Int, of letter: Character, _ redirect: String = "") -> String {
    "head -c \(count) /dev/zero | tr '\\0' \(letter) \(redirect)"
  }

  @Test(
    "a child writing megabytes to standard error first, then to standard output, runs to its end")
  func drainsBothStreams() throws {
    let script = [
      Self.bytes(1_500_000, of: "e", ">&2"), Self.bytes(1_200_000, of: "o"),
      Self.bytes(300_000, of: "e", ">&2"),
    ].joined(separator: "; ")
    let result = try ChildProcess.run("/bin/sh", ["-c", script])
    #expect(result.status == 0)
    #expect(result.output.utf8.count == 1_200_000)
    #expect(result.output.utf8.allSatisfy { $0 == UInt8(ascii: "o") })
    #expect(result.error.utf8.count == 1_800_000)
    #expect(result.error.utf8.allSatisfy { $0 == UInt8(ascii: "e") })
  }

  @Test("a megabyte of input is written while the child's output is read")
  func writesInputWhileReading() throws {
    let input = String(repeating: "a line of input\n", count: 65_536)
    let result = try ChildProcess.run("/bin/cat", input: input)
    #expect(result.status == 0)
    #expect(result.output == input)
  }

  @Test("merged, standard error comes in the output where it was written")
  func mergedStreams() throws {
    let result = try ChildProcess.run(
      "/bin/sh", ["-c", "echo one; echo two >&2; echo three; exit 3"],
      standardError: .mergedIntoOutput)
    #expect(result.status == 3)
    #expect(result.output == "one\ntwo\nthree\n")
    #expect(result.error.isEmpty)
  }
}
