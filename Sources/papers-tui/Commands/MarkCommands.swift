import ArgumentParser
import Foundation
import ReaderStore

/// `star`, `unstar`, `read`, `unread`, `dismiss`, `undismiss` and `seen` share everything but the change they make.
protocol MarkCommand: ParsableCommand {
    /// The past tense the command's one line starts with: `starred 2 papers`.
    static var verb: String { get }
    /// Makes the change; returns the ids not in the cache.
    static func mark(_ ids: [String], in store: PaperStore) throws -> [String]
    var store: StoreOptions { get }
    var ids: [String] { get }
}

extension MarkCommand {
    func run() throws {
        let parsed = try ids.map(PaperIDArgument.parse)
        let unknown = try Self.mark(parsed, in: try store.openStore())
        Output.line("\(Self.verb) \(parsed.count) paper\(parsed.count == 1 ? "" : "s")")
        if !unknown.isEmpty {
            Output.error("note: not in the cache yet (kept; run `papers-tui sync --id ...` to fetch): \(unknown.joined(separator: " "))")
        }
    }
}

/// A mark command that is one `MarkChange`.
protocol MarkChangeCommand: MarkCommand {
    static var change: MarkChange { get }
}

extension MarkChangeCommand {
    static var verb: String {
        switch change {
        case .star: "starred"
        case .unstar: "unstarred"
        case .read: "marked read"
        case .unread: "marked unread"
        case .dismiss: "dismissed"
        case .undismiss: "undismissed"
        }
    }

    static func mark(_ ids: [String], in store: PaperStore) throws -> [String] {
        try store.apply(change, to: ids)
    }
}

struct StarCommand: MarkChangeCommand {
    static let configuration = CommandConfiguration(commandName: "star", abstract: "Star papers.")
    static let change = MarkChange.star
    @OptionGroup var store: StoreOptions
    @Argument(help: "arXiv ids or URLs.") var ids: [String]
}

struct UnstarCommand: MarkChangeCommand {
    static let configuration = CommandConfiguration(commandName: "unstar", abstract: "Remove stars.")
    static let change = MarkChange.unstar
    @OptionGroup var store: StoreOptions
    @Argument(help: "arXiv ids or URLs.") var ids: [String]
}

struct ReadCommand: MarkChangeCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Mark papers read.")
    static let change = MarkChange.read
    @OptionGroup var store: StoreOptions
    @Argument(help: "arXiv ids or URLs.") var ids: [String]
}

struct UnreadCommand: MarkChangeCommand {
    static let configuration = CommandConfiguration(commandName: "unread", abstract: "Mark papers unread.")
    static let change = MarkChange.unread
    @OptionGroup var store: StoreOptions
    @Argument(help: "arXiv ids or URLs.") var ids: [String]
}

struct DismissCommand: MarkChangeCommand {
    static let configuration = CommandConfiguration(
        commandName: "dismiss",
        abstract: "Mark papers \"not interested\": lists leave them out (`list --dismissed` lists them); stars and read marks stay.")
    static let change = MarkChange.dismiss
    @OptionGroup var store: StoreOptions
    @Argument(help: "arXiv ids or URLs.") var ids: [String]
}

struct UndismissCommand: MarkChangeCommand {
    static let configuration = CommandConfiguration(commandName: "undismiss", abstract: "Take dismissals back: the papers show in lists again.")
    static let change = MarkChange.undismiss
    @OptionGroup var store: StoreOptions
    @Argument(help: "arXiv ids or URLs.") var ids: [String]
}

struct SeenCommand: MarkCommand {
    static let configuration = CommandConfiguration(
        commandName: "seen", abstract: "Mark papers seen, as the reader does when its cursor reaches them (`list --unseen` leaves them out).")
    static let verb = "marked seen"
    @OptionGroup var store: StoreOptions
    @Argument(help: "arXiv ids or URLs.") var ids: [String]

    static func mark(_ ids: [String], in store: PaperStore) throws -> [String] {
        try store.markSeen(ids)
        return try store.uncachedIDs(ids)
    }
}
