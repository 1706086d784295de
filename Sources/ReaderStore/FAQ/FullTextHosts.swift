import Foundation

/// Where a paper's full text may be downloaded from: arXiv's configured web root, and for a venue
/// paper the sites its venue publishes on. A venue's PDF link comes from a file or a server that
/// anyone could have written, so it is never fetched over another scheme (`file:`, `http+unix:`) or
/// from another host (a loopback or private address, a metadata service).
public struct FullTextHosts: Sendable, Equatable {
    /// The sites each venue publishes its papers on (subdomains included), by venue name in capitals;
    /// `OPENREVIEW` is the source of `…@OpenReview` papers whatever their venue.
    static let venueSites: [String: [String]] = [
        "OPENREVIEW": ["openreview.net"],
        "ICLR": ["openreview.net", "iclr.cc"],
        "COLM": ["openreview.net"],
        "TMLR": ["openreview.net", "jmlr.org"],
        "NEURIPS": ["openreview.net", "papers.nips.cc", "proceedings.neurips.cc", "neurips.cc"],
        "NIPS": ["openreview.net", "papers.nips.cc", "proceedings.neurips.cc", "neurips.cc"],
        "ICML": ["openreview.net", "proceedings.mlr.press", "icml.cc"],
        "AISTATS": ["proceedings.mlr.press"],
        "COLT": ["proceedings.mlr.press"],
        "UAI": ["proceedings.mlr.press", "openreview.net"],
        "CORL": ["proceedings.mlr.press", "openreview.net"],
        "JMLR": ["jmlr.org"],
        "ACL": ["aclanthology.org"],
        "EMNLP": ["aclanthology.org"],
        "NAACL": ["aclanthology.org"],
        "EACL": ["aclanthology.org"],
        "AACL": ["aclanthology.org"],
        "COLING": ["aclanthology.org"],
        "CONLL": ["aclanthology.org"],
        "TACL": ["aclanthology.org"],
        "CVPR": ["openaccess.thecvf.com"],
        "ICCV": ["openaccess.thecvf.com"],
        "WACV": ["openaccess.thecvf.com"],
        "ECCV": ["ecva.net"],
        "AAAI": ["ojs.aaai.org"],
        "IJCAI": ["ijcai.org"],
    ]

    /// arXiv's web root as configured (`https://arxiv.org`, or a mirror or a test server).
    public var webBase: String
    /// The venues the paper comes from (`OpenReview`, `NeurIPS`); none for an arXiv paper.
    public var venues: [String]

    public init(webBase: String, venues: [String] = []) {
        self.webBase = webBase
        self.venues = venues
    }

    /// The venues a venue paper's id (`abc@OpenReview`, `11953@NeurIPS.2018`) and edition (`ICLR.2025`) name.
    public static func venues(paperID: String, edition: String?) -> [String] {
        let source = paperID.split(separator: "@").dropFirst().first.map(String.init)
        return [source, edition].compactMap { $0?.split(separator: ".").first.map(String.init) }
    }

    /// The sites this paper's text may come from besides arXiv (none for an arXiv paper); a venue not
    /// in the table gets every site the table knows (still only publishers' names, never an address).
    var sites: [String] {
        guard !venues.isEmpty else { return [] }
        let known = venues.compactMap { Self.venueSites[$0.uppercased()] }
        return Array(Set((known.isEmpty ? Array(Self.venueSites.values) : known).joined())).sorted()
    }

    /// Why `url` may not be fetched, or nil when it may.
    public func refusal(for url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else {
            return "the link \(url) is not a web address"
        }
        guard scheme == "http" || scheme == "https" else { return "links with \(scheme): are not fetched, only http(s)" }
        guard let host = components.host?.lowercased(), !host.isEmpty else { return "the link \(url) names no host" }
        guard components.user == nil, components.password == nil else { return "links with a user name are not fetched" }
        if let base = URLComponents(string: webBase), base.host?.lowercased() == host,
           Self.port(base) == Self.port(components) {
            return nil
        }
        guard !sites.contains(where: { host == $0 || host.hasSuffix("." + $0) }) else { return nil }
        let venue = venues.last ?? "the paper's venue"
        return "\(host) is not a site of \(venue) (venue PDFs are fetched only from the venue's own sites)"
    }

    private static func port(_ components: URLComponents) -> Int {
        components.port ?? (components.scheme?.lowercased() == "https" ? 443 : 80)
    }
}
