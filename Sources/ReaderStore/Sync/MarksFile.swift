import Foundation

/// The marks file written before a cache is moved aside: a JSON array any tool can read, and that
/// `papers-tui recover --marks FILE` puts back.
public enum MarksFile {
    private struct Entry: Codable {
        let id: String
        let starredAt: Date?
        let readAt: Date?
        /// Absent from files written before seen marks existed.
        let seenAt: Date?
        let seenVersion: Int?
        /// Absent from files written before dismissals existed.
        let dismissedAt: Date?

        enum CodingKeys: String, CodingKey {
            case id
            case starredAt = "starred_at"
            case readAt = "read_at"
            case seenAt = "seen_at"
            case seenVersion = "seen_version"
            case dismissedAt = "dismissed_at"
        }
    }

    /// ISO 8601 with milliseconds, so marks put back keep their order; plain seconds are read too.
    private static let precise = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let plain = Date.ISO8601FormatStyle()

    public static func encode(_ marks: [Mark]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(precise.format(date))
        }
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(marks.map { Entry(id: $0.paperID, starredAt: $0.starredAt, readAt: $0.readAt, seenAt: $0.seenAt,
                                                        seenVersion: $0.seenVersion, dismissedAt: $0.dismissedAt) })
    }

    public static func decode(_ data: Data) throws(FeedError) -> [Mark] {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = (try? precise.parse(text)) ?? (try? plain.parse(text)) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 time")
            }
            return date
        }
        do {
            return try decoder.decode([Entry].self, from: data).map {
                Mark(paperID: $0.id, starredAt: $0.starredAt, readAt: $0.readAt, seenAt: $0.seenAt, seenVersion: $0.seenVersion,
                     dismissedAt: $0.dismissedAt)
            }
        } catch {
            throw .malformedJSON(source: "the marks file", detail: "it is not a list of {id, starred_at, read_at}",
                                 remedy: "name a file that papers-tui recover wrote")
        }
    }
}
