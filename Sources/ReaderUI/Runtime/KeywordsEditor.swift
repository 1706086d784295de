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
        let text = header + fileLines(line).joined(separator: "\n") + "\n"
        switch ExternalEditor.edit(text, fileName: "keywords.txt", folderPrefix: "papers-tui-keywords", terminal: terminal,
                                   environment: environment) {
        case .success(let edited): return .keywordsEdited(Self.line(fromFile: edited))
        case .failure(let failure): return .keywordsNotEdited(failure.sentence(subject: "keywords", unchanged: "keywords unchanged"))
        }
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
