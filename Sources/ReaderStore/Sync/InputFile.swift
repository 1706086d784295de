import Foundation

/// What a path handed to `import` or `venues import` is, checked before it is opened: only a regular
/// file or a pipe ends. A folder trapped the line reader, and /dev/zero was read until memory ran out.
public enum InputFile {
    /// The file's size in bytes, nil for a pipe (its size is not known ahead).
    public static func size(ofReadable path: String) throws(FeedError) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { throw unreadable(path, failedCall: "stat") }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return Int(info.st_size)
        case S_IFIFO: return nil
        case S_IFDIR: throw .badInput("cannot read \(path): it is a folder, not a file (name the file in it)")
        case S_IFCHR, S_IFBLK: throw .badInput("cannot read \(path): it is a device, not a file (name a file)")
        default: throw .badInput("cannot read \(path): it is not a file or a pipe (name a file)")
        }
    }
}

extension InputFile {
    /// The whole of a file or pipe that should be small (a venue's paper list is a few MB), refused
    /// past `limit` bytes without reading further.
    public static func contents(of path: String, limit: Int) throws(FeedError) -> Data {
        _ = try size(ofReadable: path)
        guard let handle = FileHandle(forReadingAtPath: path) else { throw unreadable(path, failedCall: "open") }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw readFailed(path, error)
        }
        guard data.count <= limit else {
            throw .badInput("cannot read \(path): it is larger than \(limit >> 20) MB, far more than any paper list")
        }
        return data
    }
}

extension InputFile {
    /// The sentence for a file that cannot be opened, with the system's reason (errno) noted behind it.
    static func unreadable(_ path: String, failedCall call: String) -> FeedError {
        let code = errno
        return ErrorCauses.shared.noted(FeedError.badInput("cannot read \(path): no such file or no permission"),
                                        cause: "\(call) \(path): errno \(code) (\(String(cString: strerror(code))))")
    }

    /// The sentence for a read that failed part way, with the error itself noted behind it.
    static func readFailed(_ path: String, _ error: any Error) -> FeedError {
        ErrorCauses.shared.noted(FeedError.badInput("cannot read \(path): reading it failed (\((error as NSError).localizedDescription))"),
                                 causedBy: error)
    }
}
