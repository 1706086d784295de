import Foundation
import GRDB
import Testing
@testable import ReaderStore

@Suite("dates written as GRDB writes them")
struct StoredDateTests {
    @Test("whole-second dates from 1900 to 9999 are the text GRDB makes")
    func sameTextAsGRDB() {
        var seconds: [Double] = [0, -1, 86_399, 86_400, 951_782_400, 1_763_373_600, -2_208_988_800, 253_402_300_799]
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2_000 { seconds.append(Double(Int.random(in: -2_208_988_800...253_402_300_799, using: &random))) }
        for value in seconds {
            let date = Date(timeIntervalSince1970: value)
            #expect(StoredDate.value(date) == date.databaseValue, "\(value)")
            #expect(StoredDate.date(date.databaseValue) == Date.fromDatabaseValue(date.databaseValue), "\(value)")
        }
    }

    @Test("fractions, nil and far dates are left to GRDB")
    func othersAsGRDB() {
        for value in [0.25, 1_763_373_600.899, -2_208_988_801, -62_135_596_800, 253_402_300_800] {
            let date = Date(timeIntervalSince1970: value)
            #expect(StoredDate.value(date) == date.databaseValue)
        }
        #expect(StoredDate.value(nil) == .null)
        for text in ["2025-11-17 10:00:00.123", "2025-02-29 10:00:00.000", "2025-11-17T10:00:00Z", "2025-11-17", "garbage"] {
            #expect(StoredDate.date(text.databaseValue) == Date.fromDatabaseValue(text.databaseValue), "\(text)")
        }
    }
}
