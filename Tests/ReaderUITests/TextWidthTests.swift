import Testing
@testable import ReaderUI

@Suite("terminal text width")
struct TextWidthTests {
    @Test("each grapheme cluster takes 0, 1 or 2 cells", arguments: [
        ("abc", 3),
        ("中文", 4),
        ("한국어", 6),
        ("Ａ", 2),
        ("ｱ", 1),
        ("e\u{0301}", 1),
        ("😀", 2),
        ("👨‍👩‍👧", 2),
        ("👩‍💻", 2),
        ("🇯🇵", 2),
        ("⭐", 2),
        ("★", 1),
        ("❤", 1),
        ("❤️", 2),
        ("\u{200D}", 0),
        ("a\tb", 2),
        ("", 0),
        ("𝒪(n²)", 5),
    ])
    func widths(text: String, expected: Int) {
        #expect(TextWidth.width(of: text) == expected)
    }

    @Test("a ZWJ sequence and a flag are one character of width 2")
    func clusters() {
        for text in ["👨‍👩‍👧", "🇯🇵"] {
            #expect(text.count == 1)
            #expect(TextWidth.width(of: Character(text)) == 2)
        }
    }

    @Test("truncation ends with the ellipsis, counted in the width")
    func truncation() {
        #expect(TextWidth.truncate("Attention is all you need", to: 10) == "Attention…")
        #expect(TextWidth.truncate("Attention is all you need", to: 11) == "Attention…")
        #expect(TextWidth.truncate("short", to: 10) == "short")
        #expect(TextWidth.truncate("short", to: 5) == "short")
        #expect(TextWidth.truncate("abcdef", to: 4, ellipsis: "...") == "a...")
        #expect(TextWidth.truncate("abc", to: 0) == "")
    }

    @Test("a wide character straddling the limit is dropped, a cluster never split")
    func truncationAtWideBoundary() {
        #expect(TextWidth.truncate("ab中文", to: 4) == "ab…")
        #expect(TextWidth.truncate("👨‍👩‍👧👨‍👩‍👧", to: 3) == "👨‍👩‍👧…")
    }

    @Test("truncation never exceeds the width", arguments: 0...12)
    func truncationFits(width: Int) {
        let text = "ab中文字cd😀e\u{0301}"
        let cut = TextWidth.truncate(text, to: width)
        #expect(TextWidth.width(of: cut) <= width)
        if width > 0, cut != text { #expect(cut.hasSuffix("…")) }
        #expect(TextWidth.width(of: TextWidth.padded(text, to: width)) == width)
    }

    @Test("padding fills to exactly the width")
    func padding() {
        #expect(TextWidth.padded("中文", to: 5) == "中文 ")
        #expect(TextWidth.padded("ab中文", to: 4) == "ab… ")
        #expect(TextWidth.padded("abc", to: 0) == "")
    }

    static let abstract = "We study the problem of learning sparse representations of natural language from very "
        + "large corpora. Our method combines a contrastive objective with a lightweight state-of-the-art "
        + "transformer encoder, and it scales linearly in the number of documents. Experiments on twelve "
        + "benchmarks show consistent gains over strong baselines, while using a fraction of the compute "
        + "required by previous approaches."

    @Test("an English abstract wraps at spaces without losing a word", arguments: [20, 37, 80])
    func wrapsAbstract(width: Int) {
        let lines = TextWidth.wrap(Self.abstract, width: width)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { TextWidth.width(of: $0) <= width })
        #expect(lines.allSatisfy { !$0.hasPrefix(" ") && !$0.hasSuffix(" ") })
        #expect(lines.joined(separator: " ") == Self.abstract)
    }

    @Test("text without spaces breaks between wide characters")
    func wrapsCJK() {
        let text = "日本語のテキストを折り返す"
        let lines = TextWidth.wrap(text, width: 10)
        #expect(lines == ["日本語のテ", "キストを折", "り返す"])
        #expect(lines.joined() == text)
        #expect(TextWidth.wrap("中文", width: 3) == ["中", "文"])
    }

    @Test("closing punctuation does not start a line")
    func wrapsKeepingPunctuation() {
        #expect(TextWidth.wrap("中文中文。", width: 8) == ["中文中", "文。"])
    }

    @Test("a word longer than the width is split between clusters")
    func wrapsLongWord() {
        #expect(TextWidth.wrap("see https://arxiv.org/abs/2401.00001", width: 10)
            == ["see", "https://ar", "xiv.org/ab", "s/2401.000", "01"])
        #expect(TextWidth.wrap("😀😀😀", width: 3) == ["😀", "😀", "😀"])
    }

    @Test("newlines start new lines, blank lines stay")
    func wrapsParagraphs() {
        #expect(TextWidth.wrap("one\n\ntwo three", width: 5) == ["one", "", "two", "three"])
        #expect(TextWidth.wrap("", width: 5) == [""])
    }

    @Test("a width below 1 gives no lines")
    func wrapsNothing() {
        #expect(TextWidth.wrap("text", width: 0).isEmpty)
        #expect(TextWidth.wrap("text", width: -3).isEmpty)
    }

    @Test("no wrapped line is wider than the width", arguments: 1...9)
    func wrapFits(width: Int) {
        let text = "Mixed 中文 text, emoji 👩‍💻 and flags 🇯🇵🇫🇷, cafe\u{0301} au lait; 机器学习（深度学习）是人工智能的一个分支。"
        #expect(TextWidth.wrap(text, width: width).allSatisfy { TextWidth.width(of: $0) <= width })
    }
}
