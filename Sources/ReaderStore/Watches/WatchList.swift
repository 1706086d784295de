import Foundation

/// An author or a keyword the user watches (`W` in the reader, `papers-tui watch`): papers by that
/// author, or with that keyword in the title or abstract, are marked in every list and gathered in a
/// list of their own.
public struct Watch: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case author, keyword
    }

    public let kind: Kind
    /// As the user gave it (quotes taken out: the watched list is a search, and a quote would end its phrase).
    public let value: String

    /// Nil when `value` has no letter or digit in it, runs over several lines, or is longer than 200 characters.
    public init?(_ kind: Kind, _ value: String) {
        // An affiliation arXiv left in the name (`Jane Doe (MIT)`) is not part of whom to watch.
        let bracketsOut = kind == .author ? WatchList.withoutBrackets(value) : value
        // Control and format characters (an escape sequence in a name typed or pasted) become spaces.
        let name = String(String.UnicodeScalarView(bracketsOut.unicodeScalars.map { scalar in
            let category = scalar.properties.generalCategory
            return category == .control && !"\n\r".unicodeScalars.contains(scalar) || category == .format ? " " : scalar
        }))
        let trimmed = name.replacingOccurrences(of: "\"", with: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !value.contains(where: \.isNewline), trimmed.count <= 200,
              trimmed.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        if kind == .keyword, PreferenceKeyword(trimmed) == nil { return nil }
        self.kind = kind
        self.value = kind == .keyword && trimmed.hasPrefix("-") ? String(trimmed.drop { $0 == "-" || $0 == " " }) : trimmed
    }

    /// The same for two ways of writing one watch: `Yann LeCun` and `yann  lecun`, `KV caches` and `kv cache`.
    public var key: String {
        switch kind {
        case .author: "author " + WatchList.authorKey(value)
        case .keyword: "keyword " + IndexWordForms.words(in: value).map(\.form).joined(separator: " ")
        }
    }

    /// How a sentence names it: the author's name as is (`Yann LeCun`), a keyword in quotes (`"kv cache"`).
    public var description: String {
        kind == .author ? value : "\"\(value)\""
    }
}

/// Every watched author and keyword, and which of them a paper matches.
public struct WatchList: Sendable, Hashable {
    public let watches: [Watch]
    /// Each watch by its `key`, made once: a key tokenises a keyword.
    private let byKey: [String: Watch]
    private let authorKeys: [String: Watch]
    private let keywords: [(watch: Watch, keyword: PreferenceKeyword)]

    public static let none = WatchList([])

    public init(_ watches: [Watch]) {
        var byKey: [String: Watch] = [:]
        self.watches = watches.filter { watch in
            let key = watch.key
            guard byKey[key] == nil else { return false }
            byKey[key] = watch
            return true
        }
        self.byKey = byKey
        authorKeys = Dictionary(self.watches.filter { $0.kind == .author }.map { (Self.authorKey($0.value), $0) }) { first, _ in first }
        keywords = self.watches.compactMap { watch in
            watch.kind == .keyword ? PreferenceKeyword(watch.value).map { (watch, $0) } : nil
        }
    }

    public var isEmpty: Bool { watches.isEmpty }
    public var authors: [Watch] { watches.filter { $0.kind == .author } }
    public var keywordWatches: [Watch] { watches.filter { $0.kind == .keyword } }

    /// The watch as it is kept, however `watch` writes it (nil: not watched).
    public func watched(_ watch: Watch) -> Watch? {
        byKey[watch.key]
    }

    /// The watches that `paper` matches: its authors by name (case, accents and an affiliation in
    /// brackets ignored), the keywords by the search index's word forms in its title or abstract.
    public func matches(_ paper: Paper) -> [Watch] {
        guard !watches.isEmpty else { return [] }
        var found: [Watch] = []
        if !authorKeys.isEmpty {
            for name in paper.authors {
                if let watch = authorKeys[Self.authorKey(name)], !found.contains(watch) { found.append(watch) }
            }
        }
        if !keywords.isEmpty {
            let texts = [paper.title, paper.abstract]
            let lowered = texts.map(PreferenceKeyword.lowercasedASCII)
            let candidates = keywords.filter { _, keyword in
                zip(texts, lowered).contains { keyword.mayOccur(in: $0, lowercasedASCII: $1) }
            }
            // The forms alone: where they stand in the text is not needed to know that they are there.
            let forms = candidates.isEmpty ? [] : IndexTokenizer.shared.tokens(of: texts).map { $0.map(\.form) }
            for (watch, keyword) in candidates where forms.contains(where: keyword.occurs) {
                found.append(watch)
            }
        }
        return found
    }

    /// The search that gathers the watched papers, newest first: each author as a phrase in the
    /// authors, each keyword anywhere, a single word unquoted so that its word forms match as the
    /// marks in the lists match them (a quoted phrase matches its words exactly); nil when nothing
    /// is watched.
    public var query: String? {
        guard !watches.isEmpty else { return nil }
        let terms = watches.map { watch in
            if watch.kind == .author { return "au:\"\(watch.value)\"" }
            let isWord = watch.value != "OR" && watch.value.allSatisfy { $0.isLetter || $0.isNumber }
            return isWord ? watch.value : "\"\(watch.value)\""
        }
        return terms.joined(separator: " OR ") + " sort:date"
    }

    /// `2 authors, 1 keyword`.
    public var summary: String {
        let authors = self.authors.count
        let keywords = keywordWatches.count
        return [authors > 0 ? "\(authors) author\(authors == 1 ? "" : "s")" : nil,
                keywords > 0 ? "\(keywords) keyword\(keywords == 1 ? "" : "s")" : nil]
            .compactMap { $0 }.joined(separator: ", ")
    }

    /// A name folded for comparing: `Jürgen Schmidhuber (IDSIA)` and `jurgen  schmidhuber` are one.
    static func authorKey(_ name: String) -> String {
        let folded = withoutBrackets(name).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }

    static func withoutBrackets(_ name: String) -> String {
        var text = name
        while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            text.removeSubrange(open...close)
        }
        return text
    }

    public static func == (lhs: WatchList, rhs: WatchList) -> Bool { lhs.watches == rhs.watches }
    public func hash(into hasher: inout Hasher) { hasher.combine(watches) }
}
