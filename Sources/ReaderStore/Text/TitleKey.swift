import Foundation

/// Titles compared without case, accents, TeX or punctuation, to link venue papers to arXiv.
public enum TitleKey {
    public static func normalize(_ title: String) -> String {
        let folded = title.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        return folded.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }
}
