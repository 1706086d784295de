import Foundation

/// How labels become a model. The defaults are the ones papers-tui ships.
public struct TrainingOptions: Sendable {
    /// A vote this many days older than `now` counts half as much.
    public var halfLifeDays: Double = 180
    /// The moment ages are measured from; nil means the newest label's date (so a model trained
    /// again on the same labels is the same model).
    public var now: Date?
    /// Per label, before the classes are balanced.
    public var starWeight = 1.0
    public var openedWeight = 0.4
    public var dismissedWeight = 1.0
    public var skippedWeight = 0.2
    /// Random negatives together weigh this many times the number of explicit labels, however
    /// many the caller samples, so a dismissal keeps its say against 20,000 of them.
    public var randomNegativeMass = 1.0
    /// Tried from the strongest down; the one with the best validation AUC is kept.
    public var regularisationCandidates: [Double] = [3e-2, 1e-2, 3e-3, 1e-3, 3e-4, 1e-4]
    /// Random negatives used while choosing the regularisation (all of them in the final fit).
    public var validationRandomNegatives = 2_000
    public var minimumPositives = PersonalRanker.minimumPositives
    public var features = FeatureSettings()

    public init() {}

    func weight(of kind: RankingLabel.Kind) -> Double {
        switch kind {
        case .star: starWeight
        case .opened: openedWeight
        case .dismissed: dismissedWeight
        case .skipped: skippedWeight
        }
    }
}
