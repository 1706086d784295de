/// An author's name as a list row shows it: an affiliation arXiv put in brackets after it
/// ("M. R. Nirmal (Department of Chemistry, … India)") is left out, so that a row shows a name, and
/// a name cut to its surname is not "India)". The abstract pane shows the names whole.
enum AuthorByline {
    static func name(_ full: String) -> String {
        var text = Substring(full)
        var kept = ""
        while let open = text.firstIndex(where: { $0 == "(" || $0 == "[" }) {
            kept += text[..<open]
            let close: Character = text[open] == "(" ? ")" : "]"
            guard let end = text[open...].firstIndex(of: close) else {
                text = ""
                break
            }
            text = text[text.index(after: end)...]
        }
        kept += text
        let name = kept.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return name.isEmpty ? full : name
    }
}
