/// The scores a ranker's validation reports.
public enum RankingMetrics {
    /// The probability that a random positive scores above a random negative (ties count half);
    /// nil without both classes.
    public static func areaUnderCurve(scores: [Double], positives: [Bool]) -> Double? {
        let positiveCount = positives.filter { $0 }.count
        let negativeCount = positives.count - positiveCount
        guard positiveCount > 0, negativeCount > 0 else { return nil }
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var rankSum = 0.0
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, scores[order[end + 1]] == scores[order[start]] { end += 1 }
            let averageRank = Double(start + end) / 2 + 1
            for position in start...end where positives[order[position]] { rankSum += averageRank }
            start = end + 1
        }
        let positivePairs = rankSum - Double(positiveCount) * Double(positiveCount + 1) / 2
        return positivePairs / (Double(positiveCount) * Double(negativeCount))
    }

    /// The mean of the recall of positives and of negatives, a score above `threshold` meaning positive.
    public static func balancedAccuracy(scores: [Double], positives: [Bool], threshold: Double = 0) -> Double? {
        var truePositives = 0, positiveCount = 0, trueNegatives = 0, negativeCount = 0
        for (score, positive) in zip(scores, positives) {
            if positive {
                positiveCount += 1
                if score > threshold { truePositives += 1 }
            } else {
                negativeCount += 1
                if score <= threshold { trueNegatives += 1 }
            }
        }
        guard positiveCount > 0, negativeCount > 0 else { return nil }
        return (Double(truePositives) / Double(positiveCount) + Double(trueNegatives) / Double(negativeCount)) / 2
    }
}
