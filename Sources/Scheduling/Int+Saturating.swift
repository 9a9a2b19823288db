extension Int {
  /// `value` rounded with `rule`, saturated to ±10^15 so that conversion never traps (NaN gives 0).
  ///
  /// 10^15 days is far beyond any date a `Date` can hold, so saturating there changes no schedule.
  init(saturating value: Double, rounding rule: FloatingPointRoundingRule) {
    guard !value.isNaN else {
      self = 0
      return
    }
    self = Int(Swift.min(Swift.max(value.rounded(rule), -1e15), 1e15))
  }
}
