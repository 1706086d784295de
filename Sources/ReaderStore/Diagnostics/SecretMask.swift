import Foundation

/// Text with the API key hidden: a server or a proxy may echo back the key it was sent, and its text
/// reaches the screen, the terminal's scrollback, the error log and bug reports.
public enum SecretMask {
    public static let placeholder = "[API key]"

    /// `text` with `key` replaced (a key shorter than 4 characters would hide ordinary words instead).
    public static func masked(_ text: String, key: String?) -> String {
        guard let key, key.count >= 4 else { return text }
        return text.replacingOccurrences(of: key, with: placeholder)
    }

    /// `text` with the value of every Authorization header, Bearer token and `api_key` setting hidden,
    /// for text that may hold a key nobody said was one.
    public static func maskedCredentials(_ text: String) -> String {
        // A value starts with anything but "[", so a placeholder already written is left alone.
        let value = #"[^\s"',;\[][^\s"',;]*"#
        let patterns = [
            (#"(authorization["']?\s*[:=]\s*["']?)((?:bearer|basic|token)\s+)?"# + value, "$1$2" + placeholder),
            (#"(bearer\s+)"# + value, "$1" + placeholder),
            (#"(api[_-]?key["']?\s*[:=]\s*["']?)"# + value, "$1" + placeholder),
        ]
        return patterns.reduce(text) { text, rule in
            guard let regex = try? NSRegularExpression(pattern: rule.0, options: .caseInsensitive) else { return text }
            return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: rule.1)
        }
    }
}
