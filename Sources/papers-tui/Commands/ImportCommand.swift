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

    @Flag(help: "Remove the bundled sample again; papers you starred or read stay, on their day.")
    var removeSample = false

    @Flag(name: .shortAndLong, help: "No progress output.")
    var quiet = false

    func run() throws {
        if sample, removeSample { throw CLIError("--sample loads the bundled sample and --remove-sample removes it: pass one of them") }
        if removeSample, file != nil { throw CLIError("--remove-sample removes the bundled sample, not a file: drop the file name") }
        let paperStore = try store.openStore()
        if removeSample {
            Output.line(Self.describe(try BundledSample.remove(from: paperStore)))
            return
        }
        if sample {
            let summary = try BundledSample.load(into: paperStore)
            // The days' lists leave replacements out (list --replacements shows them), as `status` counts.
            let listed = try BundledSample.days.sorted(by: >).map { day in
                "\(try paperStore.counts(ListQuery(scope: .day(day))).total) on \(day)"
            }
            Output.line("loaded the bundled sample (\(BundledSample.description)): \(summary.newPapers) new papers; "
                + "the lists show \(listed.joined(separator: " and ")) (replacements are left out of them: list --replacements)")
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

    static func describe(_ removal: SampleRemoval) -> String {
        func papers(_ count: Int) -> String { "\(count) paper\(count == 1 ? "" : "s")" }
        let marked = removal.keptMarked > 0 ? "\(papers(removal.keptMarked)) kept because starred or read" : nil
        let held = removal.keptElsewhere > 0 ? "\(papers(removal.keptElsewhere)) kept for other lists, venues or FAQs" : nil
        guard removal.removedAnything else {
            let kept = [marked, held].compactMap { $0 }
            return "nothing of the bundled sample was left to remove" + (kept.isEmpty ? "" : " (\(kept.joined(separator: ", ")))")
        }
        return "removed the bundled sample: " + ["\(papers(removal.removedPapers)) removed", marked ?? "0 kept because starred or read", held]
            .compactMap { $0 }.joined(separator: ", ")
    }
}
