import Foundation

/// What a user may paste to name a paper: an arXiv id in any form, or a URL from arXiv, its mirrors
/// and readers (export.arxiv.org, ar5iv, alphaxiv, Hugging Face papers, papers.cool), or OpenReview.
public enum PaperReference: Hashable, Sendable, CustomStringConvertible {
    case arxiv(ArxivID)
    /// An OpenReview forum id (`papers.cool/venue/ID@OpenReview`, `openreview.net/forum?id=ID`).
    case openReview(String)

    public var description: String {
        switch self {
        case .arxiv(let id): id.versioned
        case .openReview(let forum): "\(forum)@OpenReview"
        }
    }

    /// The paper's id in the cache: `2411.18123`, `abc123@OpenReview`.
    public var paperID: String {
        switch self {
        case .arxiv(let id): id.value
        case .openReview(let forum): "\(forum)@OpenReview"
        }
    }

    /// The ids of the papers `text` names when it is paper references and nothing else (what `:` and
    /// `papers-tui open` take); nil when it holds any other word, or none.
    public static func ids(alone text: String) -> [String]? {
        let (references, unrecognised) = all(in: text)
        guard unrecognised.isEmpty, !references.isEmpty else { return nil }
        // `2411.18123` and `2411.18123v2` are one paper.
        var ids: [String] = []
        for id in references.map(\.paperID) where !ids.contains(id) { ids.append(id) }
        return ids
    }

    /// The text expected, for messages about input that is none of these.
    public static let expected = "an arXiv id (2411.18123, arXiv:2411.18123v2, hep-th/9901001) or a paper URL "
        + "(arxiv.org, alphaxiv, ar5iv, huggingface.co/papers, papers.cool, openreview.net)"

    /// Every reference in `text`: several may be separated by spaces, commas or newlines.
    public static func all(in text: String) -> (references: [PaperReference], unrecognised: [String]) {
        var references: [PaperReference] = []
        var unrecognised: [String] = []
        for piece in text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" }) {
            let token = piece.trimmingCharacters(in: CharacterSet(charactersIn: "<>()[]\"'"))
            guard !token.isEmpty else { continue }
            if let reference = PaperReference(parsing: token) {
                if !references.contains(reference) { references.append(reference) }
            } else {
                unrecognised.append(token)
            }
        }
        return (references, unrecognised)
    }

    public init?(parsing raw: String) {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let url = Self.url(text), let reference = Self.fromURL(url) {
            self = reference
        } else if let id = ArxivID(parsing: text) {
            self = .arxiv(id)
        } else if text.hasSuffix("@OpenReview"), let forum = Self.forumID(String(text.dropLast("@OpenReview".count))) {
            self = .openReview(forum)
        } else {
            return nil
        }
    }

    /// A URL, with or without its scheme (`arxiv.org/abs/...` pasted bare counts).
    private static func url(_ text: String) -> URLComponents? {
        let withScheme = text.contains("://") ? text : "https://" + text
        guard let components = URLComponents(string: withScheme), let host = components.host, host.contains(".") else { return nil }
        return components
    }

    private static func fromURL(_ url: URLComponents) -> PaperReference? {
        let host = (url.host ?? "").lowercased().replacingOccurrences(of: "www.", with: "")
        let parts = url.path.split(separator: "/").map(String.init)
        let last = parts.last ?? ""
        func arxiv(_ candidate: String?) -> PaperReference? {
            candidate.flatMap { ArxivID(parsing: $0) }.map { .arxiv($0) }
        }
        switch host {
        case "arxiv.org", "export.arxiv.org", "browse.arxiv.org", "ar5iv.org", "ar5iv.labs.arxiv.org",
             "alphaxiv.org", "arxiv-sanity-lite.com":
            // /abs/ID, /pdf/ID.pdf, /html/ID, /overview/ID; old-style ids have a slash of their own.
            guard parts.count >= 2 else { return nil }
            return arxiv(parts.dropFirst().joined(separator: "/"))
        case "huggingface.co":
            guard parts.first == "papers", parts.count >= 2 else { return nil }
            return arxiv(parts[1])
        case "papers.cool":
            guard parts.count >= 2 else { return nil }
            if parts[0] == "arxiv" { return arxiv(parts.dropFirst().joined(separator: "/")) }
            if parts[0] == "venue", last.hasSuffix("@OpenReview") {
                return forumID(String(last.dropLast("@OpenReview".count))).map { .openReview($0) }
            }
            return nil
        case "openreview.net":
            guard ["forum", "pdf"].contains(parts.first ?? "") else { return nil }
            let id = url.queryItems?.first { $0.name == "id" }?.value
            return id.flatMap(forumID).map { .openReview($0) }
        default:
            return nil
        }
    }

    /// OpenReview forum ids are short runs of letters, digits, `_` and `-`.
    private static func forumID(_ text: String) -> String? {
        guard (6...32).contains(text.count),
              text.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || $0 == "_" || $0 == "-" }),
              text.allSatisfy(\.isASCII) else { return nil }
        return text
    }
}
