import Foundation

/// Dates as arXiv writes them, and the announcement calendar (US Eastern). Parsing is done by hand:
/// it runs once per record on bulk imports, and DateFormatter is neither fast nor Sendable.
public enum ArxivDates {
    public static let eastern = TimeZone(identifier: "America/New_York") ?? TimeZone(secondsFromGMT: -5 * 3600)!

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `Thu, 28 Nov 2024 00:00:00 -0500` (RSS pubDate), `Mon, 2 Apr 2007 19:18:42 GMT` (Kaggle, OAI).
    public static func parseRFC822(_ text: String) -> Date? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, Int(first) == nil { words.removeFirst() }
        guard words.count >= 4, let day = Int(words[0]),
              let month = months.firstIndex(of: String(words[1].prefix(3)).lowercased()),
              let year = Int(words[2]) else { return nil }
        let time = words[3].split(separator: ":").compactMap { Int($0) }
        guard time.count >= 2 else { return nil }
        var offset = 0
        if words.count >= 5, let zone = Int(words[4]), words[4].count == 5 {
            let sign = zone < 0 ? -1 : 1
            offset = sign * ((abs(zone) / 100) * 3600 + (abs(zone) % 100) * 60)
        }
        return makeDate(year: year, month: month + 1, day: day, hour: time[0], minute: time[1],
                        second: time.count > 2 ? time[2] : 0, offsetSeconds: offset)
    }

    /// `2016-05-26T17:59:46Z`, `2025-08-20T00:00:00-04:00`, `2025-08-20T04:00:19.899197+00:00`, `2008-01-25`.
    public static func parseISO8601(_ text: String) -> Date? {
        let chars = Array(TextCleaning.trimmed(text).utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= chars.count else { return nil }
            var value = 0
            for index in range {
                guard chars[index] >= 48, chars[index] <= 57 else { return nil }
                value = value * 10 + Int(chars[index] - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        if chars.count == 10 { return makeDate(year: year, month: month, day: day) }
        guard chars.count >= 19, let hour = number(11..<13), let minute = number(14..<16),
              let second = number(17..<19) else { return nil }
        var index = 19
        if index < chars.count, chars[index] == UInt8(ascii: ".") {
            index += 1
            while index < chars.count, chars[index] >= 48, chars[index] <= 57 { index += 1 }
        }
        var offset = 0
        if index < chars.count, chars[index] == UInt8(ascii: "+") || chars[index] == UInt8(ascii: "-") {
            guard let hours = number((index + 1)..<(index + 3)), let minutes = number((index + 4)..<(index + 6)) else {
                return nil
            }
            offset = (chars[index] == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
        }
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                        offsetSeconds: offset)
    }

    private static func makeDate(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, offsetSeconds: Int = 0
    ) -> Date? {
        guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute),
              (0...60).contains(second), (1900...2200).contains(year) else { return nil }
        let days = CivilDays.days(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static var easternCalendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = eastern
        return calendar
    }

    private static var utcCalendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar
    }

    private static func dayString(_ date: Date, in calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// The calendar day a timestamp falls on in arXiv's own time zone, as YYYY-MM-DD.
    public static func easternDay(_ date: Date) -> String { dayString(date, in: easternCalendar) }

    public static func announceDate(rfc822 text: String) -> String? { parseRFC822(text).map(easternDay) }

    public static func announceDate(iso8601 text: String) -> String? { parseISO8601(text).map(easternDay) }

    /// Validates and normalises a user's YYYY-MM-DD; nil for anything else (2024-02-30 included).
    public static func day(_ text: String) -> String? {
        guard text.count == 10, let date = parseISO8601(text) else { return nil }
        let normalised = dayString(date)
        return normalised == text ? normalised : nil
    }

    public static func dayDate(_ text: String) -> Date? { day(text).flatMap(parseISO8601) }

    /// `Thu` for 2024-11-28; nil for what is not a YYYY-MM-DD.
    public static func weekdayName(of text: String) -> String? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard text.count == 10, parts.count == 3 else { return nil }
        let days = CivilDays.days(year: parts[0], month: parts[1], day: parts[2])
        // 1970-01-01 was a Thursday.
        return ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][((days % 7) + 7) % 7]
    }

    /// A UTC midnight date as YYYY-MM-DD.
    public static func dayString(_ date: Date) -> String { dayString(date, in: utcCalendar) }

    /// The announcement a submission made at `date` belongs to, as the date of the feed that lists it.
    /// Submissions close at 14:00 Eastern on weekdays; Monday-to-Thursday deadlines are announced that
    /// evening and listed in the next day's feed, Friday's on Sunday evening and listed Monday.
    /// Holidays are not known here: a best estimate, used only for backfilled and imported days.
    public static func estimatedAnnounceDate(submitted date: Date) -> String {
        var estimator = AnnounceDayEstimator()
        return estimator.day(submitted: date)
    }

    /// YYYY-MM-DD for a count of days since 1970-01-01.
    static func civilDay(_ days: Int) -> String {
        let date = CivilDays.date(days: days)
        return String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
    }
}

/// `ArxivDates.estimatedAnnounceDate` in day arithmetic, for millions of papers (an import of the
/// whole snapshot): Eastern time's offset is looked up once per UTC day and each day's text made once.
/// Taking the offset at noon UTC misplaces only the hours around a 2 a.m. clock change, which fall on a
/// Sunday: a weekend either way, so the estimate is the same.
public struct AnnounceDayEstimator {
    private var offsets: [Int: Int] = [:]
    private var texts: [Int: String] = [:]

    public init() {}

    public mutating func day(submitted date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let utcDay = Self.floorDivide(seconds, 86_400)
        let offset: Int
        if let known = offsets[utcDay] {
            offset = known
        } else {
            offset = ArxivDates.eastern.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utcDay * 86_400 + 43_200)))
            offsets[utcDay] = offset
        }
        let local = seconds + offset
        var deadline = Self.floorDivide(local, 86_400)
        if local - deadline * 86_400 >= 14 * 3600 { deadline += 1 }
        while Self.isWeekend(deadline) { deadline += 1 }
        var listed = deadline + 1
        while Self.isWeekend(listed) { listed += 1 }
        if let text = texts[listed] { return text }
        let text = ArxivDates.civilDay(listed)
        texts[listed] = text
        return text
    }

    /// 1970-01-01 was a Thursday: day 0 has weekday 4 counting from Sunday.
    private static func isWeekend(_ day: Int) -> Bool {
        let weekday = ((day + 4) % 7 + 7) % 7
        return weekday == 0 || weekday == 6
    }

    private static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }
}
