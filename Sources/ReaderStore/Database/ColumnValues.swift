import Foundation
import GRDB
import GRDBSQLite

/// The values of one result row, as a paper's and a listing's columns are read. Two sources: a GRDB
/// `Row` (any row, copied or not), and `StatementColumns`, the current row of a statement read
/// through SQLite's own column functions for the pages of a list.
protocol ColumnValues {
    func text(_ index: Int) -> String
    func optionalText(_ index: Int) -> String?
    func integer(_ index: Int) -> Int
    func optionalInteger(_ index: Int) -> Int?
    func date(_ index: Int) -> Date?
}

extension Row: ColumnValues {
    func text(_ index: Int) -> String { self[index] }
    func optionalText(_ index: Int) -> String? { self[index] }
    func integer(_ index: Int) -> Int { self[index] }
    func optionalInteger(_ index: Int) -> Int? { self[index] }
    func date(_ index: Int) -> Date? { StoredDate.date(self[index]) }
}

/// The current row of a statement stepped by a GRDB cursor, read with `sqlite3_column_*`. GRDB's
/// generic decoding looks up type metadata for each value: at 1 M papers that was a third of the time
/// of reading a page of 58 papers (1.4 ms). A value of another type than asked is converted as
/// SQLite converts it, never a crash.
struct StatementColumns: ColumnValues {
    let statement: OpaquePointer

    init(_ statement: Statement) {
        self.statement = statement.sqliteStatement
    }

    private func isNull(_ index: Int) -> Bool {
        sqlite3_column_type(statement, Int32(index)) == SQLITE_NULL
    }

    func text(_ index: Int) -> String {
        // The text first, then its length: the order SQLite's documentation asks for.
        guard let bytes = sqlite3_column_text(statement, Int32(index)) else { return "" }
        let count = Int(sqlite3_column_bytes(statement, Int32(index)))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    func optionalText(_ index: Int) -> String? {
        isNull(index) ? nil : text(index)
    }

    func integer(_ index: Int) -> Int {
        Int(sqlite3_column_int64(statement, Int32(index)))
    }

    func optionalInteger(_ index: Int) -> Int? {
        isNull(index) ? nil : integer(index)
    }

    func optionalReal(_ index: Int) -> Double? {
        isNull(index) ? nil : sqlite3_column_double(statement, Int32(index))
    }

    func date(_ index: Int) -> Date? {
        switch sqlite3_column_type(statement, Int32(index)) {
        case SQLITE_NULL: nil
        case SQLITE_TEXT: StoredDate.date(text: text(index))
        case SQLITE_INTEGER: Date.fromDatabaseValue(Int64(sqlite3_column_int64(statement, Int32(index))).databaseValue)
        default: Date.fromDatabaseValue(sqlite3_column_double(statement, Int32(index)).databaseValue)
        }
    }
}
