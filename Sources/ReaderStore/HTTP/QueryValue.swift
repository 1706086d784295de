import Foundation

/// Values put into a URL's query string.
enum QueryValue {
    /// Percent-encodes a query value, keeping the characters arXiv's query syntax uses literally.
    static func encoded(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~:")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
