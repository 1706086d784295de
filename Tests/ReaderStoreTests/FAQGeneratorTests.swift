import Foundation
import TestSupport
import Testing
@testable import ReaderStore

/// A cache holding the bundled sample, a generator pointed at a loopback server for both arXiv's web
/// pages and the LLM, and a log of what it reported.
struct FAQFixture {
    let store: PaperStore
    let server: LoopbackServer
    let generator: FAQGenerator
    let paper: Paper

    init(routes: ScriptedRoutes, configure: (inout LLMSettings) -> Void = { _ in }) async throws {
        store = try makeTemporaryStore()
        _ = try BundledSample.load(into: store)
        server = try await startServer(routes)
        var settings = testSettings(server)
        configure(&settings)
        generator = FAQGenerator(store: store, settings: settings,
                                 fetcher: FullTextFetcher(http: PoliteHTTPClient(service: "arXiv", policy: testPolicy)),
                                 webBase: server.baseURL)
        paper = try #require(try store.paper(id: "2604.21935")).paper
    }

    func generate(refresh: Bool = false) async -> ProgressLog {
        let log = ProgressLog()
        await generator.generate(paperID: paper.id, lang: .en, refresh: refresh) { log.record($0) }
        return log
    }

    func chatRequests() -> [LoopbackServer.Request] {
        server.requests.filter { $0.path.hasSuffix("/chat/completions") }
    }

    /// The user message of the n-th chat request.
    func prompt(_ index: Int = 0) throws -> String {
        let body = try #require(try JSONSerialization.jsonObject(with: chatRequests()[index].body) as? [String: Any])
        let messages = try #require(body["messages"] as? [[String: String]])
        return messages.last?["content"] ?? ""
    }
}

final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [FAQProgress] = []

    func record(_ progress: FAQProgress) { lock.withLock { events.append(progress) } }
    var all: [FAQProgress] { lock.withLock { events } }
    var last: FAQProgress? { all.last }
    /// The answer a generation ended with, if it ended with one.
    var finished: FAQAnswer? {
        if case .finished(let answer)? = last { answer } else { nil }
    }
    var deltas: Int { all.filter { if case .delta = $0 { true } else { false } }.count }
}

/// A paper-like text long enough to count as a real extraction.
let paperLines = (1...60).map { "Section line \($0): we study emergent protocols between two agents, with results in Table \($0 % 7)." }

@Suite("FAQ generation")
struct FAQGeneratorTests {
    @Test("the PDF is downloaded and read by pdftotext, the answer streams, and both are cached")
    func fromPDF() async throws {
        let routes = ScriptedRoutes()
        routes.on("/pdf/2604.21935v1", .init(status: 200, headers: [("Content-Type", "application/pdf")], body: TestPDF.make(lines: paperLines)))
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks(["## Q1. What problem", "\n\nAgents ", "talk."])))
        let fixture = try await FAQFixture(routes: routes)
        defer { Task { await fixture.server.stop() } }

        let log = await fixture.generate()
        let answer = try #require(log.finished, "expected a finished answer, got \(String(describing: log.last))")
        #expect(answer.text == "## Q1. What problem\n\nAgents talk.")
        #expect(answer.source == .pdf)
        #expect(answer.isComplete)
        #expect(log.all.contains(.streaming(source: .pdf, model: "test-model")))
        #expect(log.deltas == 3)
        #expect(try fixture.prompt().contains("Section line 42: we study emergent protocols"))
        #expect(try fixture.prompt().contains("Q6. Summarise the paper's main content."))
        #expect(try fixture.store.fullText(paperID: "2604.21935", version: 1)?.source == .pdf)
        let cached = try fixture.store.faq(paperID: "2604.21935", lang: .en)
        #expect(cached?.text == answer.text)

        // Asked again: the cached answer, with no download and no LLM request.
        let requestsBefore = fixture.server.requests.count
        let again = await fixture.generate()
        #expect(again.all == [.finished(cached!)])
        #expect(fixture.server.requests.count == requestsBefore)

        // Regenerated: the LLM is asked again, the full text is not downloaded again.
        _ = await fixture.generate(refresh: true)
        #expect(fixture.chatRequests().count == 2)
        #expect(fixture.server.requests.filter { $0.path.hasPrefix("/pdf/") }.count == 1)
    }

    @Test("a PDF that is not a PDF falls back to the HTML version, then to the abstract")
    func fallbacks() async throws {
        let routes = ScriptedRoutes()
        routes.on("/pdf/", .init(status: 200, contentType: "text/html", "<html><body>Access Denied</body></html>"))
        routes.on("/html/2604.21935v1", .init(status: 200, contentType: "text/html", """
            <html><head><title>x</title><script>var a = 1;</script></head><body><nav>menu</nav>
            <h1>Math Takes Two</h1>\(paperLines.map { "<p>\($0) with <math alttext=\"x_1\"><mi>x</mi></math> &amp; more</p>" }.joined())
            </body></html>
            """))
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks(["answer"])))
        let fixture = try await FAQFixture(routes: routes)
        defer { Task { await fixture.server.stop() } }
        let log = await fixture.generate()
        let answer = try #require(log.finished, "expected a finished answer, got \(String(describing: log.last))")
        #expect(answer.source == .html)
        let prompt = try fixture.prompt()
        #expect(prompt.contains("Section line 7: we study emergent protocols between two agents, with results in Table 0. with $x_1$ & more"))
        #expect(!prompt.contains("var a = 1"))
        #expect(!prompt.contains("menu"))

        let bare = ScriptedRoutes()
        bare.on("/v1/chat/completions", .streamed(SSEBody.chunks(["from the abstract"])))
        let second = try await FAQFixture(routes: bare)
        defer { Task { await second.server.stop() } }
        let abstractLog = await second.generate()
        let fromAbstract = try #require(abstractLog.finished, "expected a finished answer, got \(String(describing: abstractLog.last))")
        #expect(fromAbstract.source == .abstract)
        #expect(try second.prompt().contains(second.paper.abstract.prefix(40)))
        #expect(try second.store.fullText(paperID: second.paper.id, version: 1) == nil)
    }

    @Test("a dropped stream keeps the partial answer as incomplete, and a regeneration completes it")
    func partialKept() async throws {
        let routes = ScriptedRoutes()
        // The drop comes 400 ms after the last chunk: a client given no time to read the chunks before
        // the connection ends never sees them, and rightly asks again (seen once with the whole suite
        // and the local LLM on two cores).
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks(["## Q1", "\nhalf"], finish: nil, done: false), interval: .milliseconds(400), then: .close),
                  .streamed(SSEBody.chunks(["## Q1", "\nwhole"])))
        let fixture = try await FAQFixture(routes: routes)
        defer { Task { await fixture.server.stop() } }
        let log = await fixture.generate()
        guard case .failed(let message, let partial) = log.last else {
            Issue.record("expected a failure, got \(String(describing: log.last))")
            return
        }
        #expect(message == "the connection to the LLM server dropped mid-answer (the partial answer is kept)")
        #expect(partial?.text == "## Q1\nhalf")
        let cached = try #require(try fixture.store.faq(paperID: fixture.paper.id, lang: .en))
        #expect(cached.status == .incomplete)
        #expect(cached.text == "## Q1\nhalf")

        _ = await fixture.generate()
        let finished = try #require(try fixture.store.faq(paperID: fixture.paper.id, lang: .en))
        #expect(finished.status == .complete)
        #expect(finished.text == "## Q1\nwhole")
    }

    @Test("a failed regeneration keeps the earlier complete answer")
    func regenerationFailureKeepsAnswer() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks(["good answer"])),
                  .streamed(SSEBody.chunks(["bro"], finish: nil, done: false), interval: .milliseconds(20), then: .close))
        let fixture = try await FAQFixture(routes: routes)
        defer { Task { await fixture.server.stop() } }
        _ = await fixture.generate()
        let log = await fixture.generate(refresh: true)
        guard case .failed(let message, nil) = log.last else {
            Issue.record("expected a failure without a partial, got \(String(describing: log.last))")
            return
        }
        #expect(message.hasSuffix("(the earlier answer is kept)"))
        #expect(try fixture.store.faq(paperID: fixture.paper.id, lang: .en)?.text == "good answer")
    }

    @Test("a partial answer never replaces a complete one, nor a longer partial one")
    func saveGuard() throws {
        let store = try makeTemporaryStore()
        func answer(_ status: FAQAnswer.Status, _ text: String) -> FAQAnswer {
            FAQAnswer(paperID: "2604.00001", version: 1, lang: .en, model: "m", promptVersion: 1, status: status, source: .pdf, text: text)
        }
        try store.save(answer(.incomplete, "a longer partial"))
        try store.save(answer(.incomplete, "short"))
        #expect(try store.faq(paperID: "2604.00001", lang: .en)?.text == "a longer partial")
        try store.save(answer(.complete, "done"))
        try store.save(answer(.incomplete, "a partial from a racing generation, longer"))
        #expect(try store.faq(paperID: "2604.00001", lang: .en)?.text == "done")
        try store.save(answer(.complete, "regenerated"))
        #expect(try store.faq(paperID: "2604.00001", lang: .en)?.text == "regenerated")
    }

    @Test("cancelled mid-stream: stopped, with the partial answer kept")
    func cancelled() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks((0..<50).map { "w\($0) " }), interval: .milliseconds(200)))
        let fixture = try await FAQFixture(routes: routes)
        defer { Task { await fixture.server.stop() } }
        let log = ProgressLog()
        let generator = fixture.generator
        let task = Task { await generator.generate(paperID: "2604.21935", lang: .en, refresh: false) { log.record($0) } }
        while log.deltas < 3 { try await Task.sleep(for: .milliseconds(20)) }
        task.cancel()
        await task.value
        guard case .stopped(let partial?) = log.last else {
            Issue.record("expected stopped with a partial answer, got \(String(describing: log.last))")
            return
        }
        #expect(partial.text.hasPrefix("w0 w1 w2"))
        #expect(try fixture.store.faq(paperID: "2604.21935", lang: .en)?.status == .incomplete)
    }

    @Test("the answer is keyed by model and language; another model's answer still shows")
    func keys() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks(["english"])), .streamed(SSEBody.chunks(["中文回答"])))
        let fixture = try await FAQFixture(routes: routes)
        defer { Task { await fixture.server.stop() } }
        _ = await fixture.generate()
        await fixture.generator.generate(paperID: fixture.paper.id, lang: .zh, refresh: false) { _ in }
        #expect(try fixture.prompt(1).contains("请回答以下问题"))
        #expect(try fixture.store.faq(paperID: fixture.paper.id, lang: .zh)?.text == "中文回答")
        #expect(try fixture.store.faq(paperID: fixture.paper.id, lang: .en)?.text == "english")
        let otherModel = FAQKey(version: 1, model: "another-model")
        #expect(try fixture.store.faq(otherModel, paperID: fixture.paper.id, lang: .en) == nil)
        #expect(try fixture.store.faq(paperID: fixture.paper.id, lang: .en, preferring: otherModel)?.model == "test-model")
    }

    @Test("a venue paper's FAQ comes from its own PDF link")
    func venuePaper() async throws {
        let routes = ScriptedRoutes()
        routes.on("/venue-pdf/paper.pdf", .init(status: 200, headers: [("Content-Type", "application/pdf")], body: TestPDF.make(lines: paperLines)))
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks(["venue answer"])))
        let fixture = try await FAQFixture(routes: routes)
        defer { Task { await fixture.server.stop() } }
        let paper = VenuePaper(sourceID: "zzzzzzzz01@OpenReview", edition: VenueEdition(venue: "ICLR", year: 2025), group: "Oral",
                               title: "A paper only at a venue", authors: ["V"], abstract: "Short.",
                               pdfURL: fixture.server.baseURL + "/venue-pdf/paper.pdf")
        _ = try fixture.store.saveVenuePapers([paper])
        let log = ProgressLog()
        await fixture.generator.generate(paperID: "zzzzzzzz01@OpenReview", lang: .en, refresh: false) { log.record($0) }
        let answer = try #require(log.finished, "expected a finished answer, got \(String(describing: log.last))")
        #expect(answer.source == .pdf)
        #expect(try fixture.prompt().contains("Paper: A paper only at a venue (ICLR.2025)"))
    }

    @Test("a paper not in the cache is one sentence")
    func unknownPaper() async throws {
        let fixture = try await FAQFixture(routes: ScriptedRoutes())
        defer { Task { await fixture.server.stop() } }
        let log = ProgressLog()
        await fixture.generator.generate(paperID: "2101.00001", lang: .en, refresh: false) { log.record($0) }
        #expect(log.all == [.failed(message: "2101.00001 is not in the cache: run `papers-tui sync --id 2101.00001` first", partial: nil)])
    }
}

@Suite("FAQ queue")
struct FAQQueueTests {
    @Test("one job per paper however often asked, at most two at once, the one asked first-in-line before the rest")
    func queue() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks(["a", "b", "c"]), interval: .milliseconds(100)))
        let fixture = try await FAQFixture(routes: routes)
        defer { Task { await fixture.server.stop() } }
        let ids = try fixture.store.page(ListQuery(scope: .day("2026-04-27")), offset: 0, limit: 5).map(\.paper.id)
        let started = StartOrder()
        let queue = FAQQueue(generator: fixture.generator, concurrency: 2) { job, progress in
            if case .streaming = progress { started.add(job.paperID) }
            if case .finished = progress { started.finish() }
            if case .streaming = progress { started.checkConcurrency(limit: 2) }
        }
        for id in ids { await queue.enqueue(FAQJob(paperID: id, lang: .en)) }
        await queue.enqueue(FAQJob(paperID: ids[0], lang: .en))
        await queue.enqueue(FAQJob(paperID: ids[4], lang: .en), first: true)
        await queue.waitUntilIdle()
        #expect(fixture.chatRequests().count == 5)
        #expect(Set(started.order) == Set(ids))
        #expect(Array(started.order.prefix(3)).contains(ids[4]))
        #expect(started.order.last != ids[4])
        #expect(!started.exceeded)
        for id in ids { #expect(try fixture.store.faq(paperID: id, lang: .en)?.isComplete == true) }
    }
}

final class StartOrder: @unchecked Sendable {
    private let lock = NSLock()
    private var started: [String] = []
    private var running = 0
    private var over = false

    func add(_ id: String) { lock.withLock { started.append(id); running += 1 } }
    func finish() { lock.withLock { running -= 1 } }
    func checkConcurrency(limit: Int) { lock.withLock { if running > limit { over = true } } }
    var order: [String] { lock.withLock { started } }
    var exceeded: Bool { lock.withLock { over } }
}

@Suite("FAQ prompt and text extraction")
struct FAQPromptTests {
    @Test("the text is cut to the budget: references go first, then the end, with a marker")
    func fit() {
        let body = (1...200).map { "Body sentence number \($0) about the method." }
        let references = ["References"] + (1...200).map { "[\($0)] A. Author. A cited paper. 2020." }
        let text = (body + references).joined(separator: "\n")
        let withoutReferences = FAQPrompt.fit(text, tokens: FAQPrompt.estimatedTokens(body.joined(separator: "\n")) + 10)
        #expect(withoutReferences.contains("Body sentence number 200"))
        #expect(!withoutReferences.contains("A cited paper"))
        let cut = FAQPrompt.fit(text, tokens: 300)
        #expect(FAQPrompt.estimatedTokens(cut) <= 300)
        #expect(cut.hasSuffix("[… the rest of the paper is cut to fit the context …]"))
        #expect(cut.hasPrefix("Body sentence number 1 about"))
        #expect(FAQPrompt.fit("short\u{0C}text", tokens: 100) == "short text")
    }

    @Test("both languages carry all six questions")
    func questions() {
        for lang in FAQLanguage.allCases {
            let messages = FAQPrompt.messages(title: "T", id: "2604.21935v1", authors: ["A"], text: FullText(source: .pdf, text: "x"),
                                              lang: lang, contextTokens: 4000)
            #expect(messages.count == 2)
            for question in FAQPrompt.questions(lang) { #expect(messages[1].content.contains(question)) }
        }
    }

    @Test("HTML: entities decoded, blocks on their own lines, math as TeX")
    func html() {
        let text = HTMLText.extract("<div><p>A &lt;b&gt; &#233;t&#xE9;</p><p>x <math alttext=\"\\alpha\"><mi>α</mi></math> y</p><style>p{}</style></div>")
        #expect(text == "A <b> été\n\nx $\\alpha$ y")
    }
}
