/// Words too common in abstracts to say what a paper is about, English function words and the
/// boilerplate of the genre ("we propose", "in this paper", "results show"), matched before stemming.
enum StopWords {
    static let words: [String] = """
        a about above after again against all almost along also although am among an and another any are as at
        be because been before being below between both but by can cannot could did do does doing done down during
        each either else etc even ever every few for from further had has have having he her here hers him his how
        however i if in into is it its itself just less many may me might more most much must my neither no nor not
        now of off often on once one only onto or other others otherwise our ours out over own per perhaps rather
        same several she should since so some such than that the their theirs them themselves then there thereby
        therefore these they this those though through thus to too toward towards under until up upon us very via
        was we well were what whatever when where whereas whether which while who whom whose why will with within
        without would yet you your
        paper papers propose proposed proposes present presented presents show shows shown showed study studied
        studies result results approach approaches method methods new novel based using use used uses via also
        demonstrate demonstrates introduce introduces provide provides obtain obtained find found first second two
        three work works furthermore moreover respectively recent recently significantly significant existing
        et al ie eg
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    static let table: FeatureIndexTable = {
        var table = FeatureIndexTable(minimumCapacity: words.count)
        for word in words { table.insert(FeatureHash.hash(word, kind: .term)) }
        return table
    }()

    /// `hash` is the unstemmed word's hash as a term.
    static func contains(_ hash: UInt64) -> Bool { table.index(of: hash) != nil }
}
