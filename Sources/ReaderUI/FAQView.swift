import ReaderStore

/// What the FAQ pane knows about one paper's FAQ: cached, being generated, or failed.
public struct FAQView: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        /// Being read from the cache.
        case loading
        /// Nothing cached.
        case none
        case queued(position: Int)
        case fetchingText
        case waiting(seconds: Int, reason: String)
        case streaming
        case complete
        /// Cached but cut short (an earlier stop or failure); the note says why.
        case incomplete
        case failed(String)
        case stopped
    }

    public var phase: Phase
    public var text = ""
    public var source: FullTextSource?
    public var model: String?
    public var note: String?

    public init(phase: Phase, text: String = "", source: FullTextSource? = nil, model: String? = nil, note: String? = nil) {
        self.phase = phase
        self.text = text
        self.source = source
        self.model = model
        self.note = note
    }

    init(cached answer: FAQAnswer?) {
        guard let answer else {
            self.init(phase: .none)
            return
        }
        self.init(phase: answer.isComplete ? .complete : .incomplete, text: answer.text, source: answer.source,
                  model: answer.model, note: answer.note)
    }

    /// A generation is waiting or running for it.
    public var isActive: Bool {
        switch phase {
        case .queued, .fetchingText, .waiting, .streaming: true
        default: false
        }
    }
}
