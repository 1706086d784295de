import TOMLKit

/// config.toml's text with `[rank] keywords` replaced (or added) and nothing else touched: the other
/// lines, comments and blank lines included, stay as they were, and so does a comment after the
/// keywords. The rewrite is kept only if the file then reads as the same settings with the new
/// keywords; nil when it would not (the keywords written where this does not look, as a dotted key
/// `rank.keywords` or an inline table `rank = {…}`, say), or when the file is not TOML at all.
enum KeywordsConfigText {
    static func rewritten(_ text: String, keywords: [String]) -> String? {
        let ending = text.contains("\r\n") ? "\r" : ""
        let line = assignment(keywords) + ending
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let header = lines.firstIndex(where: { tableName($0) == "rank" }) {
            let end = lines[(header + 1)...].firstIndex { tableName($0) != nil } ?? lines.count
            if let start = lines[(header + 1)..<end].firstIndex(where: isKeywordsLine) {
                guard let extent = valueExtent(lines, from: start, before: end) else { return nil }
                let comment = trailingComment(lines[start..<(start + extent)])
                lines.replaceSubrange(start..<(start + extent), with: [comment.map { assignment(keywords) + $0 } ?? line])
            } else {
                lines.insert(line, at: header + 1)
            }
        } else {
            if let last = lines.last, last.isEmpty { lines.removeLast() }
            lines += (lines.isEmpty ? [] : [ending]) + ["[rank]" + ending, line, ""]
        }
        let result = lines.joined(separator: "\n")
        return sameSettings(before: text, after: result, keywords: keywords) ? result : nil
    }

    /// `keywords = [ "diffusion", "-survey" ]`, quoted and escaped by the TOML writer itself.
    static func assignment(_ keywords: [String]) -> String {
        let table = TOMLTable()
        table["keywords"] = TOMLArray(keywords)
        return table.convert(options: []).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `rank` for `[rank]` or `[ rank ]  # comment`; nil for a line that opens no table.
    private static func tableName(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]") else { return nil }
        if trimmed.hasPrefix("[[") { return "" }
        return trimmed[trimmed.index(after: trimmed.startIndex)..<close].trimmingCharacters(in: .whitespaces)
    }

    private static func isKeywordsLine(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("keywords") else { return false }
        return trimmed.dropFirst("keywords".count).trimmingCharacters(in: .whitespaces).hasPrefix("=")
    }

    /// How many lines from `start` the value takes (an array may span several): the fewest that
    /// read as TOML by themselves.
    private static func valueExtent(_ lines: [String], from start: Int, before end: Int) -> Int? {
        (1...(end - start)).first { count in
            (try? TOMLTable(string: lines[start..<(start + count)].joined(separator: "\n")))?.contains(key: "keywords") == true
        }
    }

    /// `  # mine` in `keywords = ["a"]  # mine`, the spaces before it and any `\r` after: from the
    /// first `#` before which the lines still read as the same value (a `#` inside a quoted keyword
    /// would cut it).
    private static func trailingComment(_ lines: ArraySlice<String>) -> String? {
        guard let last = lines.last else { return nil }
        let whole = lines.joined(separator: "\n")
        guard let value = try? TOMLTable(string: whole)["keywords"]?.array else { return nil }
        for hash in last.indices where last[hash] == "#" {
            let cut = lines.dropLast() + [String(last[..<hash])]
            if let shorter = try? TOMLTable(string: cut.joined(separator: "\n"))["keywords"]?.array, shorter == value {
                let spaces = last[..<hash].reversed().prefix { $0 == " " || $0 == "\t" }.count
                return String(last[last.index(hash, offsetBy: -spaces)...])
            }
        }
        return nil
    }

    private static func sameSettings(before: String, after: String, keywords: [String]) -> Bool {
        guard let old = try? TOMLTable(string: before), let new = try? TOMLTable(string: after),
              let written = new["rank"]?.table?["keywords"]?.array,
              written.count == keywords.count, written.compactMap(\.string) == keywords else { return false }
        old["rank"]?.table?.remove(at: "keywords")
        new["rank"]?.table?.remove(at: "keywords")
        // A [rank] table that held only the keywords, or that the rewrite added.
        for table in [old, new] where table["rank"]?.table?.isEmpty == true { table.remove(at: "rank") }
        return old.convert(to: .json) == new.convert(to: .json)
    }
}
