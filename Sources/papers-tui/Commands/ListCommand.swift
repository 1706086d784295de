import ArgumentParser
import Foundation
import ReaderStore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print a day's list from the cache.",
        discussion: "Categories work like Cool Papers' URLs: cs.AI,cs.CL or cs.AI+cs.LG is a union, -cs.CY excludes."
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "The announcement day (YYYY-MM-DD) or `latest`.")
    var date: String?

    @Option(name: [.short, .long], help: "A category expression such as cs.AI+cs.LG-cs.CY (default from config, else all).")
    var category: String?

    @Option(help: "A conference edition instead of a day, such as ICLR.2025 (see `papers-tui venues list`).")
    var venue: String?

    @Option(help: "With --venue: one group, such as Oral.")
    var group: String?

    @Flag(help: "Only papers a cached venue lists (arXiv papers accepted at a conference).")
    var venuePapers = false

    @Flag(help: "Include replaced papers (new versions of older papers).")
    var replacements = false

    @Flag(help: "Only starred papers (all days unless --date is given).")
    var starred = false

    @Flag(help: "Only unread papers.")
    var unread = false

    @Flag(help: "Only papers marked not interested (all days unless --date is given); other lists leave them out.")
    var dismissed = false

    @Flag(help: "Only papers not seen yet (never under the reader's cursor, opened, or marked read or seen).")
    var unseen = false

    @Flag(help: "The inbox: every paper not seen yet, from the last days' lists, oldest day first (see --days).")
    var inbox = false

    @Option(help: "With --inbox: how many of the latest announcement days it gathers.")
    var days = 30

    @Flag(help: "Starred or read papers announced again with a newer version than the one you saw.")
    var changed = false

    @Option(help: "arxiv (the list's own order), relevance (your ranking, learned from your marks: see `papers-tui rank status`) or keywords (the best match to [rank] keywords first).")
    var sort: ListSort = .arxiv

    @Option(help: "At most this many papers.")
    var limit: Int?

    @Option(help: "Skip this many papers first.")
    var offset = 0

    @Flag(help: "Print a JSON array.")
    var json = false

    @Option(help: "A saved search's matches (`papers-tui search --save NAME QUERY`), newest first, the ones announced since you last looked marked new.")
    var saved: String?

    @Flag(help: "The papers of watched authors and keywords (`papers-tui watch`), newest first, the ones announced since you last looked marked new.")
    var watched = false

    @Option(help: "The papers carrying this tag (`papers-tui tag`), newest first.")
    var tag: String?

    /// `list --tag NAME`: the tag's papers, newest first.
    static func printTagged(_ tag: String, limit: Int, json: Bool, in store: PaperStore) throws {
        guard let name = TagName.normalized(tag) else { throw CLIError(TagArguments.invalid(tag)) }
        var query = try SearchQuery(parsing: "tag:\(name)")
        query.order = .date
        let papers = try store.search(query, limit: max(0, limit)).map(\.listed)
        if json {
            Output.line(String(decoding: try PaperJSON.encoder().encode(papers.map(PaperJSON.init)), as: UTF8.self))
            return
        }
        Output.line("tag \(name) · \(papers.count) paper\(papers.count == 1 ? "" : "s")")
        for (index, paper) in papers.enumerated() { Output.line(ListPrinter.row(paper, index: index + 1)) }
    }

    func run() throws {
        let config = try Config.load()
        let paperStore = try store.openStore()
        if watched {
            guard saved == nil, date == nil, venue == nil, !inbox, !changed, !starred, !dismissed, offset == 0, sort == .arxiv else {
                throw CLIError("--watched lists the watched papers: only --limit and --json go with it")
            }
            try WatchOutput.printMatches(limit: limit ?? 50, json: json, in: paperStore)
            return
        }
        if let tag {
            guard saved == nil, !watched, date == nil, venue == nil, !inbox, !changed, !starred, !dismissed, offset == 0, sort == .arxiv else {
                throw CLIError("--tag lists a tag's papers: only --limit and --json go with it")
            }
            try Self.printTagged(tag, limit: limit ?? 50, json: json, in: paperStore)
            return
        }
        if let saved {
            guard date == nil, venue == nil, !inbox, !changed, !starred, !dismissed, offset == 0, sort == .arxiv else {
                throw CLIError("--saved lists a saved search's matches: only --limit and --json go with it")
            }
            try SavedSearchOutput.printMatches(named: saved, limit: limit ?? 50, json: json, in: paperStore)
            return
        }
        let expression = try Self.expression(category ?? config.categories.joined(separator: "+"))
        let scope: ListQuery.Scope
        if [venue != nil, inbox, changed].filter({ $0 }).count > 1 {
            throw CLIError("--venue, --inbox and --changed each choose the list: give one of them")
        }
        if inbox || changed, date != nil { throw CLIError("--date chooses a day's list: leave it out with --inbox or --changed") }
        guard (1...1000).contains(days) else { throw CLIError("--days is \(days): use a number from 1 to 1000") }
        if let venue {
            scope = try Self.venueScope(venue, group: group, store: paperStore)
        } else if inbox {
            scope = .inbox(since: Date(), days: days)
        } else if changed {
            scope = .changed
        } else {
            if group != nil { throw CLIError("--group goes with --venue: papers-tui list --venue ICLR.2025 --group Oral") }
            if starred, dismissed, date == nil { throw CLIError("--starred and --dismissed each list every day's papers: give --date too, or one of them") }
            scope = dismissed && date == nil ? .dismissed
                : try Self.scope(date: date, starred: starred, expression: expression, store: paperStore)
        }
        let query = ListQuery(scope: scope, categories: venue == nil && !changed ? expression : nil, includeReplacements: replacements,
                              onlyStarred: starred, onlyUnread: unread, onlyVenue: venuePapers, onlyUnseen: unseen,
                              dismissed: dismissed ? .only : .hidden)
        if let limit, limit < 0 { throw CLIError("--limit must be 0 or more") }
        let counts = try paperStore.counts(query)
        if !json {
            if case .day(let day) = scope {
                let estimated = counts.estimated ? " · estimated from submission times (a sync of the day replaces it)" : ""
                let hidden = query.hidesDismissed && counts.dismissed > 0 ? " · \(counts.dismissed) dismissed left out (--dismissed lists them)" : ""
                Output.line(ListPrinter.header(day: day, categories: expression, counts: counts) + hidden + estimated)
            } else if inbox {
                Output.line("inbox · \(expression?.description ?? "all categories") · last \(days) days · "
                    + "Total \(counts.total) · ★ \(counts.starred) · unread \(counts.unread)")
            } else if scope == .dismissed {
                Output.line("dismissed · Total \(counts.total) · ★ \(counts.starred) · unread \(counts.unread)")
            } else if changed {
                Output.line("changed since seen · Total \(counts.total) · ★ \(counts.starred) · unread \(counts.unread)")
            } else if case .venue(let edition, let group) = scope {
                Output.line("\(edition)\(group.map { " · \($0)" } ?? "") · Total \(counts.total) · ★ \(counts.starred) · unread \(counts.unread)")
            } else {
                Output.line(ListPrinter.header(day: nil, categories: expression, counts: counts))
            }
        }
        let ranked: [RankedList.Entry]?
        switch sort {
        case .arxiv: ranked = nil
        case .relevance: ranked = try RankedList.rank(query, total: counts.total, in: paperStore)
        case .keywords:
            ranked = try RankedList.byKeywords(query, total: counts.total, keywords: try Self.sortKeywords(config), in: paperStore)
        }
        var printed = 0
        var first = true
        var lastDay: String?
        let wanted = min(limit ?? Int.max, max(0, counts.total - offset))
        if json { Output.write("[") }
        let encoder = PaperJSON.encoder()
        while printed < wanted {
            let page: [RankedList.Entry]
            if let ranked {
                page = Array(ranked.dropFirst(offset + printed).prefix(wanted - printed))
            } else {
                page = try paperStore.page(query, offset: offset + printed, limit: min(500, wanted - printed)).map { RankedList.Entry(listed: $0) }
            }
            if page.isEmpty { break }
            for entry in page {
                let listed = entry.listed
                if json {
                    var paper = PaperJSON(listed)
                    paper.score = entry.score
                    paper.why = entry.why
                    let data = try encoder.encode(paper)
                    Output.write((first ? "\n" : ",\n") + String(decoding: data, as: UTF8.self))
                } else {
                    if inbox, ranked == nil, let day = listed.announceDate, day != lastDay {
                        lastDay = day
                        let count = counts.sections.first { $0.heading == .day(day) }?.count
                        Output.line("── \(ArxivDates.weekdayName(of: day).map { "\($0) " } ?? "")\(day)\(count.map { " · \($0)" } ?? "") ──")
                    }
                    Output.line(ListPrinter.row(listed, index: offset + printed + 1, showsGroup: venue != nil))
                }
                first = false
                printed += 1
            }
        }
        if json { Output.line(first ? "]" : "\n]") }
    }

    static func expression(_ text: String) throws -> CategoryExpression? {
        guard !text.isEmpty else { return nil }
        guard let expression = CategoryExpression(parsing: text) else {
            throw CLIError("'\(text)' is not a category expression (expected e.g. cs.AI, cs.AI+cs.LG or cs.AI-cs.CY)")
        }
        return expression
    }

    static func scope(date: String?, starred: Bool, expression: CategoryExpression?, store: PaperStore) throws -> ListQuery.Scope {
        if starred, date == nil { return .starred }
        if let date, date != "latest" {
            guard let day = ArxivDates.day(date) else { throw CLIError("--date \(date) is not a date: use YYYY-MM-DD or latest") }
            guard try store.latestDay(for: nil) != nil else { throw try noCache(store) }
            let hasDay = try store.counts(ListQuery(scope: .day(day), categories: expression, includeReplacements: true)).total > 0
            guard hasDay else { throw CLIError("no cached list for \(day): run `papers-tui sync`") }
            return .day(day)
        }
        guard let latest = try store.latestDay(for: expression) else {
            if try store.latestDay(for: nil) == nil { throw try noCache(store) }
            throw noList(for: expression)
        }
        return .day(latest)
    }

    static func venueScope(_ text: String, group: String?, store: PaperStore) throws -> ListQuery.Scope {
        guard let edition = VenueEdition(parsing: text) else {
            throw CLIError("--venue \(text) is not an edition: use VENUE.YEAR, such as ICLR.2025")
        }
        let editions = try store.editions()
        guard let summary = editions.first(where: { $0.edition.caseInsensitiveCompare(edition.description) == .orderedSame }) else {
            let known = editions.map(\.edition).joined(separator: ", ")
            throw CLIError("\(edition) is not cached: run `papers-tui venues sync \(edition)` or `venues import FILE --edition \(edition)`"
                + (known.isEmpty ? "" : " (cached: \(known))"))
        }
        guard let group else { return .venue(edition: summary.edition, group: nil) }
        // As the source spells it (`Oral`), whatever the case typed.
        guard let stored = summary.groups.first(where: { $0.name.caseInsensitiveCompare(group) == .orderedSame })?.name else {
            throw CLIError("\(summary.edition) has no group '\(group)': it has \(summary.groups.map(\.name).joined(separator: ", "))")
        }
        return .venue(edition: summary.edition, group: stored)
    }

    /// Lists are cached, but none for these categories.
    static func noList(for expression: CategoryExpression?) -> CLIError {
        CLIError("no cached list for \(expression?.description ?? "these categories"): run `papers-tui sync --category \(expression?.included.first ?? "cs.AI")`")
    }

    /// No day's list at all; papers may still be cached (from a harvest), which search finds.
    static func noCache(_ store: PaperStore) throws -> CLIError {
        let papers = try store.paperCount()
        guard papers == 0 else {
            return CLIError("the cache has no lists yet, but \(papers) paper\(papers == 1 ? "" : "s"): "
                + "`papers-tui search WORDS` finds them, `papers-tui sync` fetches today's list")
        }
        return CLIError("the cache has no lists yet: run `papers-tui sync --category cs.AI` (or `papers-tui import --sample` to try it offline)")
    }
}
