import Foundation
import GRDB

/// A quoted phrase in a search matches those very words: case and accents ignored, everything but
/// letters and digits a word break, no stemming (`"transformer"` is not "transformation", nor
/// "transformers"). The full-text index stems every word, so it finds a superset; this checks each
/// of its matches.
public enum ExactPhrase {
    /// Whether `text` holds `phrase`'s words in a row.
    public static func contains(_ text: String, phrase: String) -> Bool {
        let wanted = folded(phrase)
        guard wanted.count > 2 else { return false }
        return folded(text).firstRange(of: wanted) != nil
    }

    /// Letters and digits lowercased, accents dropped, each run of anything else one space, with a
    /// space at both ends (so that a match starts and ends at word breaks). ASCII text, most of
    /// arXiv, is folded byte by byte.
    static func folded(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = [0x20]
        bytes.reserveCapacity(text.utf8.count + 2)
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 {
                let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                    bytes.append(lower)
                } else if bytes.last != 0x20 {
                    bytes.append(0x20)
                }
            }
        } else {
            let key = TitleKey.normalize(text)
            if !key.isEmpty { bytes += Array(key.utf8) }
        }
        if bytes.last != 0x20 { bytes.append(0x20) }
        return bytes
    }

    /// The SQL function the search's WHERE calls: `papers_exact_phrase(text, phrase)`.
    static let sqlFunction = DatabaseFunction("papers_exact_phrase", argumentCount: 2, pure: true) { values in
        guard let text = String.fromDatabaseValue(values[0]), let phrase = String.fromDatabaseValue(values[1]) else { return false }
        return contains(text, phrase: phrase)
    }
}
