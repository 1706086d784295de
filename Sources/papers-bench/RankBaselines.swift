import Foundation
import ReaderStore

/// Cool Papers' preference keywords: a paper scores 2 for each keyword in its title and 1 for each in
/// its abstract; equal scores keep arXiv's order.
struct KeywordRanking {
    let keywords: [String]

    func score(_ paper: RankingPaper) -> Double {
        let title = SimulatedInterest.normalized(paper.title)
        let abstract = SimulatedInterest.normalized(paper.abstract)
        return keywords.reduce(0) { sum, keyword in
            sum + (title.contains(" \(keyword) ") ? 2 : 0) + (abstract.contains(" \(keyword) ") ? 1 : 0)
        }
    }
}

/// arxiv-sanity-lite's recommender, rebuilt: TF-IDF of title and abstract (words and pairs, English
/// stop words out, no stemming, sublinear TF, smooth IDF, min_df 5, max_df 0.1, 20,000 features by
/// corpus frequency, L2 rows) and a linear SVM (squared hinge, C = 0.01, balanced classes, bias as a
/// constant feature, as scikit-learn's LinearSVC), the tagged papers positive and every other paper
/// negative.
struct TFIDFSupportVectorMachine {
    private var columns: [UInt64: Int] = [:]
    private var idf: [Double] = []
    private var weights: [Double] = []
    private var bias = 0.0

    init(corpus: [RankingPaper], positives: Set<String>, cost: Double = 0.01) {
        let documents = corpus.map { Self.terms($0) }
        var frequency: [UInt64: Int] = [:]
        var total: [UInt64: Int] = [:]
        for document in documents {
            for (hash, count) in document {
                frequency[hash, default: 0] += 1
                total[hash, default: 0] += count
            }
        }
        let count = documents.count
        let kept = frequency.filter { $0.value >= 5 && Double($0.value) <= 0.1 * Double(count) }.keys
            .sorted { (total[$0]!, $0) > (total[$1]!, $1) }.prefix(20_000)
        for (index, hash) in kept.enumerated() { columns[hash] = index }
        idf = kept.map { log(Double(1 + count) / Double(1 + frequency[$0]!)) + 1 }
        let rows = documents.map(vector)
        let targets = corpus.map { positives.contains($0.id) ? 1.0 : -1.0 }
        train(rows: rows, targets: targets, cost: cost)
    }

    func score(_ paper: RankingPaper) -> Double {
        vector(Self.terms(paper)).reduce(bias) { $0 + $1.value * weights[$1.column] }
    }

    private static func terms(_ paper: RankingPaper) -> [UInt64: Int] {
        var counts: [UInt64: Int] = [:]
        for hash in RankingTerms.hashes(in: paper.title + ". " + paper.abstract, stemmed: false) { counts[hash, default: 0] += 1 }
        return counts
    }

    private func vector(_ terms: [UInt64: Int]) -> [(column: Int, value: Double)] {
        var entries = terms.compactMap { hash, count in columns[hash].map { ($0, (1 + log(Double(count))) * idf[$0]) } }
        let norm = entries.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        if norm > 0 { entries = entries.map { ($0.0, $0.1 / norm) } }
        return entries.sorted { $0.0 < $1.0 }
    }

    /// Dual coordinate descent for the squared-hinge SVM (Hsieh et al., ICML 2008), in a fixed order.
    private mutating func train(rows: [[(column: Int, value: Double)]], targets: [Double], cost: Double) {
        weights = Array(repeating: 0, count: idf.count)
        bias = 0
        let positiveCount = Double(targets.filter { $0 > 0 }.count)
        let negativeCount = Double(targets.count) - positiveCount
        guard positiveCount > 0, negativeCount > 0 else { return }
        let classCost = { (target: Double) in cost * Double(targets.count) / (2 * (target > 0 ? positiveCount : negativeCount)) }
        let diagonal = targets.map { 1 / (2 * classCost($0)) }
        let curvature = rows.indices.map { rows[$0].reduce(1) { $0 + $1.value * $1.value } + diagonal[$0] }
        var alpha = [Double](repeating: 0, count: rows.count)
        var random = SeededRandom(seed: 7)
        var order = Array(rows.indices)
        for _ in 0..<1_000 {
            order.shuffle(using: &random)
            var largest = -Double.infinity, smallest = Double.infinity
            for index in order {
                let margin = rows[index].reduce(bias) { $0 + $1.value * weights[$1.column] }
                let gradient = targets[index] * margin - 1 + diagonal[index] * alpha[index]
                let projected = alpha[index] == 0 ? min(gradient, 0) : gradient
                largest = max(largest, projected)
                smallest = min(smallest, projected)
                guard abs(projected) > 1e-12 else { continue }
                let updated = max(alpha[index] - gradient / curvature[index], 0)
                let step = (updated - alpha[index]) * targets[index]
                alpha[index] = updated
                for entry in rows[index] { weights[entry.column] += step * entry.value }
                bias += step
            }
            if largest - smallest < 1e-4 { break }
        }
    }
}

/// Ranking metrics over a list in ranked order, relevance binary.
enum RankedListMetrics {
    static func precision(at cutoff: Int, _ relevant: [Bool]) -> Double {
        Double(relevant.prefix(cutoff).filter { $0 }.count) / Double(cutoff)
    }

    static func normalisedDiscountedGain(at cutoff: Int, _ relevant: [Bool]) -> Double {
        func gain(_ flags: some Sequence<Bool>) -> Double {
            flags.enumerated().reduce(0) { $0 + ($1.element ? 1 / log2(Double($1.offset) + 2) : 0) }
        }
        let ideal = gain(Array(repeating: true, count: min(cutoff, relevant.filter { $0 }.count)))
        return ideal > 0 ? gain(relevant.prefix(cutoff)) / ideal : 0
    }
}
