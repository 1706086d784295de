import Foundation
import Testing
@testable import ReaderStore

@Suite("paper vectors in the ranking: learned from, kept in the model's bytes, and nothing when missing")
struct EmbeddingRankingTests {
    private let now = Date(timeIntervalSince1970: 1_780_000_000)

    /// A unit vector near axis `axis` of 8, with a small per-paper wobble.
    private func vector(axis: Int, wobble: Int) -> [Float] {
        var values = [Float](repeating: 0.05, count: 8)
        values[axis] = 1
        values[(axis + 1 + wobble % 3) % 8] += 0.2
        return EmbeddingVector.normalized(values)!
    }

    /// Forty papers with the same words: only their vectors tell the liked (axis 0) from the rest (axis 4).
    private func corpus() -> (liked: [RankingPaper], other: [RankingPaper]) {
        func paper(_ id: String, _ embedding: [Float]) -> RankingPaper {
            RankingPaper(id: id, title: "A study of learning", abstract: "We study learning from data with a method.",
                         authors: ["A. Writer"], categories: ["cs.LG"], date: now, embedding: embedding)
        }
        return ((1...10).map { paper("l\($0)", vector(axis: 0, wobble: $0)) }, (1...30).map { paper("o\($0)", vector(axis: 4, wobble: $0)) })
    }

    private func train(_ liked: [RankingPaper], _ other: [RankingPaper], embeddingModel: String?) throws -> RankingModel {
        var options = TrainingOptions()
        options.now = now
        let labels = liked.prefix(7).map { RankingLabel(paper: $0, kind: .star, date: now) }
            + other.prefix(6).map { RankingLabel(paper: $0, kind: .dismissed, date: now) }
        return try PersonalRanker.train(labels: labels, randomNegatives: Array(other.dropFirst(6).prefix(20)),
                                        embeddingModel: embeddingModel, options: options)
    }

    @Test("papers alike in words but not in meaning are told apart by their vectors alone, and the why says so")
    func learnsFromVectors() throws {
        let (liked, other) = corpus()
        let model = try train(liked, other, embeddingModel: "test-embedder")
        #expect(model.embeddingModel == "test-embedder")
        #expect(model.report.embedded == 33)
        let likedScores = liked.suffix(3).map(model.score)
        let otherScores = other.suffix(4).map(model.score)
        #expect(likedScores.min()! > otherScores.max()!, "\(likedScores) vs \(otherScores)")
        let why = model.explanation(of: liked[9])
        #expect(why.summary.contains("close in meaning to papers you kept"), "\(why.summary)")
        #expect(abs(why.score - model.score(liked[9])) < 1e-6)

        // Without vectors the same words score the same: a paper not embedded yet is neither up nor down.
        var bare = liked[9]
        bare.embedding = nil
        var bareOther = other[29]
        bareOther.embedding = nil
        #expect(model.score(bare) == model.score(bareOther))
    }

    @Test("terms alone when no model is named or too few labelled papers have a vector")
    func termsAloneWhenTooFew() throws {
        let (liked, other) = corpus()
        #expect(try train(liked, other, embeddingModel: nil).embeddingModel == nil)
        let mostlyBare = liked.enumerated().map { index, paper in
            var copy = paper
            if index > 1 { copy.embedding = nil }
            return copy
        }
        let otherBare = other.map { paper in
            var copy = paper
            copy.embedding = nil
            return copy
        }
        let model = try train(mostlyBare, otherBare, embeddingModel: "test-embedder")
        #expect(model.embeddingModel == nil)
        #expect(model.report.embedded == 0)
    }

    @Test("a model with vectors reads back from its bytes scoring the same; the first format's bytes are refused (trained again)")
    func bytes() throws {
        let (liked, other) = corpus()
        let model = try train(liked, other, embeddingModel: "nomic-embed-text:v1.5")
        let back = try RankingModel(serialized: model.serialized())
        #expect(back.embeddingModel == "nomic-embed-text:v1.5")
        #expect(back.report == model.report)
        for paper in liked + other { #expect(back.score(paper) == model.score(paper)) }
        var firstFormat = model.serialized()
        firstFormat[8] = 1
        #expect(throws: RankingError.unsupportedModelVersion(found: 1, supported: 2)) { try RankingModel(serialized: firstFormat) }
    }

    @Test("vectors keep to half floats: unit length survives to three decimals, and bad bytes are refused")
    func halfFloats() throws {
        let vector = EmbeddingVector.normalized([3, -4, 0.001, 12])!
        let back = try #require(EmbeddingVector.decode(EmbeddingVector.encode(vector)))
        #expect(back.count == 4)
        for (a, b) in zip(vector, back) { #expect(abs(a - b) < 1e-3) }
        #expect(EmbeddingVector.decode(Data([1, 2, 3])) == nil)
        #expect(EmbeddingVector.decode(Data([0x00, 0x7C])) == nil)  // +infinity
        #expect(EmbeddingVector.normalized([0, 0]) == nil)
        #expect(EmbeddingVector.normalized([1, .nan]) == nil)
    }
}

@Suite("reading an embeddings answer: OpenAI's shape, llama-cpp-python's per-token shape, and what is refused")
struct EmbeddingsAnswerTests {
    private func body(_ text: String) -> Data { Data(text.utf8) }

    @Test("vectors come back in the order of their index, at unit length; per-token lists are averaged")
    func shapes() throws {
        let openAI = body(#"{"object":"list","data":[{"index":1,"embedding":[0,2]},{"index":0,"embedding":[3,4]}],"model":"m"}"#)
        let vectors = try EmbeddingsClient.vectors(in: openAI, count: 2)
        #expect(vectors == [[0.6, 0.8], [0, 1]])
        let perToken = body(#"{"data":[{"embedding":[[1,0],[0,1]]}]}"#)
        let pooled = try EmbeddingsClient.vectors(in: perToken, count: 1)
        #expect(abs(pooled[0][0] - pooled[0][1]) < 1e-6 && abs(pooled[0][0] - 0.7071) < 1e-3)
    }

    @Test("a wrong count, mixed lengths, NaN, zeros, base64 and bodies that are not a list each have their sentence")
    func refused() {
        func failure(_ text: String, count: Int = 1) -> EmbeddingsError? {
            do {
                _ = try EmbeddingsClient.vectors(in: Data(text.utf8), count: count)
                return nil
            } catch {
                return error
            }
        }
        #expect(failure(#"{"data":[{"embedding":[1,2]}]}"#, count: 2) == .wrongCount(sent: 2, received: 1))
        #expect(failure(#"{"data":[{"embedding":[1,2]},{"embedding":[1,2,3]}]}"#, count: 2) == .wrongDimension(expected: 2, found: 3))
        #expect(failure(#"{"data":[{"embedding":[1,NaN]}]}"#) == .notFinite)
        #expect(failure(#"{"data":[{"embedding":[1e39,1]}]}"#) == .notFinite)
        #expect(failure(#"{"data":[{"embedding":[0,0]}]}"#) == .malformed("a vector of zeros"))
        #expect(failure(#"{"data":[{"embedding":"AAAA"}]}"#) == .malformed("a base64 vector: papers-tui asks for numbers"))
        #expect(failure(#"{"error":{"message":"no"}}"#) == .malformed("no \"data\" list"))
        #expect(failure("<html>") == .malformed("not JSON"))
        #expect(EmbeddingsError.notFinite.description.contains("not finite"))
    }
}
