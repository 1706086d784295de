/// A line being typed in the status line: a search (`/`), ids and URLs to open (`:`), or the
/// preference keywords (`K`).
public struct TextInput: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case search, open, keywords, watchKeyword
        /// `t`: the selected paper's tags, comma-separated, Tab completing from the tags in use.
        /// `shown` is the paper's tags the line began with; nil while they are not read yet (then the
        /// line only adds tags: a tag not shown is never taken off).
        case tags(paperID: String, shown: [String]?)
    }

    public var kind: Kind
    public var text = ""
    /// Why the text does not parse (yet), shown after it.
    public var problem: String?
    /// The list to go back to when the input is cancelled.
    public var returnTo: ListSource
}
