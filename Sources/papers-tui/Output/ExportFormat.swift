/// The formats `papers-tui export` writes.
enum ExportFormat: String, CaseIterable {
    case bibtex, json, csv, ris
}
