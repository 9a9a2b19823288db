import CSQLite

/// A SQLite database file, opened through the system library; the only place Recall calls SQLite.
///
/// Small on purpose: Anki collections need `exec`, prepared statements with text, integer and real
/// parameters, and rows read by column index. Not thread-safe: one owner at a time.
final class SQLiteDatabase {
  private let handle: OpaquePointer
  /// The file, for error messages.
  let path: String

  /// Opens `path` read-only, or read-write and created when `create` is set.
  init(path: String, create: Bool = false) throws(InteropError) {
    var opened: OpaquePointer?
    let flags =
      create ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY
    let status = sqlite3_open_v2(path, &opened, flags, nil)
    guard status == SQLITE_OK, let opened else {
      let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
      sqlite3_close(opened)
      throw .database(path: path, message: message)
    }
    handle = opened
    self.path = path
  }

  deinit { sqlite3_close(handle) }

  /// Runs one or more statements that return no rows.
  func execute(_ sql: String) throws(InteropError) {
    var message: UnsafeMutablePointer<CChar>?
    guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
      let text = message.map { String(cString: $0) } ?? lastError
      sqlite3_free(message)
      throw .database(path: path, message: text)
    }
  }

  /// Prepares one statement.
  func prepare(_ sql: String) throws(InteropError) -> SQLiteStatement {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
      throw .database(path: path, message: lastError)
    }
    return SQLiteStatement(statement: statement, database: self)
  }

  /// Every row of a query, each as its column values.
  func rows(_ sql: String, _ parameters: [SQLiteValue] = []) throws(InteropError) -> [[SQLiteValue]]
  {
    let statement = try prepare(sql)
    try statement.bind(parameters)
    var rows: [[SQLiteValue]] = []
    while let row = try statement.next() { rows.append(row) }
    return rows
  }

  /// Whether a table of that name exists.
  func hasTable(_ name: String) throws(InteropError) -> Bool {
    try !rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", [.text(name)])
      .isEmpty
  }

  /// SQLite's message for the last failure.
  var lastError: String { String(cString: sqlite3_errmsg(handle)) }
}
