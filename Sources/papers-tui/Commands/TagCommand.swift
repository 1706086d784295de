import ArgumentParser
import Foundation
import ReaderStore
import ReaderUI

/// `papers-tui tag`: your own tags on papers, carried by the library log.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag a paper, print its tags, or (--list) every tag in use.",
        discussion: "`papers-tui untag ID NAME...` takes tags off; `list --tag NAME` and `export --tag NAME` list and export a tag's papers; `tag:NAME` searches."
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Every tag in use, with how many papers carry it.")
    var list = false

    @Flag(help: "Print JSON.")
    var json = false

    @Argument(help: "An arXiv id or URL (or a venue paper's id), then tag names (letters, digits, - _ . /).")
    var arguments: [String] = []

    func run() throws {
        let paperStore = try store.openStore()
        if list {
            guard arguments.isEmpty else { throw CLIError("--list takes no paper or tag") }
            let tags = try paperStore.allTags()
            if json {
                Output.line(try TagArguments.json(tags.map { ["name": $0.name, "papers": $0.papers] }))
            } else if tags.isEmpty {
                Output.line("no tags yet: `papers-tui tag ID NAME` tags a paper")
            } else {
                for tag in tags { Output.line("\(tag.name)  \(tag.papers) paper\(tag.papers == 1 ? "" : "s")") }
            }
            return
        }
        guard let first = arguments.first else { throw CLIError("give a paper id and tags: papers-tui tag 2411.18123 kv-cache (or --list)") }
        let paperID = try PaperIDArgument.parse(first)
        let names = try TagArguments.names(Array(arguments.dropFirst()))
        if !names.isEmpty { try paperStore.addTags(names, to: [paperID]) }
        let tags = try paperStore.tags(for: paperID)
        if json {
            Output.line(try TagArguments.json(["id": paperID, "tags": tags]))
        } else {
            Output.line(tags.isEmpty ? "\(paperID) has no tags" : "\(paperID): " + tags.joined(separator: ", "))
        }
    }
}

struct UntagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "untag", abstract: "Take tags off a paper.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "An arXiv id or URL (or a venue paper's id), then the tags to take off.")
    var arguments: [String] = []

    func run() throws {
        guard arguments.count >= 2 else { throw CLIError("give a paper id and the tags to take off: papers-tui untag 2411.18123 kv-cache") }
        let paperID = try PaperIDArgument.parse(arguments[0])
        let paperStore = try store.openStore()
        let names = try TagArguments.names(Array(arguments.dropFirst()))
        let removed = try paperStore.removeTags(names, from: [paperID])
        if removed < names.count { Output.error("note: \(paperID) did not have \(names.count - removed == 1 ? "that tag" : "all of those tags")") }
        let tags = try paperStore.tags(for: paperID)
        Output.line(tags.isEmpty ? "\(paperID) has no tags" : "\(paperID): " + tags.joined(separator: ", "))
    }
}

enum TagArguments {
    static func names(_ raw: [String]) throws -> [String] {
        try raw.map { text in
            guard let name = TagName.normalized(text) else { throw CLIError(invalid(text)) }
            return name
        }
    }

    static func invalid(_ text: String) -> String {
        "'\(Sanitize.terminalText(text))' is not a tag: use letters, digits and - _ . / (at most \(TagName.maximumLength)), such as kv-cache"
    }

    static func json(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }
}
