import Foundation
import ReaderStore
import ReaderUI

/// The properties checked beyond "does not crash".
enum FuzzChecks {
    static let edition = VenueEdition(venue: "ICLR", year: 2025)

    /// The decoder gives the same events however the bytes are chunked (the network picks the
    /// chunking), and every payload goes through the chunk decoder.
    static func sse(_ data: Data) {
        let bytes = [UInt8](data)
        let whole = decode([bytes])
        let step = max(1, Int(bytes.first ?? 1) % 7 + 1)
        let pieces = stride(from: 0, to: bytes.count, by: step).map { Array(bytes[$0..<min($0 + step, bytes.count)]) }
        let chunked = decode(pieces)
        guard whole == chunked else {
            fatalError("SSE events depend on chunking: \(String(describing: whole)) vs \(String(describing: chunked))")
        }
        for payload in whole ?? [] {
            _ = try? ChatChunk.events(in: payload)
        }
    }

    private static func decode(_ pieces: [[UInt8]]) -> [String]? {
        var decoder = SSEDecoder()
        var events: [String] = []
        do {
            for piece in pieces { events += try decoder.feed(piece) }
        } catch {
            return nil
        }
        return events + decoder.finish()
    }

    /// The fast line scanner reads nothing differently from JSONDecoder: whatever it accepts,
    /// JSONDecoder accepts too, as the same record.
    static func kaggle(_ data: Data) {
        if let fast = KaggleLineScanner.record(in: data) {
            guard let reference = try? JSONDecoder().decode(KaggleRecord.self, from: data) else {
                fatalError("the scanner read a line JSONDecoder refuses: \(fast)")
            }
            // Byte for byte: String's == would take canonically equivalent text as equal.
            guard fast == reference, utf8(fast) == utf8(reference) else {
                fatalError("the scanner read \(fast), JSONDecoder \(reference)")
            }
        }
        _ = try? KaggleSnapshotParser.parse(line: data)
    }

    private static func utf8(_ record: KaggleRecord) -> [[UInt8]] {
        let texts: [String?] = [record.id, record.title, record.authors, record.abstract, record.categories,
                                record.comments, record.journalRef, record.doi]
        let parsed = (record.authorsParsed ?? []).flatMap { $0 } + (record.versions ?? []).flatMap { [$0.version, $0.created] }
        return (texts.map { $0 ?? "\u{0}null" } + parsed).map { Array($0.utf8) }
    }

    /// What is recognised prints back as itself.
    static func reference(_ text: String) {
        for reference in PaperReference.all(in: text).references {
            guard PaperReference(parsing: reference.description) == reference else {
                fatalError("\(reference) does not parse back to itself")
            }
        }
    }

    /// A query that parses always runs: its FTS5 expression and SQL are valid, whatever was typed.
    static func query(_ text: String) {
        guard let query = try? SearchQuery(parsing: text) else { return }
        do {
            _ = try searchStore.search(query, limit: 3)
            _ = try searchStore.searchCounts(query)
        } catch {
            fatalError("query \(text.debugDescription) parsed but failed to run: \(error)")
        }
    }

    /// The sample papers in a real cache file, shared by every input of the query target.
    private static let searchStore: PaperStore = {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("papers-fuzz-\(getpid()).sqlite").path
        do {
            let store = try PaperStore(path: path)
            _ = try BundledSample.load(into: store)
            return store
        } catch {
            fatalError("could not create the fuzzing cache at \(path): \(error)")
        }
    }()

    /// Nothing that moves the cursor, changes colours or reorders text gets through.
    static func sanitize(_ text: String) {
        for keepNewlines in [false, true] {
            for scalar in Sanitize.terminalText(text, keepNewlines: keepNewlines).unicodeScalars {
                let value = scalar.value
                let allowedNewline = keepNewlines && value == 0x0A
                let control = value < 0x20 || (0x7F...0x9F).contains(value)
                let bidi = (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
                guard allowedNewline || !(control || bidi) else {
                    fatalError("U+\(String(value, radix: 16)) survived sanitizing")
                }
            }
        }
    }
}
