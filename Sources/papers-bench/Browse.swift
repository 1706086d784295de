import Foundation
import GRDB
import ReaderStore
import ReaderUI

/// Key-to-frame latency through the reader's own runtime, on the real cache file: the key goes into
/// an in-memory terminal, and the time runs until the reader has done every read the key asked for
/// and drawn the frame showing it (ncurses' own output is not included: it sends only changes).
struct BrowseBenchmark {
    let store: PaperStore

    /// A session on its own thread, as the reader runs, over the in-memory terminal.
    private func startReader(width: Int, height: Int, faqModel: String? = nil) throws -> MemoryTerminal {
        let day = try store.latestDay(for: nil)
        var state = AppState(width: width, height: height, day: day, categories: nil)
        state.faqModel = faqModel
        let terminal = MemoryTerminal(width: width, height: height)
        let environment = ReaderEnvironment(store: store) { _, _ in "no sync in the benchmark" }
        ReaderSession(state: state, environment: environment, terminal: terminal).startOnOwnThread()
        guard terminal.waitUntilSettled(timeout: .seconds(60)) != nil else { throw BenchError("the reader did not start") }
        return terminal
    }

    /// Sends the key and times the frame that shows what it asked for, in milliseconds. Reads in the
    /// background (the next window of rows) and mark writes are then let finish, untimed, before the
    /// next key, as a reader's pauses between keys let them.
    /// The time runs on the reader's thread, from reading the key to drawing that frame.
    private func press(_ key: Key, on terminal: MemoryTerminal) throws -> Double {
        terminal.send(key)
        guard terminal.waitUntilShown(timeout: .seconds(60)) != nil, let shown = terminal.lastKeyLatencies.shown else {
            throw BenchError("no frame after \(key)")
        }
        guard terminal.waitUntilSettled(timeout: .seconds(60)) != nil else { throw BenchError("the reads after \(key) never ended") }
        return shown.milliseconds
    }

    /// `s` while another connection holds the write lock (as an import does between its batches):
    /// the time to the frame showing the star, while its write waits.
    private func starWhileLocked(_ terminal: MemoryTerminal) throws -> Samples {
        let queue = try DatabaseQueue(path: store.path)
        let taken = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? queue.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                taken.signal()
                release.wait()
                try db.execute(sql: "COMMIT")
            }
            released.signal()
        }
        taken.wait()
        var samples = Samples("s (star) while another process holds the write lock")
        for _ in 0..<20 {
            terminal.send(.character("s"))
            guard terminal.waitUntilShown(timeout: .seconds(60)) != nil, let shown = terminal.lastKeyLatencies.shown else {
                throw BenchError("no frame after s")
            }
            samples.values.append(shown.milliseconds)
        }
        release.signal()
        released.wait()
        guard terminal.waitUntilSettled(timeout: .seconds(60)) != nil else { throw BenchError("the stars were never written") }
        return samples
    }

    /// Runs `body` once a ranking is kept: trained first, off the clock, on ten stars of the latest
    /// day, which are taken back after. (Without keywords set, `S`'s keywords order is arXiv's.)
    private func withRanking<Result>(_ body: () throws -> Result) throws -> Result {
        guard let day = try store.latestDay(for: nil) else { throw BenchError("no day to sort") }
        let ids = try store.page(ListQuery(scope: .day(day)), offset: 0, limit: 10).map(\.paper.id)
        try store.apply(.star, to: ids)
        defer { _ = try? store.apply(.unstar, to: ids) }
        guard case .ranked = try store.trainRanking() else { throw BenchError("no ranking trained on ten stars") }
        return try body()
    }

    /// Only the given key, pressed `repeat` times (for profiling one key).
    func run(only key: Character, repeat count: Int, inInbox: Bool = false, width: Int = 200, height: Int = 60) throws -> Samples {
        let measure = {
            let terminal = try startReader(width: width, height: height)
            defer { terminal.send(.control("c")) }
            if inInbox { _ = try press(.character("i"), on: terminal) }
            var samples = Samples(String(key))
            for _ in 0..<count { samples.values.append(try press(.character(key), on: terminal)) }
            return samples
        }
        // `S` sorts by a ranking only once one is kept.
        return key == "S" ? try withRanking(measure) : try measure()
    }

    func run(width: Int = 200, height: Int = 60) throws -> [Samples] {
        let terminal = try startReader(width: width, height: height, faqModel: "bench-model")
        defer { terminal.send(.control("c")) }
        func measure(_ name: String, _ keys: [Key], repeat count: Int) throws -> Samples {
            var samples = Samples(name)
            for _ in 0..<count {
                for key in keys { samples.values.append(try press(key, on: terminal)) }
            }
            return samples
        }
        var results: [Samples] = []
        _ = try measure("warm-up", [.character("j"), .character("k")], repeat: 20)
        results.append(try measure("j (down)", [.character("j")], repeat: 400))
        results.append(try measure("k (up)", [.character("k")], repeat: 200))
        results.append(try measure("PgDn", [.pageDown], repeat: 60))
        results.append(try measure("PgUp", [.pageUp], repeat: 60))
        results.append(try measure("s (star)", [.character("s")], repeat: 40))
        results.append(try measure("u (unread only)", [.character("u")], repeat: 20))
        results.append(try measure("* (starred only)", [.character("*")], repeat: 20))
        results.append(try measure("[ (previous day)", [.character("[")], repeat: 20))
        results.append(try measure("] (next day)", [.character("]")], repeat: 20))
        results.append(try starWhileLocked(terminal))
        results.append(try withRanking { try measure("S (sort: ranking, keywords, arXiv)", [.character("S")], repeat: 30) })
        results.append(try measure("i (the inbox, and back)", [.character("i")], repeat: 20))
        _ = try press(.character("i"), on: terminal)
        results.append(try measure("j in the inbox", [.character("j")], repeat: 200))
        results.append(try measure("PgDn in the inbox, across day dividers", [.pageDown], repeat: 80))
        results.append(try measure("G, g in the inbox", [.character("G"), .character("g")], repeat: 10))
        _ = try press(.character("i"), on: terminal)
        // A search is read off the key loop: the keystroke's frame comes at once, and the results
        // when the read is done (a slower typist than this loop sees every one).
        var keystroke = Samples("/ two-word query, keystroke to frame")
        var answered = Samples("/ two-word query, keystroke to its results")
        for _ in 0..<5 {
            _ = try press(.character("/"), on: terminal)
            for character in "neural network" {
                terminal.send(.character(character))
                guard terminal.waitUntilSettled(timeout: .seconds(60)) != nil,
                      let frame = terminal.lastKeyLatencies.firstFrame, let results = terminal.lastKeyLatencies.idle else {
                    throw BenchError("no results after a keystroke")
                }
                keystroke.values.append(frame.milliseconds)
                answered.values.append(results.milliseconds)
            }
            _ = try press(.escape, on: terminal)
        }
        results.append(keystroke)
        results.append(answered)
        if try !store.editions().isEmpty {
            var venue = Samples("v venue switch (Enter on the group)")
            for _ in 0..<10 {
                _ = try press(.character("v"), on: terminal)
                _ = try press(.enter, on: terminal)
                _ = try press(.enter, on: terminal)
                venue.values.append(try press(.enter, on: terminal))
                _ = try press(.character("v"), on: terminal)
            }
            results.append(venue)
        }
        return results
    }
}

/// Search latency through the app's query path, with the raw FTS5 query in the sqlite3 shell as the floor.
struct SearchBenchmark {
    let store: PaperStore
    let path: String
    let words: [String]

    func queries(terms: Int, count: Int) -> [String] {
        // Mid-frequency words: the commonest ones are near stop words, the rarest match nothing.
        let pool = Array(words.dropFirst(50).prefix(800))
        var random = SeededRandom(seed: UInt64(terms * 7919))
        return (0..<count).map { _ in (0..<terms).map { _ in pool.randomElement(using: &random)! }.joined(separator: " ") }
    }

    func run(repetitions: Int) throws -> [(Samples, Samples?)] {
        var results: [(Samples, Samples?)] = []
        for terms in 1...3 {
            let queries = queries(terms: terms, count: repetitions)
            results.append((try app("\(terms)-term", queries), try floor("\(terms)-term raw FTS5 (sqlite3 shell)", queries)))
        }
        let filtered = queries(terms: 1, count: repetitions).map { "\($0) cat:cs.LG after:2025-01-01" }
        results.append((try app("1-term + cat: + after:", filtered), nil))
        return results
    }

    private func app(_ name: String, _ queries: [String]) throws -> Samples {
        var samples = Samples("search \(name)")
        _ = try store.search(SearchQuery(parsing: queries[0]), limit: 50)
        for text in queries {
            let query = try SearchQuery(parsing: text)
            samples.values.append(try time { _ = try store.search(query, limit: 50) })
        }
        return samples
    }

    /// The same words as a bare FTS5 match with BM25 ranking, timed by the sqlite3 shell itself.
    private func floor(_ name: String, _ queries: [String]) throws -> Samples? {
        var script = ".timer on\n"
        for text in queries {
            let match = text.split(separator: " ").map { "\"\($0)\"" }.joined(separator: " AND ").replacingOccurrences(of: "'", with: "''")
            script += "SELECT rowid FROM paper_fts WHERE paper_fts MATCH '\(match)' ORDER BY bm25(paper_fts, 10, 4, 1) LIMIT 50;\n"
        }
        guard let (status, output) = try? runProgram("/usr/bin/env", ["sqlite3", path], input: script), status == 0 else { return nil }
        var samples = Samples(name)
        for line in output.split(separator: "\n") where line.hasPrefix("Run Time: real ") {
            if let seconds = Double(line.dropFirst("Run Time: real ".count).split(separator: " ").first ?? "") {
                samples.values.append(seconds * 1000)
            }
        }
        return samples.values.isEmpty ? nil : samples
    }
}
