import Foundation
import Testing
@testable import ReaderStore

@Suite("the ranking model: what it learns, why it says so, its bytes")
struct RankingModelTests {
    private let now = Date(timeIntervalSince1970: 1_780_000_000)

    private func paper(_ id: String, _ title: String, _ abstract: String, authors: [String] = ["A. Writer"],
                       categories: [String] = ["cs.LG"]) -> RankingPaper {
        RankingPaper(id: id, title: title, abstract: abstract, authors: authors, categories: categories, date: now)
    }

    /// Papers on two themes: speculative decoding of language models, and graph colouring.
    private func corpus() -> (liked: [RankingPaper], other: [RankingPaper]) {
        let liked = (1...8).map {
            paper("l\($0)", "Speculative decoding for faster language model inference \($0)",
                  "We draft tokens with a small model and verify them with the large language model; speculative decoding halves latency.")
        }
        let other = (1...30).map {
            paper("o\($0)", "Bounds on graph colouring number \($0)",
                  "We prove new bounds for the chromatic number of sparse graphs using the probabilistic method.",
                  authors: ["G. Theorist"], categories: ["math.CO"])
        }
        return (liked, other)
    }

    private func labels(_ liked: [RankingPaper], _ disliked: [RankingPaper]) -> [RankingLabel] {
        liked.map { RankingLabel(paper: $0, kind: .star, date: now) } + disliked.map { RankingLabel(paper: $0, kind: .dismissed, date: now) }
    }

    private func trained() throws -> RankingModel {
        let (liked, other) = corpus()
        var options = TrainingOptions()
        options.now = now
        return try PersonalRanker.train(labels: labels(Array(liked.prefix(6)), Array(other.prefix(4))),
                                        randomNegatives: Array(other.dropFirst(4)), options: options)
    }

    @Test("readiness counts one positive per paper, the strongest label winning")
    func readiness() {
        let (liked, _) = corpus()
        let starredAndDismissed = [RankingLabel(paper: liked[0], kind: .star, date: now), RankingLabel(paper: liked[0], kind: .opened, date: now)]
        #expect(PersonalRanker.readiness(of: starredAndDismissed) == .needsMorePositives(have: 1, need: 5))
        #expect(PersonalRanker.readiness(of: labels(Array(liked.prefix(5)), [])) == .ready(positives: 5))
    }

    @Test("too few stars is an error that says how many more, never a model")
    func coldStart() {
        let (liked, other) = corpus()
        #expect(throws: RankingError.tooFewPositives(have: 2, need: 5)) {
            try PersonalRanker.train(labels: labels(Array(liked.prefix(2)), []), randomNegatives: other)
        }
    }

    @Test("unlabelled papers on the starred theme score above those on the other, and the why names the theme's words")
    func learnsTheTheme() throws {
        let model = try trained()
        let (liked, other) = corpus()
        let heldOutLiked = liked.suffix(2).map(model.score)
        let heldOutOther = other.suffix(5).map(model.score)
        #expect(heldOutLiked.min()! > heldOutOther.max()!)
        let why = model.explanation(of: liked[7])
        #expect(why.raising.contains { $0.text.lowercased().contains("speculative") || $0.text.lowercased().contains("decoding") }, "\(why.summary)")
        #expect(abs(why.score - model.score(liked[7])) < 1e-6)
        #expect(model.report.stars == 6 && model.report.dismissed == 4)
    }

    @Test("the bytes read back as the same model; cut, altered or another version's bytes are refused")
    func bytes() throws {
        let model = try trained()
        let bytes = model.serialized()
        let back = try RankingModel(serialized: bytes)
        let (liked, other) = corpus()
        for paper in liked + other { #expect(back.score(paper) == model.score(paper)) }
        #expect(back.report == model.report)
        #expect(throws: RankingError.self) { try RankingModel(serialized: bytes.prefix(bytes.count - 3)) }
        var altered = bytes
        altered[bytes.count / 2] ^= 0xFF
        #expect(throws: RankingError.self) { try RankingModel(serialized: altered) }
        var otherVersion = bytes
        otherVersion[8] = 99
        #expect(throws: RankingError.unsupportedModelVersion(found: 99, supported: RankingModel.formatVersion)) {
            try RankingModel(serialized: otherVersion)
        }
        #expect(throws: RankingError.self) { try RankingModel(serialized: Data("not a model".utf8)) }
    }
}
