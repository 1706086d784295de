import Foundation

/// Runs a program on the reader's terminal until it exits (a text-mode browser, `$EDITOR`), then gives
/// the terminal back. It is spawned in the reader's own process group (Foundation's Process gives a
/// child a group of its own, which may not read the terminal), with the default actions for Ctrl-C
/// and Ctrl-\\, and found on PATH by env (`--` keeps a name starting with `-` from being an option).
enum TerminalHandover {
    enum Outcome: Equatable {
        case exited(Int32)
        case signalled(Int32)
        /// posix_spawn itself failed, with this errno.
        case notStarted(Int32)
    }

    /// `terminal` nil: a command-line run, with no screen of its own to put away and redraw.
    static func run(_ arguments: [String], terminal: (any Terminal)?) -> Outcome {
        terminal?.suspend()
        defer { terminal?.resume() }
        return TerminalRescue.ignoringInterrupts {
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var defaults = sigset_t()
            sigemptyset(&defaults)
            sigaddset(&defaults, SIGINT)
            sigaddset(&defaults, SIGQUIT)
            posix_spawnattr_setsigdefault(&attributes, &defaults)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
            let argv = (["env", "--"] + arguments).map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var pid: pid_t = 0
            let spawned = posix_spawn(&pid, "/usr/bin/env", nil, &attributes, argv, environ)
            guard spawned == 0 else { return .notStarted(spawned) }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1, errno == EINTR {}
            let signal = status & 0x7F
            return signal != 0 ? .signalled(signal) : .exited((status >> 8) & 0xFF)
        }
    }
}
