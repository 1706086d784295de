import ReaderStore

/// `list --sort keywords`: the whole list read, then ordered by `PreferenceKeywords.score`, the best
/// match first; papers that score the same keep the list's order.
extension ListCommand {
    /// The keywords to sort by, or nil for the list's own order.
    static func sortKeywords(_ sort: String, config: Config) throws -> PreferenceKeywords? {
        switch sort {
        case "list": return nil
        case "keywords":
            let keywords = PreferenceKeywords(entries: config.keywords)
            guard !keywords.isEmpty else {
                throw CLIError("--sort keywords needs keywords: set [rank] keywords = [\"diffusion\", \"-survey\"] in "
                    + "\(config.configPath), or press K in the reader")
            }
            return keywords
        default:
            throw CLIError("--sort takes list or keywords")
        }
    }

    static func byKeywords(_ query: ListQuery, total: Int, keywords: PreferenceKeywords, store: PaperStore) throws -> [ListedPaper] {
        var papers: [ListedPaper] = []
        while papers.count < total {
            let page = try store.page(query, offset: papers.count, limit: min(2_000, total - papers.count))
            if page.isEmpty { break }
            papers += page
        }
        let scores = keywords.scores(papers.map(\.paper))
        return papers.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }.map { papers[$0] }
    }
}
