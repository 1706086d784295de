import Foundation

/// Where one generation is, for the FAQ pane, the status line and `papers-tui faq`.
public enum FAQProgress: Sendable, Equatable {
    case queued(position: Int)
    case fetchingText
    case waiting(seconds: Int, reason: String)
    /// The server accepted the request; text follows.
    case streaming(source: FullTextSource, model: String)
    case delta(String)
    case finished(FAQAnswer)
    /// Stopped on an error: the sentence to show, and the partial answer kept (if any).
    case failed(message: String, partial: FAQAnswer?)
    /// Stopped by the user: the partial answer kept (if any).
    case stopped(partial: FAQAnswer?)
}

/// Generates one paper's FAQ: the full text (cached, else fetched), the prompt, the stream, and the
/// answer written to the cache as it grows, so a stop, a dropped connection or a kill keeps what came.
public struct FAQGenerator: Sendable {
    /// How often a growing answer is written to the cache.
    static let saveInterval: Duration = .seconds(1)

    public let store: PaperStore
    public let settings: LLMSettings
    public let fetcher: FullTextFetcher
    /// arXiv's web root (`https://arxiv.org`), for `/pdf/ID` and `/html/ID`.
    public let webBase: String

    public init(store: PaperStore, settings: LLMSettings, fetcher: FullTextFetcher, webBase: String) {
        self.store = store
        self.settings = settings
        self.fetcher = fetcher
        self.webBase = webBase.withoutTrailingSlashes
    }

    /// Runs to the end and reports through `progress`; the last report is `finished`, `failed` or `stopped`.
    public func generate(paperID: String, lang: FAQLanguage, refresh: Bool,
                         progress: @escaping @Sendable (FAQProgress) -> Void) async {
        let paper: Paper
        let key: FAQKey
        let existing: FAQAnswer?
        do {
            guard let listed = try store.paper(id: paperID) else {
                progress(.failed(message: "\(paperID) is not in the cache: run `papers-tui sync --id \(paperID)` first", partial: nil))
                return
            }
            paper = listed.paper
            key = FAQKey(version: paper.version, model: settings.model)
            existing = try store.faq(key, paperID: paperID, lang: lang)
        } catch {
            progress(.failed(message: "\(error)", partial: nil))
            return
        }
        if let existing, existing.isComplete, !refresh {
            progress(.finished(existing))
            return
        }
        let recorder = AnswerRecorder(
            store: store,
            answer: FAQAnswer(paperID: paper.id, version: paper.version, lang: lang, model: settings.model,
                              promptVersion: key.promptVersion, status: .incomplete, source: .abstract, text: ""),
            protectsEarlier: existing?.isComplete == true)
        do {
            let fullText = try await text(for: paper, progress: progress)
            recorder.setSource(fullText.source)
            let messages = FAQPrompt.messages(
                title: paper.title, id: paper.isArxiv ? "arXiv:\(paper.id)v\(paper.version)" : paper.primaryCategory,
                authors: paper.authors, text: fullText.text,
                lang: lang, contextTokens: settings.contextTokens)
            let fallbackReason = fullText.fallbackReason
            let completion = try await LLMClient(settings: settings).stream(messages) { event in
                switch event {
                case .waiting(let seconds, let reason): progress(.waiting(seconds: seconds, reason: reason))
                case .streaming: progress(.streaming(source: fullText.source, model: settings.model))
                case .delta(let text):
                    recorder.append(text)
                    progress(.delta(text))
                }
            }
            guard !recorder.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw LLMError.emptyAnswer }
            let note = completion.finishReason == "length" ? "the model reached its output limit ([llm] max_tokens)"
                : fallbackReason.map { "not from the PDF: \($0)" }
            progress(.finished(try recorder.finish(note: note)))
        } catch is CancellationError {
            progress(.stopped(partial: recorder.keepPartial(note: "stopped before the end")))
        } catch {
            let message = "\(error)"
            let partial = recorder.keepPartial(note: message)
            let kept = partial != nil ? " (the partial answer is kept)" : recorder.protectsEarlier ? " (the earlier answer is kept)" : ""
            progress(.failed(message: message + kept, partial: partial))
        }
    }

    /// The cached text, else fetched (and cached unless only the abstract was found).
    private func text(for paper: Paper, progress: @Sendable (FAQProgress) -> Void) async throws -> FetchedText {
        if let cached = try store.fullText(paperID: paper.id, version: paper.version) {
            return FetchedText(text: cached, fallbackReason: nil)
        }
        progress(.fetchingText)
        let id = "\(paper.id)v\(paper.version)"
        // A venue paper not on arXiv has its own PDF link and no HTML version.
        let result = try await fetcher.fetch(
            pdfURL: paper.isArxiv ? "\(webBase)/pdf/\(id)" : paper.pdfLink,
            htmlURL: paper.isArxiv ? "\(webBase)/html/\(id)" : nil,
            abstract: paper.title + "\n\n" + paper.abstract,
            hosts: FullTextHosts(webBase: webBase, venues: paper.isArxiv ? [] : FullTextHosts.venues(
                paperID: paper.id, edition: paper.primaryCategory)))
        if result.fullText.source != .abstract {
            try store.save(result.fullText, paperID: paper.id, version: paper.version)
        }
        return FetchedText(text: result.fullText, fallbackReason: result.fallbackReason)
    }

    private struct FetchedText {
        var text: FullText
        /// Why the PDF (or the HTML) was not used.
        var fallbackReason: String?
        var source: FullTextSource { text.source }
    }
}

/// The growing answer, written to the cache at most once per `saveInterval` while it streams.
private final class AnswerRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private let store: PaperStore
    private var answer: FAQAnswer
    /// A complete answer under the same key exists: partial text must not replace it.
    let protectsEarlier: Bool
    private var lastSave = ContinuousClock.now

    init(store: PaperStore, answer: FAQAnswer, protectsEarlier: Bool) {
        self.store = store
        self.answer = answer
        self.protectsEarlier = protectsEarlier
    }

    var text: String { lock.withLock { answer.text } }

    func setSource(_ source: FullTextSource) {
        lock.withLock { answer.source = source }
    }

    func append(_ delta: String) {
        let snapshot: FAQAnswer? = lock.withLock {
            answer.text += delta
            guard !protectsEarlier, ContinuousClock.now - lastSave >= FAQGenerator.saveInterval else { return nil }
            lastSave = .now
            answer.updatedAt = Date()
            return answer
        }
        if let snapshot { try? store.save(snapshot) }
    }

    func finish(note: String?) throws -> FAQAnswer {
        let final: FAQAnswer = lock.withLock {
            answer.status = .complete
            answer.note = note
            answer.updatedAt = Date()
            return answer
        }
        try store.save(final)
        return final
    }

    /// Writes what arrived as an incomplete answer; nil when nothing arrived or an earlier answer wins.
    func keepPartial(note: String) -> FAQAnswer? {
        let partial: FAQAnswer? = lock.withLock {
            guard !protectsEarlier, !answer.text.isEmpty else { return nil }
            answer.status = .incomplete
            answer.note = note
            answer.updatedAt = Date()
            return answer
        }
        guard let partial else { return nil }
        do {
            try store.save(partial)
            return partial
        } catch {
            return nil
        }
    }
}
