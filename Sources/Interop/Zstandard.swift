import Foundation
import Platform

/// Zstandard decompression for Anki's newer packages, which compress the collection (`collection.anki21b`) as one
/// zstd stream.
///
/// The library is loaded when a package needs it (`libzstd.so.1`, present on every Debian and Ubuntu system
/// because apt and systemd use it), so building Recall needs no zstd header and nothing else in Recall depends
/// on zstd. Where the library is missing, only that import fails, with a message saying what to install.
enum Zstandard {
  /// The decompressed bytes of `data`, one or more zstd frames.
  static func decompress(_ data: Data, path: String) throws(InteropError) -> Data {
    let library: _ZstdLibrary
    do {
      library = try _ZstdLibrary.shared.get()
    } catch {
      throw .unsupported(path: path, message: error.message)
    }
    guard let stream = library.createStream() else {
      throw .io(path: path, message: "cannot start zstd decompression")
    }
    defer { _ = library.freeStream(stream) }
    _ = library.initStream(stream)
    let chunk = library.outputSize()
    var buffer = [UInt8](repeating: 0, count: chunk)
    var output = Data()
    var failure: String?
    data.withUnsafeBytes { (source: UnsafeRawBufferPointer) in
      var input = _ZstdInBuffer(source: source.baseAddress, size: source.count, position: 0)
      var lastResult = 0
      repeat {
        let produced: Int = buffer.withUnsafeMutableBytes { target in
          var out = _ZstdOutBuffer(destination: target.baseAddress, size: target.count, position: 0)
          lastResult = withUnsafeMutablePointer(to: &out) { outPointer in
            withUnsafeMutablePointer(to: &input) { inPointer in
              library.decompressStream(stream, outPointer, inPointer)
            }
          }
          return out.position
        }
        if library.isError(lastResult) != 0 {
          failure = library.errorName(lastResult).map { String(cString: $0) } ?? "zstd error"
          return
        }
        output.append(contentsOf: buffer[..<produced])
        if produced == 0, input.position == input.size { break }
      } while input.position < input.size || lastResult != 0
      if lastResult != 0 { failure = "the compressed data is cut short" }
    }
    if let failure { throw .malformed(path: path, message: "cannot decompress: \(failure)") }
    return output
  }
}

/// `ZSTD_inBuffer`: the same three machine words as the C struct, passed to C by address.
struct _ZstdInBuffer {
  var source: UnsafeRawPointer?
  var size: Int
  var position: Int
}

/// `ZSTD_outBuffer`: the same three machine words as the C struct, passed to C by address.
struct _ZstdOutBuffer {
  var destination: UnsafeMutableRawPointer?
  var size: Int
  var position: Int
}

/// Why the zstd library could not be used.
struct _ZstdUnavailable: Error {
  let message: String
}

/// The handful of libzstd functions Recall calls, looked up once in the library loaded at run time.
struct _ZstdLibrary: @unchecked Sendable {
  typealias CreateStream = @convention(c) () -> OpaquePointer?
  typealias FreeStream = @convention(c) (OpaquePointer?) -> Int
  typealias InitStream = @convention(c) (OpaquePointer?) -> Int
  typealias OutputSize = @convention(c) () -> Int
  typealias DecompressStream =
    @convention(c) (
      OpaquePointer?, UnsafeMutableRawPointer, UnsafeMutableRawPointer
    ) -> Int
  typealias IsError = @convention(c) (Int) -> UInt32
  typealias ErrorName = @convention(c) (Int) -> UnsafePointer<CChar>?

  let createStream: CreateStream
  let freeStream: FreeStream
  let initStream: InitStream
  let outputSize: OutputSize
  let decompressStream: DecompressStream
  let isError: IsError
  let errorName: ErrorName

  /// The library, loaded on first use; the failure is remembered too.
  static let shared: Result<_ZstdLibrary, _ZstdUnavailable> = {
    do throws(_ZstdUnavailable) {
      return .success(try load())
    } catch {
      return .failure(error)
    }
  }()

  /// The shared-library names tried in order.
  static let candidates = ["libzstd.so.1", "libzstd.so"]

  private static func load() throws(_ZstdUnavailable) -> _ZstdLibrary {
    guard let library = DynamicLibrary.load(firstOf: candidates) else {
      throw _ZstdUnavailable(
        message:
          "this package compresses its collection with zstd, and the zstd library (libzstd.so.1) "
          + "is not installed; install it (Debian/Ubuntu: apt-get install libzstd1) and import again"
      )
    }
    func symbol<T>(_ name: String, as type: T.Type) throws(_ZstdUnavailable) -> T {
      guard let function = library.function(name, as: type) else {
        throw _ZstdUnavailable(message: "the zstd library has no function \(name); it is too old")
      }
      return function
    }
    return _ZstdLibrary(
      createStream: try symbol("ZSTD_createDStream", as: CreateStream.self),
      freeStream: try symbol("ZSTD_freeDStream", as: FreeStream.self),
      initStream: try symbol("ZSTD_initDStream", as: InitStream.self),
      outputSize: try symbol("ZSTD_DStreamOutSize", as: OutputSize.self),
      decompressStream: try symbol("ZSTD_decompressStream", as: DecompressStream.self),
      isError: try symbol("ZSTD_isError", as: IsError.self),
      errorName: try symbol("ZSTD_getErrorName", as: ErrorName.self))
  }
}
