import Foundation

/// The built binary in a real terminal: a tmux server of its own (so no user session is touched),
/// driven with send-keys and read with capture-pane.
struct TmuxSession {
    let socket = "papers-tui-test-\(UUID().uuidString.prefix(8))"
    let name = "reader"

    /// Runs `body` with `command` started in a fresh tmux server, which is killed afterwards
    /// whatever happens.
    static func with(
        _ command: String, width: Int, height: Int, _ body: (TmuxSession) async throws -> Void
    ) async throws {
        let session = try await start(command, width: width, height: height)
        do {
            try await body(session)
        } catch {
            await session.kill()
            throw error
        }
        await session.kill()
    }

    /// Starts `command` (a shell command line) in a detached session of the given size.
    static func start(_ command: String, width: Int, height: Int) async throws -> TmuxSession {
        let session = TmuxSession()
        try await session.tmux(["-u", "new-session", "-d", "-s", session.name, "-x", "\(width)", "-y", "\(height)", command])
        return session
    }

    /// Runs one tmux command and returns what it printed. It is spawned with posix_spawn and reaped
    /// with waitpid on a dispatch thread: the tmux server that the first command forks inherits the
    /// descriptors Foundation's Process uses to notice an exit, so Process would wait forever.
    @discardableResult
    func tmux(_ arguments: [String]) async throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let argv = ["tmux", "-L", socket] + arguments
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                var actions = posix_spawn_file_actions_t()
                posix_spawn_file_actions_init(&actions)
                defer { posix_spawn_file_actions_destroy(&actions) }
                posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
                posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                posix_spawn_file_actions_adddup2(&actions, 1, 2)
                var environment = ProcessInfo.processInfo.environment
                environment["LANG"] = "C.UTF-8"
                environment.removeValue(forKey: "TMUX")
                let cArguments = argv.map { strdup($0) } + [nil]
                let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
                defer {
                    cArguments.forEach { free($0) }
                    cEnvironment.forEach { free($0) }
                }
                var pid: pid_t = 0
                let spawned = posix_spawnp(&pid, "tmux", &actions, nil, cArguments, cEnvironment)
                guard spawned == 0 else {
                    continuation.resume(throwing: RunnerError("cannot start tmux (error \(spawned)): is it installed?"))
                    return
                }
                var waitStatus: Int32 = 0
                while waitpid(pid, &waitStatus, 0) == -1, errno == EINTR {}
                continuation.resume(returning: (waitStatus >> 8) & 0xFF)
            }
        }
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else { throw RunnerError("tmux \(arguments.joined(separator: " ")) failed: \(text)") }
        return text
    }

    func send(_ keys: String...) async throws {
        try await tmux(["send-keys", "-t", name] + keys)
    }

    func capture() async throws -> String {
        try await tmux(["capture-pane", "-p", "-t", name])
    }

    /// The screen with its colours and attributes as escape sequences.
    func captureStyled() async throws -> String {
        try await tmux(["capture-pane", "-p", "-e", "-t", name])
    }

    func resize(width: Int, height: Int) async throws {
        try await tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `predicate` holds, for at most `seconds`; returns the last screen.
    @discardableResult
    func waitFor(_ description: String, seconds: Double = 10, _ predicate: (String) -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < deadline {
            screen = (try? await capture()) ?? screen
            if predicate(screen) { return screen }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw RunnerError("timed out waiting for \(description); the screen was:\n\(screen)")
    }

    @discardableResult
    func waitFor(text: String, seconds: Double = 10) async throws -> String {
        try await waitFor("'\(text)'", seconds: seconds) { $0.contains(text) }
    }

    /// Ends the programs in the panes (their whole process groups) and the server.
    func kill() async {
        let panes = (try? await tmux(["list-panes", "-a", "-F", "#{pane_pid}"])) ?? ""
        for pid in panes.split(separator: "\n").compactMap({ Int32($0) }) where pid > 1 {
            Foundation.kill(-pid, SIGKILL)
        }
        _ = try? await tmux(["kill-server"])
    }
}
