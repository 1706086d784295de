import Foundation

/// The file `export -o PATH` may write: a regular file (replaced) or a new name in an existing
/// folder. A folder, a device, a FIFO, a socket, a symbolic link to any of those or to nothing, and
/// the cache itself with its -wal and -shm files are refused, the target left as it was.
struct ExportTarget {
    /// Where the file goes, symbolic links followed (the file a link names is the one replaced).
    let path: String
    /// The permissions of the file replaced, kept on the new one.
    let existingMode: mode_t?

    static func resolve(_ raw: String, cachePath: String) throws(CLIError) -> ExportTarget {
        guard !raw.isEmpty else { throw CLIError("-o needs a file name (or - for standard output)") }
        if raw.hasSuffix("/") {
            throw CLIError("\(raw) names a folder: give a file name, such as \(raw)papers.bib")
        }
        var target = raw
        var info = stat()
        if lstat(raw, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFLNK {
                guard stat(raw, &info) == 0, let resolved = realPath(raw) else {
                    throw CLIError("\(raw) is a symbolic link to nothing: give the file itself")
                }
                target = resolved
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw CLIError("\(raw) is a folder: give a file name, such as \(raw)/papers.bib")
            default: throw CLIError("\(raw) is not a regular file (a device, FIFO or socket): export writes only to regular files")
            }
            if isCache(info, cachePath: cachePath) {
                throw CLIError("\(raw) is the cache or one of its files: export to another file")
            }
            return ExportTarget(path: target, existingMode: info.st_mode & 0o7777)
        }
        let folder = (raw as NSString).deletingLastPathComponent
        var folderInfo = stat()
        guard stat(folder.isEmpty ? "." : folder, &folderInfo) == 0 else {
            throw CLIError("cannot write \(raw): the folder \(folder) does not exist")
        }
        guard folderInfo.st_mode & S_IFMT == S_IFDIR else {
            throw CLIError("cannot write \(raw): \(folder) is not a folder")
        }
        if let name = canonical(raw), cacheFiles(cachePath).compactMap(canonical).contains(name) {
            throw CLIError("\(raw) is the cache or one of its files: export to another file")
        }
        return ExportTarget(path: target, existingMode: nil)
    }

    /// Still what was checked, just before it is replaced: nothing, or a regular file.
    func isStillReplaceable() -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else { return errno == ENOENT }
        return info.st_mode & S_IFMT == S_IFREG
    }

    private static func cacheFiles(_ cachePath: String) -> [String] {
        ["", "-wal", "-shm", "-journal"].map { cachePath + $0 }
    }

    /// The same file as the cache or one of its companions, by device and inode (hard links count).
    private static func isCache(_ info: stat, cachePath: String) -> Bool {
        cacheFiles(cachePath).contains { file in
            var cache = stat()
            return stat(file, &cache) == 0 && cache.st_dev == info.st_dev && cache.st_ino == info.st_ino
        }
    }

    /// The path with its folder's symbolic links resolved, for a file that need not exist yet.
    private static func canonical(_ path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        guard let resolved = realPath(folder.isEmpty ? "." : folder) else { return nil }
        return resolved + "/" + (path as NSString).lastPathComponent
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
