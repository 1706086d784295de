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
    /// The paper version and prompt version the cached answer was written for.
    public var version: Int?
    public var promptVersion: Int?
    /// While reloading after a failure: the failure, shown if the cache holds nothing either.
    public var failure: String?

    public init(phase: Phase, text: String = "", source: FullTextSource? = nil, model: String? = nil, note: String? = nil,
                failure: String? = nil) {
        self.phase = phase
        self.failure = failure
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
        version = answer.version
        promptVersion = answer.promptVersion
    }

    /// A cached answer written by another model, for another version of the paper, or with an
    /// older prompt: shown, but `f` generates a current one.
    public func isStale(paperVersion: Int, model: String?) -> Bool {
        guard let version, let promptVersion else { return false }
        return version != paperVersion || promptVersion != FAQPrompt.version || (model != nil && self.model != model)
    }

    /// A generation is waiting or running for it.
    public var isActive: Bool {
        switch phase {
        case .queued, .fetchingText, .waiting, .streaming: true
        default: false
        }
    }
}
