import Foundation
import Testing
import TestSupport

@Suite("the API key stays secret")
struct SecretsTests {
    static let key = "sk-e2e-secret-7f3a9c"

    /// The command lines of a process and of every process below it, from /proc.
    static func commandLines(under pid: Int32) -> [String] {
        var lines: [String] = []
        var pending = [pid]
        while let next = pending.popLast() {
            if let raw = FileManager.default.contents(atPath: "/proc/\(next)/cmdline") {
                lines.append(String(decoding: raw.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self))
            }
            let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(next)/task")) ?? []
            for task in tasks {
                let children = (try? String(contentsOfFile: "/proc/\(next)/task/\(task)/children", encoding: .utf8)) ?? ""
                pending += children.split(separator: " ").compactMap { Int32($0) }
            }
        }
        return lines
    }

    @Test("an error body echoing the key shows it masked; the key is in no command line, cache file or output")
    func keyStaysSecret() async throws {
        let routes = ScriptedRoutes()
        routes.on("/pdf/", .init(status: 200, headers: [("Content-Type", "application/pdf")], body: FAQPaper.pdf()))
        routes.on("/v1/chat/completions",
                  .init(status: 403, contentType: "application/json",
                        #"{"error": {"message": "key \#(Self.key) is not allowed to use this model"}}"#),
                  .streamed(SSEBody.chunks((1...40).map { "s\($0) " }), interval: .milliseconds(30)))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        var cli = try await FAQPaper.sampleCache(server: server)
        cli.environment["OPENAI_BASE_URL"] = server.baseURL + "/v1"
        cli.environment["OPENAI_API_KEY"] = Self.key

        let rejected = try await cli.run(["faq", FAQPaper.id])
        #expect(rejected.status == 1)
        #expect(rejected.stderr.contains("key [API key] is not allowed to use this model"))
        #expect(!rejected.stderr.contains(Self.key))

        let streaming = try cli.start(["faq", FAQPaper.id, "--refresh"])
        var seen: [String] = []
        for _ in 0..<20 where streaming.isRunning {
            seen += Self.commandLines(under: streaming.processIdentifier)
            try await Task.sleep(for: .milliseconds(50))
        }
        streaming.waitUntilExit()
        #expect(streaming.terminationStatus == 0)
        #expect(seen.contains { $0.contains("faq \(FAQPaper.id)") }, "the running process was never seen: nothing was checked")
        #expect(seen.allSatisfy { !$0.contains(Self.key) })
        #expect(server.requests.last?.header("Authorization") == "Bearer \(Self.key)", "the key was not sent at all")

        let shown = try await cli.run(["show", FAQPaper.id, "--json"])
        #expect(shown.stdout.contains("s40"))
        #expect(!shown.stdout.contains(Self.key))
        let folder = (cli.database as NSString).deletingLastPathComponent
        for name in try FileManager.default.subpathsOfDirectory(atPath: folder) {
            let bytes = FileManager.default.contents(atPath: "\(folder)/\(name)") ?? Data()
            #expect(bytes.range(of: Data(Self.key.utf8)) == nil, "\(name) holds the key")
        }
    }
}
