import Testing
@testable import ReaderUI

@Suite("the terminal sanitizer")
struct SanitizeTests {
    @Test("escape sequences go with their payload", arguments: [
        ("a\u{1B}[31mred\u{1B}[0m b", "ared b"),
        ("x\u{1B}]0;title\u{07}y", "xy"),
        ("x\u{1B}]8;;http://e\u{1B}\\link\u{1B}]8;;\u{1B}\\y", "xlinky"),
        ("p\u{9B}6nq", "pq"),
        ("bell\u{07}\u{08}\u{7F}!", "bell!"),
        ("tab\there\nnew", "tab here new"),
        ("rtl\u{202E}evil", "rtlevil"),
        ("naïve 中文 👩‍💻", "naïve 中文 👩‍💻"),
    ])
    func strips(input: String, expected: String) {
        #expect(Sanitize.terminalText(input) == expected)
    }

    @Test("newlines can be kept for multi-paragraph text")
    func newlines() {
        #expect(Sanitize.terminalText("a\nb\u{1B}[2J", keepNewlines: true) == "a\nb")
    }
}
