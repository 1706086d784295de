import Foundation

/// A trained personal ranking: scores papers (higher first) and says why. A value, safe to share
/// between tasks, and stored as bytes (`serialized()`, `init(serialized:)`).
public struct RankingModel: Sendable {
    let settings: FeatureSettings
    let table: FeatureIndexTable
    /// Per feature, in the order of `table`'s indices.
    let hashes: [UInt64]
    let inverseDocumentFrequencies: [Float]
    let weights: [Float]
    let bias: Double
    /// The IDF of a feature the training papers did not have (or had once).
    let unseenInverseDocumentFrequency: Float
    /// The vectors' part, when it was trained with them.
    let embedding: EmbeddingFeatures?
    /// What it was trained on and how well it did on held-out labels.
    public let report: TrainingReport

    init(
        settings: FeatureSettings, hashes: [UInt64], inverseDocumentFrequencies: [Float], weights: [Float], bias: Double,
        unseenInverseDocumentFrequency: Float, embedding: EmbeddingFeatures? = nil, report: TrainingReport
    ) {
        var table = FeatureIndexTable(minimumCapacity: hashes.count)
        for hash in hashes { table.insert(hash) }
        self.settings = settings
        self.table = table
        self.hashes = hashes
        self.inverseDocumentFrequencies = inverseDocumentFrequencies
        self.weights = weights
        self.bias = bias
        self.unseenInverseDocumentFrequency = unseenInverseDocumentFrequency
        self.embedding = embedding
        self.report = report
    }

    var featurizer: PaperFeaturizer { PaperFeaturizer(settings: settings) }

    func lookup(_ hash: UInt64) -> (column: Int32?, idf: Float) {
        guard let index = table.index(of: hash) else { return (nil, unseenInverseDocumentFrequency) }
        return (index, inverseDocumentFrequencies[Int(index)])
    }

    /// The paper's score, the log-odds that it is one you want: comparable between papers of one
    /// model (sort by it), not between models.
    public func score(_ paper: RankingPaper) -> Double {
        let vector = featurizer.vector(featurizer.counts(of: paper), lookup: lookup)
        var sum = bias
        weights.withUnsafeBufferPointer { weights in
            for (column, value) in zip(vector.columns, vector.values) { sum += Double(value) * Double(weights[Int(column)]) }
        }
        return sum + (embedding?.contribution(paper.embedding) ?? 0)
    }

    /// The embeddings model whose vectors the papers it scores need (nil: it uses none).
    public var embeddingModel: String? { embedding?.model }

    /// Scores of many papers, over the available cores.
    public func scores(_ papers: [RankingPaper]) -> [Double] {
        papers.parallelMap(minimumChunk: 32) { score($0) }
    }

    /// The probability the model gives that you want the paper (0...1).
    public func probability(_ paper: RankingPaper) -> Double {
        1 / (1 + exp(-score(paper)))
    }

    /// How many features carry a weight.
    public var featureCount: Int { hashes.count }
}

/// What a model was trained on and how it did.
public struct TrainingReport: Sendable, Hashable {
    public var stars = 0
    public var opened = 0
    public var dismissed = 0
    public var skipped = 0
    public var randomNegatives = 0
    /// Papers trained on that had a vector from the embeddings server (0: terms only).
    public var embedded = 0
    /// The L2 strength chosen by validation.
    public var regularisation = 0.0
    public var validation: ValidationScore?
    /// The moment label ages were measured from.
    public var trainedAt = Date(timeIntervalSince1970: 0)
    /// Iterations of the optimiser in the final fit.
    public var iterations = 0

    public var positives: Int { stars + opened }

    public init() {}
}

/// How the chosen model did on labels it was not trained on.
public struct ValidationScore: Sendable, Hashable {
    public enum Method: Sendable, Hashable {
        /// Trained on older labels, scored on the newest.
        case timeOrdered
        /// Too few labels for that: k folds, the held-out scores pooled.
        case folds(Int)
    }

    public var method: Method
    public var areaUnderCurve: Double
    public var balancedAccuracy: Double
    public var heldOutPositives: Int
    public var heldOutNegatives: Int
}
