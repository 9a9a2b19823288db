import CSQLite

/// A value in a SQLite row or parameter list.
enum SQLiteValue: Sendable, Hashable {
  case integer(Int64)
  case real(Double)
  case text(String)
  case blob([UInt8])
  case null

  /// The value as text (numbers printed), or nil for null and blobs.
  var text: String? {
    switch self {
    case .text(let value): value
    case .integer(let value): String(value)
    case .real(let value): String(value)
    case .blob, .null: nil
    }
  }

  /// The value as an integer, or nil when it is not one.
  var integer: Int64? {
    switch self {
    case .integer(let value): value
    case .real(let value): Int64(exactly: value)
    case .text(let value): Int64(value)
    case .blob, .null: nil
    }
  }
}

/// A prepared statement of a `SQLiteDatabase`; finalized when released.
final class SQLiteStatement {
  private let statement: OpaquePointer
  private let database: SQLiteDatabase

  init(statement: OpaquePointer, database: SQLiteDatabase) {
    self.statement = statement
    self.database = database
  }

  deinit { sqlite3_finalize(statement) }

  /// Binds the parameters in order (after clearing earlier ones and resetting the statement).
  func bind(_ values: [SQLiteValue]) throws(InteropError) {
    sqlite3_reset(statement)
    sqlite3_clear_bindings(statement)
    // SQLite copies text and blobs at once with SQLITE_TRANSIENT.
    let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      let status: Int32 =
        switch value {
        case .integer(let number): sqlite3_bind_int64(statement, index, number)
        case .real(let number): sqlite3_bind_double(statement, index, number)
        case .text(let text): sqlite3_bind_text(statement, index, text, -1, transient)
        case .blob(let bytes):
          bytes.withUnsafeBytes {
            sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), transient)
          }
        case .null: sqlite3_bind_null(statement, index)
        }
      guard status == SQLITE_OK else {
        throw .database(path: database.path, message: database.lastError)
      }
    }
  }

  /// Runs a statement that returns no rows, with these parameters.
  func run(_ values: [SQLiteValue]) throws(InteropError) {
    try bind(values)
    while try next() != nil {}
  }

  /// The next row, or nil when done.
  func next() throws(InteropError) -> [SQLiteValue]? {
    switch sqlite3_step(statement) {
    case SQLITE_ROW:
      return (0..<sqlite3_column_count(statement)).map(value)
    case SQLITE_DONE:
      return nil
    default:
      throw .database(path: database.path, message: database.lastError)
    }
  }

  private func value(_ column: Int32) -> SQLiteValue {
    switch sqlite3_column_type(statement, column) {
    case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, column))
    case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, column))
    case SQLITE_NULL: return .null
    case SQLITE_BLOB:
      let count = Int(sqlite3_column_bytes(statement, column))
      guard let bytes = sqlite3_column_blob(statement, column), count > 0 else { return .blob([]) }
      return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
    default:
      guard let text = sqlite3_column_text(statement, column) else { return .text("") }
      return .text(String(cString: text))
    }
  }
}
