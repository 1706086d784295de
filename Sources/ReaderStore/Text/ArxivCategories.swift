/// Knowledge of arXiv's category names.
public enum ArxivCategories {
    /// The archives whose OAI-PMH sets live under the `physics` group.
    static let physicsArchives: Set<String> = [
        "astro-ph", "cond-mat", "gr-qc", "hep-ex", "hep-lat", "hep-ph", "hep-th", "math-ph", "nlin",
        "nucl-ex", "nucl-th", "physics", "quant-ph",
    ]

    /// `cs.AI`, `hep-th`, `astro-ph.GA`, `q-bio.NC`; not ACM/MSC codes such as `I.2.6` or `68T05`.
    public static func looksLikeArxivCategory(_ text: String) -> Bool {
        guard let first = text.first, first.isLowercase else { return false }
        return text.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." } && text.count <= 20
    }

    /// The archive of a category: `cs` for `cs.AI`, `hep-th` for `hep-th`.
    public static func archive(of category: String) -> String {
        category.split(separator: ".", maxSplits: 1).first.map(String.init) ?? category
    }

    /// The OAI-PMH set for a category or archive: `cs:cs:AI`, `cs`, `physics:hep-th`, `physics:astro-ph:GA`.
    public static func oaiSet(for category: String) -> String {
        let parts = category.split(separator: ".", maxSplits: 1).map(String.init)
        let archive = parts[0]
        let group = physicsArchives.contains(archive) ? "physics" : archive
        var set = group == archive ? archive : "\(group):\(archive)"
        if parts.count == 2 { set += group == archive ? ":\(archive):\(parts[1])" : ":\(parts[1])" }
        return set
    }
}
