import Foundation
import TestSupport

/// Runs the built `papers-tui` binary as a user would, with its own cache and loopback endpoints.
struct BinaryRunner: Sendable {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    let database: String
    var environment: [String: String]
    /// The program to run; the built papers-tui unless a test runs a tool such as sqlite3.
    var executable: String?

    /// A runner whose cache, home and config live in `folder` (a new temporary folder by default).
    init(server: LoopbackServer? = nil, folder given: URL? = nil) throws {
        let folder = given ?? FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = folder.appendingPathComponent("papers.sqlite").path
        environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": folder.path,
            "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
            "PAPERS_TUI_DB": database,
            "PAPERS_TUI_ARXIV_INTERVAL": "0",
            "LANG": "C.UTF-8",
            // Nothing in a test may reach the internet: arXiv (its API, feeds, OAI and web pages) and
            // the LLM default to a closed port.
            "PAPERS_TUI_ARXIV_WEB_URL": "http://127.0.0.1:1",
            "PAPERS_TUI_ARXIV_RSS_URL": "http://127.0.0.1:1",
            "PAPERS_TUI_ARXIV_API_URL": "http://127.0.0.1:1",
            "PAPERS_TUI_ARXIV_OAI_URL": "http://127.0.0.1:1/oai",
            "OPENAI_BASE_URL": "http://127.0.0.1:1/v1",
        ]
        // A sanitizer run of the suite configures the binary it drives the same way.
        for name in ["ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS"] {
            if let value = ProcessInfo.processInfo.environment[name] { environment[name] = value }
        }
        if let server {
            environment["PAPERS_TUI_ARXIV_WEB_URL"] = server.baseURL
            environment["PAPERS_TUI_ARXIV_RSS_URL"] = server.baseURL
            environment["PAPERS_TUI_ARXIV_API_URL"] = server.baseURL
            environment["PAPERS_TUI_ARXIV_OAI_URL"] = server.baseURL + "/oai"
        }
    }

    /// The binary that `scripts/test` built; a missing one fails the test with the reason.
    static func binaryPath() throws -> String {
        if let explicit = ProcessInfo.processInfo.environment["PAPERS_TUI_BIN"], !explicit.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: explicit) else {
                throw RunnerError("PAPERS_TUI_BIN=\(explicit) is not an executable: run `swift build` first")
            }
            return explicit
        }
        let path = Fixtures.packageRoot.appendingPathComponent(".build/debug/papers-tui").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw RunnerError("\(path) is missing: run the suite with scripts/test (it builds the binary first)")
        }
        return path
    }

    /// Runs the binary to its end. Output goes to files and the exit is awaited through the
    /// termination handler, so no cooperative thread blocks while tests run in parallel.
    func run(_ arguments: [String], stdin: String? = nil) async throws -> Result {
        try await run(arguments, stdin: stdin, onOutputGrowth: nil)
    }

    /// Runs the binary and counts how many times its standard output grew while it ran (sampled every
    /// 10 ms), to tell text that streamed from text written at once.
    func runCountingOutputGrowth(_ arguments: [String]) async throws -> (Result, growths: Int) {
        let counter = GrowthCounter()
        let result = try await run(arguments, stdin: nil, onOutputGrowth: counter)
        return (result, counter.count)
    }

    private func run(_ arguments: [String], stdin: String?, onOutputGrowth counter: GrowthCounter?) async throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try executable ?? Self.binaryPath())
        process.arguments = arguments
        process.environment = environment
        let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString)")
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        let input = Pipe()
        process.standardInput = input
        let sampler = counter.map { counter in
            Task.detached {
                var last = 0
                while !Task.isCancelled {
                    let size = (try? FileManager.default.attributesOfItem(atPath: outURL.path)[.size] as? Int) ?? 0
                    if size > last {
                        counter.increment()
                        last = size
                    }
                    try? await Task.sleep(for: .milliseconds(10))
                }
            }
        }
        defer { sampler?.cancel() }
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
                return
            }
            if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
            try? input.fileHandleForWriting.close()
        }
        return Result(status: status,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Starts the binary without waiting for it (for tests that kill it).
    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.binaryPath())
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The shell command that starts the reader in a terminal (tmux) with this runner's cache,
    /// endpoints and config: its whole environment, a UTF-8 locale and a capable TERM.
    func readerCommand(_ arguments: [String] = []) throws -> String {
        func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let variables = environment.merging(["LANG": "C.UTF-8", "TERM": "tmux-256color"]) { _, fixed in fixed }
            .sorted { $0.key < $1.key }.map { "\($0.key)=\(quoted($0.value))" }
        return (["env"] + variables + [quoted(try executable ?? Self.binaryPath())] + arguments.map(quoted)).joined(separator: " ")
    }

    /// Runs a statement on the cache with the sqlite3 shell, returning its trimmed output.
    func sqlite(_ sql: String) async throws -> String {
        try await tool(["sqlite3", database, sql])
    }

    /// Runs another program found on PATH (sqlite3, mount), returning its trimmed output; a failure throws.
    @discardableResult
    func tool(_ arguments: [String]) async throws -> String {
        var shell = self
        shell.executable = "/usr/bin/env"
        let result = try await shell.run(arguments)
        guard result.status == 0 else { throw RunnerError("\(arguments.joined(separator: " ")) failed: \(result.stderr)") }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func json(_ arguments: [String]) async throws -> Any {
        let result = try await run(arguments)
        guard result.status == 0 else { throw RunnerError("papers-tui \(arguments) failed: \(result.stderr)") }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }
}

final class GrowthCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() { lock.withLock { value += 1 } }
    var count: Int { lock.withLock { value } }
}

struct RunnerError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
