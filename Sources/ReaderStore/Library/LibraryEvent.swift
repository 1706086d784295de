import Foundation

/// A mark the library carries between devices.
public enum LibraryField: String, Sendable, CaseIterable, Codable {
    case star, read, seen, dismissed, note, tag
}

/// One change to one mark on one device: a line of that device's log.
///
/// Changes are ordered by `clock`, then by `device`: for each paper and field the greatest wins, so
/// every device that has read the same lines, in any order, holds the same marks.
public struct LibraryEvent: Hashable, Sendable {
    /// The log's format; a line of a later format is left for a later papers-tui.
    public static let format = 1

    public var device: String
    public var clock: Int64
    /// The device's own count of its changes (its outbox sequence), to tell its lines apart.
    public var seq: Int64
    public var paperID: String
    public var field: LibraryField
    /// The mark's time as the cache stores it (`yyyy-MM-dd HH:mm:ss.SSS`, UTC), or for a note its
    /// text; nil: the mark or note taken away.
    public var value: String?
    /// For `seen`: the version seen.
    public var version: Int?
    /// For `note`: the versions of the note this edit was made from (none: a first note).
    public var bases: [LibraryClock]
    /// For `tag`: the tag's name.
    public var tag: String?

    public init(device: String, clock: Int64, seq: Int64, paperID: String, field: LibraryField, value: String?, version: Int? = nil,
                bases: [LibraryClock] = [], tag: String? = nil) {
        self.device = device
        self.clock = clock
        self.seq = seq
        self.paperID = paperID
        self.field = field
        self.value = value
        self.version = version
        self.bases = bases
        self.tag = tag
    }

    /// The field as `library_clock` keys it: a tag's is `tag:NAME`, so each tag has its own latest change.
    var clockField: String {
        field == .tag ? "tag:" + (tag ?? "") : field.rawValue
    }

    /// True when this change is later than one at (`clock`, `device`).
    public func isLater(thanClock otherClock: Int64, device otherDevice: String) -> Bool {
        clock != otherClock ? clock > otherClock : device > otherDevice
    }
}

extension LibraryEvent {
    /// The line as written to the log, without its newline; keys in a fixed order.
    public var line: String {
        var parts = [
            "\"v\":\(Self.format)", "\"device\":\(JSONText.quoted(device))", "\"clock\":\(clock)", "\"seq\":\(seq)",
            "\"paper\":\(JSONText.quoted(paperID))", "\"field\":\"\(field.rawValue)\"",
            "\"value\":\(value.map(JSONText.quoted) ?? "null")",
        ]
        if let version { parts.append("\"version\":\(version)") }
        if field == .note { parts.append("\"bases\":" + LibraryClock.text(bases)) }
        if field == .tag, let tag { parts.append("\"tag\":\(JSONText.quoted(tag))") }
        return "{" + parts.joined(separator: ",") + "}"
    }

    /// Why a line of a log is not read.
    public enum Rejection: Error, Equatable, Sendable {
        /// Not JSON, or a field missing or malformed.
        case malformed
        /// Written by a later papers-tui.
        case laterFormat
    }

    /// Reads one line of a log, checking every field: the file comes from another machine.
    public static func parse(_ line: Substring) -> Result<LibraryEvent, Rejection> {
        guard line.utf8.count <= maximumNoteLineBytes else { return .failure(.malformed) }
        guard let fields = LibraryLineScanner.scan(line) ?? jsonFields(line) else { return .failure(.malformed) }
        return check(fields, lineBytes: line.utf8.count)
    }

    /// The fields of any JSON object line, through JSONSerialization.
    static func jsonFields(_ line: Substring) -> LibraryLineFields? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
        var fields = LibraryLineFields()
        fields.format = object["v"] as? Int
        fields.device = object["device"] as? String
        fields.clock = (object["clock"] as? NSNumber)?.int64Value
        fields.seq = (object["seq"] as? NSNumber)?.int64Value
        fields.paper = object["paper"] as? String
        fields.field = object["field"] as? String
        switch object["value"] {
        case let text as String:
            fields.value = text
            fields.hasValue = true
        case is NSNull:
            fields.hasValue = true
        default:
            fields.hasValue = false
        }
        fields.version = object["version"] as? Int
        fields.tag = object["tag"] as? String
        fields.bases = object["bases"]
        return fields
    }

    static func check(_ fields: LibraryLineFields, lineBytes: Int) -> Result<LibraryEvent, Rejection> {
        guard let format = fields.format else { return .failure(.malformed) }
        guard format <= Self.format else { return .failure(.laterFormat) }
        guard let device = fields.device, isDeviceID(device),
              let clock = fields.clock, clock >= 0,
              let seq = fields.seq,
              let paper = fields.paper, isPaperID(paper),
              let field = fields.field.flatMap(LibraryField.init(rawValue:)), fields.hasValue else {
            return .failure(.malformed)
        }
        guard field == .note || lineBytes <= maximumLineBytes else { return .failure(.malformed) }
        if let text = fields.value {
            guard field == .note ? text.count <= Note.maximumCharacters : isStoredTime(text) else { return .failure(.malformed) }
        }
        let value = fields.value
        if field == .tag {
            guard let name = fields.tag, TagName.isValid(name) else { return .failure(.malformed) }
            return .success(LibraryEvent(device: device, clock: clock, seq: seq, paperID: paper, field: field, value: value, tag: name))
        }
        if field == .note {
            guard let bases = LibraryClock.list(fields.bases) else { return .failure(.malformed) }
            return .success(LibraryEvent(device: device, clock: clock, seq: seq, paperID: paper, field: field, value: value, bases: bases))
        }
        let version = fields.version
        if let version, version < 1 || version > 10_000 { return .failure(.malformed) }
        return .success(LibraryEvent(device: device, clock: clock, seq: seq, paperID: paper, field: field, value: value,
                                     version: field == .seen ? version : nil))
    }

    /// A mark's line is shorter than this, and than `PIPE_BUF`.
    static let maximumLineBytes = 4_096
    /// A note's line: its text (at most `Note.maximumCharacters`) escaped.
    static let maximumNoteLineBytes = 400_000

    /// A device id as papers-tui makes them: lower-case letters, digits and `-`, at most 64.
    public static func isDeviceID(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 64 && text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// An arXiv id (new or old style, such as `2604.21935` or `hep-th/9901001`) or a venue paper's
    /// (`0JzWiigkUy@OpenReview`, `11127@NeurIPS.2018`): ASCII letters, digits and `. - / @ _`, at most 100.
    static func isPaperID(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 100 && text.utf8.allSatisfy {
            (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) || Array("./-@_".utf8).contains($0)
        }
    }

    /// A time as the cache stores it: `yyyy-MM-dd HH:mm:ss` with optional `.SSS`.
    static func isStoredTime(_ text: String) -> Bool {
        let shape = Array("0000-00-00 00:00:00.000".utf8)
        let bytes = Array(text.utf8)
        guard bytes.count == 19 || bytes.count == 23 else { return false }
        for (byte, expected) in zip(bytes, shape) {
            let fits = expected == UInt8(ascii: "0") ? (0x30...0x39).contains(byte) : byte == expected
            if !fits { return false }
        }
        return StoredDate.date(text: text) != nil
    }
}

/// One change's place in the order of changes: its clock, then its device.
public struct LibraryClock: Hashable, Sendable, Comparable {
    public var clock: Int64
    public var device: String

    public init(clock: Int64, device: String) {
        self.clock = clock
        self.device = device
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.clock != rhs.clock ? lhs.clock < rhs.clock : lhs.device < rhs.device
    }

    /// `[[clock, "device"], ...]` as a log line holds it (at most 64), or nil when malformed.
    static func list(_ value: Any?) -> [LibraryClock]? {
        guard let pairs = value as? [Any], pairs.count <= 64 else { return nil }
        var clocks: [LibraryClock] = []
        for pair in pairs {
            guard let parts = pair as? [Any], parts.count == 2, let clock = (parts[0] as? NSNumber)?.int64Value, clock >= 0,
                  let device = parts[1] as? String, LibraryEvent.isDeviceID(device) else { return nil }
            clocks.append(LibraryClock(clock: clock, device: device))
        }
        return clocks
    }

    /// The list as the outbox keeps it (the same JSON).
    static func text(_ clocks: [LibraryClock]) -> String {
        "[" + clocks.map { "[\($0.clock),\(JSONText.quoted($0.device))]" }.joined(separator: ",") + "]"
    }
}

/// JSON string quoting for lines written by hand (the library's log, the benchmark's snapshots):
/// JSONSerialization is many times slower for millions of lines.
public enum JSONText {
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
