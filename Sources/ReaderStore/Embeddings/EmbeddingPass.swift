import Foundation

/// What one pass of fetching vectors did.
public struct EmbeddingPassSummary: Sendable, Equatable {
    /// Papers given a vector by this pass.
    public var embedded = 0
    /// Papers that wanted one when the pass began.
    public var wanted = 0
    /// Why the pass stopped early, as one sentence; nil when it did all it set out to.
    public var failure: String?

    public init(embedded: Int = 0, wanted: Int = 0, failure: String? = nil) {
        self.embedded = embedded
        self.wanted = wanted
        self.failure = failure
    }

    /// One line for the status line or standard error.
    public var sentence: String {
        if let failure {
            let kept = embedded > 0 ? "; \(embedded) of \(wanted) papers embedded before that" : ""
            return "embeddings: \(failure) (the ranking goes on without vectors\(embedded > 0 ? " for the rest" : ""))\(kept)"
        }
        if wanted == 0 { return "embeddings: every paper the ranking needs has its vector" }
        return "embeddings: \(embedded) paper\(embedded == 1 ? "" : "s") embedded for the ranking"
    }
}

/// Fetches vectors for the papers that need them (`PaperStore.papersNeedingEmbeddings`), a batch
/// per request, each batch kept as it arrives: a pass stopped by a fault or a quit keeps what it got,
/// and the next pass asks only for the rest.
public enum EmbeddingPass {
    /// Papers asked for in one pass (after a sync: a new day and the labels not embedded yet).
    public static let defaultLimit = 2_000

    /// `progress` hears (done, wanted) as the pass begins and after each batch; `firstDay` (the day
    /// being read) comes right after the labelled papers.
    public static func run(
        store: PaperStore, client: EmbeddingsClient, limit: Int = defaultLimit, firstDay: String? = nil,
        progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) async -> EmbeddingPassSummary {
        let settings = client.settings
        var summary = EmbeddingPassSummary()
        let inputs: [EmbeddingInput]
        do {
            inputs = try store.papersNeedingEmbeddings(model: settings.model, limit: limit,
                                                       maximumCharacters: settings.maximumInputCharacters, firstDay: firstDay)
        } catch {
            summary.failure = "\(error)"
            return summary
        }
        summary.wanted = inputs.count
        if !inputs.isEmpty { progress(0, inputs.count) }
        for start in stride(from: 0, to: inputs.count, by: max(1, settings.batchSize)) {
            if Task.isCancelled { break }
            let batch = Array(inputs[start..<min(inputs.count, start + max(1, settings.batchSize))])
            do {
                let vectors = try await client.embed(batch.map(\.text))
                try store.saveEmbeddings(Array(zip(batch.map(\.paperID), vectors)).map { ($0, $1) }, model: settings.model)
                summary.embedded += batch.count
                progress(summary.embedded, summary.wanted)
            } catch is CancellationError {
                break
            } catch {
                summary.failure = "\(error)"
                break
            }
        }
        return summary
    }
}
