import Foundation
import Testing
import TestSupport

/// The sample paper every FAQ test asks about, and a PDF of it served over loopback.
enum FAQPaper {
    static let id = "2604.21935"

    static func pdf() -> Data {
        let sentences = """
            Math Takes Two: A test for emergent mathematical reasoning in communication.
            Introduction. Language models are good at mathematics they have read about, but can two agents invent it?
            We propose a benchmark in which two agents must develop a shared symbolic protocol to solve numeric tasks.
            Method. Agents exchange discrete messages; the listener must reconstruct quantities from the speaker's symbols.
            Experiments. We evaluate five model families on 1,200 episodes and report accuracy and protocol compositionality.
            Results. Accuracy rises from 31 percent to 78 percent when agents may reuse earlier symbols.
            Conclusion. Emergent numeracy is possible but fragile; future work should study larger populations.
            """.split(separator: "\n").map(String.init)
        return TestPDF.make(lines: Array(repeating: sentences, count: 6).flatMap { $0 })
    }

    /// A config for small local models: a short context and answer, no randomness.
    static func writeConfig(_ cli: BinaryRunner, extra: String = "") throws {
        let folder = URL(fileURLWithPath: try #require(cli.environment["XDG_CONFIG_HOME"])).appendingPathComponent("papers-tui")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = """
            [llm]
            model = "smollm2"
            context_tokens = 1500
            max_tokens = 160
            temperature = 0
            retries = 1
            \(extra)
            """
        try config.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
    }

    static func sampleCache(server: LoopbackServer?) async throws -> BinaryRunner {
        let cli = try BinaryRunner(server: server)
        let loaded = try await cli.run(["import", "--sample"])
        #expect(loaded.status == 0)
        try writeConfig(cli)
        return cli
    }
}

@Suite("FAQ from a real local model (llama.cpp + SmolLM2, started by scripts/test)")
struct RealModelFAQTests {
    @Test("f streams an answer from the PDF, caches it, and shows it again with the server gone")
    func realModel() async throws {
        let llm = try #require(ProcessInfo.processInfo.environment["PAPERS_TUI_TEST_LLM_URL"].flatMap { $0.isEmpty ? nil : $0 },
                               "PAPERS_TUI_TEST_LLM_URL is not set: run the suite with scripts/test, which starts the local LLM server")
        let routes = ScriptedRoutes()
        routes.on("/pdf/\(FAQPaper.id)v1", .init(status: 200, headers: [("Content-Type", "application/pdf")], body: FAQPaper.pdf()))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        var cli = try await FAQPaper.sampleCache(server: server)
        cli.environment["OPENAI_BASE_URL"] = llm

        let (result, growths) = try await cli.runCountingOutputGrowth(["faq", FAQPaper.id])
        #expect(result.status == 0, "faq failed: \(result.stderr)")
        #expect(result.stderr.contains("smollm2 answering from the PDF"))
        let answer = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(answer.count > 40)
        #expect(growths >= 3, "the answer should arrive in pieces, not at once")
        #expect(!answer.unicodeScalars.contains { $0.value == 0x1B })

        let shown = try #require(try await cli.json(["show", FAQPaper.id, "--json"]) as? [String: Any])
        let faq = try #require(shown["faq"] as? [String: Any])
        #expect(faq["status"] as? String == "complete")
        #expect(faq["source"] as? String == "pdf")
        #expect(faq["model"] as? String == "smollm2")
        #expect(faq["lang"] as? String == "en")
        #expect((faq["text"] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines) == answer)

        // The server gone (a closed port): the cached answer still shows, at once.
        var offline = cli
        offline.environment["OPENAI_BASE_URL"] = "http://127.0.0.1:1/v1"
        offline.environment["PAPERS_TUI_ARXIV_WEB_URL"] = "http://127.0.0.1:1"
        let again = try await offline.run(["faq", FAQPaper.id])
        #expect(again.status == 0, "cached faq failed: \(again.stderr)")
        #expect(again.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == answer)
        #expect(again.stderr.contains("cached answer (smollm2, from the PDF)"))
    }
}

@Suite("FAQ faults through the binary")
struct FAQFaultTests {
    @Test("401: one sentence on stderr, exit 1, and the key appears nowhere in the cache")
    func rejectedKey() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .init(status: 401, headers: [("Content-Type", "application/json")],
                                                body: try Fixtures.data("llm/openai_error_401_invalid_api_key.json")))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        var cli = try await FAQPaper.sampleCache(server: server)
        cli.environment["OPENAI_BASE_URL"] = server.baseURL + "/v1"
        cli.environment["OPENAI_API_KEY"] = "sk-e2e-secret-4242"
        let result = try await cli.run(["faq", FAQPaper.id])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.last == "papers-tui: the API key was rejected (401: Incorrect API key provided: sk-wrong****-key. You can find your API key at https://platform.openai.com/account/api-keys.): set OPENAI_API_KEY")
        #expect(server.requests.last?.header("Authorization") == "Bearer sk-e2e-secret-4242")
        #expect(!result.stderr.contains("sk-e2e-secret-4242"))
        for suffix in ["", "-wal"] {
            let bytes = FileManager.default.contents(atPath: cli.database + suffix) ?? Data()
            #expect(bytes.range(of: Data("sk-e2e-secret-4242".utf8)) == nil)
        }
    }

    @Test("a stream dropped mid-answer: the partial text is printed and kept as incomplete, and the error says how to finish")
    func dropped() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks(["## Q1. Problem", "\nPartial"], finish: nil, done: false), interval: .milliseconds(20), then: .close))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        var cli = try await FAQPaper.sampleCache(server: server)
        cli.environment["OPENAI_BASE_URL"] = server.baseURL + "/v1"
        let result = try await cli.run(["faq", FAQPaper.id])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("## Q1. Problem\nPartial"))
        #expect(result.stderr.hasSuffix("papers-tui: the connection to the LLM server dropped mid-answer (the partial answer is kept); run `papers-tui faq 2604.21935 --refresh` to finish it\n"))
        let shown = try #require(try await cli.json(["show", FAQPaper.id, "--json"]) as? [String: Any])
        let faq = try #require(shown["faq"] as? [String: Any])
        #expect(faq["status"] as? String == "incomplete")
        #expect(faq["text"] as? String == "## Q1. Problem\nPartial")
    }

    @Test("no FAQ yet: show --json says null; a config holding a key that others can read gets a warning")
    func nullAndWarning() async throws {
        let cli = try await FAQPaper.sampleCache(server: nil)
        let shown = try #require(try await cli.json(["show", FAQPaper.id, "--json"]) as? [String: Any])
        #expect(shown["faq"] is NSNull)
        try FAQPaper.writeConfig(cli, extra: "api_key = \"sk-in-file\"")
        let configPath = try #require(cli.environment["XDG_CONFIG_HOME"]) + "/papers-tui/config.toml"
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: configPath)
        let warned = try await cli.run(["show", FAQPaper.id])
        #expect(warned.stderr.contains("holds an API key and other users can read it: run `chmod 600"))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: configPath)
        let quiet = try await cli.run(["show", FAQPaper.id])
        #expect(quiet.stderr.isEmpty)
    }

    @Test("prefetch: --date and --category generate every missing FAQ, with progress, in a bounded queue")
    func prefetch() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks(["## Q1", "\nok"])))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        var cli = try await FAQPaper.sampleCache(server: server)
        cli.environment["OPENAI_BASE_URL"] = server.baseURL + "/v1"
        let result = try await cli.run(["faq", "--date", "2026-04-27", "--category", "cs.AI"])
        #expect(result.status == 0, "prefetch failed: \(result.stderr)")
        #expect(result.stdout.contains("FAQ: 3 of 3 ready (en)"))
        #expect(server.requests.filter { $0.path.hasSuffix("/chat/completions") }.count == 3)
        let again = try await cli.run(["faq", "--date", "2026-04-27", "--category", "cs.AI"])
        #expect(again.status == 0)
        #expect(server.requests.filter { $0.path.hasSuffix("/chat/completions") }.count == 3)
    }
}

@Suite("the FAQ pane in a real terminal (tmux)")
struct FAQTerminalTests {
    @Test("f fills the pane token by token while j/k still move the list; Esc stops and keeps the partial answer")
    func streamInPane() async throws {
        let routes = ScriptedRoutes()
        let words = (1...200).map { "word\($0)" }
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks(["## Q1. What problem?\n"] + words.map { $0 + " " }),
                                                    interval: .milliseconds(60)))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        var cli = try await FAQPaper.sampleCache(server: server)
        cli.environment["OPENAI_BASE_URL"] = server.baseURL + "/v1"
        try await TmuxSession.with(try cli.readerCommand(), width: 150, height: 40) { tmux in
            try await tmux.waitFor(text: "Math Takes Two")
            try await tmux.send("f")
            let early = try await tmux.waitFor(text: "word3")
            #expect(early.contains("smollm2 is writing"))
            #expect(early.contains("FAQ ⟳ 1"))
            // j moves to the next paper: its abstract shows while the first FAQ keeps streaming.
            try await tmux.send("j")
            try await tmux.waitFor(text: "arXiv:2604.21952v1")
            try await tmux.send("k")
            let later = try await tmux.waitFor(text: "arXiv:2604.21935v1")
            #expect(later.contains("is writing"))
            try await tmux.waitFor(text: "word40")
            try await tmux.send("Escape")
            let stopped = try await tmux.waitFor(text: "stopped: the partial answer is kept")
            #expect(!stopped.contains("word200"))
            #expect(!stopped.contains("FAQ ⟳"))
            try await tmux.send("q")
        }
        let shown = try #require(try await cli.json(["show", FAQPaper.id, "--json"]) as? [String: Any])
        let faq = try #require(shown["faq"] as? [String: Any])
        #expect(faq["status"] as? String == "incomplete")
        #expect((faq["text"] as? String)?.contains("word40 ") == true)
        #expect((faq["text"] as? String)?.contains("word200") == false)
    }
}
