import Foundation

/// Text from a PDF through poppler's `pdftotext`, run as a child process with a time limit.
public enum PDFText {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notAPDF
        case toolMissing
        case toolFailed(String)

        public var description: String {
            switch self {
            case .notAPDF: "the download is not a PDF"
            case .toolMissing: "pdftotext is not installed (apt-get install poppler-utils)"
            case .toolFailed(let reason): "pdftotext could not read it (\(reason))"
            }
        }
    }

    /// True when the bytes start like a PDF (some servers put a few bytes before the header).
    public static func looksLikePDF(_ data: Data) -> Bool {
        data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil
    }

    public static func extract(_ data: Data, timeout: Duration = .seconds(60)) async throws -> String {
        guard looksLikePDF(data) else { throw Failure.notAPDF }
        guard let tool = executable("pdftotext") else { throw Failure.toolMissing }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("paper.pdf")
        let output = folder.appendingPathComponent("paper.txt")
        try data.write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-q", "-enc", "UTF-8", "-nopgbrk", input.path, output.path]
        // The converter needs no secrets: it does not inherit OPENAI_API_KEY or any other variable.
        process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "LANG": "C.UTF-8"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        // Stopped, by the time limit or by the caller, the converter is stopped too.
        let status = try await TimeLimit.run(timeout) {
            try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { continuation in
                    process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
                    do { try process.run() } catch { continuation.resume(throwing: Failure.toolFailed("\(error)")) }
                }
            } onCancel: {
                if process.isRunning { process.terminate() }
            }
        }
        try Task.checkCancellation()
        guard let status else { throw Failure.toolFailed("took longer than \(timeout)") }
        guard status == 0 else { throw Failure.toolFailed("exit status \(status)") }
        return String(decoding: try Data(contentsOf: output), as: UTF8.self)
    }

    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
