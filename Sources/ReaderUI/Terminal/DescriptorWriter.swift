import Foundation

/// Writes bytes to a file descriptor with write(2), retrying short writes and interrupts. Foundation's
/// `FileHandle.write(_:)` traps when the other end has gone (`papers-tui faq ID | head -1`); this
/// reports it instead, so the caller decides how to end.
public enum DescriptorWriter {
    public enum Outcome: Sendable, Equatable {
        case written
        /// The reader of a pipe or socket has gone (EPIPE).
        case closed
        /// Any other failure (a full disk, an I/O error), with its errno.
        case failed(Int32)
    }

    /// A broken pipe must come back as EPIPE, not end the process before it can keep what it has.
    public static func ignoreBrokenPipeSignal() {
        signal(SIGPIPE, SIG_IGN)
    }

    @discardableResult
    public static func write(_ text: String, to descriptor: Int32) -> Outcome {
        write(bytes: Array(text.utf8), to: descriptor)
    }

    @discardableResult
    public static func write(bytes: [UInt8], to descriptor: Int32) -> Outcome {
        bytes.withUnsafeBytes { buffer in
            guard var pointer = buffer.baseAddress else { return .written }
            var left = buffer.count
            while left > 0 {
                let written = Foundation.write(descriptor, pointer, left)
                if written < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return errno == EPIPE ? .closed : .failed(errno)
                }
                left -= written
                pointer += written
            }
            return .written
        }
    }
}
