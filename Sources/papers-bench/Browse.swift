import Foundation
import ReaderStore
import ReaderUI

/// Key-to-frame latency: the reader's own update and store reads, and the frame it draws, for each
/// key, on the real cache file (the terminal's output is not included: ncurses sends only changes).
struct BrowseBenchmark {
    let store: PaperStore

    /// Only the given key, pressed `repeat` times (for profiling one key).
    func run(only key: Character, repeat count: Int, width: Int = 200, height: Int = 60) throws -> Samples {
        let day = try store.latestDay(for: nil)
        let reader = HeadlessReader(state: AppState(width: width, height: height, day: day, categories: nil), store: store)
        var samples = Samples(String(key))
        for _ in 0..<count {
            samples.values.append(time { reader.press(.character(key)) })
            reader.settle()
        }
        return samples
    }

    func run(width: Int = 200, height: Int = 60) throws -> [Samples] {
        let day = try store.latestDay(for: nil)
        var state = AppState(width: width, height: height, day: day, categories: nil)
        state.faqModel = "bench-model"
        let reader = HeadlessReader(state: state, store: store)
        func measure(_ name: String, _ keys: [Key], repeat count: Int) -> Samples {
            var samples = Samples(name)
            for _ in 0..<count {
                for key in keys {
                    samples.values.append(time { reader.press(key) })
                    reader.settle()
                }
            }
            return samples
        }
        var results: [Samples] = []
        _ = measure("warm-up", [.character("j"), .character("k")], repeat: 20)
        results.append(measure("j (down)", [.character("j")], repeat: 400))
        results.append(measure("k (up)", [.character("k")], repeat: 200))
        results.append(measure("PgDn", [.pageDown], repeat: 60))
        results.append(measure("PgUp", [.pageUp], repeat: 60))
        results.append(measure("s (star)", [.character("s")], repeat: 40))
        results.append(measure("u (unread only)", [.character("u")], repeat: 20))
        results.append(measure("* (starred only)", [.character("*")], repeat: 20))
        results.append(measure("[ (previous day)", [.character("[")], repeat: 20))
        results.append(measure("] (next day)", [.character("]")], repeat: 20))
        // The session reads a search off the key loop: the keystroke's frame comes at once, and the
        // results when the read is done (a slower typist than this loop sees every one).
        var keystroke = Samples("/ two-word query, keystroke to frame")
        var answered = Samples("/ two-word query, keystroke to its results")
        for _ in 0..<5 {
            reader.press(.character("/"))
            for character in "neural network" {
                let frame = time { reader.press(.character(character)) }
                keystroke.values.append(frame)
                answered.values.append(frame + time {
                    reader.settle()
                    _ = render(reader.state)
                })
            }
            reader.press(.escape)
            reader.settle()
        }
        results.append(keystroke)
        results.append(answered)
        if try !store.editions().isEmpty {
            var venue = Samples("v venue switch (Enter on the group)")
            for _ in 0..<10 {
                reader.press(.character("v"))
                reader.press(.enter)
                reader.press(.enter)
                venue.values.append(time { reader.press(.enter) })
                reader.press(.character("v"))
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
