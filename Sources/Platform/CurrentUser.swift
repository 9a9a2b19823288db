import Glibc

/// The user running the process, as the password database has them.
public enum CurrentUser {
  /// The login name, if the database has an entry for the user.
  public static var loginName: String? {
    guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
    return String(cString: name)
  }

  /// The home directory, if the database has an entry for the user.
  public static var homeDirectory: String? {
    guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
    return String(cString: directory)
  }
}
