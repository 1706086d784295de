import Foundation
import Testing
import TestSupport

/// `export -o PATH` replaces only a regular file, atomically, and never the cache; every exported
/// field is escaped for its format, so a real parser of each format finds exactly the papers exported.
@Suite("export: where it writes, and hostile fields read back by real parsers")
struct HostileExportTests {
    /// A starred cache and a folder of its own to export into.
    static func starredSample() async throws -> (BinaryRunner, URL) {
        let cli = try BinaryRunner()
        #expect(try await cli.run(["import", "--sample"]).status == 0)
        #expect(try await cli.run(["star", "2604.21935", "2604.21953", "2504.18264"]).status == 0)
        let folder = URL(fileURLWithPath: cli.database).deletingLastPathComponent().appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (cli, folder)
    }

    static func contents(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    static func expectRefused(_ result: BinaryRunner.Result, saying phrase: String, _ comment: Comment? = nil) {
        #expect(result.status == 1, comment)
        #expect(result.stderr.hasPrefix("papers-tui: ") && result.stderr.contains(phrase), comment)
        #expect(result.stderr.split(separator: "\n").count == 1, comment)
        #expect(result.stdout.isEmpty, comment)
    }

    @Test("a folder (also as folder/. or folder/) is refused and everything in it stays")
    func folderRefused() async throws {
        let (cli, folder) = try await Self.starredSample()
        let thesis = folder.appendingPathComponent("thesis")
        try FileManager.default.createDirectory(at: thesis, withIntermediateDirectories: true)
        try Data("chapter one".utf8).write(to: thesis.appendingPathComponent("chapter1.tex"))
        for target in [thesis.path, thesis.path + "/.", thesis.path + "/"] {
            let result = try await cli.run(["export", "-o", target])
            Self.expectRefused(result, saying: "folder", "\(target)")
        }
        #expect(try Self.contents(thesis) == ["chapter1.tex"])
        #expect(try String(contentsOf: thesis.appendingPathComponent("chapter1.tex"), encoding: .utf8) == "chapter one")
        #expect(try Self.contents(folder) == ["thesis"])
    }

    @Test("the cache, a hard link to it and its -wal name are refused; the cache still reads")
    func cacheRefused() async throws {
        let (cli, folder) = try await Self.starredSample()
        let before = try await cli.sqlite("SELECT COUNT(*) FROM mark WHERE starred_at IS NOT NULL;")
        let link = folder.appendingPathComponent("linked.sqlite").path
        #expect(Foundation.link(cli.database, link) == 0)
        for target in [cli.database, link] {
            Self.expectRefused(try await cli.run(["export", "--format", "json", "-o", target]), saying: "is the cache or one of its files", "\(target)")
        }
        // The -wal file may or may not exist between runs: refused either way, by identity or by name.
        Self.expectRefused(try await cli.run(["export", "-o", cli.database + "-wal"]), saying: "is the cache or one of its files")
        #expect(try await cli.sqlite("PRAGMA integrity_check;") == "ok")
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM mark WHERE starred_at IS NOT NULL;") == before)
        #expect(try Self.contents(folder) == ["linked.sqlite"])
    }

    @Test("a FIFO, a device node, a symbolic link to either or to nothing are refused and left as they were")
    func nonRegularRefused() async throws {
        let (cli, folder) = try await Self.starredSample()
        let fifo = folder.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o644) == 0)
        var targets = [fifo]
        if getuid() == 0 {
            let device = folder.appendingPathComponent("null-device").path
            // makedev(1, 3), /dev/null's numbers (the macro is not imported into Swift).
            #expect(mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
            targets.append(device)
        }
        let toFIFO = folder.appendingPathComponent("to-fifo").path
        #expect(symlink(fifo, toFIFO) == 0)
        targets.append(toFIFO)
        for target in targets {
            Self.expectRefused(try await cli.run(["export", "-o", target]), saying: "is not a regular file", "\(target)")
        }
        let dangling = folder.appendingPathComponent("dangling").path
        #expect(symlink(folder.appendingPathComponent("nowhere").path, dangling) == 0)
        Self.expectRefused(try await cli.run(["export", "-o", dangling]), saying: "symbolic link to nothing")
        for target in targets + [dangling] {
            var info = stat()
            #expect(lstat(target, &info) == 0)
            #expect(info.st_mode & S_IFMT != S_IFREG, "\(target) became a regular file")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("nowhere").path))
        #expect(try Self.contents(folder).allSatisfy { !$0.contains(".partial") })
    }

    @Test("an existing file is replaced whole, keeping its permissions; a link to a file replaces the file; - is standard output")
    func regularFileReplaced() async throws {
        let (cli, folder) = try await Self.starredSample()
        let file = folder.appendingPathComponent("stars.json")
        try Data("old contents".utf8).write(to: file)
        #expect(chmod(file.path, 0o600) == 0)
        let written = try await cli.run(["export", "--format", "json", "-o", file.path])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stderr == "papers-tui: wrote 3 papers to \(file.path)\n")
        let papers = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [[String: Any]])
        #expect(Set(papers.compactMap { $0["id"] as? String }) == ["2604.21935", "2604.21953", "2504.18264"])
        var info = stat()
        #expect(stat(file.path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)

        let link = folder.appendingPathComponent("latest.json")
        #expect(symlink(file.path, link.path) == 0)
        try Data("old again".utf8).write(to: file)
        #expect(try await cli.run(["export", "--format", "csv", "-o", link.path]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == file.path)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("id,version,title"))

        let standard = try await cli.run(["export", "--format", "ris", "-o", "-"])
        #expect(standard.status == 0)
        #expect(standard.stdout.components(separatedBy: "ER  - ").count - 1 == 3)
        #expect(standard.stderr.isEmpty)
        #expect(try Self.contents(folder) == ["latest.json", "stars.json"])
    }

    @Test("an export that fails (a full disk) leaves the old file as it was and no temporary file")
    func failedExportKeepsOldFile() async throws {
        let (cli, _) = try await Self.starredSample()
        try await TmpfsMount.with(megabytes: 1) { mount in
            let file = mount.folder.appendingPathComponent("stars.bib")
            try Data("@misc{old, title = {Old}}\n".utf8).write(to: file)
            let filler = mount.folder.appendingPathComponent("filler")
            let free = try #require(try FileManager.default.attributesOfFileSystem(forPath: mount.folder.path)[.systemFreeSize] as? Int)
            try Data(count: max(0, free - 4096)).write(to: filler)
            let failed = try await cli.run(["export", "--format", "json", "-o", file.path])
            #expect(failed.status == 1)
            #expect(failed.stderr.contains("cannot write \(file.path): no space left on device"), "\(failed.stderr)")
            #expect(failed.stderr.split(separator: "\n").count == 1)
            #expect(try String(contentsOf: file, encoding: .utf8) == "@misc{old, title = {Old}}\n")
            #expect(try Self.contents(mount.folder) == ["filler", "stars.bib"])
        }
    }

    // MARK: hostile fields

    /// A venue file whose fields try to forge records in each format, and one entry whose id
    /// carries an OSC 52 sequence (refused).
    static let hostileVenueFile = [
        #"{"id": "11953", "title": "Forged } @misc{forged, title={x}} Braces", "author": "Ann Lee; Bob and Carol", "status": "Oral", "site": "https://example.org/p?x=}\n@misc{evil,\n title={y}\n}", "abstract": "line one\nER  - \nTY  - JOUR\nTI  - forged record", "pdf": "https://example.org/a.pdf\nTY  - JOUR"}"#,
        #"{"id": "11954", "title": "=HYPERLINK(\"http://evil.example\",\"x\")", "author": "+cmd|' /C calc'!A0; @SUM(1+1)", "status": "Poster", "site": "-2+3 https://example.org/q", "abstract": "\u2028TY  - JOUR\u2029ER  - "}"#,
        #"{"id": "11955", "title": "Quote \"\u0311 and brace }\u0301 with {unclosed", "author": "Zoë Ærø", "status": "Spotlight", "site": "https://example.org/r\r\nUR  - forged\u0085AN  - x"}"#,
        #"{"id": "x\u001b]52;c;aGVsbG8=\u0007y", "title": "Clipboard writer", "status": "Oral"}"#,
    ].joined(separator: "\n")

    /// A Kaggle record whose DOI and journal reference try the same, with TeX in its title.
    static let hostileSnapshotLine = #"{"id": "2401.00001", "title": "$H^3$Fusion: Helpful, Harmless, Honest", "authors": "Selim Tekin and Fatih Ilhan", "abstract": "An abstract.", "categories": "cs.CL", "doi": "10.1000/x}\n@misc{forged2,", "journal-ref": "=1+1 } % # & \n@misc{forged3,", "versions": [{"version": "v1", "created": "Mon, 1 Jan 2024 00:00:00 GMT"}]}"#

    static let hostileIDs: Set<String> = ["2401.00001", "11953@NeurIPS.2018", "11954@NeurIPS.2018", "11955@NeurIPS.2018"]

    static func hostileCache() async throws -> (BinaryRunner, URL) {
        let cli = try BinaryRunner()
        let folder = URL(fileURLWithPath: cli.database).deletingLastPathComponent()
        let venueFile = folder.appendingPathComponent("neurips.jsonl")
        try Data(hostileVenueFile.utf8).write(to: venueFile)
        let imported = try await cli.run(["venues", "import", venueFile.path, "--edition", "NeurIPS.2018"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("NeurIPS.2018: 3 new"))
        #expect(imported.stderr.contains("skipped 1 entry (first: an entry whose id has characters no paper id can have)"))
        let snapshot = folder.appendingPathComponent("snapshot.json")
        try Data((hostileSnapshotLine + "\n").utf8).write(to: snapshot)
        let loaded = try await cli.run(["import", snapshot.path])
        #expect(loaded.status == 0, "\(loaded.stderr)")
        let starred = try await cli.run(["star"] + hostileIDs.sorted())
        #expect(starred.status == 0, "\(starred.stderr)")
        return (cli, folder)
    }

    /// The hostile papers as the cache holds them (`show --json`), by id: what each export must carry.
    static func stored(_ cli: BinaryRunner) async throws -> [String: [String: Any]] {
        var papers: [String: [String: Any]] = [:]
        for id in hostileIDs {
            papers[id] = try #require(try await cli.json(["show", id, "--json"]) as? [String: Any])
        }
        return papers
    }

    static func python(_ cli: BinaryRunner, _ script: String, _ file: String) async throws -> Any {
        var python = cli
        python.executable = "/usr/bin/python3"
        let result = try await python.run(["-c", script, file])
        #expect(result.status == 0, "python: \(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    static func export(_ cli: BinaryRunner, _ format: String, into folder: URL) async throws -> String {
        let file = folder.appendingPathComponent("stars.\(format)").path
        let result = try await cli.run(["export", "--format", format, "-o", file])
        #expect(result.status == 0, "\(format): \(result.stderr)")
        #expect(result.stderr == "papers-tui: wrote 4 papers to \(file)\n")
        return file
    }

    @Test("BibTeX: bibtexparser reads exactly the four papers, URLs and DOIs round-trip, and the key comes from the title's words")
    func bibtexReadBack() async throws {
        let (cli, folder) = try await Self.hostileCache()
        let stored = try await Self.stored(cli)
        let file = try await Self.export(cli, "bibtex", into: folder)
        let script = """
            import bibtexparser, json, sys, urllib.parse
            with open(sys.argv[1]) as f:
                db = bibtexparser.load(f)
            out = []
            for e in db.entries:
                row = {k: e.get(k) for k in ("ID", "ENTRYTYPE", "eprint", "title", "author", "note", "booktitle")}
                row["url"] = urllib.parse.unquote(e.get("url", ""))
                row["doi"] = urllib.parse.unquote(e["doi"]) if "doi" in e else None
                out.append(row)
            print(json.dumps({"entries": out, "comments": db.comments, "preambles": db.preambles}))
            """
        let parsed = try #require(try await Self.python(cli, script, file) as? [String: Any])
        let entries = try #require(parsed["entries"] as? [[String: Any]])
        #expect((parsed["comments"] as? [Any])?.isEmpty == true)
        #expect((parsed["preambles"] as? [Any])?.isEmpty == true)
        #expect(entries.count == 4)
        #expect(Set(entries.compactMap { $0["ID"] as? String }).count == 4)
        var found: Set<String> = []
        for entry in entries {
            let url = entry["url"] as? String ?? ""
            let match = try #require(stored.first { $0.value["abs_url"] as? String == url }, "no paper has the url \(url)")
            found.insert(match.key)
            #expect(entry["doi"] as? String == match.value["doi"] as? String, "\(match.key)")
            #expect(entry["ENTRYTYPE"] as? String == (match.key.contains("@") ? "inproceedings" : "misc"))
        }
        #expect(found == Self.hostileIDs)
        let forged = try #require(entries.first { ($0["title"] as? String)?.contains("Forged") == true })
        #expect((forged["title"] as? String)?.contains("@misc{forged, title={x}} Braces") == true)
        #expect(forged["author"] as? String == "Ann Lee and {Bob and Carol}")
        #expect(forged["booktitle"] as? String == "NeurIPS 2018")
        let arxiv = try #require(entries.first { $0["eprint"] as? String == "2401.00001" })
        #expect(arxiv["ID"] as? String == "tekin2024fusion")
        // The unpaired brace that would have opened a forged entry is spelt as a command.
        #expect((arxiv["note"] as? String)?.contains("@misc\\textbraceleft{}forged3,") == true)
    }

    /// What a CSV cell holds for a stored value: an apostrophe before a leading formula character.
    static func cell(_ value: String) -> String {
        value.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } == true ? "'" + value : value
    }

    @Test("CSV: Python's csv module reads exactly the four papers, every field as stored, and no cell can start a formula")
    func csvReadBack() async throws {
        let (cli, folder) = try await Self.hostileCache()
        let stored = try await Self.stored(cli)
        let file = try await Self.export(cli, "csv", into: folder)
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline="", encoding="utf-8") as f:
                print(json.dumps(list(csv.reader(f))))
            """
        let rows = try #require(try await Self.python(cli, script, file) as? [[String]])
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0.count == 13 })
        #expect(Set(rows.dropFirst().map { $0[0] }) == Self.hostileIDs)
        #expect(!rows.dropFirst().joined().contains { cell in cell.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false })
        for row in rows.dropFirst() {
            let paper = try #require(stored[row[0]])
            let authors = (paper["authors"] as? [String] ?? []).joined(separator: "; ")
            let values: [String?] = [paper["title"] as? String, authors, paper["abs_url"] as? String, paper["pdf_url"] as? String,
                                     paper["doi"] as? String, paper["journal_ref"] as? String]
            let expected = values.map { Self.cell($0 ?? "") }
            let cells = [row[2], row[3], row[9], row[10], row[11], row[12]]
            #expect(cells.map { Array($0.unicodeScalars) } == expected.map { Array($0.unicodeScalars) }, "\(row[0])")
        }
        #expect(rows.first { $0[0] == "11954@NeurIPS.2018" }?[2].hasPrefix("'=HYPERLINK(") == true)
    }

    /// A stored value as one RIS line: control characters and line separators as spaces, trimmed.
    static func flat(_ value: String) -> String {
        let scalars = value.unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar.properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator: " "
            default: scalar
            }
        }
        return String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespaces)
    }

    @Test("RIS: a strict reader finds exactly four records of tag lines; venue papers are CPAPER with their venue and no arXiv number")
    func risReadBack() async throws {
        let (cli, folder) = try await Self.hostileCache()
        let stored = try await Self.stored(cli)
        let file = try await Self.export(cli, "ris", into: folder)
        let records = try StrictRIS.records(try String(contentsOfFile: file, encoding: .utf8))
        #expect(records.count == 4)
        var found: Set<String> = []
        for record in records {
            let url = record["UR"]?.first ?? ""
            let match = try #require(stored.first { Self.flat($0.value["abs_url"] as? String ?? "") == url }, "no paper has the url \(url)")
            found.insert(match.key)
            let paper = match.value
            #expect(record["TI"] == [Self.flat(paper["title"] as? String ?? "")])
            #expect(record["AU"] == (paper["authors"] as? [String] ?? []).map(Self.flat))
            let pdf = Self.flat(paper["pdf_url"] as? String ?? "")
            #expect(record["L1"] == (pdf.isEmpty ? nil : [pdf]))
            #expect(record["DO"] == (paper["doi"] as? String).map { [Self.flat($0)] })
            if match.key.contains("@") {
                #expect(record["TY"] == ["CPAPER"])
                #expect(record["T2"] == ["NeurIPS 2018"] && record["C3"] == ["NeurIPS 2018"])
                #expect(record["AN"] == nil)
                #expect(record["PY"] == ["2018"])
            } else {
                #expect(record["TY"] == ["UNPB"])
                #expect(record["AN"] == ["arXiv:\(match.key)"])
            }
        }
        #expect(found == Self.hostileIDs)
    }

    @Test("JSON: JSONSerialization reads exactly the four papers with their fields as stored")
    func jsonReadBack() async throws {
        let (cli, folder) = try await Self.hostileCache()
        let stored = try await Self.stored(cli)
        let file = try await Self.export(cli, "json", into: folder)
        let papers = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [[String: Any]])
        #expect(papers.count == 4)
        #expect(Set(papers.compactMap { $0["id"] as? String }) == Self.hostileIDs)
        for paper in papers {
            let id = paper["id"] as? String ?? ""
            let expected = try #require(stored[id])
            for field in ["title", "abs_url", "pdf_url", "doi", "journal_ref"] {
                #expect(paper[field] as? String == expected[field] as? String, "\(id) \(field)")
            }
        }
    }
}

/// A strict RIS reader: every line is a tag line (`XX  - value`) or blank between records, a record
/// starts with TY and ends with ER, and no value holds a line break of any kind.
enum StrictRIS {
    struct Malformed: Error, CustomStringConvertible { let description: String }

    static func records(_ text: String) throws -> [[String: [String]]] {
        var records: [[String: [String]]] = []
        var current: [String: [String]]?
        let breaks: Set<Unicode.Scalar> = ["\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
        for (number, scalars) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(String.UnicodeScalarView(scalars))
            if line.isEmpty, current == nil { continue }
            guard !scalars.contains(where: breaks.contains) else { throw Malformed(description: "line \(number + 1) holds a line break") }
            let tag = scalars.prefix(2)
            guard scalars.count >= 6, tag.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }),
                  String(String.UnicodeScalarView(scalars.dropFirst(2).prefix(4))) == "  - " else {
                throw Malformed(description: "line \(number + 1) is not a tag line: \(line)")
            }
            let name = String(String.UnicodeScalarView(tag))
            let value = String(String.UnicodeScalarView(scalars.dropFirst(6)))
            switch name {
            case "TY":
                guard current == nil else { throw Malformed(description: "line \(number + 1): TY inside a record") }
                current = ["TY": [value]]
            case "ER":
                guard let record = current else { throw Malformed(description: "line \(number + 1): ER outside a record") }
                records.append(record)
                current = nil
            default:
                guard current != nil else { throw Malformed(description: "line \(number + 1): a tag outside a record") }
                current?[name, default: []].append(value)
            }
        }
        guard current == nil else { throw Malformed(description: "the last record has no ER") }
        return records
    }
}
