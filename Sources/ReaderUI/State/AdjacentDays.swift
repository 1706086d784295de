import ReaderStore

/// The announcement days before and after a day's list, for its categories (nil: none in the cache),
/// or that they are being looked for.
public struct AdjacentDays: Sendable, Equatable {
    public let day: String
    public let categories: CategoryExpression?
    public let before: String?
    public let after: String?
    public let isFound: Bool

    public init(day: String, categories: CategoryExpression?, before: String?, after: String?) {
        self.day = day
        self.categories = categories
        self.before = before
        self.after = after
        isFound = true
    }

    /// Asked for and not found yet.
    public static func asked(day: String, categories: CategoryExpression?) -> AdjacentDays {
        AdjacentDays(day: day, categories: categories)
    }

    private init(day: String, categories: CategoryExpression?) {
        self.day = day
        self.categories = categories
        before = nil
        after = nil
        isFound = false
    }

    public func answers(day: String?, categories: CategoryExpression?) -> Bool {
        self.day == day && self.categories == categories
    }
}
