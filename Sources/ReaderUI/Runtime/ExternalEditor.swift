import Foundation
import ReaderStore

/// Text handed to `$VISUAL` or `$EDITOR` (else vi) on the terminal, in a file of a private folder
/// made for it and removed after: what `K`'s Ctrl-E, `e` and `papers-tui note --edit` share. The
/// caller words the failure for what it edits.
public enum ExternalEditor {
    public enum Failure: Error, Equatable {
        case unclosedQuote, noProgram
        case cannotWrite(String)
        case cannotStart(program: String, reason: String)
        case signalled(program: String, signal: Int32)
        case notFound(program: String)
        case failed(program: String, status: Int32)
        case noFile

        /// The sentence for editing `subject` ("keywords", "note"), ending in `unchanged`
        /// ("keywords unchanged", "the note is unchanged").
        public func sentence(subject: String, unchanged: String) -> String {
            switch self {
            case .unclosedQuote: "$EDITOR has a quote that is never closed: fix it (\(unchanged))"
            case .noProgram: "$EDITOR names no program (\(unchanged))"
            case .cannotWrite(let reason): "cannot write the \(subject) for $EDITOR (\(reason)): \(unchanged)"
            case .cannotStart(let program, let reason): "cannot start \(program) (\(reason)): set $EDITOR (\(unchanged))"
            case .signalled(let program, let signal): "the editor (\(program)) was stopped by signal \(signal): \(unchanged)"
            case .notFound(let program): "the editor \(program) was not found: set $EDITOR or $VISUAL (\(unchanged))"
            case .failed(let program, let status): "the editor (\(program)) failed with exit status \(status): \(unchanged)"
            case .noFile: "the editor left no \(subject) file: \(unchanged)"
            }
        }
    }

    /// The editor's command line from the environment, split as a shell would split it.
    static func command(_ environment: [String: String]) throws(Failure) -> [String] {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.allSatisfy(\.isWhitespace) } ?? "vi"
        guard let words = try? BrowserCommand.words(editor) else { throw .unclosedQuote }
        guard let program = words.first, !program.isEmpty else { throw .noProgram }
        return words
    }

    /// Writes `text` to `fileName` in a new private folder, runs the editor on it with the terminal
    /// handed over (nil: there is no reader's screen), and returns the file as the editor left it.
    public static func edit(_ text: String, fileName: String, folderPrefix: String, terminal: (any Terminal)?,
                            environment: [String: String]) -> Result<String, Failure> {
        let words: [String]
        do { words = try command(environment) } catch { return .failure(error) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(folderPrefix)-\(UUID().uuidString)")
        let file = folder.appendingPathComponent(fileName)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            try text.write(to: file, atomically: false, encoding: .utf8)
        } catch {
            return .failure(.cannotWrite(error.localizedDescription))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = Sanitize.terminalText((words[0] as NSString).lastPathComponent)
        switch TerminalHandover.run(words + [file.path], terminal: terminal) {
        case .notStarted(let code): return .failure(.cannotStart(program: name, reason: String(cString: strerror(code))))
        case .signalled(let signal): return .failure(.signalled(program: name, signal: signal))
        case .exited(127): return .failure(.notFound(program: name))
        case .exited(let status) where status != 0: return .failure(.failed(program: name, status: status))
        case .exited: break
        }
        guard let edited = try? String(contentsOf: file, encoding: .utf8) else { return .failure(.noFile) }
        return .success(edited)
    }
}
