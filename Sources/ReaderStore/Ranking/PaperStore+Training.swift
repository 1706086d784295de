import Foundation

/// A ranking ready to score lists, or why the lists keep arXiv's order.
public enum RankingOutcome: Sendable {
    case ranked(RankingModel, trainedAt: Date)
    /// Cold start: fewer positives than the ranking needs.
    case needsMorePositives(have: Int, need: Int)
    /// Positives but nothing to contrast them with.
    case noNegatives
}

extension PaperStore {
    /// How many random cached papers a training adds as negatives.
    static let randomNegativeCount = 4_000

    /// The model to rank with: the one kept in the cache while no mark changed since it was trained,
    /// else one trained now from the marks (and kept, unless the cache is read-only). Training takes
    /// up to a few seconds: never call it on the key loop.
    /// `willTrain` is called when a model is about to be trained (seconds on a million-paper cache).
    public func currentRanking(now: Date = Date(), willTrain: () -> Void = {}) throws -> RankingOutcome {
        if let stored = try rankingModel(), stored.isCurrent { return .ranked(stored.model, trainedAt: stored.trainedAt) }
        return try trainRanking(now: now, willTrain: willTrain)
    }

    /// Trains a model from the marks as they are now and keeps it in the cache.
    public func trainRanking(now: Date = Date(), willTrain: () -> Void = {}) throws -> RankingOutcome {
        let evidence = try rankingEvidence()
        if case .needsMorePositives(let have, let need) = PersonalRanker.readiness(of: evidence.labels) {
            return try unranked(.needsMorePositives(have: have, need: need))
        }
        willTrain()
        var options = TrainingOptions()
        // To the millisecond, as the cache keeps it: the time read back names the same model.
        options.now = Date(timeIntervalSince1970: (now.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
        // Drawn from the marks' fingerprint: the same marks train the same model, so a list does not
        // reshuffle between two trainings that learned nothing new.
        let sampled = try randomRankingPapers(count: Self.randomNegativeCount,
                                               seed: evidence.marksChange.map { UInt64(bitPattern: $0) })
        let (labels, negatives, embeddingModel) = try attachingEmbeddings(evidence.labels, sampled)
        let model: RankingModel
        do {
            model = try PersonalRanker.train(labels: labels, randomNegatives: negatives, embeddingModel: embeddingModel,
                                             options: options)
        } catch .tooFewPositives(let have, let need) {
            return try unranked(.needsMorePositives(have: have, need: need))
        } catch .noNegatives {
            return try unranked(.noNegatives)
        } catch {
            throw error
        }
        if isReadOnly {
            // Not kept in the file: sorted lists use it from memory until the reader quits.
            listScores.adopt(model)
        } else {
            try saveRankingModel(model, trainedOn: evidence.marksChange)
        }
        return .ranked(model, trainedAt: model.report.trainedAt)
    }

    /// No model can be trained from the marks as they are: the one kept (from more stars) is dropped,
    /// so that no list stays sorted by it while the title line says the ranking needs more.
    private func unranked(_ outcome: RankingOutcome) throws -> RankingOutcome {
        if isReadOnly { listScores.adopt(nil) } else if try rankingModel() != nil { try dropRankingModel() }
        return outcome
    }
}
