#if canImport(Glibc)
  import Glibc
#endif

/// Where `swift build` put the package's executables, for end-to-end tests that run them.
public enum BuiltProducts {
  /// The path of the built executable `name`.
  ///
  /// On Linux the test bundle is itself an executable in the build products directory
  /// (`.build/<triple>/debug/<Package>PackageTests.xctest`), so the first place looked at is the
  /// directory of `/proc/self/exe`. Failing that, the directories above it and above the current
  /// directory are searched for `.build/debug/<name>`. When nothing exists the first candidate is
  /// returned anyway, so that spawning it fails with a message naming a plausible path.
  public static func executable(named name: String) -> String {
    let bundleDirectory = directory(of: currentExecutable() ?? "")
    var candidates = [bundleDirectory + "/" + name]
    for start in [bundleDirectory, currentDirectory()] where !start.isEmpty {
      var directory = start
      while !directory.isEmpty {
        candidates.append(directory + "/.build/debug/" + name)
        directory = self.directory(of: directory)
      }
    }
    return candidates.first(where: isExecutableFile) ?? candidates[0]
  }

  /// The resolved target of `/proc/self/exe`, or `nil` off Linux.
  static func currentExecutable() -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard length > 0 else { return nil }
    return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  private static func currentDirectory() -> String {
    guard let path = getcwd(nil, 0) else { return "" }
    defer { free(path) }
    return String(cString: path)
  }

  /// The parent of `path`, or "" at the root (so walking up stops).
  private static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "" }
    return String(path[..<slash])
  }

  private static func isExecutableFile(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
      && access(path, X_OK) == 0
  }
}
