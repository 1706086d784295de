import Foundation
import ReaderStore

/// The benchmark corpus's texts for an embedder, and the vectors it gave them.
enum CorpusVectors {
    static func dump(_ papers: [RankingPaper], to path: String) throws {
        var lines: [String] = []
        for paper in papers {
            let text = PaperStore.embeddingText(title: paper.title, abstract: paper.abstract)
            let data = try JSONSerialization.data(withJSONObject: ["id": paper.id, "text": text])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        print("wrote \(papers.count) papers to \(path)")
    }

    /// The papers with the vectors of `path` (as unit vectors, kept as the cache keeps them: half floats).
    static func attach(_ path: String, to sources: [[RankingPaper]]) throws -> [[RankingPaper]] {
        var vectors: [String: [Float]] = [:]
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = object["id"] as? String, let values = object["embedding"] as? [Double],
                  let unit = EmbeddingVector.normalized(values.map { Float($0) }),
                  let stored = EmbeddingVector.decode(EmbeddingVector.encode(unit)) else { continue }
            vectors[id] = stored
        }
        let attached = sources.map { papers in papers.map { paper in
            var copy = paper
            copy.embedding = vectors[paper.id]
            return copy
        } }
        let count = attached.joined().filter { $0.embedding != nil }.count
        guard count > 0 else { throw BenchError("no vector in \(path) names a paper of the corpus") }
        print("vectors for \(count) of \(attached.joined().count) papers")
        return attached
    }

    static func centroid(of papers: [RankingPaper]) -> [Float] {
        guard let width = papers.compactMap(\.embedding).first?.count else { return [] }
        var sum = [Float](repeating: 0, count: width)
        for vector in papers.compactMap(\.embedding) where vector.count == width {
            for index in 0..<width { sum[index] += vector[index] }
        }
        return sum
    }

    static func cosine(_ vector: [Float]?, _ other: [Float]) -> Double {
        guard let vector, vector.count == other.count, !other.isEmpty else { return -2 }
        var dot: Float = 0, norm: Float = 0
        for index in 0..<vector.count {
            dot += vector[index] * other[index]
            norm += other[index] * other[index]
        }
        return Double(dot / max(norm.squareRoot(), 1e-9))
    }
}
