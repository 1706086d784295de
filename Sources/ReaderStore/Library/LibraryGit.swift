import Foundation

/// A library folder that is a git repository with a remote: `library sync` commits this device's
/// log, pulls, merges and pushes. Each device writes only its own file, so a pull never conflicts.
public struct LibraryGit: Sendable {
    public let folder: URL
    public let remote: String

    /// The repository's transport, or nil when the folder is not the top of a git work tree with a
    /// remote (then it is a plain folder that some other tool carries).
    public static func detect(_ folder: URL) -> LibraryGit? {
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path),
              let remotes = try? run(["remote"], in: folder), remotes.status == 0,
              let remote = remotes.output.split(separator: "\n").first.map(String.init),
              // Passed to git as an argument: never one it could read as an option.
              !remote.hasPrefix("-") else { return nil }
        return LibraryGit(folder: folder, remote: remote)
    }

    /// Commits `file` (this device's log) when it changed.
    public func commit(_ file: String, device: String) throws(LibraryError) {
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path) else { return }
        try check(["add", "--", file], doing: "add \(file)")
        let staged = try Self.runOrThrow(["diff", "--cached", "--quiet"], in: folder)
        guard staged.status != 0 else { return }
        try check(identity + ["commit", "-q", "-m", "papers-tui: changes from \(device)"], doing: "commit")
    }

    /// Brings the remote's commits in. A remote with no branch yet (a new bare repository) has none.
    public func pull() throws(LibraryError) {
        let heads = try Self.runOrThrow(["ls-remote", "--heads", remote], in: folder)
        guard heads.status == 0 else { throw .git("reach the remote \(remote)", Self.firstLine(heads.errors)) }
        guard !heads.output.isEmpty else { return }
        let branch = try currentBranch()
        guard heads.output.contains("refs/heads/\(branch)") else { return }
        try check(identity + ["-c", "pull.rebase=false", "pull", "-q", "--no-edit", remote, branch], doing: "pull from \(remote)")
    }

    public func push() throws(LibraryError) {
        try check(["push", "-q", remote, "HEAD:refs/heads/\(try currentBranch())"], doing: "push to \(remote)")
    }

    private func currentBranch() throws(LibraryError) -> String {
        let branch = try Self.runOrThrow(["symbolic-ref", "--short", "HEAD"], in: folder)
        guard branch.status == 0 else { throw .git("find the current branch", Self.firstLine(branch.errors)) }
        return branch.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A name for the commits when git has none configured (a new machine): never a reason to fail.
    private var identity: [String] {
        let configured = (try? Self.run(["config", "user.email"], in: folder))?.status == 0
        return configured ? [] : ["-c", "user.name=papers-tui", "-c", "user.email=papers-tui@localhost"]
    }

    private func check(_ arguments: [String], doing action: String) throws(LibraryError) {
        let result = try Self.runOrThrow(arguments, in: folder)
        guard result.status == 0 else { throw .git(action, Self.firstLine(result.errors.isEmpty ? result.output : result.errors)) }
    }

    static func firstLine(_ text: String) -> String {
        let line = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty } ?? "no message"
        return String(line.prefix(200))
    }

    struct Outcome {
        let status: Int32
        let output: String
        let errors: String
    }

    private static func runOrThrow(_ arguments: [String], in folder: URL) throws(LibraryError) -> Outcome {
        do { return try run(arguments, in: folder) } catch let error as LibraryError { throw error } catch {
            throw .git("run git", "\(error.localizedDescription)")
        }
    }

    /// Runs git in `folder` without a terminal: it never asks for a password (a remote that needs
    /// one fails with git's sentence instead of hanging the sync), and ssh gives up on a host that
    /// does not answer. Its output goes to files, so neither stream can fill and stall it.
    static func run(_ arguments: [String], in folder: URL) throws -> Outcome {
        guard let git = PDFText.executable("git") else { throw LibraryError.git("run git", "git is not installed (apt-get install git)") }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputFile = scratch.appendingPathComponent("out"), errorFile = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = ["-C", folder.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_ASKPASS"] = "/bin/false"
        environment["SSH_ASKPASS"] = "/bin/false"
        if environment["GIT_SSH_COMMAND"] == nil { environment["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o ConnectTimeout=15" }
        environment["LC_ALL"] = "C"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "",
                       errors: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "")
    }
}
