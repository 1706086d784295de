import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small element tree for one record of a feed (an RSS item, an Atom entry, an OAI record).
public final class XMLElementNode {
    public let name: String
    public let namespace: String?
    public let attributes: [String: String]
    public internal(set) var text = ""
    public internal(set) var children: [XMLElementNode] = []

    init(name: String, namespace: String?, attributes: [String: String]) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
    }

    /// Frees the subtree with a loop: the default release recurses once per level, and a document
    /// nested 40,000 deep overflowed the stack. A child someone else still holds keeps its own children.
    deinit {
        guard !children.isEmpty else { return }
        var pending = children
        children = []
        while var node = pending.popLast() {
            guard isKnownUniquelyReferenced(&node) else { continue }
            pending.append(contentsOf: node.children)
            node.children = []
        }
    }

    public func child(_ name: String) -> XMLElementNode? { children.first { $0.name == name } }
    public func children(_ name: String) -> [XMLElementNode] { children.filter { $0.name == name } }
    /// The text of the first child called `name`, trimmed; nil when absent or blank.
    public func childText(_ name: String) -> String? {
        guard let text = child(name).map({ TextCleaning.trimmed($0.text) }), !text.isEmpty else {
            return nil
        }
        return text
    }
}

/// Parses a feed as a stream (no 10 MB libxml2 limit), handing each record element to `onRecord` as soon
/// as it closes and keeping only the feed-level elements in memory. A document nested deeper than
/// `maxDepth`, declaring entities of its own, or whose text grows past what its size allows is refused.
public final class XMLRecordReader: NSObject, XMLParserDelegate {
    /// arXiv's feeds nest five levels deep.
    public static let maxDepth = 256

    public struct Outcome {
        /// The document's root element name, to tell an HTML error page from a feed.
        public let rootName: String?
        /// Feed-level elements outside the records, as a tree.
        public let root: XMLElementNode?
    }

    private let recordNames: Set<String>
    private let onRecord: (XMLElementNode) throws -> Void
    private var stack: [XMLElementNode] = []
    private var root: XMLElementNode?
    private var handlerError: (any Error)?
    private var source = ""
    /// Bytes of text the document may still deliver: without entities of its own, its text is never
    /// longer than twice its size (Latin-1 becomes UTF-8), whatever libxml2 substitutes.
    private var textBudget = 0

    public init(recordNames: Set<String>, onRecord: @escaping (XMLElementNode) throws -> Void) {
        self.recordNames = recordNames
        self.onRecord = onRecord
    }

    /// Parses `data`; throws `FeedError.malformed` on broken XML, or what `onRecord` threw.
    public func parse(_ data: Data, source: String) throws -> Outcome {
        if Self.looksLikeHTML(data) { throw FeedError.notAFeed(source: source, found: "an HTML page") }
        if XMLProlog.declaresEntities(data) {
            throw FeedError.refused(source: source, reason: "XML that declares entities of its own (feeds never do)")
        }
        self.source = source
        textBudget = 2 * data.count + 4096
        let readable = XMLAmpersands.escapingUndeclared(Self.replacingInvalidUTF8(data))
        let parser = XMLParser(stream: InputStream(data: readable))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        let ok = parser.parse()
        if let handlerError { throw handlerError }
        if !ok || !stack.isEmpty {
            if let name = root?.name.lowercased(), name == "html" || name == "body" {
                throw FeedError.notAFeed(source: source, found: "an HTML page")
            }
            let line = parser.lineNumber
            throw FeedError.malformed(source: source, detail: "broken or cut-off XML near line \(line)")
        }
        guard let root else { throw FeedError.malformed(source: source, detail: "empty response") }
        if root.name.lowercased() == "html" { throw FeedError.notAFeed(source: source, found: "an HTML page") }
        return Outcome(rootName: root.name, root: root)
    }

    /// Foundation's XMLParser on Linux traps on invalid UTF-8 in element names, attributes and
    /// comments (found by scripts/fuzz), so a document that is not valid UTF-8 gets U+FFFD for its
    /// bad bytes first. Only a declared Latin-1 document is left to libxml2, which converts it to
    /// UTF-8 itself; any other declaration (even a made-up one) is no protection.
    static func replacingInvalidUTF8(_ data: Data) -> Data {
        guard String(validating: data, as: UTF8.self) == nil else { return data }
        let head = String(decoding: data.prefix(100), as: UTF8.self).lowercased()
        if head.hasPrefix("<?xml"), let declaration = head.split(separator: ">").first,
           let match = declaration.firstMatch(of: /encoding\s*=\s*["']([a-z0-9_-]+)["']/),
           ["iso-8859-1", "iso-8859-15", "latin1", "windows-1252"].contains(String(match.1)) {
            return data
        }
        return Data(String(decoding: data, as: UTF8.self).utf8)
    }

    private static func looksLikeHTML(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(512), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    public func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        guard stack.count < Self.maxDepth else {
            refuse(parser, reason: "XML nested deeper than \(Self.maxDepth) elements")
            return
        }
        let node = XMLElementNode(name: elementName, namespace: namespaceURI, attributes: attributeDict)
        if let parent = stack.last { parent.children.append(node) } else if root == nil { root = node }
        stack.append(node)
    }

    public func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        guard let node = stack.popLast() else { return }
        guard recordNames.contains(node.name), let parent = stack.last else { return }
        parent.children.removeLast()
        do {
            try onRecord(node)
        } catch {
            handlerError = error
            parser.abortParsing()
        }
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard spend(string.utf8.count, parser) else { return }
        stack.last?.text += string
    }

    public func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard spend(CDATABlock.count, parser) else { return }
        stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
    }

    /// False, and the parse stopped, once the document's text outgrows its budget.
    private func spend(_ bytes: Int, _ parser: XMLParser) -> Bool {
        guard handlerError == nil else { return false }
        textBudget -= bytes
        guard textBudget >= 0 else {
            refuse(parser, reason: "XML whose text expands far past its size")
            return false
        }
        return true
    }

    private func refuse(_ parser: XMLParser, reason: String) {
        guard handlerError == nil else { return }
        handlerError = FeedError.refused(source: source, reason: reason)
        parser.abortParsing()
    }
}
