import Foundation

/// A link from a feed or a venue file about to leave the reader (a browser's argv, the clipboard):
/// only an http or https URL with a host and nothing that could act as an option, a second line or an
/// escape sequence.
public enum SafeLink {
    /// The link as given when it is safe to pass on, else nil.
    public static func checked(_ text: String) -> String? {
        guard !text.unicodeScalars.contains(where: isUnsafe) else { return nil }
        let lowered = text.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"),
              let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty else { return nil }
        return text
    }

    /// Controls (C0, DEL, C1), any whitespace, and invisible format characters such as bidi overrides.
    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x21 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.isWhitespace
            || scalar.properties.generalCategory == .format
    }
}
