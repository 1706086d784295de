import Foundation
import ReaderStore

/// `rank seed --bibtex FILE`: the cached papers a reference manager's export names, with a report on
/// standard error of how they were found and what was not.
enum LibrarySeeds {
    /// A BibTeX library larger than this is not one (a whole Zotero library of 20,000 entries is ~20 MB).
    static let maxBytes = 64 * 1024 * 1024

    static func paperIDs(in path: String, store: PaperStore) throws -> [String] {
        let entries = BibTeXEntries(parsing: try text(of: path))
        guard !entries.entries.isEmpty else {
            if entries.broken > 0 {
                throw CLIError("none of the \(entries.broken) entries in \(CLIText.plain(path)) could be read (unbalanced braces or a field without `=`): export the library again")
            }
            throw CLIError("\(CLIText.plain(path)) holds no BibTeX entry (@article{...}): export the library as BibTeX and try again")
        }
        let matches = try store.matchReferences(entries.entries.map(LibraryReference.init))
        let found = [(matches.byArxivID.count, "by arXiv id"), (matches.byDOI.count, "by DOI"), (matches.byTitle.count, "by title")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        Output.error("\(CLIText.plain(path)): \(entries.entries.count) entr\(entries.entries.count == 1 ? "y" : "ies"), "
            + "\(matches.paperIDs.count) in the cache" + (found.isEmpty ? "" : " (\(found.joined(separator: ", ")))"))
        if !matches.unmatched.isEmpty {
            let fetchable = matches.unmatched.compactMap(\.arxivID)
            let keys = matches.unmatched.compactMap(\.key).prefix(5).map(CLIText.plain).joined(separator: ", ")
            let named = keys.isEmpty ? "" : " (\(keys)\(matches.unmatched.count > 5 ? ", ..." : ""))"
            var note = "note: \(matches.unmatched.count) entr\(matches.unmatched.count == 1 ? "y is" : "ies are") not in the cache\(named)"
            if !fetchable.isEmpty {
                let one = fetchable.count == 1
                note += "; \(fetchable.count) name\(one ? "s" : "") an arXiv id: `papers-tui open \(fetchable.prefix(3).joined(separator: " "))"
                    + (fetchable.count > 3 ? " ..." : "") + "` fetches \(one ? "it" : "them"), then seed again"
            }
            Output.error(note)
        }
        if entries.broken > 0 {
            Output.error("note: \(entries.broken) entr\(entries.broken == 1 ? "y" : "ies") could not be read (unbalanced braces or a field without `=`) and were left out")
        }
        return matches.paperIDs
    }

    private static func text(of path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError("no file at \(CLIText.plain(path)): give the path of a BibTeX export")
        }
        guard !isDirectory.boolValue else { throw CLIError("\(CLIText.plain(path)) is a folder: give the path of a BibTeX file") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maxBytes else {
            throw CLIError("\(CLIText.plain(path)) is \(size / 1_048_576) MB: too large for a BibTeX library (the limit is \(maxBytes / 1_048_576) MB)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CLIError("cannot read \(CLIText.plain(path)) (\(error.localizedDescription))", cause: error)
        }
        // Exports are UTF-8; an older Latin-1 one still gives its ASCII ids, DOIs and most titles.
        return String(data: data, encoding: .utf8) ?? String(decoding: data, as: UTF8.self)
    }
}
