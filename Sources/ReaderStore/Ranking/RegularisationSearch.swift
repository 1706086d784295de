/// Chooses the L2 strength by validation: trained on older labels and scored on the newest when
/// there are enough of them, otherwise in folds. Each candidate starts from the previous (stronger)
/// one's solution, which makes the whole path cost little more than one fit.
struct RegularisationSearch {
    let examples: [TrainingExamples.Example]
    let matrix: SparseMatrix
    let options: TrainingOptions

    struct Choice {
        var regularisation: Double
        var validation: ValidationScore?
        /// The solution at that strength on the validation training rows, to start the final fit from.
        var start: [Double]?
    }

    /// A split of the row indices into training and held-out rows.
    private struct Split {
        var training: [Int]
        var heldOut: [Int]
    }

    func choose() -> Choice {
        let candidates = options.regularisationCandidates.sorted(by: >)
        guard candidates.count > 1, let (splits, method) = makeSplits() else {
            return Choice(regularisation: candidates.first { $0 <= 1e-2 } ?? candidates.last ?? 1e-2, validation: nil, start: nil)
        }
        var heldOutScores = [[Double]](repeating: [], count: candidates.count)
        var heldOutTruth: [Bool] = []
        var firstSolutions: [[Double]] = []
        for (splitIndex, split) in splits.enumerated() {
            var start: [Double]?
            let heldOut = matrix.rows(split.heldOut)
            heldOutTruth += split.heldOut.map { examples[$0].isPositive }
            for (candidateIndex, strength) in candidates.enumerated() {
                var iterations = 0
                let solution = fit(split.training, regularisation: strength, from: start, maximumIterations: 80, iterations: &iterations)
                start = solution
                if splitIndex == 0 { firstSolutions.append(solution) }
                heldOutScores[candidateIndex] += LogisticObjective.margins(of: heldOut, parameters: solution)
            }
        }
        var best = 0
        var bestArea = -1.0
        for index in candidates.indices {
            let area = RankingMetrics.areaUnderCurve(scores: heldOutScores[index], positives: heldOutTruth) ?? 0
            // Strict: among equals, the strongest regularisation (tried first) stays.
            if area > bestArea + 1e-9 {
                best = index
                bestArea = area
            }
        }
        let validation = ValidationScore(
            method: method, areaUnderCurve: bestArea,
            balancedAccuracy: RankingMetrics.balancedAccuracy(scores: heldOutScores[best], positives: heldOutTruth) ?? 0.5,
            heldOutPositives: heldOutTruth.filter { $0 }.count, heldOutNegatives: heldOutTruth.filter { !$0 }.count)
        return Choice(regularisation: candidates[best], validation: validation, start: firstSolutions[best])
    }

    /// Minimises the balanced, weighted loss over `rows`.
    func fit(_ rows: [Int], regularisation: Double, from start: [Double]?, maximumIterations: Int, iterations: inout Int) -> [Double] {
        let subset = rows.count == matrix.rowCount ? matrix : matrix.rows(rows)
        let objective = LogisticObjective(
            rows: subset, targets: rows.map { examples[$0].isPositive ? 1 : -1 },
            costs: TrainingExamples.balancedCosts(examples, rows, randomNegativeMass: options.randomNegativeMass),
            regularisation: regularisation)
        var optimiser = LimitedMemoryBFGS()
        optimiser.maximumIterations = maximumIterations
        let initial = start ?? [Double](repeating: 0, count: objective.parameterCount)
        let outcome = optimiser.minimise(from: initial) { objective.evaluate($0, gradient: &$1) }
        iterations = outcome.iterations
        return outcome.parameters
    }

    /// The newest quarter of the labels held out when it has at least 3 positives and leaves 5 to
    /// train on; otherwise up to 5 folds. The random negatives are thinned to
    /// `validationRandomNegatives` (they are a random sample already, so every n-th is one too).
    private func makeSplits() -> ([Split], ValidationScore.Method)? {
        let labelled = examples.indices.filter { examples[$0].kind != nil }
        let random = examples.indices.filter { examples[$0].kind == nil }
        let stride = max(1, (random.count + options.validationRandomNegatives - 1) / max(1, options.validationRandomNegatives))
        let thinned = Swift.stride(from: 0, to: random.count, by: stride).map { random[$0] }
        let positives = labelled.filter { examples[$0].isPositive }
        guard positives.count >= 2, labelled.count > positives.count || !thinned.isEmpty else { return nil }

        let heldOutCount = max(1, labelled.count / 4)
        let newest = Array(labelled.suffix(heldOutCount))
        let older = Array(labelled.dropLast(heldOutCount))
        let newestPositives = newest.filter { examples[$0].isPositive }.count
        let olderPositives = older.filter { examples[$0].isPositive }.count
        if newestPositives >= 3, olderPositives >= 5 {
            let heldOutRandom = thinned.enumerated().filter { $0.offset % 4 == 3 }.map(\.element)
            let trainingRandom = thinned.enumerated().filter { $0.offset % 4 != 3 }.map(\.element)
            return ([Split(training: older + trainingRandom, heldOut: newest + heldOutRandom)], .timeOrdered)
        }
        let foldCount = min(5, positives.count)
        var folds = [[Int]](repeating: [], count: foldCount)
        // Round-robin per class, so every fold has positives; in date order, so each spans the time.
        for (offset, index) in positives.enumerated() { folds[offset % foldCount].append(index) }
        for (offset, index) in labelled.filter({ !examples[$0].isPositive }).enumerated() { folds[offset % foldCount].append(index) }
        for (offset, index) in thinned.enumerated() { folds[offset % foldCount].append(index) }
        let splits = folds.indices.map { fold in
            Split(training: folds.indices.filter { $0 != fold }.flatMap { folds[$0] }.sorted(), heldOut: folds[fold])
        }
        return (splits, .folds(foldCount))
    }
}
