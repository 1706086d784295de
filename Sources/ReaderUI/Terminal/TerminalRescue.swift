import Foundation

/// Puts the terminal back the way the shell had it when the reader dies: a crash (a trap, a bad
/// access, an abort) or a termination signal. Signal handlers may only use async-signal-safe calls, so
/// everything they need (the saved termios, the reset bytes) is prepared before they are installed,
/// and they restore with write(2) and tcsetattr alone, never through ncurses.
enum TerminalRescue {
    static let crashSignals = [SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE, SIGTRAP]
    static let exitSignals = [SIGTERM, SIGHUP, SIGINT]

    /// Saves the terminal's mode (before ncurses changes it) and installs the handlers.
    static func install() {
        // Touching the globals runs their one-time initialisation here, never inside a handler.
        rescue.hasMode = tcgetattr(STDIN_FILENO, rescue.mode) == 0
        for signalNumber in crashSignals { handle(signalNumber, with: crashHandler) }
        for signalNumber in exitSignals { handle(signalNumber, with: exitHandler) }
    }

    /// Runs a program that has the terminal (a text-mode browser) with Ctrl-C and Ctrl-\\ left to it:
    /// the reader ignores them until it is back.
    static func ignoringInterrupts<Result>(_ body: () -> Result) -> Result {
        signal(SIGINT, SIG_IGN)
        signal(SIGQUIT, SIG_IGN)
        defer {
            handle(SIGINT, with: exitHandler)
            signal(SIGQUIT, SIG_DFL)
        }
        return body()
    }

    private static func handle(_ signalNumber: Int32, with handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        // A second fault while restoring takes the default action instead of looping.
        action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
        sigaction(signalNumber, &action, nil)
    }
}

/// What the handlers read, allocated once and never freed: plain memory, so reading it in a handler
/// involves no Swift runtime (no exclusivity checks, no reference counting).
private final class RescueMemory: @unchecked Sendable {
    /// Leave the alternate screen, show the cursor, reset attributes, stop mouse reporting and the
    /// application keypad.
    private static let sequence = "\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[?1l\u{1B}>"

    let reset: UnsafeMutablePointer<UInt8>
    let resetCount: Int
    let mode = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    private let flag = UnsafeMutablePointer<Bool>.allocate(capacity: 1)

    init() {
        let bytes = Array(Self.sequence.utf8)
        reset = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        reset.initialize(from: bytes, count: bytes.count)
        resetCount = bytes.count
        flag.initialize(to: false)
    }

    var hasMode: Bool {
        get { flag.pointee }
        set { flag.pointee = newValue }
    }
}

private let rescue = RescueMemory()

private func restoreTerminal() {
    _ = write(STDOUT_FILENO, rescue.reset, rescue.resetCount)
    if rescue.hasMode { _ = tcsetattr(STDIN_FILENO, TCSANOW, rescue.mode) }
}

/// A crash: restore, then die of the same signal with its default action (a core, the shell's message).
private let crashHandler: @convention(c) (Int32) -> Void = { signalNumber in
    restoreTerminal()
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}

/// Terminated, hung up or interrupted: restore and exit with the conventional status.
private let exitHandler: @convention(c) (Int32) -> Void = { signalNumber in
    restoreTerminal()
    _exit(128 + signalNumber)
}
