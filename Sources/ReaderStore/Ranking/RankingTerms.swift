/// The ranker's text features on their own, for baselines and tools that compare with it.
public enum RankingTerms {
    /// The hashed terms of `text` in order, each followed by the hash of the pair it ends (when it
    /// ends one): lowercased, accents folded, TeX and stop words dropped, stemmed when `stemmed`.
    public static func hashes(in text: String, stemmed: Bool = true, limit: Int = 1_000) -> [UInt64] {
        var tokenizer = TermTokenizer()
        tokenizer.stems = stemmed
        var hashes: [UInt64] = []
        tokenizer.forEachTerm(in: text, limit: limit) { term, pair, _ in
            hashes.append(term)
            if pair != 0 { hashes.append(pair) }
        }
        return hashes
    }
}
