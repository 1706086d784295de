/// The order groups are listed in: orals, spotlights, posters, then any other (workshops, findings),
/// as conferences present them, whatever order the source listed its papers in.
enum VenueGroupOrder {
    private static let leading = ["oral", "spotlight", "poster"]

    /// A group's rank in SQL, for a column holding group names (the lists and the editions' summaries
    /// both sort by it): 0 for a group named like `Oral` or `Accept (oral)`, 1 for spotlights, 2 for
    /// posters, 3 otherwise. LIKE ignores ASCII case.
    static func rankSQL(_ column: String) -> String {
        let cases = leading.enumerated().map { "WHEN \(column) LIKE '%\($0.element)%' THEN \($0.offset)" }
        return "CASE " + cases.joined(separator: " ") + " ELSE \(leading.count) END"
    }
}
