import Foundation
import ReaderUI

/// Where an export is written: standard output (no `-o`, or `-o -`), or a file of ours beside the
/// target, renamed over it once complete, so a failed export leaves whatever was there untouched
/// and removes only its own temporary file.
final class ExportSink {
    private let descriptor: Int32
    private let target: ExportTarget?
    private let temporary: String?
    private var buffer: [UInt8] = []
    private var isOpen = true

    init(path: String?, cachePath: String) throws(CLIError) {
        guard let path, path != "-" else {
            descriptor = STDOUT_FILENO
            target = nil
            temporary = nil
            return
        }
        let target = try ExportTarget.resolve(path, cachePath: cachePath)
        let (descriptor, temporary) = try Self.createTemporary(beside: target)
        self.descriptor = descriptor
        self.target = target
        self.temporary = temporary
    }

    func write(_ text: String) throws(CLIError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Everything written, then the temporary file moved into place.
    func finish() throws(CLIError) {
        try flush()
        guard let target, let temporary else { return }
        if fsync(descriptor) != 0 { throw failure(errno) }
        close(descriptor)
        isOpen = false
        guard target.isStillReplaceable() else {
            discard()
            throw CLIError("\(target.path) changed into something other than a regular file during the export: nothing was replaced")
        }
        guard rename(temporary, target.path) == 0 else {
            let code = errno
            discard()
            throw failure(code)
        }
    }

    /// After a failure: the temporary file goes, the target stays as it was.
    func discard() {
        guard let temporary else { return }
        if isOpen {
            close(descriptor)
            isOpen = false
        }
        unlink(temporary)
    }

    private func flush() throws(CLIError) {
        switch DescriptorWriter.write(bytes: buffer, to: descriptor) {
        case .written: buffer.removeAll(keepingCapacity: true)
        // Standard output's reader has gone (`| head`): end quietly, as every command does.
        case .closed where target == nil: exit(0)
        case .closed: throw failure(EPIPE)
        case .failed(let code): throw failure(code)
        }
    }

    private func failure(_ code: Int32) -> CLIError {
        let reason = String(cString: strerror(code)).lowercased()
        guard let target else { return CLIError("cannot write standard output: \(reason)") }
        return CLIError("cannot write \(target.path): \(reason) (nothing was replaced)")
    }

    /// `.NAME.partial-RANDOM` in the target's folder, created here and never an existing file.
    private static func createTemporary(beside target: ExportTarget) throws(CLIError) -> (Int32, String) {
        let folder = (target.path as NSString).deletingLastPathComponent
        let name = (target.path as NSString).lastPathComponent
        for _ in 0..<16 {
            let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
            let path = (folder.isEmpty ? "" : folder + "/") + ".\(name).partial-\(suffix)"
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if descriptor >= 0 {
                if let mode = target.existingMode { fchmod(descriptor, mode) }
                return (descriptor, path)
            }
            if errno != EEXIST {
                throw CLIError("cannot write \(target.path): \(String(cString: strerror(errno)).lowercased()) (check the folder is writable)")
            }
        }
        throw CLIError("cannot write \(target.path): no free name for a temporary file beside it")
    }
}
