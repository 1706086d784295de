import Foundation
import ReaderStore

/// `Ctrl-E` in the `K` line: the keywords one per line in `$VISUAL` or `$EDITOR` (else vi), in a file
/// of a folder made for it and removed after; what the editor leaves comes back as the `K` line.
enum KeywordsEditor {
    static let header = """
        # papers-tui preference keywords, one per line: a word or a phrase.
        # A leading - pushes a paper down instead (-survey). # lines are left out.
        # Save and quit to use them; quit without saving to change nothing.

        """

    static func edit(_ line: String, terminal: any Terminal, environment: [String: String] = ProcessInfo.processInfo.environment) -> Action {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.allSatisfy(\.isWhitespace) } ?? "vi"
        let words: [String]
        do {
            words = try BrowserCommand.words(editor)
        } catch {
            return .keywordsNotEdited("$EDITOR has a quote that is never closed: fix it (keywords unchanged)")
        }
        guard let program = words.first, !program.isEmpty else { return .keywordsNotEdited("$EDITOR names no program (keywords unchanged)") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-keywords-\(UUID().uuidString)")
        let file = folder.appendingPathComponent("keywords.txt")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            try (header + fileLines(line).joined(separator: "\n") + "\n").write(to: file, atomically: false, encoding: .utf8)
        } catch {
            return .keywordsNotEdited("cannot write the keywords for $EDITOR (\(error.localizedDescription)): keywords unchanged")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = Sanitize.terminalText((program as NSString).lastPathComponent)
        switch TerminalHandover.run(words + [file.path], terminal: terminal) {
        case .notStarted(let code):
            return .keywordsNotEdited("cannot start \(name) (\(String(cString: strerror(code)))): set $EDITOR (keywords unchanged)")
        case .signalled(let signal):
            return .keywordsNotEdited("the editor (\(name)) was stopped by signal \(signal): keywords unchanged")
        case .exited(127):
            return .keywordsNotEdited("the editor \(name) was not found: set $EDITOR or $VISUAL (keywords unchanged)")
        case .exited(let status) where status != 0:
            return .keywordsNotEdited("the editor (\(name)) failed with exit status \(status): keywords unchanged")
        case .exited:
            break
        }
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            return .keywordsNotEdited("the editor left no keywords file: keywords unchanged")
        }
        return .keywordsEdited(Self.line(fromFile: text))
    }

    /// The `K` line's keywords, one entry per line (an unreadable line kept whole, to be fixed there).
    static func fileLines(_ line: String) -> [String] {
        guard let keywords = try? KeywordLine.parse(line) else { return [line] }
        return keywords.keywords.map { ($0.isNegative ? "-" : "") + $0.text }
    }

    /// The file's lines as the `K` line writes them: phrases quoted, comments and blank lines left out.
    static func line(fromFile text: String) -> String {
        text.split(whereSeparator: \.isNewline).compactMap { raw in
            let entry = raw.trimmingCharacters(in: .whitespaces)
            guard !entry.isEmpty, !entry.hasPrefix("#") else { return nil }
            let negative = entry.hasPrefix("-")
            let words = (negative ? String(entry.dropFirst()) : entry).filter { $0 != "\"" }.trimmingCharacters(in: .whitespaces)
            let quoted = words.contains(where: { $0.isWhitespace || $0 == "," }) ? "\"\(words)\"" : words
            return (negative ? "-" : "") + quoted
        }.joined(separator: ", ")
    }
}
