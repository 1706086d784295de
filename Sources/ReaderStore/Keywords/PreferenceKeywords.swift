/// The user's preference keywords together: where they match a text (for highlighting) and how well
/// a paper matches them (for a sort by keywords).
public struct PreferenceKeywords: Sendable, Hashable {
    public let keywords: [PreferenceKeyword]

    /// How much a match in the title counts against one in the abstract: the title says what the
    /// paper is about, the abstract mentions much in passing.
    public static let titleWeight = 3.0
    public static let abstractWeight = 1.0

    public static let none = PreferenceKeywords(keywords: [])

    /// The keywords in order, each once.
    public init(keywords: [PreferenceKeyword]) {
        var seen = Set<PreferenceKeyword>()
        self.keywords = keywords.filter { seen.insert($0).inserted }
    }

    /// From the config's entries (`["diffusion", "kv cache", "-survey"]`), leaving out those with
    /// no word in them.
    public init(entries: [String]) {
        self.init(keywords: entries.compactMap(PreferenceKeyword.init))
    }

    public var isEmpty: Bool { keywords.isEmpty }
    /// As the config holds them.
    public var entries: [String] { keywords.map(\.entry) }

    /// A part of a text that a keyword matches.
    public struct Match: Sendable, Equatable {
        public let range: Range<String.Index>
        public let isNegative: Bool

        public init(range: Range<String.Index>, isNegative: Bool) {
            self.range = range
            self.isNegative = isNegative
        }
    }

    /// Every match in `text`, in order and not overlapping (the keyword listed first wins).
    public func matches(in text: String) -> [Match] {
        guard !keywords.isEmpty else { return [] }
        let words = IndexWordForms.words(in: text)
        var taken = [Bool](repeating: false, count: words.count)
        var found: [(run: Range<Int>, isNegative: Bool)] = []
        for keyword in keywords {
            for run in keyword.matches(in: words) where !run.contains(where: { taken[$0] }) {
                for index in run { taken[index] = true }
                found.append((run, keyword.isNegative))
            }
        }
        return found.sorted { $0.run.lowerBound < $1.run.lowerBound }.map { run, isNegative in
            Match(range: words[run.lowerBound].range.lowerBound..<words[run.upperBound - 1].range.upperBound,
                  isNegative: isNegative)
        }
    }

    /// How well a paper matches: each keyword found in the title adds `titleWeight`, found in the
    /// abstract `abstractWeight`, and one written with `-` takes as much away. A keyword counts once
    /// per part however often it recurs, so a long abstract does not outweigh a title. 0 without
    /// keywords, and for a paper that matches none.
    public func score(title: String, abstract: String) -> Double {
        guard !keywords.isEmpty else { return 0 }
        let words = IndexWordForms.words(in: [title, abstract])
        return score(titleWords: words[0], abstractWords: words[1])
    }

    public func score(_ paper: Paper) -> Double {
        score(title: paper.title, abstract: paper.abstract)
    }

    /// `score` of each paper, in order, the texts read in one go: for sorting a whole list.
    public func scores(_ papers: [Paper]) -> [Double] {
        guard !keywords.isEmpty else { return papers.map { _ in 0 } }
        let words = IndexWordForms.words(in: papers.flatMap { [$0.title, $0.abstract] })
        return papers.indices.map { score(titleWords: words[2 * $0], abstractWords: words[2 * $0 + 1]) }
    }

    /// The keywords each paper matches, in its title or abstract, as the config writes them
    /// (`-survey` for one that pushes the paper down): why it sits where a sort by keywords puts it.
    public func matched(_ papers: [Paper]) -> [[String]] {
        guard !keywords.isEmpty else { return papers.map { _ in [] } }
        let words = IndexWordForms.words(in: papers.flatMap { [$0.title, $0.abstract] })
        return papers.indices.map { index in
            keywords.filter { !$0.matches(in: words[2 * index]).isEmpty || !$0.matches(in: words[2 * index + 1]).isEmpty }
                .map(\.entry)
        }
    }

    private func score(titleWords: [IndexWordForms.Word], abstractWords: [IndexWordForms.Word]) -> Double {
        keywords.reduce(0) { total, keyword in
            let weight = (keyword.matches(in: titleWords).isEmpty ? 0 : Self.titleWeight)
                + (keyword.matches(in: abstractWords).isEmpty ? 0 : Self.abstractWeight)
            return total + (keyword.isNegative ? -weight : weight)
        }
    }
}
