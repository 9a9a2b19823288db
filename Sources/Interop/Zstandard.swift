import CZstd
import Foundation

/// Zstandard decompression through the system library: Anki's newer packages compress the collection
/// (`collection.anki21b`) as one zstd stream.
enum Zstandard {
  /// The decompressed bytes of `data`, one or more zstd frames.
  static func decompress(_ data: Data, path: String) throws(InteropError) -> Data {
    guard let stream = ZSTD_createDStream() else {
      throw .io(path: path, message: "cannot start zstd decompression")
    }
    defer { ZSTD_freeDStream(stream) }
    ZSTD_initDStream(stream)
    let chunk = ZSTD_DStreamOutSize()
    var buffer = [UInt8](repeating: 0, count: chunk)
    var output = Data()
    var failure: String?
    data.withUnsafeBytes { (source: UnsafeRawBufferPointer) in
      var input = ZSTD_inBuffer(src: source.baseAddress, size: source.count, pos: 0)
      var lastResult = 0
      repeat {
        let produced: Int = buffer.withUnsafeMutableBytes { target in
          var out = ZSTD_outBuffer(dst: target.baseAddress, size: target.count, pos: 0)
          lastResult = ZSTD_decompressStream(stream, &out, &input)
          return out.pos
        }
        if ZSTD_isError(lastResult) != 0 {
          failure = String(cString: ZSTD_getErrorName(lastResult))
          return
        }
        output.append(contentsOf: buffer[..<produced])
        if produced == 0, input.pos == input.size { break }
      } while input.pos < input.size || lastResult != 0
      if lastResult != 0 { failure = "the compressed data is cut short" }
    }
    if let failure { throw .malformed(path: path, message: "cannot decompress: \(failure)") }
    return output
  }
}
