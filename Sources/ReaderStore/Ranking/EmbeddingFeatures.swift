import Foundation

/// What a paper's vector from an embeddings server adds to a ranking: two features, how close the
/// paper is in meaning to the papers you kept (stars, reads, seeds) and to those you passed over or
/// dismissed. Vectors are first centred on the mean of the papers trained on, so that what every
/// abstract shares does not count as closeness.
///
/// Two numbers rather than the vector's hundreds: with 5-50 stars, a weight per number overfits (on
/// `papers-bench rank --development` with all-MiniLM-L6-v2 vectors, P@10 at 20 stars fell from 0.850
/// to 0.700-0.730 at any block weight), while a likeness to your papers is what a vector knows best.
/// A paper without a vector adds nothing.
struct EmbeddingFeatures: Sendable {
    /// The `embeddings_model` whose vectors it was trained on.
    let model: String
    let mean: [Float]
    /// The centred vectors of the positives, summed, and how many; the same for the labelled negatives.
    let positiveSum: [Float]
    let positiveCount: Int
    let negativeSum: [Float]
    let negativeCount: Int
    /// The learned weights of the likeness to the positives and to the negatives.
    let weights: (positive: Float, negative: Float)
    let scale: Float

    var dimension: Int { mean.count }

    /// What the paper's vector adds to its score.
    func contribution(_ vector: [Float]?) -> Double {
        let (positive, negative) = parts(vector)
        return positive + negative
    }

    /// What its likeness to the papers kept, and to those passed over, adds.
    func parts(_ vector: [Float]?) -> (kept: Double, passedOver: Double) {
        guard let vector, vector.count == dimension else { return (0, 0) }
        let (positive, negative) = Self.likeness(vector, mean: mean, positiveSum: positiveSum, positiveCount: positiveCount,
                                                 negativeSum: negativeSum, negativeCount: negativeCount)
        return (Double(scale * weights.positive * positive), Double(scale * weights.negative * negative))
    }

    /// The cosines of the centred vector with the positives' and the negatives' centroids (0 where
    /// there is none); `leaveOut` takes the paper's own centred vector out of a sum it is part of.
    static func likeness(
        _ vector: [Float], mean: [Float], positiveSum: [Float], positiveCount: Int, negativeSum: [Float], negativeCount: Int,
        leaveOut: (positive: Bool, negative: Bool) = (false, false)
    ) -> (Float, Float) {
        let centred = zip(vector, mean).map { $0 - $1 }
        func cosine(_ sum: [Float], _ count: Int, leavingOut: Bool) -> Float {
            guard count - (leavingOut ? 1 : 0) > 0 else { return 0 }
            var dot: Float = 0, sumSquares: Float = 0, ownSquares: Float = 0
            for index in 0..<centred.count {
                let other = leavingOut ? sum[index] - centred[index] : sum[index]
                dot += centred[index] * other
                sumSquares += other * other
                ownSquares += centred[index] * centred[index]
            }
            let norms = (sumSquares * ownSquares).squareRoot()
            return norms > 0 ? dot / norms : 0
        }
        return (cosine(positiveSum, positiveCount, leavingOut: leaveOut.positive),
                cosine(negativeSum, negativeCount, leavingOut: leaveOut.negative))
    }

    /// The centring and the centroids, from the examples of the vectors' length most labelled papers
    /// have, when at least `minimumShare` of the labelled papers have one (nil: too few to learn from).
    struct Prototypes {
        let mean: [Float]
        var positiveSum: [Float]
        var positiveCount = 0
        var negativeSum: [Float]
        var negativeCount = 0

        init?(papers: [RankingPaper], kinds: [RankingLabel.Kind?], isPositive: [Bool], minimumShare: Double) {
            var lengths: [Int: Int] = [:]
            for (paper, kind) in zip(papers, kinds) where kind != nil {
                if let count = paper.embedding?.count { lengths[count, default: 0] += 1 }
            }
            guard let (dimension, embedded) = lengths.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), dimension > 0 else { return nil }
            let labelled = kinds.lazy.filter { $0 != nil }.count
            guard Double(embedded) >= minimumShare * Double(labelled) else { return nil }
            var sum = [Double](repeating: 0, count: dimension)
            var count = 0
            for paper in papers {
                guard let vector = paper.embedding, vector.count == dimension else { continue }
                for index in 0..<dimension { sum[index] += Double(vector[index]) }
                count += 1
            }
            mean = sum.map { Float($0 / Double(count)) }
            positiveSum = [Float](repeating: 0, count: dimension)
            negativeSum = positiveSum
            for ((paper, kind), positive) in zip(zip(papers, kinds), isPositive) where kind != nil {
                guard let vector = paper.embedding, vector.count == dimension else { continue }
                if positive {
                    for index in 0..<dimension { positiveSum[index] += vector[index] - mean[index] }
                    positiveCount += 1
                } else {
                    for index in 0..<dimension { negativeSum[index] += vector[index] - mean[index] }
                    negativeCount += 1
                }
            }
        }

        /// A training row's two features: a labelled paper's own vector is left out of its centroid.
        func features(_ paper: RankingPaper, kind: RankingLabel.Kind?, isPositive: Bool) -> (Float, Float)? {
            guard let vector = paper.embedding, vector.count == mean.count else { return nil }
            return EmbeddingFeatures.likeness(
                vector, mean: mean, positiveSum: positiveSum, positiveCount: positiveCount, negativeSum: negativeSum,
                negativeCount: negativeCount, leaveOut: (kind != nil && isPositive, kind != nil && !isPositive))
        }
    }
}
