import Foundation
import ReaderStore

/// Builds an XML document from the fuzz input read as a recipe, to reach what byte mutations of small
/// feeds never do: elements nested thousands deep, an entity declared and referenced thousands of
/// times, entities never declared. The first bytes pick the shape, the rest is the text.
extension FuzzChecks {
    static func xmlShape(_ data: Data) {
        let bytes = [UInt8](data)
        guard bytes.count >= 4 else { return }
        let root = ["rss", "feed", "OAI-PMH"][Int(bytes[0]) % 3]
        let depth = Int(bytes[1]) << 4 | Int(bytes[2] & 0x0F)
        let declaresEntity = bytes[3] & 1 == 1
        let references = Int(bytes[3] >> 1) * 64
        let text = escaped(String(decoding: bytes.dropFirst(4), as: UTF8.self))
        var xml = "<?xml version=\"1.0\"?>"
        if declaresEntity { xml += "<!DOCTYPE \(root) [<!ENTITY e \"\(text)\">]>" }
        xml += "<\(root)>" + String(repeating: "<a>", count: depth) + text + String(repeating: "&e;", count: references)
        xml += String(repeating: "</a>", count: depth) + "</\(root)>"
        let document = Data(xml.utf8)
        let parsers: [(Data) throws -> Void] = [
            { _ = try ArxivRSSParser.parse($0) }, { _ = try ArxivAPIParser.parse($0) }, { _ = try OAIPMHParser.parse($0) },
        ]
        // The root and `depth` elements below it.
        let tooDeep = depth + 1 > XMLRecordReader.maxDepth
        for parse in parsers {
            do {
                try parse(document)
                guard !declaresEntity, !tooDeep else {
                    fatalError("a document declaring an entity (\(declaresEntity)) or \(depth + 1) deep was read")
                }
            } catch let error as FeedError {
                if declaresEntity || tooDeep {
                    guard case .refused = error else { fatalError("expected a refusal, got \(error)") }
                }
            } catch {
                fatalError("a parser threw something other than a FeedError: \(error)")
            }
        }
    }

    private static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
