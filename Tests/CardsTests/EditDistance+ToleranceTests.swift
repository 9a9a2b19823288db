import Testing
import Utilities

@testable import Cards

@Suite("EditDistance tolerance")
struct EditDistanceToleranceTests {
  @Test(
    "typo tolerance grows with length: none up to 4 characters, 1 up to 8, 2 beyond",
    arguments: [(0, 0), (1, 0), (4, 0), (5, 1), (8, 1), (9, 2), (40, 2)])
  func tolerance(_ length: Int, _ edits: Int) {
    #expect(EditDistance.tolerance(forLength: length) == edits)
  }
}
