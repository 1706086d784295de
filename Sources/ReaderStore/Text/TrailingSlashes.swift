extension String {
    /// A base URL without its trailing slashes, so that paths can be appended with one.
    public var withoutTrailingSlashes: String {
        var text = self
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
