import ArgumentParser
import Foundation
import ReaderStore

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "How much of each recent day's list is seen, starred and read.",
        discussion: "One line per cached announcement day, newest first, counted as `papers-tui list` counts a day (without replacements)."
    )

    @OptionGroup var store: StoreOptions

    @Option(name: [.short, .long], help: "A category expression such as cs.AI+cs.LG-cs.CY (default from config, else all).")
    var category: String?

    @Option(help: "How many days, the newest that have papers.")
    var days = 14

    @Flag(help: "Print JSON: {days: [{day, categories, papers, seen, starred, read, unread, changed}], totals: {papers, seen, starred, read, unread, changed}}.")
    var json = false

    func run() throws {
        guard days > 0 else { throw CLIError("--days must be 1 or more") }
        let config = try Config.load()
        let expression = try ListCommand.expression(category ?? config.categories.joined(separator: "+"))
        let paperStore = try store.openStore()
        let recent = try Self.recentDays(days, for: expression, in: paperStore)
        guard !recent.isEmpty else {
            // Nothing to count is not a failure: the sentence says what would fill the table.
            let empty = try paperStore.latestDay(for: nil) == nil ? ListCommand.noCache(paperStore) : ListCommand.noList(for: expression)
            if json {
                Output.line(try StatusTable.json([], categories: expression))
                Output.error(empty.description)
            } else {
                Output.line(empty.description)
            }
            return
        }
        if json {
            Output.line(try StatusTable.json(recent, categories: expression))
        } else {
            StatusTable.lines(recent, categories: expression).forEach(Output.line)
        }
    }

    /// The newest `limit` days with papers for the expression (a day holding only replacements or
    /// excluded papers has none, unless it replaced a paper you starred or read), each with its counts.
    static func recentDays(_ limit: Int, for expression: CategoryExpression?, in store: PaperStore) throws -> [DayStatus] {
        var found: [DayStatus] = []
        // Few: the starred and read papers whose cached version is newer than the one seen, by the day
        // that announced it.
        let changed = Dictionary(grouping: try store.page(ListQuery(scope: .changed), offset: 0, limit: -1)) { $0.announceDate ?? "" }
        var day = try store.latestDay(for: expression)
        while let current = day, found.count < limit {
            let counts = try store.counts(ListQuery(scope: .day(current), categories: expression))
            // A day that only replaced papers counts when it replaced one you starred or read.
            if counts.total > 0 || changed[current] != nil { found.append(DayStatus(day: current, counts: counts, changed: changed[current]?.count ?? 0)) }
            day = try store.adjacentDay(to: current, before: true, for: expression)
        }
        return found
    }
}
