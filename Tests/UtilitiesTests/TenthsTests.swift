import Testing
import Utilities

@Suite("tenths")
struct TenthsTests {
  @Test(
    "whole numbers without a fraction, others with one decimal",
    arguments: [(41.0, "41"), (40.5, "40.5"), (0, "0"), (87.46, "87.5"), (7.5, "7.5"), (-2, "-2")])
  func formats(value: Double, text: String) {
    #expect(tenths(value) == text)
  }
}
