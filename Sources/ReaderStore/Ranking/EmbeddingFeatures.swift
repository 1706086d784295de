import Foundation

/// The dense part of a ranking: a paper's vector from an embeddings server, less the mean vector
/// of the papers it was trained on, times `scale`, in columns after the sparse features. A paper
/// without a vector counts as the mean (it adds nothing), so papers not embedded yet are neither
/// pushed up nor down.
struct EmbeddingFeatures: Sendable {
    /// The `embeddings_model` whose vectors it was trained on.
    let model: String
    let mean: [Float]
    /// The learned weight of each number of the vector.
    let weights: [Float]
    let scale: Float

    var dimension: Int { mean.count }

    /// What the paper's vector adds to its score.
    func contribution(_ vector: [Float]?) -> Double {
        guard let vector, vector.count == dimension else { return 0 }
        var sum: Float = 0
        for index in 0..<dimension { sum += (vector[index] - mean[index]) * weights[index] }
        return Double(sum * scale)
    }

    /// The columns `first..<first + dimension` of a training row (nothing for a paper without one).
    static func append(_ vector: [Float]?, mean: [Float], scale: Float, firstColumn: Int, to row: inout SparseVector) {
        guard let vector, vector.count == mean.count else { return }
        for index in 0..<mean.count {
            let value = (vector[index] - mean[index]) * scale
            if value != 0 { row.append(Int32(firstColumn + index), value) }
        }
    }

    /// The length the vectors of most `papers` have, and their mean, when at least `minimumShare` of
    /// the labelled papers have one of that length (nil: too few to learn from).
    static func mean(of papers: [RankingPaper], labelled: [Bool], minimumShare: Double) -> [Float]? {
        var lengths: [Int: Int] = [:]
        for paper in papers { if let count = paper.embedding?.count { lengths[count, default: 0] += 1 } }
        guard let dimension = lengths.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key, dimension > 0 else { return nil }
        let labelledCount = labelled.lazy.filter { $0 }.count
        let labelledEmbedded = zip(papers, labelled).lazy.filter { $1 && $0.embedding?.count == dimension }.count
        guard labelledCount > 0, Double(labelledEmbedded) >= minimumShare * Double(labelledCount) else { return nil }
        var sum = [Double](repeating: 0, count: dimension)
        var count = 0
        for paper in papers {
            guard let vector = paper.embedding, vector.count == dimension else { continue }
            for index in 0..<dimension { sum[index] += Double(vector[index]) }
            count += 1
        }
        return sum.map { Float($0 / Double(count)) }
    }
}
