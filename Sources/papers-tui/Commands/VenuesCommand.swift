import ArgumentParser
import Foundation
import ReaderStore

struct VenuesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "venues",
        abstract: "Conference papers by edition (ICLR.2025) and group (Oral, Spotlight, Poster).",
        subcommands: [VenuesListCommand.self, VenuesSyncCommand.self, VenuesImportCommand.self],
        defaultSubcommand: VenuesListCommand.self)
}

struct VenuesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Cached editions, their groups and counts.")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print a JSON array.")
    var json = false

    func run() throws {
        let editions = try store.openStore().editions()
        if json {
            struct Group: Encodable { let name: String; let count: Int }
            struct Edition: Encodable { let edition: String; let venue: String; let total: Int; let groups: [Group] }
            let objects = editions.map { summary in
                Edition(edition: summary.edition, venue: summary.venue, total: summary.total,
                        groups: summary.groups.map { Group(name: $0.name, count: $0.count) })
            }
            Output.line(String(decoding: try PaperJSON.encoder().encode(objects), as: UTF8.self))
            return
        }
        if editions.isEmpty {
            Output.line("No venues cached: run `papers-tui venues sync ICLR.2025` or `papers-tui venues import FILE --edition COLM.2025`.")
        }
        for summary in editions {
            let groups = summary.groups.map { "\(CLIText.plain($0.name)) \($0.count)" }.joined(separator: " · ")
            Output.line("\(CLIText.plain(summary.edition).rightPadded(to: 14)) \(String(summary.total).leftPadded(to: 6))  \(groups)")
        }
    }
}

struct VenuesSyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: "Fetch editions' accepted papers from the OpenReview API (paged, polite, resumable by re-running).")

    @OptionGroup var store: StoreOptions

    @Argument(help: "Editions such as ICLR.2025.")
    var editions: [String]

    func run() async throws {
        let parsed = try editions.map { text -> VenueEdition in
            guard let edition = VenueEdition(parsing: text) else {
                throw CLIError("'\(text)' is not an edition: use VENUE.YEAR, such as ICLR.2025")
            }
            return edition
        }
        guard !parsed.isEmpty else { throw CLIError("name an edition: papers-tui venues sync ICLR.2025") }
        let config = try Config.load()
        let paperStore = try store.openStore()
        let reporter = ProgressReporter()
        for edition in parsed {
            let sync = VenueSync(store: paperStore, baseURL: config.openReviewBase, policy: config.httpPolicy) { reporter.report($0) }
            let summary = try await sync.sync(edition)
            reporter.finish()
            Output.line(VenuesImportCommand.describe(summary, edition: edition))
        }
    }
}

struct VenuesImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a paper-list file (a JSON array or JSON lines with title, author, abstract, status, site).")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The file.")
    var file: String

    @Option(help: "The edition the papers belong to, such as COLM.2025.")
    var edition: String

    func run() throws {
        guard let edition = VenueEdition(parsing: edition) else {
            throw CLIError("--edition \(self.edition) is not an edition: use VENUE.YEAR, such as COLM.2025")
        }
        let data = try InputFile.contents(of: file, limit: VenueListing.maxFileBytes)
        let listing = try VenueListing.parse(data, edition: edition)
        guard !listing.papers.isEmpty else {
            throw CLIError("\(file) holds no papers (expected a JSON array or JSON lines with a title per paper)")
        }
        let paperStore = try store.openStore()
        var summary = try paperStore.saveVenuePapers(listing.papers)
        summary.removed = try paperStore.pruneEdition(edition, keeping: Set(listing.papers.map(\.sourceID)))
        Output.line(Self.describe(summary, edition: edition))
        if listing.skipped > 0 {
            Output.error("skipped \(listing.skipped) entr\(listing.skipped == 1 ? "y" : "ies") (first: \(CLIText.plain(listing.firstSkipReason ?? "?")))")
        }
    }

    static func describe(_ summary: VenueWriteSummary, edition: VenueEdition) -> String {
        var parts = ["\(edition): \(summary.new) new", "\(summary.updated) updated", "\(summary.unchanged) unchanged"]
        if summary.linked > 0 { parts.append("\(summary.linked) on arXiv") }
        if summary.removed > 0 { parts.append("\(summary.removed) no longer listed") }
        if summary.leftOut > 0 { parts.append("\(summary.leftOut) not accepted, left out") }
        if summary.invalidIDs > 0 { parts.append("\(summary.invalidIDs) with an id no paper can have, left out") }
        return parts.joined(separator: ", ")
    }
}
