import ArgumentParser
import Foundation
import ReaderStore

/// `star`, `unstar`, `read` and `unread` share everything but the change they make.
protocol MarkCommand: ParsableCommand {
    static var change: MarkChange { get }
    var store: StoreOptions { get }
    var ids: [String] { get }
}

extension MarkCommand {
    func run() throws {
        let parsed = try ids.map(PaperIDArgument.parse)
        let paperStore = try store.openStore()
        let unknown = try paperStore.apply(Self.change, to: parsed)
        let verb = switch Self.change {
        case .star: "starred"
        case .unstar: "unstarred"
        case .read: "marked read"
        case .unread: "marked unread"
        }
        Output.line("\(verb) \(parsed.count) paper\(parsed.count == 1 ? "" : "s")")
        if !unknown.isEmpty {
            Output.error("note: not in the cache yet (kept; run `papers-tui sync --id ...` to fetch): \(unknown.joined(separator: " "))")
        }
    }
}

struct StarCommand: MarkCommand {
    static let configuration = CommandConfiguration(commandName: "star", abstract: "Star papers.")
    static let change = MarkChange.star
    @OptionGroup var store: StoreOptions
    @Argument(help: "arXiv ids or URLs.") var ids: [String]
}

struct UnstarCommand: MarkCommand {
    static let configuration = CommandConfiguration(commandName: "unstar", abstract: "Remove stars.")
    static let change = MarkChange.unstar
    @OptionGroup var store: StoreOptions
    @Argument(help: "arXiv ids or URLs.") var ids: [String]
}

struct ReadCommand: MarkCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Mark papers read.")
    static let change = MarkChange.read
    @OptionGroup var store: StoreOptions
    @Argument(help: "arXiv ids or URLs.") var ids: [String]
}

struct UnreadCommand: MarkCommand {
    static let configuration = CommandConfiguration(commandName: "unread", abstract: "Mark papers unread.")
    static let change = MarkChange.unread
    @OptionGroup var store: StoreOptions
    @Argument(help: "arXiv ids or URLs.") var ids: [String]
}
