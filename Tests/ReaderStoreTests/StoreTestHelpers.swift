import Foundation
import TestSupport
@testable import ReaderStore

/// A fresh cache file in its own temporary folder (a real file, WAL and all, as the product uses).
func makeTemporaryStore() throws -> PaperStore {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return try PaperStore(path: folder.appendingPathComponent("papers.sqlite").path)
}

/// A fast but otherwise real polite policy: no pacing, tiny backoff, a short request timeout.
let testPolicy = HTTPPolicy(
    minimumInterval: .zero, maxRetries: 3, backoffBase: .milliseconds(20), maxRetryAfterSeconds: 5,
    requestTimeout: .seconds(15))

func fixtureText(_ relative: String) throws -> String {
    try Fixtures.text(relative)
}

extension LoopbackServer.Response {
    static func xml(_ text: String, status: Int = 200, headers: [(String, String)] = []) -> Self {
        .init(status: status, headers: [("Content-Type", "application/xml")] + headers, body: Data(text.utf8))
    }
}

/// Starts a loopback server answering from scripted routes.
func startServer(_ routes: ScriptedRoutes) async throws -> LoopbackServer {
    try await LoopbackServer.start { routes.respond($0) }
}

func makeSync(_ store: PaperStore, _ server: LoopbackServer, policy: HTTPPolicy = testPolicy) -> ArxivSync {
    let base = server.baseURL
    return ArxivSync(store: store, endpoints: ArxivEndpoints(rss: base, api: base, oai: base + "/oai"), policy: policy)
}

/// Everything the user owns or reads, to compare before and after a failure.
struct CacheSnapshot: Equatable {
    let papers: Int
    let marks: [Mark]
    let firstPage: [ListedPaper]

    init(_ store: PaperStore, day: String = "2026-04-27") throws {
        papers = try store.paperCount()
        marks = try store.allMarks()
        firstPage = try store.page(ListQuery(scope: .day(day)), offset: 0, limit: 50)
    }
}

/// A thread-safe count, for handlers that answer differently on later requests.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}

extension ListCounts {
    /// The totals alone, for tests about marks rather than a day's sections.
    var ignoringSections: ListCounts {
        var totals = self
        totals.sections = []
        return totals
    }
}

/// For the mark suites: one day of twelve papers, `2604.000NN`, every third also in cs.LG, and two times
/// a day apart to mark them at.
protocol OneDayOfMarks {}

extension OneDayOfMarks {
    var day: String { "2026-04-27" }
    var first: Date { Date(timeIntervalSince1970: 1_780_000_000) }
    var later: Date { Date(timeIntervalSince1970: 1_780_086_400) }

    func ids(_ numbers: ClosedRange<Int>) -> [String] { numbers.map { String(format: "2604.%05d", $0) } }

    func entries() -> [(Paper, AnnounceType)] {
        ids(1...12).enumerated().map { index, id in
            (StoreTests.paper(id, categories: (index + 1) % 3 == 0 ? ["cs.LG", "cs.AI"] : ["cs.AI"]), .new)
        }
    }

    func filledStore() throws -> PaperStore {
        let store = try makeTemporaryStore()
        _ = try store.saveDailyFeed(StoreTests.feed(day, entries()), categories: ["cs.AI", "cs.LG"])
        return store
    }
}
