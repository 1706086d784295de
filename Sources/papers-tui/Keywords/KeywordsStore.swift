import Foundation

/// Saves the keywords edited in the reader (`K`) to config.toml's `[rank] keywords`, the rest of the
/// file kept byte for byte (`KeywordsConfigText`), written beside it and renamed over it
/// (`ExportSink`), a symbolic link followed and the permissions kept (a config holding an API key is
/// 600). A file whose keywords cannot be rewritten safely is left alone, and the error says so.
enum KeywordsStore {
    /// Returns the sentence saying where they went.
    static func save(_ keywords: [String], configPath: String, cachePath: String) throws -> String {
        let existing = FileManager.default.fileExists(atPath: configPath)
            ? try readText(configPath) : ""
        guard let text = KeywordsConfigText.rewritten(existing, keywords: keywords) else {
            throw CLIError("\(configPath) has [rank] keywords in a form papers-tui does not rewrite "
                + "(a dotted key, an inline table, a duplicate): the file was left as it was; edit it by hand")
        }
        try FileManager.default.createDirectory(atPath: (configPath as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let sink = try ExportSink(path: configPath, cachePath: cachePath)
        do {
            try sink.write(text)
            try sink.finish()
        } catch {
            sink.discard()
            throw error
        }
        return keywords.isEmpty ? "no keywords: saved in \(configPath)" : "keywords saved in \(configPath)"
    }

    private static func readText(_ path: String) throws -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CLIError("cannot read \(path) to save the keywords in it: \(error.localizedDescription)", cause: error)
        }
    }
}
