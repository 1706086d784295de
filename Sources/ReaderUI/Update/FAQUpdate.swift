import ReaderStore

/// A FAQ's life in the state: looked up for the selected paper, asked for, followed while it is
/// queued and streams, stopped, and forgotten once its paper is off screen.
extension Reader {
    static func requestFAQ(_ state: inout AppState, refresh: Bool) -> [Effect] {
        guard let paper = state.selected?.paper else { return [] }
        if let reason = state.faqUnavailable {
            setStatus(&state, reason, isError: true)
            return []
        }
        let job = FAQJob(paperID: paper.id, lang: state.faqLanguage)
        let view = state.faqs[job]
        if view?.isActive == true {
            setStatus(&state, "the FAQ is already being generated (\(state.keymap.stopFAQKeyName) stops it)")
            return []
        }
        if !refresh, let view, view.phase == .complete, !view.isStale(paperVersion: paper.version, model: state.faqModel) {
            setStatus(&state, "this FAQ is cached; \(state.keymap.keyName(for: .regenerateFAQ)) generates it again")
            return []
        }
        if !state.layout.isWide { state.paperOpen = true }
        state.faqScroll = 0
        var next = view ?? FAQView(phase: .loading)
        next.phase = .queued(position: 1)
        state.faqs[job] = next
        setStatus(&state, "asking \(state.faqModel ?? "the LLM") the six questions…")
        return [.requestFAQ(job, refresh: refresh)]
    }

    /// Stops the selected paper's generation; nil when none is running.
    static func stopFAQ(_ state: inout AppState) -> [Effect]? {
        guard let paper = state.selected?.paper else { return nil }
        let job = FAQJob(paperID: paper.id, lang: state.faqLanguage)
        guard state.faqs[job]?.isActive == true else { return nil }
        setStatus(&state, "stopping the FAQ…")
        return [.cancelFAQ(job)]
    }

    /// The FAQ pane shows the other language's answer (`followSelectionFAQ` looks it up).
    static func switchFAQLanguage(_ state: inout AppState) {
        state.faqLanguage = state.faqLanguage == .en ? .zh : .en
        state.faqScroll = 0
        setStatus(&state, state.faqLanguage == .en ? "FAQ language: English" : "FAQ language: 中文 (Chinese)")
    }

    /// The cache's answer for a FAQ being looked up; one that arrives after its lookup was replaced
    /// (a generation started meanwhile) is dropped.
    static func faqLoaded(_ job: FAQJob, _ answer: FAQAnswer?, _ state: inout AppState) {
        guard let loading = state.faqs[job], loading.phase == .loading else { return }
        var view = FAQView(cached: answer)
        if let failure = loading.failure, answer == nil { view.phase = .failed(failure) }
        state.faqs[job] = view
    }

    static func faqProgress(_ job: FAQJob, _ progress: FAQProgress, _ state: inout AppState) -> [Effect] {
        var view = state.faqs[job] ?? FAQView(phase: .loading)
        let isShown = state.selected?.paper.id == job.paperID && job.lang == state.faqLanguage
        switch progress {
        case .queued(let position): view.phase = .queued(position: position)
        case .fetchingText: view.phase = .fetchingText
        case .waiting(let seconds, let reason): view.phase = .waiting(seconds: seconds, reason: reason)
        case .streaming(let source, let model):
            view = FAQView(phase: .streaming, source: source, model: model)
        case .delta(let text):
            view.phase = .streaming
            view.text += text
        case .finished(let answer):
            view = FAQView(cached: answer)
            if isShown { setStatus(&state, "FAQ ready (\(answer.model), from \(answer.source.label))") }
        case .failed(let message, let partial):
            if isShown { setStatus(&state, "FAQ: \(message)", isError: true) }
            guard let partial else { return reloadFAQ(job, &state, failure: message) }
            view.text = partial.text
            view.phase = .failed(message)
        case .stopped(let partial):
            guard let partial else {
                if isShown { setStatus(&state, "FAQ stopped") }
                return reloadFAQ(job, &state, failure: nil)
            }
            view.text = partial.text
            view.phase = .stopped
            if isShown { setStatus(&state, "FAQ stopped: the partial answer is kept (\(state.keymap.keyName(for: .regenerateFAQ)) generates it again)") }
        }
        state.faqs[job] = view
        return []
    }

    /// A generation ended without text of its own (stopped while queued, or an earlier answer was
    /// kept): the pane shows what the cache holds, and the failure if there is no answer at all.
    static func reloadFAQ(_ job: FAQJob, _ state: inout AppState, failure: String?) -> [Effect] {
        guard let paper = state.selected?.paper, paper.id == job.paperID, job.lang == state.faqLanguage else {
            state.faqs[job] = nil
            return []
        }
        state.faqs[job] = FAQView(phase: .loading, failure: failure)
        return [.loadFAQ(paperID: job.paperID, version: paper.version, job.lang)]
    }

    /// Keeps the selected paper's FAQ loaded and forgets the FAQs of papers no longer on screen
    /// (unless they are being generated, in any language).
    static func followSelectionFAQ(_ state: inout AppState) -> [Effect] {
        let selected = state.selected?.paper
        let shown = selected.map { FAQJob(paperID: $0.id, lang: state.faqLanguage) }
        if state.faqs.count > 1 || state.faqs.keys.contains(where: { $0 != shown }) {
            state.faqs = state.faqs.filter { $0.key == shown || $0.value.isActive }
        }
        guard let selected, let shown, state.faqs[shown] == nil else { return [] }
        state.faqs[shown] = FAQView(phase: .loading)
        return [.loadFAQ(paperID: selected.id, version: selected.version, state.faqLanguage)]
    }
}
