import Foundation

/// Builds a small but valid PDF (Helvetica text, one page per 50 lines, a correct xref table), so
/// tests download and extract a real PDF with the real pdftotext.
public enum TestPDF {
    public static func make(lines: [String]) -> Data {
        let pages = stride(from: 0, to: max(1, lines.count), by: 50).map { Array(lines[$0..<min(lines.count, $0 + 50)]) }
        var objects: [String] = []
        let firstPage = 4
        let kids = pages.indices.map { "\(firstPage + 2 * $0) 0 R" }.joined(separator: " ")
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        for (index, page) in pages.enumerated() {
            let shown = page.map { "(\(escape($0))) Tj T*" }.joined(separator: "\n")
            let content = "BT /F1 10 Tf 12 TL 50 750 Td\n\(shown)\nET"
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                + "/Resources << /Font << /F1 3 0 R >> >> /Contents \(firstPage + 2 * index + 1) 0 R >>")
            objects.append("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream")
        }
        var output = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(output.utf8.count)
            output += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = output.utf8.count
        output += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { output += String(format: "%010d 00000 n \n", offset) }
        output += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(output.utf8)
    }

    /// PDF string literal escaping; non-ASCII is dropped (Helvetica's standard encoding).
    private static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars where scalar.isASCII && scalar.value >= 0x20 {
            if scalar == "(" || scalar == ")" || scalar == "\\" { escaped.append("\\") }
            escaped.unicodeScalars.append(scalar)
        }
        return escaped
    }
}
