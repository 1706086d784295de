import Foundation

/// Reading an arXiv id from what people and feeds write.
extension ArxivID {
    /// Accepts `2411.18123`, `2411.18123v2`, `arXiv:2411.18123`, `hep-th/9901001`, `math.CA/0611800v2`,
    /// `2401.6769` (a post-2015 id written with 4 digits), `oai:arXiv.org:2411.18123v1`,
    /// and arxiv.org (or export.arxiv.org) abs/pdf/html URLs, with or without version and `.pdf`.
    public init?(parsing raw: String) {
        var text = TextCleaning.trimmed(raw)
        text = Self.strippingURL(text)
        for prefix in ["oai:arXiv.org:", "arXiv:", "arxiv:", "ARXIV:"] where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
        }
        if text.hasSuffix(".pdf") { text.removeLast(4) }
        text = text.withoutTrailingSlashes
        guard let parsed = Self.parseBare(text) else { return nil }
        self.init(trusted: parsed.id, version: parsed.version)
    }

    private static func strippingURL(_ text: String) -> String {
        guard let schemeRange = TextCleaning.range(of: "://", in: text) else { return text }
        let afterScheme = text[schemeRange.upperBound...]
        guard let slash = afterScheme.firstIndex(of: "/") else { return text }
        let host = afterScheme[..<slash].lowercased()
        guard host == "arxiv.org" || host.hasSuffix(".arxiv.org") else { return text }
        var path = String(afterScheme[afterScheme.index(after: slash)...])
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<query]) }
        for kind in ["abs/", "pdf/", "html/", "format/", "ps/"] where path.hasPrefix(kind) {
            return String(path.dropFirst(kind.count))
        }
        return path
    }

    private static func parseBare(_ text: String) -> (id: String, version: Int?)? {
        var body = Substring(text)
        var version: Int?
        if let v = body.lastIndex(of: "v"), v != body.startIndex,
           let number = Int(body[body.index(after: v)...]), number > 0,
           body[body.index(before: v)].isNumber {
            version = number
            body = body[..<v]
        }
        if let id = newStyle(body) { return (id, version) }
        if let id = oldStyle(body) { return (id, version) }
        return nil
    }

    private static func newStyle(_ body: Substring) -> String? {
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCIIDigit),
              (4...5).contains(parts[1].count), parts[1].allSatisfy(\.isASCIIDigit),
              let yymm = Int(parts[0]), (1...12).contains(yymm % 100) else { return nil }
        var number = String(parts[1])
        if yymm >= 1501, number.count == 4 { number = "0" + number }
        if yymm < 1501, number.count == 5 { return nil }
        return "\(parts[0]).\(number)"
    }

    private static func oldStyle(_ body: Substring) -> String? {
        guard let slash = body.firstIndex(of: "/") else { return nil }
        var archive = body[..<slash]
        let number = body[body.index(after: slash)...]
        guard number.count == 7, number.allSatisfy(\.isASCIIDigit) else { return nil }
        if let dot = archive.firstIndex(of: ".") {
            let subject = archive[archive.index(after: dot)...]
            guard subject.count == 2, subject.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
            archive = archive[..<dot]
        }
        guard !archive.isEmpty, archive.allSatisfy({ ($0.isASCII && $0.isLowercase) || $0 == "-" }),
              archive.first != "-", archive.last != "-" else { return nil }
        return "\(archive)/\(number)"
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
