import ArgumentParser
import Foundation
import ReaderStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import Kaggle's arxiv-metadata-oai-snapshot.json (JSON lines), or the bundled sample.",
        discussion: "The file is read in constant memory; an interrupted import keeps what it wrote and can be run again."
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "The snapshot file.")
    var file: String?

    @Flag(help: "Load the small bundled sample of real arXiv days instead.")
    var sample = false

    @Flag(name: .shortAndLong, help: "No progress output.")
    var quiet = false

    func run() throws {
        let paperStore = try store.openStore()
        if sample {
            let summary = try BundledSample.load(into: paperStore)
            Output.line("loaded the bundled sample (\(BundledSample.description)): \(summary.newPapers) new papers")
            return
        }
        guard let file else { throw CLIError("name the snapshot file to import, or pass --sample") }
        let showProgress = !quiet && Output.standardErrorIsTerminal
        let started = Date()
        let summary = try SnapshotImporter(store: paperStore).importFile(file) { bytes, total, papers in
            guard showProgress else { return }
            let percent = total > 0 ? bytes * 100 / total : 0
            Output.errorBytes("\r\u{1B}[Kimporting: \(percent)% (\(papers) papers)")
        }
        if showProgress { Output.errorBytes("\r\u{1B}[K") }
        let seconds = Date().timeIntervalSince(started)
        Output.line("imported: \(summary.written.newPapers) new papers, \(summary.written.updatedPapers) updated, "
            + "\(summary.written.unchangedPapers) unchanged in \(String(format: "%.1f", seconds)) s")
        if let latest = summary.written.days.max() {
            Output.line("listed under \(summary.written.days.count) announcement days estimated from submission times, "
                + "the latest \(latest): `papers-tui list --date \(latest)`")
        }
        if summary.skippedLines > 0 {
            Output.error("skipped \(summary.skippedLines) line\(summary.skippedLines == 1 ? "" : "s") that are not papers (first: \(CLIText.plain(summary.firstSkipReason ?? "?")))")
        }
        if summary.skippedLongLines > 0 {
            let count = summary.skippedLongLines
            Output.error("skipped \(count) line\(count == 1 ? "" : "s") longer than \(summary.maxLineBytes >> 20) MB (no paper's metadata is that long)")
        }
    }
}
