/// The top-level fields of a protocol buffer message, enough to read the note type and card template
/// settings Anki keeps as protobuf blobs in its newer schema (`notetypes.config`, `templates.config`).
struct ProtobufFields {
  /// Varint fields by number (the last value wins, as protobuf says).
  var integers: [Int: UInt64] = [:]
  /// Length-delimited fields (strings, bytes, nested messages) by number.
  var bytes: [Int: [UInt8]] = [:]

  /// Reads `data`; stops quietly at anything malformed (what was read stays).
  init(_ data: [UInt8]) {
    var index = 0
    func varint() -> UInt64? {
      var value: UInt64 = 0
      var shift: UInt64 = 0
      while index < data.count, shift < 64 {
        let byte = data[index]
        index += 1
        value |= UInt64(byte & 0x7F) << shift
        if byte & 0x80 == 0 { return value }
        shift += 7
      }
      return nil
    }
    while index < data.count, let key = varint() {
      let number = Int(key >> 3)
      switch key & 7 {
      case 0:
        guard let value = varint() else { return }
        integers[number] = value
      case 1: index += 8
      case 5: index += 4
      case 2:
        guard let length = varint(), length <= UInt64(data.count - index) else { return }
        bytes[number] = Array(data[index..<index + Int(length)])
        index += Int(length)
      default: return
      }
    }
  }

  /// A length-delimited field as UTF-8 text.
  func text(_ number: Int) -> String? {
    bytes[number].map { String(decoding: $0, as: UTF8.self) }
  }
}
