import Foundation
import Testing
import TestSupport

/// A venue paper's PDF link is fetched for its FAQ only over http(s) from the venue's own sites (or
/// arXiv's configured web root), and a failure names the host that was asked.
@Suite("real use: where a venue paper's full text may come from")
struct RealUseFullTextHostTests {
    /// A cache with one NeurIPS.2018 paper per PDF link, and an LLM on `server` that answers at once.
    static func venueCache(server: LoopbackServer, pdfLinks: [String]) async throws -> BinaryRunner {
        var cli = try BinaryRunner(server: server)
        try FAQPaper.writeConfig(cli)
        cli.environment["OPENAI_BASE_URL"] = server.baseURL + "/v1"
        let lines = pdfLinks.enumerated().map { index, link in
            #"{"id": "\#(12000 + index)", "title": "Venue paper \#(index)", "author": "A Author", "abstract": "Short.", "#
                + #""status": "Poster", "pdf": "\#(link)"}"#
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("venue-\(UUID().uuidString).jsonl")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let imported = try await cli.run(["venues", "import", file.path, "--edition", "NeurIPS.2018"])
        #expect(imported.status == 0, "\(imported.stderr)")
        return cli
    }

    static func note(_ cli: BinaryRunner, _ id: String) async throws -> String {
        let result = try await cli.run(["faq", id])
        #expect(result.status == 0, "faq \(id): \(result.stderr)")
        let shown = try #require(try await cli.json(["show", id, "--json"]) as? [String: Any])
        let faq = try #require(shown["faq"] as? [String: Any])
        #expect(faq["source"] as? String == "abstract")
        return faq["note"] as? String ?? ""
    }

    @Test("http+unix, file and another loopback server are never asked; the FAQ comes from the abstract and says why")
    func refusedLinks() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks(["## Q1", "\nfrom the abstract"])))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        let privateServer = try await LoopbackServer.start { _ in .init(status: 200, contentType: "application/pdf", "%PDF-1.4 secret") }
        defer { Task { await privateServer.stop() } }
        let socket = FileManager.default.temporaryDirectory.appendingPathComponent("sock-\(UUID().uuidString)").path
        let cli = try await Self.venueCache(server: server, pdfLinks: [
            "http+unix://\(socket.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")/paper.pdf",
            "file:///etc/passwd",
            privateServer.baseURL + "/latest/meta-data/paper.pdf",
            "https://openreview.net@127.0.0.1:\(privateServer.port)/paper.pdf",
        ])
        #expect(try await Self.note(cli, "12000@NeurIPS.2018").contains("PDF: not fetched: links with http+unix: are not fetched, only http(s)"))
        #expect(try await Self.note(cli, "12001@NeurIPS.2018").contains("PDF: not fetched: links with file: are not fetched"))
        let other = try await Self.note(cli, "12002@NeurIPS.2018")
        #expect(other.contains("PDF: not fetched: 127.0.0.1 is not a site of NeurIPS"), "\(other)")
        #expect(try await Self.note(cli, "12003@NeurIPS.2018").contains("PDF: not fetched: links with a user name are not fetched"))
        #expect(privateServer.requests.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: socket))
        #expect(server.requests.filter { $0.path.hasSuffix(".pdf") }.isEmpty)
    }

    @Test("a venue PDF on the configured web root is fetched, and its failure names that host, not arXiv")
    func failureNamesHost() async throws {
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks(["## Q1", "\nfrom the abstract"])))
        routes.on("/proceedings/paper.pdf", .init(status: 404, contentType: "text/plain", "gone"))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        let cli = try await Self.venueCache(server: server, pdfLinks: [server.baseURL + "/proceedings/paper.pdf"])
        let note = try await Self.note(cli, "12000@NeurIPS.2018")
        #expect(note.contains("PDF: 127.0.0.1 answered 404"), "\(note)")
        #expect(!note.contains("arXiv"))
        #expect(server.requests.contains { $0.path == "/proceedings/paper.pdf" })
    }

    @Test("a redirect from an allowed site to another address is not followed, and the note says where it led")
    func redirectChecked() async throws {
        let privateServer = try await LoopbackServer.start { _ in .init(status: 200, contentType: "application/pdf", "%PDF-1.4 secret") }
        defer { Task { await privateServer.stop() } }
        let routes = ScriptedRoutes()
        routes.on("/v1/chat/completions", .streamed(SSEBody.chunks(["## Q1", "\nfrom the abstract"])))
        routes.on("/proceedings/moved.pdf", .init(status: 302, headers: [("Location", privateServer.baseURL + "/internal.pdf")]))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        let cli = try await Self.venueCache(server: server, pdfLinks: [server.baseURL + "/proceedings/moved.pdf"])
        let note = try await Self.note(cli, "12000@NeurIPS.2018")
        #expect(note.contains("redirected elsewhere, not fetched: 127.0.0.1 is not a site of NeurIPS"), "\(note)")
        #expect(server.requests.contains { $0.path == "/proceedings/moved.pdf" })
        #expect(privateServer.requests.isEmpty)
    }
}
