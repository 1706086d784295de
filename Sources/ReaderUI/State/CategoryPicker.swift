import ReaderStore

/// A tri-state choice in the category picker.
public enum CategoryChoice: Sendable, Equatable {
    case none, include, exclude
}

public struct CategoryPicker: Sendable, Equatable {
    public var categories: [String]
    public var choices: [String: CategoryChoice]
    /// The categories the cache lists on the day shown (the others come from arXiv's taxonomy).
    public var listed: Set<String> = []
    public var cursor = 0

    public var expression: CategoryExpression? {
        let included = categories.filter { choices[$0] == .include }
        let excluded = categories.filter { choices[$0] == .exclude }
        return included.isEmpty && excluded.isEmpty ? nil : CategoryExpression(included: included, excluded: excluded)
    }
}
