import Testing
@testable import ReaderUI

@Suite("Markdown in the FAQ pane")
struct MarkdownTextTests {
    func plain(_ markdown: String, width: Int = 40) -> [String] {
        MarkdownText.lines(markdown, width: width).map(MarkdownText.plain)
    }

    @Test("headings lose their hashes and get a blank line before them")
    func headings() {
        let lines = MarkdownText.lines("Intro.\n## Q1. What problem?\nText.", width: 40)
        #expect(lines.map(MarkdownText.plain) == ["Intro.", "", "Q1. What problem?", "Text."])
        #expect(lines[2].allSatisfy { $0.style == .heading })
    }

    @Test("bold and code are styled, emphasis markers dropped, links show their text")
    func inline() {
        let spans = MarkdownText.inline("a **bold** `x_1` *em* [site](https://e.org) snake_case_name", base: .text)
        #expect(spans.map(\.text).joined() == "a bold x_1 em site snake_case_name")
        #expect(spans.contains(MarkdownText.Span(text: "bold", style: .bold)))
        #expect(spans.contains(MarkdownText.Span(text: "x_1", style: .code)))
    }

    @Test("math keeps its underscores and stars, rendered like the abstract")
    func math() {
        #expect(plain("cost $O(n^2)$ and $a_i * b_j$ here", width: 60) == ["cost O(n²) and aᵢ * bⱼ here"])
    }

    @Test("list items wrap with a hanging indent; numbered lists keep their numbers")
    func lists() {
        #expect(plain("- one two three four five six", width: 14) == ["• one two", "  three four", "  five six"])
        #expect(plain("2. second\n  - nested", width: 30) == ["2. second", "  • nested"])
    }

    @Test("fenced code is shown as is, rules and quotes are drawn")
    func blocks() {
        #expect(plain("```\nlet **x** = 1\n```\n---\n> quoted text", width: 30) == ["  let **x** = 1", String(repeating: "─", count: 30), "│ quoted text"])
    }

    @Test("no line is wider than the pane, even with long words and CJK")
    func widths() {
        let text = "## 论文试图解决什么问题？\n这篇论文研究了大型语言模型的数学推理能力，并提出了新的基准。 Averyveryverylongwordthatdoesnotfit here"
        for line in MarkdownText.lines(text, width: 12) {
            #expect(TextWidth.width(of: MarkdownText.plain(line)) <= 12)
        }
    }
}
