import Foundation

/// Papers named by id (`open`, `:` in the reader), the ones not cached fetched from arXiv first: those
/// that can be shown, and one sentence naming the rest, so one unknown id does not hide the others.
public struct PaperOpening: Sendable, Equatable {
    /// The ids that are in the cache now, in the order asked.
    public var shown: [String]
    /// What kept the others from being shown, one clause each.
    public var problems: [String]

    /// The clauses as the one sentence the user reads, or nil when every paper is shown.
    public var problem: String? { problems.isEmpty ? nil : problems.joined(separator: "; ") }

    /// `lookup` fetches arXiv ids into the cache; nil when there is no network to ask.
    public static func open(_ ids: [String], store: PaperStore,
                            lookup: (@Sendable ([ArxivID]) async throws -> Void)?) async throws -> PaperOpening {
        var problems: [String] = []
        let missing = try ids.filter { try store.paper(id: $0) == nil }
        let missingVenue = missing.filter { !Paper.isArxiv(id: $0) }
        let missingArxiv = missing.filter(Paper.isArxiv(id:))
        if !missingVenue.isEmpty {
            problems.append("not cached: \(missingVenue.joined(separator: ", ")) (venue papers come with `papers-tui venues sync EDITION`)")
        }
        if !missingArxiv.isEmpty {
            if let lookup {
                do {
                    try await lookup(missingArxiv.map { ArxivID(trusted: $0) })
                    let unknown = try missingArxiv.filter { try store.paper(id: $0) == nil }
                    if !unknown.isEmpty { problems.append("not on arXiv: \(unknown.joined(separator: ", "))") }
                } catch is CancellationError {
                    throw CancellationError()
                } catch {
                    problems.append("cannot fetch \(missingArxiv.joined(separator: ", ")) from arXiv (\(error))")
                }
            } else {
                problems.append("not in the cache: \(missingArxiv.joined(separator: ", ")) (`papers-tui open` fetches them)")
            }
        }
        let shown = try ids.filter { try store.paper(id: $0) != nil }
        return PaperOpening(shown: shown, problems: problems)
    }
}
