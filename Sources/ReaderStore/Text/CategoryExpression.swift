/// A category expression as Cool Papers' URLs write it: `cs.AI,cs.CL` or `cs.AI+cs.LG` is a union,
/// `-cs.CY` excludes papers carrying that category. A term without a dot (`cs`, `hep-th`) is a whole archive.
public struct CategoryExpression: Hashable, Sendable, CustomStringConvertible {
    public var included: [String]
    public var excluded: [String]

    public init(included: [String], excluded: [String] = []) {
        self.included = included
        self.excluded = excluded
    }

    /// Parses an expression; nil when it has no term or a term is not a category name.
    public init?(parsing text: String) {
        var included: [String] = []
        var excluded: [String] = []
        var term = ""
        var excluding = false
        func flush() -> Bool {
            defer { term = "" }
            guard !term.isEmpty else { return true }
            guard ArxivCategories.looksLikeArxivCategory(term) else { return false }
            if excluding { excluded.append(term) } else { included.append(term) }
            return true
        }
        let characters = Array(text.trimmingCharacters(in: .whitespaces))
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case ",", "+", " ":
                guard flush() else { return nil }
                excluding = false
            case "-" where term.isEmpty:
                excluding = true
            case "-" where Self.continuesHyphenatedArchive(term, characters[(index + 1)...])
                || Self.continuesSubjectClass(term, characters[(index + 1)...]):
                term.append(character)
            case "-":
                guard flush() else { return nil }
                excluding = true
            default:
                term.append(character)
            }
            index += 1
        }
        guard flush(), !(included.isEmpty && excluded.isEmpty) else { return nil }
        self.included = Self.unique(included)
        self.excluded = Self.unique(excluded)
    }

    /// Whether the `-` after `term` is inside an archive name (`hep-th`, `q-bio`) rather than an exclusion.
    private static func continuesHyphenatedArchive(_ term: String, _ rest: ArraySlice<Character>) -> Bool {
        guard !term.contains("."), !term.contains("-") else { return false }
        let suffix = String(rest.prefix { $0.isLetter })
        return hyphenatedArchives.contains("\(term)-\(suffix)")
    }

    /// Whether the `-` after `term` is inside a subject class (`cond-mat.str-el`, `physics.atom-ph`)
    /// rather than the start of an excluded term (`cs.AI-cs.CY`, `cs.AI-stat`).
    private static func continuesSubjectClass(_ term: String, _ rest: ArraySlice<Character>) -> Bool {
        guard term.contains(".") else { return false }
        let word = rest.prefix { $0.isLetter || $0 == "-" }
        let after = rest.dropFirst(word.count).first
        guard !word.isEmpty, after != "." else { return false }
        return !currentArchives.contains(String(word)) && !hyphenatedArchives.contains(String(word))
    }

    private static let currentArchives: Set<String> = [
        "cs", "math", "physics", "stat", "econ", "eess", "nlin", "q-bio", "q-fin", "astro-ph", "cond-mat", "gr-qc",
        "hep-ex", "hep-lat", "hep-ph", "hep-th", "math-ph", "nucl-ex", "nucl-th", "quant-ph",
    ]

    /// The archives (current and retired) whose names contain a hyphen.
    private static let hyphenatedArchives: Set<String> = [
        "astro-ph", "cond-mat", "gr-qc", "hep-ex", "hep-lat", "hep-ph", "hep-th", "math-ph", "nucl-ex", "nucl-th",
        "quant-ph", "q-bio", "q-fin", "chao-dyn", "solv-int", "patt-sol", "comp-gas", "adap-org", "chem-ph",
        "bayes-an", "acc-phys", "alg-geom", "ao-sci", "atom-ph", "dg-ga", "funct-an", "mtrl-th", "plasm-ph",
        "supr-con", "cmp-lg", "q-alg",
    ]

    private static func unique(_ terms: [String]) -> [String] {
        var seen = Set<String>()
        return terms.filter { seen.insert($0).inserted }
    }

    public var description: String {
        (included + excluded.map { "-" + $0 }).enumerated().map { index, term in
            index == 0 || term.hasPrefix("-") ? term : "+" + term
        }.joined()
    }

    /// Whether a term (a category or a whole archive) covers any of `categories`.
    public static func matches(_ term: String, _ categories: [String]) -> Bool {
        if term.contains(".") { return categories.contains(term) }
        return categories.contains { $0 == term || ArxivCategories.archive(of: $0) == term }
    }

    /// Whether a paper with these categories belongs to the expression.
    public func admits(_ categories: [String]) -> Bool {
        if excluded.contains(where: { Self.matches($0, categories) }) { return false }
        return included.isEmpty || included.contains { Self.matches($0, categories) }
    }
}
