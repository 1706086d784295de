import ArgumentParser
import Foundation
import ReaderStore
import ReaderUI

/// A plain sentence for the user, ending the command with a non-zero exit.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The one place that turns any error into what the user reads and the exit code.
enum ErrorReport {
    static func message(for error: any Error) -> String {
        switch error {
        case let error as CLIError: error.description
        case let error as StoreError: error.description
        case let error as FeedError: error.description
        case let error as LLMError: error.description
        case is CancellationError: "interrupted"
        default: "unexpected error: \(error)"
        }
    }

    static func report(_ error: any Error) -> Never {
        // Messages can quote remote text (an error feed, a URL): never let it drive the terminal.
        Output.error("papers-tui: \(Sanitize.terminalText(message(for: error)))")
        exit(1)
    }
}
