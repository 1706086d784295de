import Foundation
import GRDB

extension PaperStore {
    /// Writes an answer under its key. A complete answer always wins; a partial one never replaces a
    /// complete one, nor a longer partial one (two generations of one paper may race: the reader and
    /// `papers-tui faq`), so no written text is ever lost to a shorter one.
    public func save(_ answer: FAQAnswer) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO faq (paper_id, version, lang, model, prompt_version, status, source, text, note, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (paper_id, lang, version, model, prompt_version) DO UPDATE SET
                    status = excluded.status, source = excluded.source, text = excluded.text,
                    note = excluded.note, updated_at = excluded.updated_at
                WHERE excluded.status = 'complete'
                   OR (faq.status <> 'complete' AND length(excluded.text) >= length(faq.text))
                """, arguments: [answer.paperID, answer.version, answer.lang.rawValue, answer.model, answer.promptVersion,
                                 answer.status.rawValue, answer.source.rawValue, answer.text, answer.note, answer.updatedAt])
        }
    }

    /// The answer to show for a paper: the exact key when it is cached, else the best other one for the
    /// paper and language (complete before partial, newest first), so a change of model or a new
    /// version of the paper still shows what was generated before.
    public func faq(paperID: String, lang: FAQLanguage, preferring key: FAQKey? = nil) throws(StoreError) -> FAQAnswer? {
        try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT * FROM faq WHERE paper_id = ? AND lang = ?
                ORDER BY (version = ? AND model = ? AND prompt_version = ?) DESC,
                         status = 'complete' DESC, updated_at DESC
                LIMIT 1
                """, arguments: [paperID, lang.rawValue, key?.version ?? -1, key?.model ?? "", key?.promptVersion ?? -1])
            return row.flatMap(FAQAnswer.init(row:))
        }
    }

    /// The answer stored under exactly this key.
    public func faq(_ key: FAQKey, paperID: String, lang: FAQLanguage) throws(StoreError) -> FAQAnswer? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT * FROM faq WHERE paper_id = ? AND lang = ? AND version = ? AND model = ? AND prompt_version = ?
                """, arguments: [paperID, lang.rawValue, key.version, key.model, key.promptVersion])
                .flatMap(FAQAnswer.init(row:))
        }
    }

    public func fullText(paperID: String, version: Int) throws(StoreError) -> FullText? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT source, text FROM fulltext WHERE paper_id = ? AND version = ?",
                             arguments: [paperID, version]).flatMap { row in
                FullTextSource(rawValue: row["source"]).map { FullText(source: $0, text: row["text"]) }
            }
        }
    }

    public func save(_ fullText: FullText, paperID: String, version: Int) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO fulltext (paper_id, version, source, text, fetched_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (paper_id, version) DO UPDATE SET
                    source = excluded.source, text = excluded.text, fetched_at = excluded.fetched_at
                """, arguments: [paperID, version, fullText.source.rawValue, fullText.text, Date()])
        }
    }
}

extension FAQAnswer {
    init?(row: Row) {
        guard let lang = FAQLanguage(rawValue: row["lang"]), let status = Status(rawValue: row["status"]),
              let source = FullTextSource(rawValue: row["source"]) else { return nil }
        self.init(paperID: row["paper_id"], version: row["version"], lang: lang, model: row["model"],
                  promptVersion: row["prompt_version"], status: status, source: source, text: row["text"],
                  note: row["note"], updatedAt: row["updated_at"])
    }
}
