import Foundation

/// A file that lines are appended to, only its owner can read (0600 in a 0700 folder), renamed to
/// `<path>.1` (replacing the one before) when a line would take it past `maxBytes`: at most twice
/// that on disk.
struct RotatingLogFile: Sendable {
    let path: String
    let maxBytes: Int

    var rotatedPath: String { path + ".1" }

    /// Appends `line` with one `write` to a file opened with O_APPEND, so the lines of processes
    /// writing at once do not interleave; false when the folder or the file cannot be written.
    @discardableResult
    func append(_ line: String) -> Bool {
        guard Self.makeFolder((path as NSString).deletingLastPathComponent) else { return false }
        let bytes = Array(line.utf8)
        var info = stat()
        if stat(path, &info) == 0, info.st_size > 0, Int(info.st_size) + bytes.count > maxBytes {
            _ = rename(path, rotatedPath)
        }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        // A file made by hand or by an older copy is made private too: it quotes servers and paths.
        _ = fchmod(descriptor, 0o600)
        return bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) == $0.count }
    }

    /// The folder, made 0700 if it is missing (its parents, such as ~/.local/state, as usual).
    private static func makeFolder(_ folder: String) -> Bool {
        if mkdir(folder, 0o700) == 0 || errno == EEXIST { return true }
        guard errno == ENOENT else { return false }
        try? FileManager.default.createDirectory(atPath: (folder as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        return mkdir(folder, 0o700) == 0 || errno == EEXIST
    }
}
