import ArgumentParser
import Foundation
import ReaderStore
import ReaderUI

struct PapersTUI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "papers-tui",
        abstract: "Skim each day's arXiv papers in the terminal, offline after a sync.",
        discussion: """
            With no sub-command papers-tui shows the latest day's list from the local cache.
            The cache is $XDG_DATA_HOME/papers-tui/papers.sqlite (or --db, or PAPERS_TUI_DB).
            """,
        // A second line says where the error log is, for a bug report.
        version: "\(PapersTUIVersion.current)\nerror log: \(ErrorLog.shared.path)",
        subcommands: [
            ReaderCommand.self, SyncCommand.self, ListCommand.self, ShowCommand.self,
            StarCommand.self, UnstarCommand.self, ReadCommand.self, UnreadCommand.self, DismissCommand.self, UndismissCommand.self,
            SeenCommand.self, ImportCommand.self,
            SearchCommand.self, FAQCommand.self, OpenCommand.self, ExportCommand.self, RelatedCommand.self, VenuesCommand.self,
            RecoverCommand.self, StatusCommand.self, RankCommand.self, WatchCommand.self, UnwatchCommand.self, LibraryCommand.self, NoteCommand.self, TagCommand.self, UntagCommand.self,
        ],
        defaultSubcommand: ReaderCommand.self
    )
}

@main
enum Entry {
    static func main() async {
        DescriptorWriter.ignoreBrokenPipeSignal()
        var commandName = "papers-tui"
        do {
            var command = try PapersTUI.parseAsRoot()
            commandName = type(of: command).configuration.commandName ?? commandName
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error where ErrorReport.isSentence(error) {
            ErrorReport.report(error, command: commandName)
        } catch {
            ErrorReport.exitAsParser(error, command: commandName)
        }
    }
}

/// Options every sub-command takes.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The cache file (default: $PAPERS_TUI_DB or $XDG_DATA_HOME/papers-tui/papers.sqlite).")
    var db: String?

    func openStore() throws -> PaperStore {
        try PaperStore(path: Config.databasePath(option: db)) {
            Output.error("papers-tui: updating the cache for this version (once; a large cache takes a few seconds)…")
        }
    }
}
