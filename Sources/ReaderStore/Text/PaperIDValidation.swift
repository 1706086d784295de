/// The ids the cache accepts as keys. An id is printed, put into URLs, file names and exports, and
/// matched by users, so only the characters an arXiv or venue id can have are let in: a feed or a
/// venue file that carries anything else (control characters, escape sequences, spaces) is refused.
public enum PaperIDValidation {
    /// The longest venue source id kept (OpenReview forum ids are 10 characters, ACL ones about 20).
    static let maximumSourceIDLength = 64

    /// `2411.18123`, `hep-th/9901001`, `0JzWiigkUy@OpenReview`, `11953@NeurIPS.2018`.
    public static func isStorable(_ id: String) -> Bool {
        if let arxiv = ArxivID(parsing: id), arxiv.value == id { return true }
        let parts = id.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, isSourceID(parts[0]) else { return false }
        let place = String(parts[1])
        return place == "OpenReview" || VenueEdition(parsing: place)?.description == place
    }

    /// A venue's own id for a paper: ASCII letters, digits, `.`, `_` and `-`.
    public static func isSourceID(_ text: Substring) -> Bool {
        (1...maximumSourceIDLength).contains(text.utf8.count)
            && text.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == 0x2E || byte == 0x5F || byte == 0x2D
            }
    }
}
