import ArgumentParser
import Foundation
import ReaderStore

struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate the personal ranking on real papers with simulated readers, and time it.")

    @Option(help: "The folder of recorded arXiv payloads.")
    var fixtures = RealPaperCorpus.defaultFixtures

    @Option(help: "Random seeds per reader and number of stars (which relevant papers get starred).")
    var seeds = 5

    @Option(parsing: .upToNextOption, help: "Numbers of stars for the learning curves.")
    var stars: [Int] = [5, 10, 20, 50]

    @Option(help: "The share of each source's papers, oldest first, the readers have seen and marked.")
    var trainingShare = 0.7

    @Flag(help: "Leave the newer papers out altogether: split the older ones again (for tuning without the test papers).")
    var development = false

    @Option(help: "Ranker setting to try (with --development): author block weight.")
    var authorWeight: Double?

    @Option(help: "Ranker setting to try: category block weight.")
    var categoryWeight: Double?

    @Option(help: "Ranker setting to try: how many times title terms count.")
    var titleRepeats: Int?

    @Option(help: "Ranker setting to try: the half-life of votes in days.")
    var halfLife: Double?

    @Option(help: "Ranker setting to try: random negatives' total weight per label.")
    var randomMass: Double?

    @Option(help: "Ranker setting to try: the weight of the vectors' block (with --embeddings).")
    var embeddingWeight: Double?

    @Option(help: "Ranker setting to try: a dismissal's weight.")
    var dismissedWeight: Double?

    @Option(parsing: .upToNextOption, help: "Ranker setting to try: the L2 strengths validation chooses from.")
    var regularisation: [Double] = []

    @Option(help: "Write the corpus's papers as JSON lines {id, text}, the text as papers-tui sends it to an embeddings server, and stop.")
    var dumpCorpus: String?

    @Option(help: "Vectors for the corpus's papers, JSON lines {id, embedding}: the ranker is also evaluated with them.")
    var embeddings: String?

    @Flag(help: "Only the timings.")
    var timingsOnly = false

    @Flag(help: "Only the quality evaluation.")
    var qualityOnly = false

    func run() throws {
        if !timingsOnly {
            var sources = try RealPaperCorpus(fixtures: fixtures).sources
            if let dumpCorpus {
                try CorpusVectors.dump(sources.flatMap { $0 }, to: dumpCorpus)
                return
            }
            if let embeddings { sources = try CorpusVectors.attach(embeddings, to: sources) }
            if development { sources = RealPaperCorpus.split(sources, share: trainingShare).older }
            var options = TrainingOptions()
            if let authorWeight { options.features.authorWeight = authorWeight }
            if let categoryWeight { options.features.categoryWeight = categoryWeight }
            if let titleRepeats { options.features.titleRepeats = titleRepeats }
            if let halfLife { options.halfLifeDays = halfLife }
            if let randomMass { options.randomNegativeMass = randomMass }
            if let dismissedWeight { options.dismissedWeight = dismissedWeight }
            if let embeddingWeight { options.features.embeddingWeight = embeddingWeight }
            if !regularisation.isEmpty { options.regularisationCandidates = regularisation }
            let evaluation = RankingEvaluation(
                sources: sources, trainingShare: trainingShare, seeds: seeds, starCounts: stars, options: options)
            print(evaluation.run())
        }
        if !qualityOnly { print(try RankingTimings().run()) }
    }
}

/// Simulated readers on a time-ordered split: they star `n` of the papers that fit their interest
/// among the older ones; every method then ranks the newer ones.
struct RankingEvaluation {
    let training: [RankingPaper]
    let test: [RankingPaper]
    let seeds: Int
    let starCounts: [Int]
    let options: TrainingOptions

    init(sources: [[RankingPaper]], trainingShare: Double, seeds: Int, starCounts: [Int], options: TrainingOptions) {
        self.options = options
        let (older, newer) = RealPaperCorpus.split(sources, share: trainingShare)
        let byDate = { (papers: [RankingPaper]) in papers.sorted { ($0.date, $0.id) < ($1.date, $1.id) } }
        training = byDate(older.flatMap { $0 })
        test = byDate(newer.flatMap { $0 })
        self.seeds = seeds
        self.starCounts = starCounts
    }

    enum Method: String, CaseIterable {
        case arxiv = "arXiv order"
        case keywords = "keywords (2-3 of the reader's words)"
        case svm = "TF-IDF SVM (arxiv-sanity)"
        case ranker = "personal ranker, stars"
        case rankerDismissals = "personal ranker, stars + dismissals"
        case centroid = "embeddings alone (cosine to the starred papers' mean)"
        case rankerEmbeddings = "personal ranker + embeddings, stars"
        case rankerEmbeddingsDismissals = "personal ranker + embeddings, stars + dismissals"
    }

    struct Scores {
        var precision = 0.0
        var gain = 0.0
        var runs = 0

        mutating func add(_ relevant: [Bool]) {
            precision += RankedListMetrics.precision(at: 10, relevant)
            gain += RankedListMetrics.normalisedDiscountedGain(at: 10, relevant)
            runs += 1
        }

        var text: String {
            runs == 0 ? "     -      -" : String(format: "%6.3f %6.3f", gain / Double(runs), precision / Double(runs))
        }
    }

    /// Whether the papers carry vectors (`--embeddings`): the methods that use them are run too.
    private var hasEmbeddings: Bool { training.contains { $0.embedding != nil } }

    func run() -> String {
        var lines = [
            "papers: \(training.count + test.count) real; per source, the older \(training.count) seen by the readers "
                + "and the newer \(test.count) ranked",
            "readers (relevant papers: older / newer):",
        ]
        var table: [Method: [Int: Scores]] = [:]
        var validationAreas: [Int: [Double]] = [:]
        for interest in SimulatedInterest.all {
            let relevantTraining = training.filter(interest.isRelevant)
            let relevantTest = Set(test.filter(interest.isRelevant).map(\.id))
            lines.append("  \(interest.name): \(relevantTraining.count) / \(relevantTest.count)")
            let truth = { (papers: [RankingPaper]) in papers.map { relevantTest.contains($0.id) } }
            for count in starCounts where count <= relevantTraining.count {
                for seed in 1...seeds {
                    table[.arxiv, default: [:]][count, default: Scores()].add(truth(test))
                    let keyword = KeywordRanking(keywords: interest.keywords)
                    table[.keywords, default: [:]][count, default: Scores()].add(truth(ranked(test, by: keyword.score)))
                    var random = SeededRandom(seed: UInt64(seed) &* 7919 &+ UInt64(count))
                    let starred = Array(relevantTraining.shuffled(using: &random).prefix(count))
                    let starredIDs = Set(starred.map(\.id))
                    let svm = TFIDFSupportVectorMachine(corpus: training, positives: starredIDs)
                    table[.svm, default: [:]][count, default: Scores()].add(truth(ranked(test, by: svm.score)))

                    let labels = starLabels(starred)
                    let others = training.filter { !starredIDs.contains($0.id) }
                    guard let model = try? PersonalRanker.train(labels: labels, randomNegatives: others, options: options) else { continue }
                    table[.ranker, default: [:]][count, default: Scores()].add(truth(ranked(test, model)))
                    if let area = model.report.validation?.areaUnderCurve { validationAreas[count, default: []].append(area) }

                    // The reader dismisses the papers at the top of their ranked list that miss their interest.
                    let dismissed = ranked(others, model).filter { !interest.isRelevant($0) }.prefix((count + 1) / 2)
                    let reference = labels.map(\.date).max() ?? Date()
                    let withDismissals = labels + dismissed.map { RankingLabel(paper: $0, kind: .dismissed, date: reference) }
                    let remaining = others.filter { paper in !dismissed.contains { $0.id == paper.id } }
                    if let corrected = try? PersonalRanker.train(labels: withDismissals, randomNegatives: remaining, options: options) {
                        table[.rankerDismissals, default: [:]][count, default: Scores()].add(truth(ranked(test, corrected)))
                    }
                    guard hasEmbeddings else { continue }
                    let centroid = CorpusVectors.centroid(of: starred)
                    table[.centroid, default: [:]][count, default: Scores()].add(truth(ranked(test) { CorpusVectors.cosine($0.embedding, centroid) }))
                    guard let embedded = try? PersonalRanker.train(labels: labels, randomNegatives: others, embeddingModel: "bench",
                                                                   options: options) else { continue }
                    table[.rankerEmbeddings, default: [:]][count, default: Scores()].add(truth(ranked(test, embedded)))
                    let missed = ranked(others, embedded).filter { !interest.isRelevant($0) }.prefix((count + 1) / 2)
                    let embeddedDismissals = labels + missed.map { RankingLabel(paper: $0, kind: .dismissed, date: reference) }
                    let rest = others.filter { paper in !missed.contains { $0.id == paper.id } }
                    if let corrected = try? PersonalRanker.train(labels: embeddedDismissals, randomNegatives: rest, embeddingModel: "bench",
                                                                 options: options) {
                        table[.rankerEmbeddingsDismissals, default: [:]][count, default: Scores()].add(truth(ranked(test, corrected)))
                    }
                }
            }
        }
        lines.append("")
        lines.append("nDCG@10 and precision@10 on the newer papers, mean over readers and \(seeds) seeds:")
        lines.append("| method | " + starCounts.map { "\($0) stars: nDCG P@10" }.joined(separator: " | ") + " |")
        for method in Method.allCases where hasEmbeddings || ![.centroid, .rankerEmbeddings, .rankerEmbeddingsDismissals].contains(method) {
            lines.append("| \(method.rawValue) | " + starCounts.map { table[method]?[$0]?.text ?? "     -      -" }.joined(separator: " | ") + " |")
        }
        lines.append("ranker's own validation AUC (held-out labels): " + starCounts.map { count in
            let areas = validationAreas[count] ?? []
            return "\(count) stars " + (areas.isEmpty ? "-" : String(format: "%.3f", areas.reduce(0, +) / Double(areas.count)))
        }.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }

    /// Stars given over the 180 days before the split, in the papers' order.
    private func starLabels(_ starred: [RankingPaper]) -> [RankingLabel] {
        let reference = training.last?.date ?? Date()
        let ordered = starred.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        return ordered.enumerated().map { index, paper in
            let daysBefore = Double(ordered.count - 1 - index) * 180 / Double(max(1, ordered.count))
            return RankingLabel(paper: paper, kind: .star, date: reference.addingTimeInterval(-daysBefore * 86_400))
        }
    }

    private func ranked(_ papers: [RankingPaper], by score: (RankingPaper) -> Double) -> [RankingPaper] {
        let scores = papers.map(score)
        return papers.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }.map { papers[$0] }
    }

    private func ranked(_ papers: [RankingPaper], _ model: RankingModel) -> [RankingPaper] {
        let scores = model.scores(papers)
        return papers.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }.map { papers[$0] }
    }
}

/// The speed targets, on synthetic papers (arXiv-like lengths, words from the bundled sample).
struct RankingTimings {
    func run() throws -> String {
        let corpus = try SyntheticCorpus()
        var random = SeededRandom(seed: 11)
        let day = Date(timeIntervalSince1970: 1_763_000_000)
        let papers = (0..<22_500).map { index in
            RankingPaper(corpus.paper(id: "2511.\(String(format: "%05d", index))", announced: day, &random),
                         date: day.addingTimeInterval(-Double(index) * 600))
        }
        let kinds: [RankingLabel.Kind] = Array(repeating: .star, count: 100) + Array(repeating: .opened, count: 200)
            + Array(repeating: .dismissed, count: 100) + Array(repeating: .skipped, count: 600)
        let labels = kinds.enumerated().map { RankingLabel(paper: papers[$0.offset], kind: $0.element, date: papers[$0.offset].date) }
        let negatives = Array(papers[1_000..<21_000])
        let day1500 = Array(papers[21_000..<22_500])

        var model: RankingModel?
        var training = Samples("train: 1,000 labels + 20,000 random negatives")
        for _ in 0..<3 {
            training.values.append(try time { model = try PersonalRanker.train(labels: labels, randomNegatives: negatives) })
        }
        guard let model else { throw BenchError("no model") }
        var scoring = Samples("score 1,500 papers (featurise + score, all cores)")
        var serial = Samples("score 1,500 papers (one core)")
        for _ in 0..<30 {
            scoring.values.append(time { _ = model.scores(day1500) })
            serial.values.append(time { _ = day1500.map(model.score) })
        }
        let bytes = model.serialized()
        var decoding = Samples("read the model back from bytes")
        for _ in 0..<5 { decoding.values.append(try time { _ = try RankingModel(serialized: bytes) }) }

        // The same with a 384-number vector on every paper (all-MiniLM-L6-v2's size): the worst case,
        // where every random negative has one too.
        let embedded = papers.map { paper in
            var copy = paper
            copy.embedding = EmbeddingVector.normalized((0..<384).map { _ in Float.random(in: -1...1, using: &random) })
            return copy
        }
        let embeddedLabels = labels.enumerated().map { RankingLabel(paper: embedded[$0.offset], kind: $0.element.kind, date: $0.element.date) }
        var embeddedModel: RankingModel?
        var embeddedTraining = Samples("train with 384-number vectors on all 21,000 papers")
        for _ in 0..<3 {
            embeddedTraining.values.append(try time {
                embeddedModel = try PersonalRanker.train(labels: embeddedLabels, randomNegatives: Array(embedded[1_000..<21_000]),
                                                         embeddingModel: "bench")
            })
        }
        guard let embeddedModel, embeddedModel.embeddingModel != nil else { throw BenchError("no model with vectors") }
        let embeddedDay = Array(embedded[21_000..<22_500])
        var embeddedScoring = Samples("score 1,500 papers with vectors (all cores)")
        for _ in 0..<30 { embeddedScoring.values.append(time { _ = embeddedModel.scores(embeddedDay) }) }
        let lines = [training, scoring, serial, decoding, embeddedTraining, embeddedScoring].map {
            "\($0.name.padding(toLength: 52, withPad: " ", startingAt: 0)) p50 \(String(format: "%.1f", $0.median)) ms   "
                + "max \(String(format: "%.1f", $0.values.max() ?? .nan)) ms   (n=\($0.values.count))"
        }
        return (["timings (\(ProcessInfo.processInfo.activeProcessorCount) cores):"] + lines + [
            "model: \(model.featureCount) features, \(bytes.count / 1024) KiB serialized, \(model.report.iterations) iterations, "
                + "regularisation \(model.report.regularisation)",
        ]).joined(separator: "\n")
    }
}
