import Foundation

/// How a paper becomes a vector: three blocks (title and abstract terms with their pairs, authors,
/// categories), each TF-IDF weighted and scaled to its own length, so a paper with forty authors does
/// not outweigh its abstract.
public struct FeatureSettings: Sendable, Hashable {
    public var termWeight: Double = 1
    /// Small beside the terms: interests cross categories, and at 0.5 the categories pulled whole
    /// categories up on the development split of `papers-bench rank` (docs/benchmarks.md).
    public var authorWeight: Double = 0.2
    public var categoryWeight: Double = 0.2
    /// The scale of the two likeness-in-meaning features (`EmbeddingFeatures`), beside the terms' 1.
    /// Chosen on `papers-bench rank --development` among 0.3, 1 and 3 (docs/benchmarks.md).
    public var embeddingWeight: Double = 0.3
    /// Vectors are used only when at least this share of the labelled papers have one.
    public var minimumEmbeddedShare = 0.5
    /// Title terms count this many times, as a title says more per word than an abstract.
    public var titleRepeats = 2
    /// Terms read from an abstract at most (a few huge abstracts would cost as much as a whole day).
    public var maximumAbstractTerms = 600
    public var maximumAuthors = 30

    public init() {}
}

/// One paper's features before weighting: hashes with their counts, each block sorted by hash.
struct FeatureCounts: Sendable {
    var terms: [(hash: UInt64, count: Float)] = []
    var authors: [UInt64] = []
    var categories: [UInt64] = []

    var allHashes: some Sequence<UInt64> { terms.lazy.map(\.hash) + authors + categories }
}

struct PaperFeaturizer: Sendable {
    var settings = FeatureSettings()
    var tokenizer = TermTokenizer()

    func counts(of paper: RankingPaper) -> FeatureCounts {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(2 * (settings.maximumAbstractTerms + 40 * settings.titleRepeats))
        let collect = { (term: UInt64, pair: UInt64, _: UnsafeBufferPointer<UInt8>) in
            hashes.append(term)
            if pair != 0 { hashes.append(pair) }
        }
        for _ in 0..<settings.titleRepeats { tokenizer.forEachTerm(in: paper.title, limit: 100, collect) }
        tokenizer.forEachTerm(in: paper.abstract, limit: settings.maximumAbstractTerms, collect)
        hashes.sort()
        var counts = FeatureCounts()
        counts.terms.reserveCapacity(hashes.count)
        for hash in hashes {
            if let last = counts.terms.last, last.hash == hash {
                counts.terms[counts.terms.count - 1].count += 1
            } else {
                counts.terms.append((hash, 1))
            }
        }
        counts.authors = Self.sortedUnique(paper.authors.prefix(settings.maximumAuthors).compactMap(AuthorName.hash))
        counts.categories = Self.sortedUnique(paper.categories.flatMap(Self.categoryHashes))
        return counts
    }

    /// A category and its archive: `cond-mat.mes-hall` also counts as `cond-mat`.
    static func categoryHashes(_ category: String) -> [UInt64] {
        var hashes = [FeatureHash.hash(category, kind: .category)]
        if let dot = category.firstIndex(of: ".") {
            hashes.append(FeatureHash.hash(String(category[..<dot]), kind: .category))
        }
        return hashes
    }

    private static func sortedUnique(_ hashes: [UInt64]) -> [UInt64] {
        var sorted = hashes.sorted()
        var write = 0
        for read in sorted.indices where read == 0 || sorted[read] != sorted[read - 1] {
            sorted[write] = sorted[read]
            write += 1
        }
        return Array(sorted[..<write])
    }

    /// The weighted vector: `1 + ln(count)` times the inverse document frequency, each block scaled
    /// to its weight. `lookup` gives a feature's column (nil when it has none) and its IDF; features
    /// without a column still count towards their block's length, as they did when the model learned.
    func vector(
        _ counts: FeatureCounts, lookup: (UInt64) -> (column: Int32?, idf: Float)
    ) -> SparseVector {
        var vector = SparseVector()
        vector.reserve(counts.terms.count + counts.authors.count + counts.categories.count)
        func block(_ entries: some Sequence<(hash: UInt64, count: Float)>, weight: Double) {
            let start = vector.columns.count
            var squares: Float = 0
            for (hash, count) in entries {
                let (column, idf) = lookup(hash)
                let value = (count > 1 ? 1 + log(count) : 1) * idf
                squares += value * value
                if let column { vector.append(column, value) }
            }
            guard squares > 0 else { return }
            let scale = Float(weight) / squares.squareRoot()
            for index in start..<vector.values.count { vector.values[index] *= scale }
        }
        block(counts.terms, weight: settings.termWeight)
        block(counts.authors.lazy.map { ($0, 1) }, weight: settings.authorWeight)
        block(counts.categories.lazy.map { ($0, 1) }, weight: settings.categoryWeight)
        return vector
    }
}

/// A sparse row: columns and their values.
struct SparseVector: Sendable {
    var columns: [Int32] = []
    var values: [Float] = []

    mutating func reserve(_ count: Int) {
        columns.reserveCapacity(count)
        values.reserveCapacity(count)
    }

    mutating func append(_ column: Int32, _ value: Float) {
        columns.append(column)
        values.append(value)
    }
}

/// Authors as features: full names folded to lowercase letters and single spaces, so "José  García"
/// and "Jose Garcia" are one author.
enum AuthorName {
    static func hash(_ name: String) -> UInt64? {
        let key = normalized(name)
        return key.isEmpty ? nil : FeatureHash.hash(key, kind: .author)
    }

    static func normalized(_ name: String) -> String {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return TitleKey.normalize(name) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lower) {
                if pendingSpace, !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
                pendingSpace = false
                bytes.append(lower)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
