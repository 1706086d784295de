import Foundation

/// Splits a Server-Sent Events byte stream into events, incrementally: bytes arrive in any chunking,
/// lines end in LF, CRLF or CR, `:` lines are comments (keep-alives), and `data:` lines of one event
/// are joined with newlines. Other fields (`event:`, `id:`, `retry:`) are not used by chat streams.
public struct SSEDecoder: Sendable {
    /// A line longer than this is refused rather than buffered without end.
    public static let maxLineBytes = 4 << 20

    private var line: [UInt8] = []
    private var data: [String] = []
    private var dataBytes = 0
    private var hasData = false
    private var lastWasCR = false

    public init() {}

    public enum DecodeError: Error, Equatable {
        case lineTooLong
    }

    /// Feeds the next bytes; returns the `data` payloads of the events they complete.
    public mutating func feed(_ bytes: some Sequence<UInt8>) throws(DecodeError) -> [String] {
        var events: [String] = []
        for byte in bytes {
            if lastWasCR {
                lastWasCR = false
                if byte == 0x0A { continue }
            }
            switch byte {
            case 0x0A, 0x0D:
                lastWasCR = byte == 0x0D
                if let event = endLine() { events.append(event) }
                guard dataBytes < Self.maxLineBytes else { throw .lineTooLong }
            default:
                guard line.count < Self.maxLineBytes else { throw .lineTooLong }
                line.append(byte)
            }
        }
        return events
    }

    /// The end of the stream: an event not yet closed by a blank line still counts.
    public mutating func finish() -> [String] {
        var events: [String] = []
        if !line.isEmpty, let event = endLine() { events.append(event) }
        if hasData { events.append(data.joined(separator: "\n")) }
        data = []
        dataBytes = 0
        hasData = false
        return events
    }

    private mutating func endLine() -> String? {
        defer { line.removeAll(keepingCapacity: true) }
        if line.isEmpty {
            guard hasData else { return nil }
            let event = data.joined(separator: "\n")
            data = []
            dataBytes = 0
            hasData = false
            return event
        }
        if line.first == UInt8(ascii: ":") { return nil }
        let text = String(decoding: line, as: UTF8.self)
        let field: Substring
        var value: Substring
        if let colon = text.firstIndex(of: ":") {
            field = text[..<colon]
            value = text[text.index(after: colon)...]
            if value.first == " " { value = value.dropFirst() }
        } else {
            field = Substring(text)
            value = ""
        }
        if field == "data" {
            data.append(String(value))
            dataBytes += value.utf8.count
            hasData = true
        }
        return nil
    }
}
