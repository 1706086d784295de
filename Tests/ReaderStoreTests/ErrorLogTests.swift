import Foundation
import Testing
@testable import ReaderStore

@Suite("the error log")
struct ErrorLogTests {
    static func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-log-\(UUID().uuidString)/papers-tui").path
    }

    static func size(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    @Test("past its bound the log becomes papers-tui.log.1, replacing the older one: never more than twice the bound")
    func rotation() throws {
        let log = ErrorLog(folder: Self.temporaryFolder(), maxBytes: 2_000, causes: ErrorCauses())
        let rotated = log.path + ".1"
        var count = 0
        func record() {
            count += 1
            log.record(FeedError.timedOut(service: "arXiv"), shown: "record \(count) " + String(repeating: "x", count: 100), context: "sync")
        }
        while !FileManager.default.fileExists(atPath: rotated) {
            record()
            #expect(Self.size(log.path) <= 2_000)
            #expect(count < 100, "the log never rotated")
        }
        let firstRotation = try String(contentsOfFile: rotated, encoding: .utf8)
        #expect(firstRotation.split(separator: "\n").first?.contains(" sync: record 1 ") == true)
        #expect(try String(contentsOfFile: log.path, encoding: .utf8).contains("sync: record \(count) "))

        let recordsPerFile = count - 1
        for _ in 0..<recordsPerFile { record() }
        let secondRotation = try String(contentsOfFile: rotated, encoding: .utf8)
        #expect(!secondRotation.contains("record 1 "), "the older rotated log was kept")
        #expect(Self.size(log.path) <= 2_000 && Self.size(rotated) <= 2_000)
        let folder = (log.path as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["papers-tui.log", "papers-tui.log.1"])
    }

    @Test("a record is one line: the UTC time, the command, the sentence and the causes noted behind what it quotes")
    func recordLine() throws {
        let causes = ErrorCauses()
        let log = ErrorLog(folder: Self.temporaryFolder(), causes: causes)
        let error = StoreError.readOnly(path: "/tmp/papers.sqlite")
        causes.note("SQLite error 8: attempt to write a readonly database - while executing `INSERT INTO mark`", behind: error)
        let date = Date(timeIntervalSince1970: 1_777_270_000)
        log.record(error, shown: "the reader stopped:\n\(error)", context: "reader", at: date)
        let text = try String(contentsOfFile: log.path, encoding: .utf8)
        #expect(text == "2026-04-27T06:06:40Z reader: the reader stopped: \(error) | cause: "
            + "ReaderStore.StoreError.readOnly(path: \"/tmp/papers.sqlite\") <- SQLite error 8: attempt to write a readonly "
            + "database - while executing `INSERT INTO mark`\n")
    }

    @Test("the API key, Bearer tokens and Authorization headers never reach the log")
    func masksSecrets() throws {
        let log = ErrorLog(folder: Self.temporaryFolder(), causes: ErrorCauses())
        log.hide("sk-unit-secret-1234")
        let error = LLMError.streamError("sk-unit-secret-1234 sent as Authorization: Bearer tok-5678, authorization=basic-9999")
        log.record(error, shown: "the key sk-unit-secret-1234 was echoed", context: "faq")
        let text = try String(contentsOfFile: log.path, encoding: .utf8)
        for secret in ["sk-unit-secret-1234", "tok-5678", "basic-9999"] {
            #expect(!text.contains(secret), "\(secret) is in: \(text)")
        }
        #expect(text.contains("Authorization: Bearer [API key]"))
    }

    @Test("the log is 0600 in a 0700 folder")
    func permissions() throws {
        let log = ErrorLog(folder: Self.temporaryFolder(), causes: ErrorCauses())
        log.record(FeedError.timedOut(service: "arXiv"), shown: "arXiv did not answer in time", context: "sync")
        let files = FileManager.default
        #expect(try files.attributesOfItem(atPath: log.path)[.posixPermissions] as? Int == 0o600)
        #expect(try files.attributesOfItem(atPath: (log.path as NSString).deletingLastPathComponent)[.posixPermissions] as? Int == 0o700)
    }

    @Test("a folder that cannot be made is skipped without a word")
    func unwritableFolder() throws {
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-log-file-\(UUID().uuidString)").path
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data()))
        let log = ErrorLog(folder: blocker + "/papers-tui", causes: ErrorCauses())
        log.record(FeedError.timedOut(service: "arXiv"), shown: "arXiv did not answer in time", context: "sync")
        #expect(!FileManager.default.fileExists(atPath: log.path))
    }

    @Test("PAPERS_TUI_STATE_DIR names the folder; else $XDG_STATE_HOME/papers-tui, else ~/.local/state/papers-tui")
    func folder() {
        #expect(ErrorLog.folder(["PAPERS_TUI_STATE_DIR": "/s", "XDG_STATE_HOME": "/x", "HOME": "/h"]) == "/s")
        #expect(ErrorLog.folder(["XDG_STATE_HOME": "/x", "HOME": "/h"]) == "/x/papers-tui")
        #expect(ErrorLog.folder(["XDG_STATE_HOME": "", "HOME": "/h"]) == "/h/.local/state/papers-tui")
    }
}
