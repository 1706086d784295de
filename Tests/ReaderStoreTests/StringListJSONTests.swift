import Foundation
import Testing
@testable import ReaderStore

@Suite("author lists as JSON")
struct StringListJSONTests {
    static let lists: [[String]] = [
        [], [""], ["Ada Lovelace"], ["Ada \"the countess\" Lovelace", "back\\slash", "a/b"],
        ["tab\tnew\nline\r", "bell\u{07} nul\u{0} esc\u{1B}[31m"], ["Érdős Pál", "张三", "🧪 emoji", "e\u{301}"],
        Array(repeating: "Collaboration Member", count: 3_000),
    ]

    @Test("what is written reads back the same, by hand and by JSONDecoder", arguments: lists)
    func roundTrip(_ list: [String]) throws {
        let json = StringListJSON.encode(list)
        #expect(StringListJSON.decode(json) == list)
        #expect(try JSONDecoder().decode([String].self, from: Data(json.utf8)) == list)
    }

    @Test("what JSONEncoder wrote (escaped slashes, \\u escapes) reads back the same", arguments: lists)
    func readsJSONEncoderOutput(_ list: [String]) throws {
        let json = String(decoding: try JSONEncoder().encode(list), as: UTF8.self)
        #expect(StringListJSON.decode(json) == list)
    }

    @Test("odd but valid JSON reads as JSONDecoder reads it; invalid JSON is no authors", arguments: [
        (#"[ "a" , "b" ]"#, ["a", "b"]), (#"["\u00e9"]"#, ["é"]), (#"["\ud83e\uddea"]"#, ["🧪"]),
        ("not json", []), (#"["unterminated"#, []), ("[1, 2]", []),
    ] as [(String, [String])])
    func odd(_ json: String, _ expected: [String]) {
        #expect(StringListJSON.decode(json) == expected)
    }
}
