import ArgumentParser
import Foundation
import ReaderStore

@main
struct PapersBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "papers-bench",
        abstract: "Build synthetic caches and measure papers-tui on them (use a release build).",
        subcommands: [Generate.self, Run.self, Browse.self, Ingest.self, Rank.self])
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a synthetic cache of N papers through the app's store code.")

    @Option(help: "How many papers.")
    var papers: Int

    @Option(help: "The cache file to write (created; must not exist).")
    var db: String

    @Option(help: "The random seed (the same seed builds the same cache).")
    var seed: UInt64 = 1

    func run() throws {
        guard !FileManager.default.fileExists(atPath: db) else { throw ValidationError("\(db) exists: pick a new file") }
        let store = try PaperStore(path: db)
        let corpus = try SyntheticCorpus()
        let started = ContinuousClock.now
        try CacheGenerator(corpus: corpus).generate(papers: papers, into: store, seed: seed) { written in
            if written % 50_000 < 1_500 {
                FileHandle.standardError.write(Data("\r\(written) papers, \(ContinuousClock.now - started)".utf8))
            }
        }
        FileHandle.standardError.write(Data("\n".utf8))
        print("wrote \(try store.paperCount()) papers to \(db) in \(ContinuousClock.now - started)")
    }
}

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Papers per second from each source format into a fresh cache, or write a Kaggle snapshot file.")

    @Option(help: "Papers per measurement (or lines to write).")
    var papers = 20_000

    @Option(parsing: .upToNextOption, help: "Formats to measure: kaggle, rss, api, oai (default: all).")
    var formats: [IngestBenchmark.Format] = IngestBenchmark.Format.allCases

    @Flag(help: "Time the parsing alone, without writing.")
    var parseOnly = false

    @Option(help: "Only write a synthetic Kaggle snapshot of --papers lines to this file.")
    var writeSnapshot: String?

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-bench-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let benchmark = IngestBenchmark(corpus: try SyntheticCorpus(), folder: folder)
        if let writeSnapshot {
            try benchmark.writeSnapshot(count: papers, to: writeSnapshot)
            return
        }
        for (name, rate) in try benchmark.run(count: papers, formats: formats, parseOnly: parseOnly) {
            print("\(name.padding(toLength: 44, withPad: " ", startingAt: 0)) \(Int(rate)) papers/s")
        }
    }
}

/// The key-to-frame part, run in a process of its own so its peak memory is the reader's alone.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Key-to-frame latencies on a cache (JSON).", shouldDisplay: false)

    @Option var db: String

    @Option(help: "Only this key, pressed --repeat times (for profiling one key).")
    var only: String?

    @Option var `repeat` = 200

    @Flag(help: "With --only: press the key in the inbox, not on the latest day.")
    var inbox = false

    func run() throws {
        let store = try PaperStore(path: db)
        if let only, let key = only.first {
            let samples = try BrowseBenchmark(store: store).run(only: key, repeat: `repeat`, inInbox: inbox)
            var on = Samples("on"), off = Samples("off")
            for (index, value) in samples.values.enumerated() {
                if index % 2 == 0 { on.values.append(value) } else { off.values.append(value) }
            }
            print("\(only): p50 \(samples.median) ms, p99 \(samples.p99) ms; presses 1, 3, ...: p50 \(on.median) p99 \(on.p99); 2, 4, ...: p50 \(off.median) p99 \(off.p99)")
            return
        }
        let samples = try BrowseBenchmark(store: store).run()
        struct Output: Encodable { let keys: [Samples]; let peakResidentMB: Double }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted]
        print(String(decoding: try encoder.encode(Output(keys: samples, peakResidentMB: peakResidentMegabytes())), as: UTF8.self))
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Measure start-up, keys, search, ingest, streaming and size on a cache.")

    @Option(help: "The cache file (from `generate`).")
    var db: String

    @Option(help: "Repetitions for start-up and search.")
    var repetitions = 20

    @Option(help: "Papers per ingest measurement.")
    var ingest = 20_000

    @Option(help: "The papers-tui binary (default: beside this one).")
    var binary: String?

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: "Only the search measurements (quick, when working on search).")
    var searchOnly = false

    func run() throws {
        let store = try PaperStore(path: db)
        let papers = try store.paperCount()
        if searchOnly {
            let searches = try SearchBenchmark(store: store, path: db, words: try SyntheticCorpus().words).run(repetitions: repetitions)
            var report = Report(papers: papers)
            report.search = searches.flatMap { [$0.0] + ($0.1.map { [$0] } ?? []) }
            print(report.text())
            return
        }
        let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let tui = binary ?? own.appendingPathComponent("papers-tui").path
        var report = Report(papers: papers)

        report.startup = try startup(tui)
        report.inboxStartup = try startup(tui, config: "[reader]\nstart = \"inbox\"\n", name: "cold start to first frame, on the inbox")
        let (status, browseOutput) = try runProgram(own.appendingPathComponent("papers-bench").path, ["browse", "--db", db])
        guard status == 0 else { throw ValidationError("the browse measurement failed") }
        report.browse = try JSONSerialization.jsonObject(with: Data(browseOutput.utf8)) as? [String: Any] ?? [:]

        let corpus = try SyntheticCorpus()
        let searches = try SearchBenchmark(store: store, path: db, words: corpus.words).run(repetitions: repetitions)
        report.search = searches.flatMap { [$0.0] + ($0.1.map { [$0] } ?? []) }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-bench-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        report.ingest = try IngestBenchmark(corpus: corpus, folder: folder).run(count: ingest)
        report.streamMicrosecondsPerChunk = try streamOverheadMicroseconds(chunks: 50_000)
        let bytes = ["", "-wal"].compactMap { (try? FileManager.default.attributesOfItem(atPath: db + $0))?[.size] as? Int }.reduce(0, +)
        report.bytesPerPaper = papers > 0 ? Double(bytes) / Double(papers) : 0
        print(json ? try report.json() : report.text())
    }

    /// Launch to first complete frame of the real binary in a real terminal (a pty from `script`).
    /// With `config`, a config.toml of its own (an empty one otherwise, so the user's is not read).
    private func startup(_ tui: String, config: String = "", name: String = "cold start to first frame") throws -> Samples {
        var samples = Samples(name)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("papers-bench-probe-\(UUID().uuidString)").path
        let configHome = FileManager.default.temporaryDirectory.appendingPathComponent("papers-bench-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: configHome.appendingPathComponent("papers-tui"), withIntermediateDirectories: true)
        try config.write(to: configHome.appendingPathComponent("papers-tui/config.toml"), atomically: true, encoding: .utf8)
        defer {
            try? FileManager.default.removeItem(atPath: out)
            try? FileManager.default.removeItem(at: configHome)
        }
        for _ in 0..<repetitions {
            var environment = ProcessInfo.processInfo.environment
            environment["XDG_CONFIG_HOME"] = configHome.path
            environment["TERM"] = "xterm-256color"
            environment["LANG"] = "C.UTF-8"
            environment["COLUMNS"] = "200"
            environment["LINES"] = "60"
            var now = timespec()
            clock_gettime(CLOCK_REALTIME, &now)
            environment["PAPERS_TUI_PROBE_T0"] = String(Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec))
            let command = "'\(tui)' --db '\(db)' --startup-probe '\(out)'"
            _ = try runProgram("/usr/bin/script", ["-qec", command, "/dev/null"], environment: environment)
            if let text = try? String(contentsOfFile: out, encoding: .utf8), let value = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                samples.values.append(value)
            }
        }
        return samples
    }
}

/// Everything measured, as a table or JSON.
struct Report {
    var papers: Int
    var startup = Samples("")
    var inboxStartup = Samples("")
    var browse: [String: Any] = [:]
    var search: [Samples] = []
    var ingest: [(String, Double)] = []
    var streamMicrosecondsPerChunk = 0.0
    var bytesPerPaper = 0.0

    func text() -> String {
        func row(_ samples: Samples) -> String {
            "  \(samples.name.padding(toLength: 44, withPad: " ", startingAt: 0)) p50 \(format(samples.median)) ms   p99 \(format(samples.p99)) ms   (n=\(samples.values.count))"
        }
        var lines = ["papers: \(papers)", "start-up:", row(startup), row(inboxStartup), "keys (update + store + frame):"]
        for key in browse["keys"] as? [[String: Any]] ?? [] {
            let name = (key["name"] as? String ?? "").padding(toLength: 44, withPad: " ", startingAt: 0)
            lines.append("  \(name) p50 \(format(key["median"] as? Double ?? .nan)) ms   p99 \(format(key["p99"] as? Double ?? .nan)) ms")
        }
        lines.append("  peak RSS while browsing: \(format(browse["peakResidentMB"] as? Double ?? .nan)) MB")
        lines.append("search:")
        lines += search.map(row)
        lines.append("ingest (parse + write, papers/s):")
        lines += ingest.map { "  \($0.0.padding(toLength: 44, withPad: " ", startingAt: 0)) \(Int($0.1))" }
        lines.append("FAQ stream: \(format(streamMicrosecondsPerChunk)) µs per chunk (SSE + JSON)")
        lines.append("cache: \(Int(bytesPerPaper)) bytes per paper")
        return lines.joined(separator: "\n")
    }

    func json() throws -> String {
        let object: [String: Any] = [
            "papers": papers,
            "startup": ["median": startup.median, "p99": startup.p99, "count": startup.values.count],
            "inboxStartup": ["median": inboxStartup.median, "p99": inboxStartup.p99, "count": inboxStartup.values.count],
            "browse": browse,
            "search": search.map { ["name": $0.name, "median": $0.median, "p99": $0.p99, "count": $0.values.count] },
            "ingest": Dictionary(uniqueKeysWithValues: ingest.map { ($0.0, $0.1) }),
            "streamMicrosecondsPerChunk": streamMicrosecondsPerChunk,
            "bytesPerPaper": bytesPerPaper,
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]), as: UTF8.self)
    }

    private func format(_ value: Double) -> String { value.isNaN ? "-" : String(format: "%.2f", value) }
}
