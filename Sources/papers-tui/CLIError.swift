import ArgumentParser
import Foundation
import ReaderStore

/// A plain sentence for the user, ending the command with a non-zero exit.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The one place that turns any error into what the user reads and the exit code.
enum ErrorReport {
    static func exitCode(for error: any Error) -> Int32 {
        switch error {
        case is CLIError, is StoreError, is FeedError: 1
        default: 1
        }
    }

    static func message(for error: any Error) -> String {
        switch error {
        case let error as CLIError: error.description
        case let error as StoreError: error.description
        case let error as FeedError: error.description
        case is CancellationError: "interrupted"
        default: "unexpected error: \(error)"
        }
    }

    static func report(_ error: any Error) -> Never {
        FileHandle.standardError.write(Data("papers-tui: \(message(for: error))\n".utf8))
        exit(exitCode(for: error))
    }
}
