import Foundation
import ReaderStore

/// Starts `$BROWSER` on a link and returns without waiting for it; how it fails (not found, a
/// non-zero exit, a signal) is posted as one sentence when it happens.
enum BrowserLauncher {
    static func open(_ url: String, browser: String?, post: @escaping @Sendable (Action) -> Void) {
        let command: BrowserCommand
        do {
            command = try BrowserCommand(browser: browser, url: url)
        } catch {
            post(.failed(error.description))
            return
        }
        let process = Process()
        // env finds the program on PATH; `--` keeps a program name starting with `-` from being its option.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["--"] + command.arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let program = Sanitize.terminalText(command.program)
        process.terminationHandler = { finished in
            let status = finished.terminationStatus
            guard finished.terminationReason != .exit || status != 0 else { return }
            switch (finished.terminationReason, status) {
            case (.exit, 127):
                post(.failed("cannot open the link: \(program) was not found (set $BROWSER to your browser)"))
            case (.exit, 126):
                post(.failed("cannot open the link: \(program) cannot be run (check $BROWSER)"))
            case (.exit, _):
                post(.failed("the browser (\(program)) failed with exit status \(status)"))
            default:
                post(.failed("the browser (\(program)) was stopped by signal \(status)"))
            }
        }
        do {
            try process.run()
        } catch {
            post(.failed("cannot open a browser: set $BROWSER (\(error.localizedDescription))"))
        }
    }
}
