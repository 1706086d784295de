import Foundation
import TestSupport
import Testing
@testable import ReaderStore

@Suite("Kaggle lines read without JSONDecoder")
struct KaggleLineScannerTests {
    private func reference(_ line: String) -> KaggleRecord? {
        try? JSONDecoder().decode(KaggleRecord.self, from: Data(line.utf8))
    }

    private func scanned(_ line: String) -> KaggleRecord? {
        KaggleLineScanner.record(in: Data(line.utf8))
    }

    @Test("every recorded snapshot line reads as JSONDecoder reads it")
    func recordedLines() throws {
        let lines = try Fixtures.data("arxiv/kaggle_arxiv-metadata-oai-snapshot_head200.jsonl")
            .split(separator: UInt8(ascii: "\n")).map { Data($0) }
        #expect(lines.count == 200)
        for line in lines {
            let fast = try #require(KaggleLineScanner.record(in: line))
            #expect(fast == (try JSONDecoder().decode(KaggleRecord.self, from: line)))
        }
    }

    @Test("escapes, surrogate pairs, nulls and skipped values read as JSONDecoder reads them", arguments: [
        #"{"id":"2101.00001","title":"Line\nbreak \"quoted\" back\\slash \/ tab\t caf\u00e9 \ud83d\ude00 \u0000"}"#,
        #"  {"id" : "2101.00001" , "title" : null , "doi" : null, "versions" : null, "authors_parsed" : null }  "#,
        #"{"id":"2101.00001","x":[1,-2.5e3,0,0.5,1E+2,true,false,null,{"a":[[]],"b":{}}],"title":"T"}"#,
        #"{"id":"2101.00001","versions":[{"version":"v1","created":"Mon, 2 Apr 2007 19:18:42 GMT","extra":[1]},{"created":"x","version":"v2"}]}"#,
        #"{"id":"2101.00001","authors_parsed":[["Last","First",""],[],["Only"]],"journal-ref":"J. 1 (2020)"}"#,
        #"{"\u0069d":"2101.00001","ti\u0074le":"escaped keys"}"#,
        "{\"id\":\"2101.00001\",\"title\":\"Schrödinger – ünïcode\"}",
    ])
    func agreesWithJSONDecoder(line: String) throws {
        let fast = try #require(scanned(line))
        #expect(fast == reference(line))
    }

    @Test("what it is not sure of is left to JSONDecoder, and read all the same", arguments: [
        #"{"id":"2101.00001","title":"first","title":"second"}"#,
        "\u{FEFF}{\"id\":\"2101.00001\",\"title\":\"after a byte-order mark\"}",
        // JSONDecoder does not check the numbers of fields it does not decode; the scanner does.
        #"{"id":"2101.00001","n":01}"#,
        #"{"id":"2101.00001","n":-}"#,
        #"{"id":"2101.00001","deep":"# + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}",
    ])
    func leftToJSONDecoder(line: String) throws {
        #expect(scanned(line) == nil)
        let read = try #require(KaggleRecord.read(Data(line.utf8), decoder: JSONDecoder()))
        #expect(read == reference(line))
    }

    @Test("what is not a record is refused by both", arguments: [
        #"{"id":"2101.00001","title":5}"#,
        #"{"title":"no id"}"#,
        #"{"id":null}"#,
        #"{"id":"2101.00001"} trailing"#,
        "{\"id\":\"2101.00001\",\"title\":\"raw\ttab\"}",
        #"{"id":"2101.00001","title":"\x"}"#,
        #"{"id":"2101.00001","versions":[{"version":"v1"}]}"#,
        #"{"id":"2101.00001","authors_parsed":[["a",null]]}"#,
        #"{"id":"2101.00001","title":"unterminated}"#,
        #"["id"]"#,
    ])
    func refusedByBoth(line: String) {
        #expect(scanned(line) == nil)
        #expect(reference(line) == nil)
        #expect(throws: FeedError.self) { try KaggleSnapshotParser.parse(line: Data(line.utf8)) }
    }

    @Test("invalid UTF-8 and unpaired surrogates are never read by the scanner")
    func invalidText() {
        var line = Data(#"{"id":"2101.00001","title":""#.utf8)
        line.append(contentsOf: [0xC3, 0x28])
        line.append(contentsOf: Data(#""}"#.utf8))
        #expect(KaggleLineScanner.record(in: line) == nil)
        #expect(scanned(#"{"id":"2101.00001","title":"\ud800 alone"}"#) == nil)
        #expect(scanned(#"{"id":"2101.00001","title":"\udc00 low first"}"#) == nil)
    }
}
