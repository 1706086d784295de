import Foundation
import Testing

/// An instant written the way the fixtures write it (`2013-03-27T20:00:04Z`), read independently of
/// the parsers under test.
func utc(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Date {
    guard let date = ISO8601DateFormatter().date(from: text) else {
        Issue.record("'\(text)' is not an ISO 8601 UTC time", sourceLocation: sourceLocation)
        return .distantPast
    }
    return date
}
