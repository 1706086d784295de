import ArgumentParser
import Foundation
import ReaderStore
import ReaderUI

/// `papers-tui watch`: watches authors and keywords, or (given none) lists what is watched.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watch authors and keywords: their papers are marked ◆ in every list and gathered in `list --watched`.",
        discussion: "With no --author or --keyword, lists what is watched. `papers-tui unwatch` stops watching."
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "An author's name as arXiv lists it, such as \"Yann LeCun\" (case and accents ignored).")
    var author: [String] = []

    @Option(help: "A word or phrase, matched in titles and abstracts as a search matches it.")
    var keyword: [String] = []

    @Flag(help: "Print what is watched as JSON.")
    var json = false

    func run() throws {
        let paperStore = try store.openStore()
        let watches = try WatchArguments.parse(authors: author, keywords: keyword)
        guard !watches.isEmpty else {
            try WatchOutput.printAll(try paperStore.watchList(), json: json)
            return
        }
        for watch in watches {
            let added = try paperStore.watch(watch)
            Output.line("\(added ? "watching" : "already watching") \(watch.kind.rawValue) \(Sanitize.terminalText(watch.description))")
        }
    }
}

/// `papers-tui unwatch`: stops watching authors and keywords.
struct UnwatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unwatch", abstract: "Stop watching authors and keywords.")

    @OptionGroup var store: StoreOptions

    @Option(help: "An author watched with `watch --author`.")
    var author: [String] = []

    @Option(help: "A keyword watched with `watch --keyword`.")
    var keyword: [String] = []

    func run() throws {
        let watches = try WatchArguments.parse(authors: author, keywords: keyword)
        guard !watches.isEmpty else { throw CLIError("give --author NAME or --keyword WORD: `papers-tui watch` lists what is watched") }
        let paperStore = try store.openStore()
        for watch in watches {
            let removed = try paperStore.unwatch(watch)
            Output.line("\(removed ? "no longer watching" : "was not watching") \(watch.kind.rawValue) \(Sanitize.terminalText(watch.description))")
        }
    }
}

enum WatchArguments {
    static func parse(authors: [String], keywords: [String]) throws -> [Watch] {
        try authors.map { name in
            guard let watch = Watch(.author, name) else {
                throw CLIError("--author \(Sanitize.terminalText(name)) is not a name: give one line with a letter in it, at most 200 characters")
            }
            return watch
        } + keywords.map { word in
            guard let watch = Watch(.keyword, word) else {
                throw CLIError("--keyword \(Sanitize.terminalText(word)) has no word in it: give a word or a phrase, at most 200 characters")
            }
            return watch
        }
    }
}

/// What is watched, and `list --watched`: the watched papers newest first, the new ones marked.
enum WatchOutput {
    static func printAll(_ list: WatchList, json: Bool) throws {
        if json {
            let objects = list.watches.map { ["kind": $0.kind.rawValue, "value": $0.value] }
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            Output.line(String(decoding: data, as: UTF8.self))
            return
        }
        guard !list.isEmpty else {
            Output.line("nothing watched: papers-tui watch --author NAME or --keyword WORD watches one (W in the reader)")
            return
        }
        for watch in list.watches {
            Output.line("\(watch.kind.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(Sanitize.terminalText(watch.description))")
        }
    }

    static func printMatches(limit: Int, json: Bool, in store: PaperStore) throws {
        let list = try store.watchList()
        guard let watched = try store.watchedList(of: list) else {
            throw CLIError("nothing watched: papers-tui watch --author NAME or --keyword WORD watches one")
        }
        let hits = try store.search(try SearchQuery(parsing: watched.query), order: .date, limit: limit)
        try SavedSearchOutput.printHits(hits.map(\.listed), json: json, lookedDay: watched.lookedDay,
                                        heading: "watched: \(list.summary) · \(watched.newText) since \(watched.lookedDay)") { object, listed in
            object.watched = list.matches(listed.paper).map(\.description)
        }
        try store.markWatchedLooked()
    }
}
