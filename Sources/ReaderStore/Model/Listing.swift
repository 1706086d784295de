import Foundation

/// How a paper came to be in a day's list for a category, as arXiv's feeds say it.
public enum AnnounceType: String, Codable, Sendable, CaseIterable {
    case new
    case cross
    case replace
    case replaceCross = "replace-cross"

    /// arXiv's order within a day: new submissions, then cross-lists, then replacements.
    public var rank: Int {
        switch self {
        case .new: 0
        case .cross: 1
        case .replace: 2
        case .replaceCross: 3
        }
    }

    public var isReplacement: Bool { self == .replace || self == .replaceCross }

    /// The type as seen from `category`: a paper announced `new` under a query of several
    /// categories is a cross-list for the categories that are not its primary one.
    public func relative(toPrimary isPrimary: Bool) -> AnnounceType {
        switch self {
        case .new, .cross: isPrimary ? .new : .cross
        case .replace, .replaceCross: isPrimary ? .replace : .replaceCross
        }
    }
}

/// One row of a day's announcement list.
public struct Listing: Hashable, Sendable {
    public var announceDate: String
    public var category: String
    public var paperID: String
    public var announceType: AnnounceType
    public var position: Int

    public init(announceDate: String, category: String, paperID: String, announceType: AnnounceType, position: Int) {
        self.announceDate = announceDate
        self.category = category
        self.paperID = paperID
        self.announceType = announceType
        self.position = position
    }
}
