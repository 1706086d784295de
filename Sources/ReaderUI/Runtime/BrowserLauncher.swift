import Foundation
import ReaderStore

/// Opens a link with `$BROWSER`. A graphical browser (or xdg-open) is started and not waited for; a
/// text-mode one (w3m, lynx…) gets the terminal, and the reader waits for it, as mail readers do.
/// How either fails (not found, a non-zero exit, a signal) comes back as one sentence.
enum BrowserLauncher {
    /// Starts a browser with its own window and returns at once; its failure is posted when it happens.
    static func start(_ command: BrowserCommand, post: @escaping @Sendable (Action) -> Void) {
        let process = makeProcess(command)
        let program = Sanitize.terminalText(command.program)
        process.terminationHandler = { finished in
            if let failure = failure(of: finished, program: program) { post(.failed(failure)) }
        }
        do {
            try process.run()
        } catch {
            post(.failed("cannot open a browser: set $BROWSER (\(error.localizedDescription))"))
        }
    }

    /// Runs a text-mode browser on the terminal until it exits, then gives the terminal back.
    static func runOnTerminal(_ command: BrowserCommand, terminal: any Terminal) -> Action? {
        let program = Sanitize.terminalText(command.program)
        switch TerminalHandover.run(command.arguments, terminal: terminal) {
        case .notStarted(let code):
            return .failed("cannot open a browser: set $BROWSER (\(String(cString: strerror(code))))")
        case .signalled(let signal):
            return .failed("the browser (\(program)) was stopped by signal \(signal)")
        case .exited(let status):
            return failure(exitStatus: status, program: program).map { .failed($0) }
        }
    }

    private static func makeProcess(_ command: BrowserCommand) -> Process {
        let process = Process()
        // env finds the program on PATH; `--` keeps a program name starting with `-` from being its option.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["--"] + command.arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        return process
    }

    private static func failure(of finished: Process, program: String) -> String? {
        guard finished.terminationReason == .exit else {
            return "the browser (\(program)) was stopped by signal \(finished.terminationStatus)"
        }
        return failure(exitStatus: finished.terminationStatus, program: program)
    }

    private static func failure(exitStatus status: Int32, program: String) -> String? {
        switch status {
        case 0: nil
        case 127: "cannot open the link: \(program) was not found (set $BROWSER to your browser)"
        case 126: "cannot open the link: \(program) cannot be run (check $BROWSER)"
        default: "the browser (\(program)) failed with exit status \(status)"
        }
    }
}
