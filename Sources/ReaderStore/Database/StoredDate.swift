import Foundation
import GRDB

/// Dates as the cache stores them: GRDB's text form, `yyyy-MM-dd HH:mm:ss.SSS` in UTC. GRDB makes it
/// with a DateFormatter (ICU), a visible share of an import's writing; whole-second dates in
/// years 1900-9999, which every arXiv date is, are formatted here by arithmetic instead (earlier
/// dates are left to GRDB: ICU switches to the Julian calendar before 1582).
enum StoredDate {
    static func value(_ date: Date?) -> DatabaseValue {
        guard let date else { return .null }
        let seconds = date.timeIntervalSince1970
        guard seconds.rounded(.down) == seconds, seconds >= -2_208_988_800, seconds < 253_402_300_800 else {
            return date.databaseValue
        }
        let whole = Int(seconds)
        let days = whole >= 0 ? whole / 86_400 : -((-whole + 86_399) / 86_400)
        let secondOfDay = whole - days * 86_400
        let (year, month, day) = CivilDays.date(days: days)
        var text = [UInt8]()
        text.reserveCapacity(23)
        func append(_ number: Int, digits: Int) {
            var divisor = 1
            for _ in 1..<digits { divisor *= 10 }
            while divisor > 0 {
                text.append(UInt8(ascii: "0") + UInt8(number / divisor % 10))
                divisor /= 10
            }
        }
        append(year, digits: 4)
        text.append(UInt8(ascii: "-"))
        append(month, digits: 2)
        text.append(UInt8(ascii: "-"))
        append(day, digits: 2)
        text.append(UInt8(ascii: " "))
        append(secondOfDay / 3600, digits: 2)
        text.append(UInt8(ascii: ":"))
        append(secondOfDay / 60 % 60, digits: 2)
        text.append(UInt8(ascii: ":"))
        append(secondOfDay % 60, digits: 2)
        text.append(contentsOf: ".000".utf8)
        return String(decoding: text, as: UTF8.self).databaseValue
    }

    /// A stored date read back: whole seconds as `value` writes them are parsed here, anything else
    /// (fractions included, so that they round exactly as GRDB rounds them) by GRDB.
    static func date(_ value: DatabaseValue) -> Date? {
        if case .string(let text) = value.storage, let date = parse(text) { return date }
        return Date.fromDatabaseValue(value)
    }

    /// A stored date read back from its text.
    static func date(text: String) -> Date? {
        parse(text) ?? Date.fromDatabaseValue(text.databaseValue)
    }

    private static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { bytes -> Date? in
            guard bytes.count == 23 else { return nil }
            func number(_ start: Int, _ count: Int) -> Int? {
                var value = 0
                for index in start..<(start + count) {
                    let digit = Int(bytes[index]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: " "),
                  bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "."),
                  let year = number(0, 4), year >= 1900, let month = number(5, 2), (1...12).contains(month),
                  let day = number(8, 2), (1...daysIn(month: month, year: year)).contains(day),
                  let hour = number(11, 2), hour < 24, let minute = number(14, 2), minute < 60,
                  let second = number(17, 2), second < 60, number(20, 3) == 0 else { return nil }
            let seconds = CivilDays.days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
            return Date(timeIntervalSince1970: Double(seconds))
        }
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
