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
    public func currentRanking(now: Date = Date()) throws -> RankingOutcome {
        if let stored = try rankingModel(), stored.isCurrent { return .ranked(stored.model, trainedAt: stored.trainedAt) }
        return try trainRanking(now: now)
    }

    /// Trains a model from the marks as they are now and keeps it in the cache.
    public func trainRanking(now: Date = Date()) throws -> RankingOutcome {
        let evidence = try rankingEvidence()
        if case .needsMorePositives(let have, let need) = PersonalRanker.readiness(of: evidence.labels) {
            return .needsMorePositives(have: have, need: need)
        }
        var options = TrainingOptions()
        options.now = now
        let negatives = try randomRankingPapers(count: Self.randomNegativeCount)
        let model: RankingModel
        do {
            model = try PersonalRanker.train(labels: evidence.labels, randomNegatives: negatives, options: options)
        } catch .tooFewPositives(let have, let need) {
            return .needsMorePositives(have: have, need: need)
        } catch .noNegatives {
            return .noNegatives
        } catch {
            throw error
        }
        if !isReadOnly { try saveRankingModel(model, trainedOn: evidence.marksChange) }
        return .ranked(model, trainedAt: model.report.trainedAt)
    }
}
