/// Why a model could not be trained or read back.
public enum RankingError: Error, Equatable, CustomStringConvertible {
    /// Cold start: the ranking needs more starred (or opened) papers.
    case tooFewPositives(have: Int, need: Int)
    /// Nothing to contrast the positives with: no negative labels and no random negatives.
    case noNegatives
    /// Stored model bytes that are cut short, altered or otherwise unreadable.
    case damagedModel(String)
    /// Stored model bytes written by another version of the format.
    case unsupportedModelVersion(found: UInt32, supported: UInt32)

    public var description: String {
        switch self {
        case .tooFewPositives(let have, let need):
            let more = need - have
            return "the ranking needs \(more) more starred paper\(more == 1 ? "" : "s") (it has \(have) of \(need))"
        case .noNegatives:
            return "the ranking has nothing to compare your papers with (no dismissed, skipped or other cached papers)"
        case .damagedModel(let reason):
            return "the stored ranking model is damaged (\(reason)); it will be trained again"
        case .unsupportedModelVersion(let found, let supported):
            return "the stored ranking model has format \(found), this papers-tui reads \(supported); it will be trained again"
        }
    }
}

/// Whether there are enough positives to rank: the cold-start check callers make before training.
public enum RankingReadiness: Sendable, Equatable {
    case ready(positives: Int)
    case needsMorePositives(have: Int, need: Int)

    public var isReady: Bool {
        if case .ready = self { return true }
        return false
    }
}
