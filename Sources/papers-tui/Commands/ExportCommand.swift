import ArgumentParser
import Foundation
import ReaderStore
import ReaderUI

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write papers (your stars by default) as BibTeX, JSON, CSV or RIS.",
        discussion: "One of --starred (the default), --date D [--category C], --tag NAME or --query Q chooses the papers.")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Every starred paper (the default).")
    var starred = false

    @Option(help: "The papers of an announcement day (YYYY-MM-DD or `latest`).")
    var date: String?

    @Option(name: [.short, .long], help: "With --date: a category expression (default from config, else all).")
    var category: String?

    @Option(help: "The papers a search finds (the same language as `papers-tui search`).")
    var query: String?

    @Option(help: "The papers carrying this tag (`papers-tui tag`).")
    var tag: String?

    @Option(help: "bibtex, json, csv or ris.")
    var format: String = "bibtex"

    @Option(name: [.short, .long], help: "Write to this file instead of standard output (- is standard output); an existing file is replaced only once the export is complete, and never a folder, a device or the cache.")
    var output: String?

    func validate() throws {
        let chosen = [starred, date != nil, query != nil, tag != nil].filter { $0 }.count
        if chosen > 1 { throw ValidationError("choose one of --starred, --date, --tag or --query") }
        if category != nil, date == nil { throw ValidationError("--category goes with --date") }
    }

    func run() throws {
        guard let format = ExportFormat(rawValue: format.lowercased()) else {
            throw CLIError("--format \(self.format) is not known: use bibtex, json, csv or ris")
        }
        let paperStore = try store.openStore()
        let pages = try source(paperStore)
        let sink = try ExportSink(path: output, cachePath: paperStore.path)
        let count: Int
        do {
            count = try write(format, pages: pages, to: sink)
            try sink.finish()
        } catch {
            sink.discard()
            throw error
        }
        if count == 0, let tag { Output.error("note: no paper carries the tag \(Sanitize.terminalText(tag)) (`papers-tui tag --list` lists the tags in use)") }
        if let output, output != "-" {
            Output.error("papers-tui: wrote \(count) paper\(count == 1 ? "" : "s") to \(CLIText.plain(output))")
        }
    }

    /// Every chosen paper in the format; returns how many.
    private func write(_ format: ExportFormat, pages: (Int, Int) throws -> [ListedPaper], to sink: ExportSink) throws -> Int {
        var bibtex = BibTeXExporter()
        var count = 0
        if format == .json { try sink.write("[") }
        if format == .csv { try sink.write(CSVExporter.header + "\n") }
        let encoder = PaperJSON.encoder()
        var offset = 0
        while true {
            let page = try pages(offset, 500)
            if page.isEmpty { break }
            for listed in page {
                switch format {
                case .bibtex: try sink.write((count > 0 ? "\n" : "") + bibtex.entry(listed))
                case .ris: try sink.write(RISExporter.entry(listed) + "\n")
                case .csv: try sink.write(CSVExporter.row(listed) + "\n")
                case .json:
                    try sink.write((count > 0 ? ",\n" : "\n") + String(decoding: try encoder.encode(PaperJSON(listed)), as: UTF8.self))
                }
                count += 1
            }
            offset += page.count
        }
        if format == .json { try sink.write(count > 0 ? "\n]\n" : "]\n") }
        return count
    }

    /// Pages of the chosen papers, `limit` from `offset`.
    private func source(_ paperStore: PaperStore) throws -> (Int, Int) throws -> [ListedPaper] {
        if let tag {
            guard let name = TagName.normalized(tag) else { throw CLIError(TagArguments.invalid(tag)) }
            var parsed = try SearchQuery(parsing: "tag:\(name)")
            parsed.order = .date
            return { offset, limit in try paperStore.search(parsed, offset: offset, limit: limit).map(\.listed) }
        }
        if let query {
            let parsed: SearchQuery
            do { parsed = try SearchQuery(parsing: query) } catch { throw CLIError(error.description) }
            return { offset, limit in try paperStore.search(parsed, offset: offset, limit: limit).map(\.listed) }
        }
        if let date {
            let config = try Config.load()
            let expression = try ListCommand.expression(category ?? config.categories.joined(separator: "+"))
            let scope = try ListCommand.scope(date: date, starred: false, expression: expression, store: paperStore)
            let listQuery = ListQuery(scope: scope, categories: expression)
            return { offset, limit in try paperStore.page(listQuery, offset: offset, limit: limit) }
        }
        let listQuery = ListQuery(scope: .starred)
        return { offset, limit in try paperStore.page(listQuery, offset: offset, limit: limit) }
    }
}
