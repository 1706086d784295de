import Foundation

/// Trains a personal ranking from the user's marks: a class-balanced, L2-regularised logistic
/// regression over TF-IDF terms and pairs, authors and categories, old votes decayed, the
/// regularisation chosen on held-out labels. Pure computation: run it off the key loop.
public enum PersonalRanker {
    /// Fewer positives than this and the list keeps arXiv's order (cold start).
    public static let minimumPositives = 5

    /// Whether `labels` have enough positives (stars and opened papers, one per paper) to rank.
    public static func readiness(of labels: [RankingLabel], minimumPositives: Int = minimumPositives) -> RankingReadiness {
        var strongest: [String: RankingLabel.Kind] = [:]
        for label in labels where label.kind.strength >= (strongest[label.paper.id]?.strength ?? -1) {
            strongest[label.paper.id] = label.kind
        }
        let positives = strongest.values.filter(\.isPositive).count
        return positives >= minimumPositives ? .ready(positives: positives) : .needsMorePositives(have: positives, need: minimumPositives)
    }

    /// `randomNegatives` are papers sampled from the cache (a few thousand to 20,000); those that
    /// carry a label are used as labelled. Papers' vectors (`RankingPaper.embedding`, from
    /// `embeddingModel`) become features too when enough of the labelled papers have one.
    public static func train(
        labels: [RankingLabel], randomNegatives: [RankingPaper] = [], embeddingModel: String? = nil,
        options: TrainingOptions = TrainingOptions()
    ) throws(RankingError) -> RankingModel {
        let training = TrainingExamples(labels: labels, randomNegatives: randomNegatives, options: options)
        let examples = training.examples
        let positives = training.positiveCount
        guard positives >= max(1, options.minimumPositives) else {
            throw .tooFewPositives(have: positives, need: max(1, options.minimumPositives))
        }
        guard positives < examples.count else { throw .noNegatives }

        let featurizer = PaperFeaturizer(settings: options.features)
        let counts = examples.map(\.paper).parallelMap { featurizer.counts(of: $0) }
        let vocabulary = FeatureVocabulary(counts)
        var labelledHashes = Set<UInt64>()
        for (example, paperCounts) in zip(examples, counts) where example.kind != nil { labelledHashes.formUnion(paperCounts.allHashes) }
        let columns = vocabulary.columns(keeping: labelledHashes)
        let unseen = vocabulary.inverseDocumentFrequency(documentFrequency: 1)
        let featureCount = columns.hashes.count
        let prototypes = embeddingModel == nil ? nil : EmbeddingFeatures.Prototypes(
            papers: examples.map(\.paper), kinds: examples.map(\.kind), isPositive: examples.map(\.isPositive),
            minimumShare: options.features.minimumEmbeddedShare)
        let scale = Float(options.features.embeddingWeight)
        let rows = Array(zip(counts, examples)).parallelMap { paperCounts, example in
            var row = featurizer.vector(paperCounts) { hash in
                guard let column = columns.table.index(of: hash) else { return (nil, unseen) }
                return (column, columns.idf[Int(column)])
            }
            if let (positive, negative) = prototypes?.features(example.paper, kind: example.kind, isPositive: example.isPositive) {
                row.append(Int32(featureCount), scale * positive)
                row.append(Int32(featureCount + 1), scale * negative)
            }
            return row
        }
        let denseColumns = prototypes == nil ? 0 : 2
        let matrix = SparseMatrix(rows: rows, columnCount: featureCount + denseColumns)

        let search = RegularisationSearch(examples: examples, matrix: matrix, options: options)
        let choice = search.choose()
        var iterations = 0
        let parameters = search.fit(
            Array(examples.indices), regularisation: choice.regularisation, from: choice.start, maximumIterations: 200,
            iterations: &iterations)

        var report = TrainingReport()
        for example in examples {
            switch example.kind {
            case .star: report.stars += 1
            case .opened: report.opened += 1
            case .dismissed: report.dismissed += 1
            case .skipped: report.skipped += 1
            case nil: report.randomNegatives += 1
            }
        }
        report.regularisation = choice.regularisation
        report.validation = choice.validation
        report.trainedAt = training.now
        report.iterations = iterations
        var embedding: EmbeddingFeatures?
        if let prototypes, let embeddingModel {
            report.embedded = examples.lazy.filter { $0.paper.embedding?.count == prototypes.mean.count }.count
            embedding = EmbeddingFeatures(
                model: embeddingModel, mean: prototypes.mean, positiveSum: prototypes.positiveSum,
                positiveCount: prototypes.positiveCount, negativeSum: prototypes.negativeSum, negativeCount: prototypes.negativeCount,
                weights: (Float(parameters[featureCount]), Float(parameters[featureCount + 1])), scale: scale)
        }
        return RankingModel(
            settings: options.features, hashes: columns.hashes, inverseDocumentFrequencies: columns.idf,
            weights: parameters[0..<featureCount].map { Float($0) }, bias: parameters[featureCount + denseColumns],
            unseenInverseDocumentFrequency: unseen, embedding: embedding, report: report)
    }
}
