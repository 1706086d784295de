import Foundation
import ReaderStore
import ReaderUI
import TOMLKit

/// One table of config.toml read with checks: each value has the type and range its key allows, or
/// reading stops with a sentence naming the key and what it takes. Keys nobody reads are collected so
/// `unknownKeyWarnings` can name them (a misspelt key would otherwise be ignored in silence).
struct ConfigSection {
    let table: TOMLTable
    /// `[llm]`, or empty for the top level.
    let name: String
    private(set) var known: [String] = []

    init(_ table: TOMLTable, name: String) {
        self.table = table
        self.name = name
    }

    func origin(_ key: String) -> String {
        name.isEmpty ? "config.toml \(key)" : "config.toml [\(name)] \(key)"
    }

    private mutating func value(_ key: String) -> (any TOMLValueConvertible)? {
        known.append(key)
        return table[key]
    }

    private func wrongType(_ key: String, _ value: any TOMLValueConvertible, want: String) -> CLIError {
        let type = value.type.description
        let article = ["integer", "array"].contains(type) ? "an" : "a"
        return CLIError("\(origin(key)) is \(Self.shown(value)) (\(article) \(type)): use \(want)")
    }

    static func shown(_ value: any TOMLValueConvertible) -> String {
        if let text = value.string { return "\"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\"" }
        if let number = value.double { return "\(number)" }
        if let number = value.int { return "\(number)" }
        if let flag = value.bool { return "\(flag)" }
        return "a \(value.type.description)"
    }

    mutating func string(_ key: String) throws -> String? {
        guard let value = value(key) else { return nil }
        guard let text = value.string else { throw wrongType(key, value, want: "a string in quotes") }
        return text
    }

    /// A string out of a fixed set, such as a theme's name.
    mutating func choice(_ key: String, among choices: [String]) throws -> String? {
        guard let text = try string(key) else { return nil }
        guard choices.contains(text) else {
            throw CLIError("\(origin(key)) is \"\(text)\": use \(Self.alternatives(choices.map { "\"\($0)\"" }))")
        }
        return text
    }

    mutating func bool(_ key: String) throws -> Bool? {
        guard let value = value(key) else { return nil }
        guard let flag = value.bool else { throw wrongType(key, value, want: "true or false") }
        return flag
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let value = value(key) else { return nil }
        let want = "a whole number from \(range.lowerBound) to \(range.upperBound)"
        guard let number = value.int else { throw wrongType(key, value, want: want) }
        guard range.contains(number) else { throw CLIError("\(origin(key)) is \(number): use \(want)") }
        return number
    }

    /// A number (whole or not) in `range`; nan and infinities are out of every range.
    mutating func number(_ key: String, in range: ClosedRange<Double>, unit: String = "") throws -> Double? {
        guard let value = value(key) else { return nil }
        let want = "a number\(unit) from \(Self.format(range.lowerBound)) to \(Self.format(range.upperBound))"
        guard let number = value.double ?? value.int.map(Double.init) else { throw wrongType(key, value, want: want) }
        guard range.contains(number) else { throw CLIError("\(origin(key)) is \(Self.shown(value)): use \(want)") }
        return number
    }

    mutating func seconds(_ key: String, in range: ClosedRange<Double>) throws -> Duration? {
        try number(key, in: range, unit: " of seconds").map(Self.duration)
    }

    /// An http or https URL with a host.
    mutating func url(_ key: String) throws -> String? {
        guard let text = try string(key) else { return nil }
        return try Self.checkedURL(text, origin: origin(key))
    }

    mutating func stringList(_ key: String, want: String = "a list of strings, such as [\"cs.AI\", \"cs.CL\"]") throws -> [String]? {
        guard let value = value(key) else { return nil }
        guard let array = value.array else { throw wrongType(key, value, want: want) }
        return try array.map { item in
            guard let text = item.string else { throw wrongType(key, item, want: want) }
            return text
        }
    }

    mutating func table(_ key: String) throws -> TOMLTable? {
        guard let value = value(key) else { return nil }
        guard let table = value.table else { throw wrongType(key, value, want: "a table: [\(key)] on a line of its own") }
        return table
    }

    /// A warning for each key nobody asked for, with the nearest known key when one is close.
    func unknownKeyWarnings() -> [String] {
        table.keys.filter { !known.contains($0) }.sorted().map { key in
            let place = name.isEmpty ? "config.toml" : "config.toml [\(name)]"
            let nearest = known.map { ($0, EditDistance.between($0, key)) }.min { $0.1 < $1.1 }
            if let nearest, nearest.1 <= max(2, key.count / 3) {
                return "\(place) has no key \"\(key)\" (did you mean \"\(nearest.0)\"?); it is ignored"
            }
            return "\(place) has no key \"\(key)\"; it is ignored"
        }
    }

    /// The same test as a link the reader hands to a browser: http(s), a host, nothing invisible.
    static func checkedURL(_ text: String, origin: String) throws -> String {
        guard SafeLink.checked(text) != nil else {
            throw CLIError("\(origin) is \"\(text.count > 60 ? String(text.prefix(60)) + "…" : text)\": use an http:// or https:// URL with a host")
        }
        return text
    }

    /// Seconds as a Duration, after a range check (so never nan, infinite or past Int64's milliseconds).
    static func duration(_ seconds: Double) -> Duration {
        .milliseconds(Int64((seconds * 1000).rounded()))
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }

    static func alternatives(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1]
    }
}
