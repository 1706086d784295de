/// What every export format needs of a value: one line. Control characters and every kind of line
/// break (CR, NEL, U+2028, U+2029 as well as LF) become spaces, scalar by scalar.
enum ExportText {
    static func oneLine(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
