import Foundation

/// OpenReview API v2 notes as the `/notes` endpoint returns them, for loopback servers.
public enum OpenReviewNotes {
    /// One accepted (or not) submission; `wrapped` gives the v2 `{"value": ...}` form of each field.
    public static func note(_ id: String, title: String, venue: String, wrapped: Bool = true) -> String {
        func field(_ value: String) -> String { wrapped ? #"{"value": "\#(value)"}"# : #""\#(value)""# }
        let authors = wrapped ? #"{"value": ["Ada Lovelace", "Alan Turing"]}"# : #"["Ada Lovelace", "Alan Turing"]"#
        return """
            {"id": "\(id)", "forum": "\(id)", "content": {"title": \(field(title)), "authors": \(authors),
             "abstract": \(field("About \(title).")), "venue": \(field(venue)), "venueid": \(field("ICLR.cc/2024/Conference")),
             "pdf": \(field("/pdf/\(id).pdf"))}}
            """
    }

    /// A page of notes with the total the server reports.
    public static func page(_ notes: [String], count: Int) -> String {
        #"{"count": \#(count), "notes": [\#(notes.joined(separator: ", "))]}"#
    }
}
