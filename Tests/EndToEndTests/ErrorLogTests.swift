import Foundation
import Testing
import TestSupport

/// A failing command prints the same one sentence as before, and writes it with its cause to the
/// error log: private, one line a record, never the API key.
@Suite("the error log")
struct ErrorLogTests {
    /// A runner whose log goes to a folder of its own, and that folder.
    static func runner(server: LoopbackServer? = nil) throws -> (BinaryRunner, folder: String) {
        var cli = try BinaryRunner(server: server)
        let folder = (cli.database as NSString).deletingLastPathComponent + "/state/papers-tui"
        cli.environment["PAPERS_TUI_STATE_DIR"] = folder
        return (cli, folder)
    }

    static func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) & 0o777
    }

    @Test("a sync that cannot connect logs its sentence, the host and the transport error, in a 0600 file in a 0700 folder")
    func refusedSync() async throws {
        var (cli, folder) = try Self.runner()
        cli.environment["PAPERS_TUI_ARXIV_RSS_URL"] = "http://127.0.0.1:1"
        let result = try await cli.run(["sync", "--category", "cs.AI"])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        let sentence = try #require(lines.first?.dropFirst("papers-tui: ".count))
        #expect(sentence.hasPrefix("cannot reach arXiv (connection refused)"))

        let log = try String(contentsOfFile: folder + "/papers-tui.log", encoding: .utf8)
        let records = log.split(separator: "\n")
        #expect(records.count == 1)
        let record = try #require(records.first)
        #expect(record.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ sync: "#, options: .regularExpression) != nil, "\(record)")
        #expect(record.contains("sync: \(sentence) | cause: "), "\(record)")
        #expect(record.contains("GET 127.0.0.1:1: "), "the host is not in: \(record)")
        #expect(record.contains("FeedError.unreachable"), "\(record)")
        #expect(try Self.mode(folder + "/papers-tui.log") == 0o600)
        #expect(try Self.mode(folder) == 0o700)
    }

    @Test("a 401 that echoes the key logs the status and the server's words with the key masked")
    func rejectedKey() async throws {
        let key = "sk-e2e-log-secret-5150"
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions",
                  .init(status: 401, contentType: "application/json",
                        #"{"error": {"message": "Incorrect API key provided: \#(key) (Authorization: Bearer \#(key))"}}"#))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        var (cli, folder) = try Self.runner(server: server)
        #expect(try await cli.run(["import", "--sample"]).status == 0)
        try FAQPaper.writeConfig(cli)
        cli.environment["OPENAI_BASE_URL"] = server.baseURL + "/v1"
        cli.environment["OPENAI_API_KEY"] = key

        let result = try await cli.run(["faq", FAQPaper.id, "--refresh"])
        #expect(result.status == 1)
        let sentence = try #require(result.stderr.split(separator: "\n").last?.dropFirst("papers-tui: ".count))
        #expect(sentence.hasPrefix("the API key was rejected (401"))

        let log = try #require(FileManager.default.contents(atPath: folder + "/papers-tui.log"))
        #expect(log.range(of: Data(key.utf8)) == nil, "the log holds the key")
        let text = String(decoding: log, as: UTF8.self)
        #expect(text.contains(" faq: "), "\(text)")
        #expect(text.contains("HTTP 401"), "\(text)")
        #expect(text.contains("POST 127.0.0.1:"), "\(text)")
        #expect(text.contains("Incorrect API key provided: [API key]"), "\(text)")
    }

    @Test("--version prints the version, then where the error log is")
    func versionNamesTheLog() async throws {
        let (cli, folder) = try Self.runner()
        let result = try await cli.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n") == ["0.1.0", "error log: \(folder)/papers-tui.log"])
        #expect(!FileManager.default.fileExists(atPath: folder), "asking for the version wrote a log")
    }

    @Test("a log folder that cannot be made changes nothing: same sentence, same exit, nothing more printed")
    func unwritableLog() async throws {
        var (cli, folder) = try Self.runner()
        // A regular file where the folder would be: not even root can make a folder inside it.
        #expect(FileManager.default.createFile(atPath: (folder as NSString).deletingLastPathComponent, contents: Data()))
        cli.environment["PAPERS_TUI_ARXIV_RSS_URL"] = "http://127.0.0.1:1"
        let result = try await cli.run(["sync", "--category", "cs.AI"])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.hasPrefix("papers-tui: cannot reach arXiv (connection refused)"))
    }
}
