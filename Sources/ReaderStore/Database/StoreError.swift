import Foundation
import GRDB

/// What can go wrong with the cache file, each case worded as the sentence the user reads.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case cannotOpen(path: String, reason: String)
    case newerSchema(path: String)
    case notADatabase(path: String)
    case readOnly(path: String)
    case diskFull(path: String)
    /// Another process held the write lock past the busy timeout.
    case busy(path: String)
    case sqlite(path: String, message: String)
    case invalid(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open the cache \(path): \(reason)"
        case .newerSchema(let path):
            "the database \(path) is newer than this papers-tui: update papers-tui, or point --db at another file"
        case .notADatabase(let path):
            "\(path) is not a papers-tui cache (not an SQLite database, or damaged): run `papers-tui recover` to keep your stars and read marks and start a new cache"
        case .readOnly(let path):
            "the cache \(path) is read-only, so stars, read and seen marks and syncs cannot be saved: check its permissions or the disk it is on"
        case .diskFull(let path):
            "the disk holding \(path) is full: free some space and try again (nothing was lost)"
        case .busy(let path):
            "another program (a papers-tui import or sync?) kept the cache \(path) locked for writing too long: try again when it is done"
        case .sqlite(let path, let message):
            "the cache \(path) reported an error: \(message)"
        case .invalid(let message):
            message
        }
    }

    /// The sentence for an error from SQLite (or GRDB) with the cache at `path`; the error itself, with
    /// its result code and statement, is noted behind it for the log.
    static func from(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        return ErrorCauses.shared.noted(sentence(for: error, path: path), causedBy: error)
    }

    private static func sentence(for error: any Error, path: String) -> StoreError {
        guard let error = error as? DatabaseError else {
            return .sqlite(path: path, message: String(describing: error))
        }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .notADatabase(path: path)
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_BUSY: return .busy(path: path)
        case .SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: error.message ?? "SQLite cannot open it")
        default: return .sqlite(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }
}
