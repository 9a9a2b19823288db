import Testing

extension Tag {
  /// A test whose case count follows ``TestScale``: seeded fuzzing, crash loops.
  @Tag public static var heavy: Self
}
