import Foundation

/// The labelled papers and random negatives as training rows, with their weights before balancing.
struct TrainingExamples {
    struct Example {
        var paper: RankingPaper
        var isPositive: Bool
        /// nil for a random negative.
        var kind: RankingLabel.Kind?
        var labelDate: Date?
        /// Kind weight times time decay; 1 for a random negative (they share `randomNegativeMass`).
        var weight: Double
    }

    private(set) var examples: [Example] = []
    let now: Date

    /// One label per paper (the strongest; the newest of equals), then the random negatives that
    /// carry no label.
    init(labels: [RankingLabel], randomNegatives: [RankingPaper], options: TrainingOptions) {
        var strongest: [String: RankingLabel] = [:]
        for label in labels {
            if let kept = strongest[label.paper.id] {
                let stronger = label.kind.strength > kept.kind.strength
                let newerEqual = label.kind.strength == kept.kind.strength && label.date > kept.date
                if !(stronger || newerEqual) { continue }
            }
            strongest[label.paper.id] = label
        }
        // Oldest first: the validation hold-out takes the newest labels.
        let kept = strongest.values.sorted { ($0.date, $0.paper.id) < ($1.date, $1.paper.id) }
        now = options.now ?? kept.last?.date ?? Date(timeIntervalSince1970: 0)
        let halfLife = max(1e-3, options.halfLifeDays) * 86_400
        for label in kept {
            let age = max(0, now.timeIntervalSince(label.date))
            let decay = pow(0.5, age / halfLife)
            examples.append(Example(
                paper: label.paper, isPositive: label.kind.isPositive, kind: label.kind, labelDate: label.date,
                weight: options.weight(of: label.kind) * decay))
        }
        var seen = Set(strongest.keys)
        let unlabelled = randomNegatives.filter { seen.insert($0.id).inserted }
        for paper in unlabelled {
            examples.append(Example(paper: paper, isPositive: false, kind: nil, labelDate: nil, weight: 1))
        }
    }

    var labelledCount: Int { examples.lazy.filter { $0.kind != nil }.count }
    var positiveCount: Int { examples.lazy.filter(\.isPositive).count }

    /// Costs for the rows at `indices` that sum to one, half to each class (or all to the one there
    /// is). The random negatives among them together weigh `randomNegativeMass` times the labels
    /// among them, however many were sampled.
    static func balancedCosts(_ examples: [Example], _ indices: [Int], randomNegativeMass: Double) -> [Double] {
        let randomCount = indices.lazy.filter { examples[$0].kind == nil }.count
        let labelledCount = indices.count - randomCount
        let randomWeight = randomCount == 0 ? 0 : randomNegativeMass * Double(max(1, labelledCount)) / Double(randomCount)
        let weights = indices.map { examples[$0].kind == nil ? randomWeight : examples[$0].weight }
        var positiveMass = 0.0, negativeMass = 0.0
        for (index, weight) in zip(indices, weights) {
            if examples[index].isPositive { positiveMass += weight } else { negativeMass += weight }
        }
        let classes = (positiveMass > 0 ? 1.0 : 0) + (negativeMass > 0 ? 1.0 : 0)
        return zip(indices, weights).map { index, weight in
            let mass = examples[index].isPositive ? positiveMass : negativeMass
            return mass > 0 ? weight / (mass * classes) : 0
        }
    }
}
