/// What can go wrong with the library folder, each case worded as the sentence the user reads.
public enum LibraryError: Error, CustomStringConvertible, Equatable {
    case notConfigured
    case folderMissing(String)
    case cannotWrite(String, reason: String)
    case cannotRead(String, reason: String)
    case fileExists(String)
    /// A git step of `library sync` failed: what it was doing, and git's own first line.
    case git(String, String)

    public var description: String {
        switch self {
        case .notConfigured:
            "no library folder is set: add `[library] dir = \"~/Sync/papers-tui\"` to config.toml (a folder a sync tool or git carries between machines)"
        case .folderMissing(let path):
            "the library folder \(path) does not exist: create it, or mount the disk it is on (nothing was lost; changes wait in the cache)"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason) (nothing was lost; the changes wait in the cache for the next library sync)"
        case .cannotRead(let path, let reason):
            "cannot read \(path): \(reason)"
        case .git(let action, let message):
            "git could not \(action): \(message) (nothing was lost: the changes are kept and go with the next library sync)"
        case .fileExists(let path):
            "\(path) already exists: give a new file name (papers-tui does not overwrite files)"
        }
    }
}
