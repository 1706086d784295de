import Foundation

/// One line of Kaggle's `arxiv-metadata-oai-snapshot.json` (JSON lines, one paper each).
public enum KaggleSnapshotParser {
    /// Parses one line; throws `FeedError.badInput`, saying why, for a line that is not a paper record.
    public static func parse(line: Data, decoder: JSONDecoder = JSONDecoder()) throws(FeedError) -> Paper {
        guard let record = KaggleRecord.read(line, decoder: decoder) else {
            throw FeedError.badInput("a line is not a paper record in JSON")
        }
        return try paper(from: record)
    }

    /// The paper a record describes, its text cleaned as every source's is.
    public static func paper(from record: KaggleRecord) throws(FeedError) -> Paper {
        guard let id = ArxivID(parsing: record.id) else {
            throw FeedError.badInput("'\(record.id.prefix(40))' is not an arXiv id")
        }
        let categories = (record.categories ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
            .filter(ArxivCategories.looksLikeArxivCategory)
        let versions = record.versions ?? []
        let latest = versions.compactMap { Int($0.version.dropFirst()) }.max() ?? 1
        var authors = TextCleaning.authors(fromList: record.authors ?? "")
        if authors.isEmpty, let parsed = record.authorsParsed, !parsed.isEmpty {
            authors = parsed.map { parts in
                let last = parts.first ?? ""
                let first = parts.count > 1 ? parts[1] : ""
                let suffix = parts.count > 2 ? parts[2] : ""
                return TextCleaning.collapsingWhitespace(TeXAccents.decode("\(first) \(last) \(suffix)"))
            }
        }
        return Paper(
            id: id.value, version: latest,
            title: TextCleaning.title(record.title ?? ""),
            authors: authors,
            abstract: TextCleaning.abstract(record.abstract ?? ""),
            primaryCategory: categories.first ?? "", categories: categories,
            comments: record.comments.map(TextCleaning.collapsingWhitespace),
            journalRef: record.journalRef.map(TextCleaning.collapsingWhitespace),
            doi: record.doi,
            published: versions.first.flatMap { ArxivDates.parseRFC822($0.created) },
            updated: versions.last.flatMap { ArxivDates.parseRFC822($0.created) }
        )
    }
}

/// Reads a file line by line in fixed-size chunks, so a multi-gigabyte snapshot needs constant memory.
public struct LineReader: Sequence, IteratorProtocol, Sendable {
    private let handle: FileHandle
    private var buffer = Data()
    private var cursor = 0
    private var atEnd = false
    private let chunkSize: Int
    /// Bytes handed out so far, for progress.
    public private(set) var bytesRead = 0

    public init(path: String, chunkSize: Int = 1 << 20) throws(FeedError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .badInput("cannot read \(path): no such file or no permission")
        }
        self.handle = handle
        self.chunkSize = chunkSize
    }

    public mutating func next() -> Data? {
        while true {
            if let newline = nextNewline() {
                let line = buffer[cursor..<newline]
                bytesRead += line.count + 1
                cursor = newline + 1
                return Data(line)
            }
            if atEnd {
                guard cursor < buffer.endIndex else { return nil }
                let rest = Data(buffer[cursor...])
                bytesRead += rest.count
                cursor = buffer.endIndex
                return rest
            }
            let chunk = handle.readData(ofLength: chunkSize)
            if chunk.isEmpty {
                atEnd = true
            } else {
                buffer = Data(buffer[cursor...]) + chunk
                cursor = buffer.startIndex
            }
        }
    }

    /// The index of the next newline at or after the cursor, found with memchr (a byte-by-byte
    /// search through Data's indices was a seventh of an import's time).
    private func nextNewline() -> Int? {
        guard cursor < buffer.endIndex else { return nil }
        let start = cursor - buffer.startIndex
        return buffer.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress else { return nil }
            guard let found = memchr(base + start, 0x0A, raw.count - start) else { return nil }
            return buffer.startIndex + (base.distance(to: UnsafeRawPointer(found)))
        }
    }
}
