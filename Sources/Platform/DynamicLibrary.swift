import Glibc

/// A shared library loaded at run time (`dlopen`), for a feature that needs a library Recall does not link:
/// where it is missing, only that feature fails.
///
/// The library is never unloaded: the functions taken from it stay valid for the life of the process.
public struct DynamicLibrary: @unchecked Sendable {
  /// The `dlopen` handle; only read after loading.
  private let handle: UnsafeMutableRawPointer

  /// The first of `names` that loads (each looked up as `dlopen` does: the system's library folders), or
  /// nil when none does.
  public static func load(firstOf names: [String]) -> DynamicLibrary? {
    names.lazy.compactMap { dlopen($0, RTLD_NOW | RTLD_LOCAL) }.first.map(DynamicLibrary.init)
  }

  private init(handle: UnsafeMutableRawPointer) {
    self.handle = handle
  }

  /// The function called `name`, as `type` (a `@convention(c)` function type that must match its C
  /// declaration); nil if the library has no such symbol.
  public func function<Function>(_ name: String, as type: Function.Type) -> Function? {
    dlsym(handle, name).map { unsafeBitCast($0, to: type) }
  }
}
