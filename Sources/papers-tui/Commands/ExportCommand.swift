import ArgumentParser
import Foundation
import ReaderStore
import ReaderUI

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write papers (your stars by default) as BibTeX, JSON, CSV or RIS.",
        discussion: "One of --starred (the default), --date D [--category C], or --query Q chooses the papers.")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Every starred paper (the default).")
    var starred = false

    @Option(help: "The papers of an announcement day (YYYY-MM-DD or `latest`).")
    var date: String?

    @Option(name: [.short, .long], help: "With --date: a category expression (default from config, else all).")
    var category: String?

    @Option(help: "The papers a search finds (the same language as `papers-tui search`).")
    var query: String?

    @Option(help: "bibtex, json, csv or ris.")
    var format: String = "bibtex"

    @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        let chosen = [starred, date != nil, query != nil].filter { $0 }.count
        if chosen > 1 { throw ValidationError("choose one of --starred, --date or --query") }
        if category != nil, date == nil { throw ValidationError("--category goes with --date") }
    }

    func run() throws {
        guard let format = ExportFormat(rawValue: format.lowercased()) else {
            throw CLIError("--format \(self.format) is not known: use bibtex, json, csv or ris")
        }
        let paperStore = try store.openStore()
        let pages = try source(paperStore)
        let sink = try ExportSink(path: output)
        var bibtex = BibTeXExporter()
        var count = 0
        if format == .json { sink.write("[") }
        if format == .csv { sink.write(CSVExporter.header + "\n") }
        let encoder = PaperJSON.encoder()
        var offset = 0
        while true {
            let page = try pages(offset, 500)
            if page.isEmpty { break }
            for listed in page {
                switch format {
                case .bibtex: sink.write((count > 0 ? "\n" : "") + bibtex.entry(listed))
                case .ris: sink.write(RISExporter.entry(listed.paper) + "\n")
                case .csv: sink.write(CSVExporter.row(listed) + "\n")
                case .json:
                    sink.write((count > 0 ? ",\n" : "\n") + String(decoding: try encoder.encode(PaperJSON(listed)), as: UTF8.self))
                }
                count += 1
            }
            offset += page.count
        }
        if format == .json { sink.write(count > 0 ? "\n]\n" : "]\n") }
        try sink.finish()
        if output != nil { Output.error("papers-tui: wrote \(count) paper\(count == 1 ? "" : "s") to \(output ?? "")") }
    }

    /// Pages of the chosen papers, `limit` from `offset`.
    private func source(_ paperStore: PaperStore) throws -> (Int, Int) throws -> [ListedPaper] {
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

/// Standard output, or a file written beside its destination and moved into place at the end, so a
/// failed export never leaves half a file where a good one was.
final class ExportSink {
    private let handle: FileHandle
    private let temporary: URL?
    private let destination: URL?

    init(path: String?) throws {
        guard let path else {
            handle = FileHandle.standardOutput
            temporary = nil
            destination = nil
            return
        }
        let destination = URL(fileURLWithPath: path)
        let temporary = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).partial")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: temporary) else {
            throw CLIError("cannot write \(path): check the folder exists and is writable")
        }
        self.handle = handle
        self.temporary = temporary
        self.destination = destination
    }

    /// The first error writing the file (a full disk), reported by `finish`.
    private var writeError: Int32?

    func write(_ text: String) {
        guard temporary != nil else { return Output.write(text) }
        // FileHandle.write traps on a full disk; write(2) says so instead.
        guard writeError == nil, case .failed(let code) = DescriptorWriter.write(text, to: handle.fileDescriptor) else { return }
        writeError = code
    }

    func finish() throws {
        guard let temporary, let destination else { return }
        try handle.close()
        if let writeError {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("cannot write \(destination.path): \(String(cString: strerror(writeError))) (nothing was replaced)")
        }
        _ = try? FileManager.default.removeItem(at: destination)
        do {
            try FileManager.default.moveItem(at: temporary, to: destination)
        } catch {
            throw CLIError("cannot write \(destination.path): \(error.localizedDescription)")
        }
    }
}
