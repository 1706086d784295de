import Foundation

/// A search as the user types it: words (AND by default, `OR` between two), `"exact phrases"`,
/// `-word` to exclude, `prefix*`, field words `ti:`, `au:`, `abs:`, and filters `cat:cs.CL`,
/// `is:starred`, `is:unread`, `is:unseen`, `is:faq`, `is:noted`, `venue:ICLR.2025`, `group:Oral`, `sort:date`, `after:`, `before:`, `date:` (YYYY-MM-DD). Parsing never fails on odd
/// input silently: what cannot be understood is a `SearchQueryError` with a plain sentence.
public struct SearchQuery: Sendable, Equatable {
    public enum Field: String, Sendable {
        case title, authors, abstract
    }

    public struct Term: Sendable, Equatable {
        public var text: String
        public var isPhrase: Bool
        public var isPrefix: Bool
        public var field: Field?
    }

    /// Groups of alternatives, all groups required: `a OR b c` is `[[a, b], [c]]`.
    public var required: [[Term]] = []
    public var excluded: [Term] = []
    public var categories: [String] = []
    public var onlyStarred = false
    public var onlyUnread = false
    /// Only papers the cursor has not reached yet (`is:unseen`).
    public var onlyUnseen = false
    /// Only papers with a complete FAQ (in any language).
    public var onlyWithFAQ = false
    /// Only papers with a note of the user's (`is:noted`).
    public var onlyNoted = false
    /// Only papers carrying each of these tags (`tag:NAME`).
    public var tags: [String] = []
    /// Only papers a venue lists: an edition (`ICLR.2025`) or a venue (`ICLR`), and a group (`Oral`).
    public var venue: String?
    public var group: String?
    /// `sort:date` or `sort:relevance` in the query; otherwise the caller's choice.
    public var order: SearchOrder?
    public var after: String?
    public var before: String?
    public var on: String?
    /// Papers let through the filters on marks (`ListQuery.markedHere`), never typed.
    public var markedHere: Set<String> = []

    public var hasText: Bool { !required.isEmpty }

    /// The longest query read, and the most distinct words in it: FTS5's BM25 grows with the square
    /// of the terms (one word typed 24,000 times took 87 s), and no one types more than a few.
    public static let maxCharacters = 1_000
    public static let maxTerms = 64

    /// The words to highlight where they matched: each word the query requires, its plural `s`
    /// dropped so that `images` lights up `image` too (the index matches word forms).
    public var highlightWords: [String] {
        var words: [String] = []
        for term in required.joined() {
            for word in term.text.split(separator: " ").map({ $0.lowercased() }) {
                let stem = word.count > 4 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
                if !stem.isEmpty, !words.contains(stem) { words.append(stem) }
            }
        }
        return words
    }

    public init(parsing text: String) throws(SearchQueryError) {
        if text.utf8.count > Self.maxCharacters, text.unicodeScalars.count > Self.maxCharacters {
            throw .message("a search is at most \(Self.maxCharacters) characters long: shorten it")
        }
        let tokens = try Self.tokenize(text)
        var pendingOr = false
        for (index, token) in tokens.enumerated() {
            switch token {
            case .or:
                guard index > 0, !required.isEmpty, !pendingOr, tokens.indices.contains(index + 1),
                      tokens[index + 1] != .or else {
                    throw .message("OR needs a word on each side, as in `diffusion OR flow`")
                }
                pendingOr = true
            case .word(let raw, let quoted, let negated):
                if !quoted, try applyFilter(raw, negated: negated) { pendingOr = false; continue }
                // Punctuation on its own (a stray `;` or `--`) has nothing to match: it is skipped.
                guard let term = try Self.term(raw, quoted: quoted) else { continue }
                if negated {
                    if !excluded.contains(term) { excluded.append(term) }
                } else if pendingOr, !required.isEmpty {
                    if !required[required.count - 1].contains(term) { required[required.count - 1].append(term) }
                } else {
                    required.append([term])
                }
                pendingOr = false
            }
        }
        required = Self.distinctGroups(required)
        if required.joined().count + excluded.count > Self.maxTerms {
            throw .message("a search looks for at most \(Self.maxTerms) different words: drop some")
        }
        if required.isEmpty, !excluded.isEmpty {
            throw .message("a search needs a word to look for besides the excluded ones")
        }
        if required.isEmpty, categories.isEmpty, !onlyStarred, !onlyUnread, !onlyUnseen, !onlyWithFAQ, !onlyNoted, tags.isEmpty, venue == nil, group == nil, after == nil, before == nil, on == nil {
            throw .message("type a word to search for (or a filter such as cat:cs.CL or is:starred)")
        }
    }

    /// The groups without repeats: `a a` requires `a` once, and `a OR b` twice is one group.
    private static func distinctGroups(_ groups: [[Term]]) -> [[Term]] {
        var kept: [[Term]] = []
        for group in groups where !kept.contains(group) { kept.append(group) }
        return kept
    }

    private enum Token: Equatable {
        case word(String, quoted: Bool, negated: Bool)
        case or
    }

    private static func tokenize(_ text: String) throws(SearchQueryError) -> [Token] {
        var tokens: [Token] = []
        // Pasted text may carry control characters (a NUL would end an FTS5 string early): they
        // separate words like spaces.
        let characters: [Character] = text.map { character in
            character.unicodeScalars.contains { $0.properties.generalCategory == .control } ? " " : character
        }
        var index = 0
        while index < characters.count {
            if characters[index].isWhitespace {
                index += 1
                continue
            }
            var negated = false
            if characters[index] == "-" {
                negated = true
                index += 1
                guard index < characters.count, !characters[index].isWhitespace else {
                    throw .message("a lone '-' excludes nothing: write -word")
                }
            }
            // A field prefix may come before a quoted phrase: ti:"graph neural".
            var prefix = ""
            var scan = index
            while scan < characters.count, characters[scan].isLetter { scan += 1 }
            if scan < characters.count, scan > index, characters[scan] == ":",
               scan + 1 < characters.count, characters[scan + 1] == "\"" {
                prefix = String(characters[index...scan])
                index = scan + 1
            }
            if characters[index] == "\"" {
                guard let close = characters[(index + 1)...].firstIndex(of: "\"") else {
                    throw .message("a quote is not closed: write \"exact phrase\" with both quotes")
                }
                let phrase = String(characters[(index + 1)..<close])
                tokens.append(.word(prefix + "\"" + phrase + "\"", quoted: true, negated: negated))
                index = close + 1
                continue
            }
            var end = index
            while end < characters.count, !characters[end].isWhitespace, characters[end] != "\"" { end += 1 }
            let word = String(characters[index..<end])
            index = end
            if word == "OR", !negated { tokens.append(.or) } else { tokens.append(.word(word, quoted: false, negated: negated)) }
        }
        return tokens
    }

    /// Applies `name:value` filters; false when the word is not a filter.
    private mutating func applyFilter(_ raw: String, negated: Bool) throws(SearchQueryError) -> Bool {
        guard let colon = raw.firstIndex(of: ":") else { return false }
        let name = raw[..<colon].lowercased()
        let value = String(raw[raw.index(after: colon)...])
        let isFilter = ["cat", "is", "after", "before", "date", "venue", "group", "sort", "tag"].contains(name)
        guard isFilter else { return false }
        if negated { throw .message("filters cannot be excluded with '-': drop the '-' before \(name):") }
        guard !value.isEmpty else { throw .message("\(name): needs a value, as in \(Self.example(name))") }
        switch name {
        case "cat":
            guard ArxivCategories.looksLikeArxivCategory(value) else {
                throw .message("cat:\(value) is not a category (expected e.g. cat:cs.CL)")
            }
            categories.append(value)
        case "is":
            switch value.lowercased() {
            case "starred": onlyStarred = true
            case "unread": onlyUnread = true
            case "unseen": onlyUnseen = true
            case "faq": onlyWithFAQ = true
            case "noted": onlyNoted = true
            default: throw .message("is:\(value) is not a filter: use is:starred, is:unread, is:unseen, is:faq or is:noted")
            }
        case "tag":
            guard let tag = TagName.normalized(value) else {
                throw .message("tag:\(value) is not a tag (letters, digits and - _ . / only, at most \(TagName.maximumLength))")
            }
            tags.append(tag)
        case "venue":
            guard VenueEdition(parsing: value) != nil || value.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
                throw .message("venue:\(value) is not a venue (expected e.g. venue:ICLR.2025 or venue:ICLR)")
            }
            venue = value
        case "group":
            group = value
        case "sort":
            guard let chosen = SearchOrder(rawValue: value.lowercased()) else {
                throw .message("sort:\(value) is not an order: use sort:relevance or sort:date")
            }
            order = chosen
        default:
            guard let day = ArxivDates.day(value) else { throw .message("\(name):\(value) is not a date: use YYYY-MM-DD") }
            switch name {
            case "after": after = day
            case "before": before = day
            default: on = day
            }
        }
        return true
    }

    private static func example(_ name: String) -> String {
        switch name {
        case "cat": "cat:cs.CL"
        case "is": "is:starred"
        case "venue": "venue:ICLR.2025"
        case "group": "group:Oral"
        case "sort": "sort:date"
        case "tag": "tag:kv-cache"
        default: "\(name):2024-11-01"
        }
    }

    private static func term(_ raw: String, quoted: Bool) throws(SearchQueryError) -> Term? {
        var text = raw
        var field: Field?
        if let colon = text.firstIndex(of: ":") {
            switch text[..<colon].lowercased() {
            case "ti": field = .title
            case "au": field = .authors
            case "abs": field = .abstract
            default: break
            }
            if field != nil { text = String(text[text.index(after: colon)...]) }
        }
        var isPhrase = false
        if quoted, text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 {
            text = String(text.dropFirst().dropLast())
            isPhrase = true
        }
        var isPrefix = false
        if !isPhrase, text.hasSuffix("*") {
            text.removeLast()
            isPrefix = true
        }
        let letters = text.filter { $0.isLetter || $0.isNumber }
        guard !letters.isEmpty else {
            if isPrefix { throw .message("'*' needs a word before it, as in diffu*") }
            return nil
        }
        return Term(text: text, isPhrase: isPhrase, isPrefix: isPrefix, field: field)
    }

    /// The FTS5 MATCH expression: every term is a quoted FTS5 string, so nothing the user typed is
    /// read as FTS5 syntax.
    /// True when a term names a field (`ti:`), which only papers have: FAQ text is then not searched.
    public var usesFields: Bool {
        (required.joined() + excluded).contains { $0.field != nil }
    }

    public var matchExpression: String? {
        guard hasText else { return nil }
        func render(_ term: Term) -> String {
            // Every quote scalar doubled: `replacingOccurrences` compares characters, and misses a quote
            // that carries a combining mark (`"` + U+0311), which then ends the FTS5 string early.
            var escaped = String.UnicodeScalarView()
            for scalar in term.text.unicodeScalars {
                escaped.append(scalar)
                if scalar == "\"" { escaped.append(scalar) }
            }
            let quoted = "\"" + String(escaped) + "\"" + (term.isPrefix ? "*" : "")
            guard let field = term.field else { return quoted }
            return "\(field.rawValue) : \(quoted)"
        }
        var expression = required.map { group in
            group.count == 1 ? render(group[0]) : "(" + group.map(render).joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        for term in excluded { expression += " NOT " + render(term) }
        return expression
    }
}

public enum SearchQueryError: Error, Equatable, CustomStringConvertible {
    case message(String)
    public var description: String {
        switch self {
        case .message(let text): text
        }
    }
}
