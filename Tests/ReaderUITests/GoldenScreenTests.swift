import Foundation
import Testing
@testable import ReaderUI

/// Whole screens rendered as text and compared with files under Golden/. Re-record on purpose with
/// RECORD_GOLDEN=1 and review the diff.
@Suite("golden screens")
struct GoldenScreenTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ buffer: ScreenBuffer, name: String) throws {
        let text = buffer.textLines().joined(separator: "\n") + "\n"
        let url = goldenFolder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(url.path): record it with RECORD_GOLDEN=1 scripts/test and review it")
            return
        }
        #expect(text == expected, "screen \(name) differs from its golden file:\n\(text)")
    }

    @Test("the reader at each size", arguments: [(40, 12), (80, 24), (120, 40), (200, 60)])
    func sizes(width: Int, height: Int) throws {
        let state = try ScreenFixtures.state(width: width, height: height)
        try Self.check(render(state), name: "reader-\(width)x\(height)")
    }

    @Test("the paper open full-width on a narrow terminal, on the CJK and emoji paper")
    func narrowPaper() throws {
        var state = try ScreenFixtures.state(width: 80, height: 24)
        state.cursor = 3
        state.paperOpen = true
        state.focus = .abstract
        try Self.check(render(state), name: "paper-80x24-cjk")
    }

    @Test("the help overlay lists every command")
    func help() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state.overlay = .help
        let buffer = render(state)
        try Self.check(buffer, name: "help-120x40")
        let text = buffer.textLines().joined(separator: "\n")
        for command in Command.allCases {
            #expect(text.contains(String(command.summary.prefix(24))), "help lacks \(command)")
        }
    }

    @Test("on 80x24 the help fits in two columns: every command and its key is on screen")
    func helpSmall() throws {
        var state = try ScreenFixtures.state(width: 80, height: 24)
        state.overlay = .help
        let buffer = render(state)
        try Self.check(buffer, name: "help-80x24")
        let text = buffer.textLines().joined(separator: "\n")
        for command in Command.allCases {
            #expect(text.contains(command.brief(in: state.keymap)) || text.contains(command.summary), "help lacks \(command)")
        }
        #expect(text.contains("any key closes this help"))
    }

    @Test("a terminal below 40x10 gets a notice, never a crash", arguments: [(39, 24), (80, 9), (1, 1), (0, 0)])
    func tooSmall(width: Int, height: Int) throws {
        let buffer = render(try ScreenFixtures.state(width: width, height: height))
        if width > 10, height > 1 { #expect(buffer.textLines().joined().contains("Terminal too small")) }
    }

    @Test("no cell holds a control character, and no row is wider than the screen")
    func sanitized() throws {
        for (width, height) in [(40, 12), (80, 24), (120, 40), (200, 60)] {
            var state = try ScreenFixtures.state(width: width, height: height)
            state.cursor = 4
            let buffer = render(state)
            for cell in buffer.cells {
                #expect(!cell.text.unicodeScalars.contains { $0.properties.generalCategory == .control })
            }
            for line in buffer.textLines() { #expect(TextWidth.width(of: line) <= width) }
            let text = buffer.textLines().joined(separator: "\n")
            #expect(!text.contains("\u{1B}"))
        }
    }
}
