import ArgumentParser
import Foundation
import ReaderStore
import ReaderUI

/// A plain sentence for the user, ending the command with a non-zero exit.
struct CLIError: Error, CustomStringConvertible, CustomDebugStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }

    /// The sentence, with the error that led to it noted behind it for the error log.
    init(_ description: String, cause: any Error) {
        self.description = description
        ErrorCauses.shared.note(cause, behind: self)
    }

    /// The log's cause column: the sentence is already there, and what led to it follows.
    var debugDescription: String { "CLIError" }
}

/// The one place that turns any error into what the user reads and the exit code.
enum ErrorReport {
    static func message(for error: any Error) -> String {
        switch error {
        case let error as CLIError: error.description
        case let error as StoreError: error.description
        case let error as FeedError: error.description
        case let error as LLMError: error.description
        case let error as LibraryError: error.description
        case is CancellationError: "interrupted"
        default: "unexpected error: \(error)"
        }
    }

    /// Errors that are a sentence of ours, reported by `report`; the rest (usage errors) by the argument parser.
    static func isSentence(_ error: any Error) -> Bool {
        error is CLIError || error is StoreError || error is FeedError || error is LLMError || error is LibraryError
    }

    /// Ends `command` (sync, reader, ...) with the sentence on standard error, written with its cause
    /// to the error log.
    static func report(_ error: any Error, command: String) -> Never {
        let message = message(for: error)
        ErrorLog.shared.record(error, shown: message, context: command)
        // Messages can quote remote text (an error feed, a URL): never let it drive the terminal.
        Output.error("papers-tui: \(Sanitize.terminalText(message))")
        exit(1)
    }

    /// Ends `command` as the argument parser does (help, usage errors, "Error: ..."); an error that is
    /// a failure rather than a misuse is written to the error log first.
    static func exitAsParser(_ error: any Error, command: String) -> Never {
        if PapersTUI.exitCode(for: error) == .failure {
            ErrorLog.shared.record(error, shown: PapersTUI.message(for: error), context: command)
        }
        PapersTUI.exit(withError: error)
    }
}
