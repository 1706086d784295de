import ReaderStore

/// The background pass that gives papers vectors for the ranking (`[rank] embeddings_url`): its
/// progress in the status line while nothing else is said there, and a list sorted by the ranking
/// sorted again by what the vectors taught it.
extension Reader {
    static let embeddingsStatusPrefix = "embeddings: "

    /// The status line is free for the pass: empty, or saying the pass's own progress.
    private static func statusIsFree(_ state: AppState) -> Bool {
        guard let status = state.status else { return true }
        return !state.statusIsError && status.hasPrefix(embeddingsStatusPrefix)
    }

    static func embeddingsProgress(done: Int, wanted: Int, _ state: inout AppState) {
        guard statusIsFree(state) else { return }
        setStatus(&state, embeddingsStatusPrefix + "\(done)/\(wanted) papers embedded for the ranking…")
    }

    static func embeddingsFinished(_ summary: EmbeddingPassSummary, _ state: inout AppState) -> [Effect] {
        if summary.failure != nil {
            // Said once per pass, as an error: the ranking goes on with terms.
            setStatus(&state, summary.sentence, isError: true)
        } else if summary.embedded > 0, statusIsFree(state) {
            setStatus(&state, summary.sentence)
        } else if statusIsFree(state) {
            state.status = nil
        }
        return summary.embedded > 0 ? checkRankingIfSorted(state) : []
    }
}
