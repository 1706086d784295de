import Foundation
import Testing
@testable import ReaderStore

/// The byte scanner for papers-tui's own lines must read every line exactly as JSONSerialization does.
@Suite("library log lines: the fast scanner agrees with JSONSerialization")
struct LibraryLineScannerTests {
    static func lines() -> [String] {
        var lines = [
            LibraryEvent(device: "d1", clock: 1_700_000_000_000, seq: 1, paperID: "2604.21935", field: .star, value: "2026-12-04 10:00:00.000").line,
            LibraryEvent(device: "d1", clock: 2, seq: 2, paperID: "hep-th/9901001", field: .read, value: nil).line,
            LibraryEvent(device: "d1", clock: 3, seq: 3, paperID: "2604.21935", field: .seen, value: "2026-12-04 10:00:00", version: 2).line,
            LibraryEvent(device: "d1", clock: 4, seq: 4, paperID: "abc@OpenReview", field: .dismissed, value: nil).line,
            LibraryEvent(device: "d1", clock: 5, seq: 5, paperID: "2604.21935", field: .tag, value: "2026-12-04 10:00:00.000", tag: "kv-cache").line,
            LibraryEvent(device: "d1", clock: 6, seq: 6, paperID: "2604.21935", field: .seen, value: nil, version: 0).line,
        ]
        // Lines as other writers (or damage) leave them: the scanner must read them as JSON does or leave them to it.
        lines += [
            #"{"v":2,"device":"d1","clock":1,"seq":1,"paper":"2604.21935","field":"star","value":null}"#,
            #"{"v":1,"device":"D1","clock":1,"seq":1,"paper":"2604.21935","field":"star","value":null}"#,
            #"{"v":1,"device":"d1","clock":1,"seq":1,"paper":"2604.21935","field":"star","value":"yesterday"}"#,
            #"{"v":1,"device":"d1","clock":1,"seq":1,"paper":"2604.21935","field":"fame","value":null}"#,
            #"{"v":1,"device":"d1","clock":1,"seq":1,"paper":"2604 21935","field":"star","value":null}"#,
            #"{"v":1,"device":"d1","clock":1,"seq":1,"paper":"2604.21935","field":"tag","value":null,"tag":"Bad Tag"}"#,
            #"{"v":1,"device":"d1","clock":1,"seq":1,"paper":"2604.21935","field":"star"}"#,
            #"{"v":1,"device":"d\u0031","clock":1,"seq":1,"paper":"2604.21935","field":"star","value":null}"#,
            #"{"v":1, "device":"d1","clock":1,"seq":1,"paper":"2604.21935","field":"star","value":null}"#,
            #"{"v":1,"device":"d1","clock":1,"seq":1,"paper":"2604.21935","field":"star","value":null}x"#,
            #"{"v":1,"device":"d1","clock":99999999999999999999,"seq":1,"paper":"2604.21935","field":"star","value":null}"#,
        ]
        return lines
    }

    @Test("every line reads the same both ways, and papers-tui's own lines take the fast way")
    func agree() throws {
        for line in Self.lines() {
            let viaJSON = LibraryEvent.jsonFields(Substring(line)).map { LibraryEvent.check($0, lineBytes: line.utf8.count) }
            if let scanned = LibraryLineScanner.scan(Substring(line)) {
                #expect(LibraryEvent.check(scanned, lineBytes: line.utf8.count) == viaJSON, "\(line)")
            }
        }
        for line in Self.lines().prefix(6) {
            #expect(LibraryLineScanner.scan(Substring(line)) != nil, "own line left to JSON: \(line)")
        }
    }

    @Test("random damage to own lines: the scanner never reads a line differently from JSON")
    func damaged() throws {
        var random = SeededRandom(seed: 42)
        let alphabet = Array(#"{}":,0123456789abcdefvnul\ .-"#.utf8)
        for line in Self.lines().prefix(6) {
            for _ in 0..<2_000 {
                var bytes = Array(line.utf8)
                let position = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 3 {
                case 0: bytes[position] = alphabet[Int(random.next() % UInt64(alphabet.count))]
                case 1: bytes.remove(at: position)
                default: bytes.insert(alphabet[Int(random.next() % UInt64(alphabet.count))], at: position)
                }
                let damaged = String(decoding: bytes, as: UTF8.self)
                guard let scanned = LibraryLineScanner.scan(Substring(damaged)) else { continue }
                let viaJSON = LibraryEvent.jsonFields(Substring(damaged)).map { LibraryEvent.check($0, lineBytes: damaged.utf8.count) }
                #expect(LibraryEvent.check(scanned, lineBytes: damaged.utf8.count) == viaJSON, "\(damaged)")
            }
        }
    }
}
