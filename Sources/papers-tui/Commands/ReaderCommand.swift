import ArgumentParser
import Foundation
import ReaderStore

/// What `papers-tui` does with no sub-command: the reader over the cache.
struct ReaderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reader", abstract: "Show the latest day's list (the default).", shouldDisplay: false)

    @OptionGroup var store: StoreOptions

    @Option(name: [.short, .long], help: "A category expression (default from config, else all).")
    var category: String?

    func run() throws {
        let paperStore = try store.openStore()
        if try paperStore.paperCount() == 0 {
            guard try offerSample(paperStore) else { return }
        }
        var arguments: [String] = []
        if let db = store.db { arguments += ["--db", db] }
        if let category { arguments += ["--category", category] }
        try ListCommand.parse(arguments).run()
    }

    /// An empty cache: offer the bundled sample on a terminal, else say how to fill the cache.
    private func offerSample(_ paperStore: PaperStore) throws -> Bool {
        let hint = "Run `papers-tui sync --category cs.AI` to fetch today's papers (or set `categories` in config.toml)."
        guard Output.standardInputIsTerminal else {
            Output.line("The cache is empty. \(hint)\nTo try papers-tui offline: `papers-tui import --sample`.")
            return false
        }
        Output.write("The cache is empty. Load a small bundled sample of real arXiv days to look around? [Y/n] ")
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard answer.isEmpty || answer.hasPrefix("y") else {
            Output.line(hint)
            return false
        }
        let summary = try BundledSample.load(into: paperStore)
        Output.line("Loaded \(summary.newPapers) papers (\(BundledSample.description)). \(hint)")
        return true
    }
}
