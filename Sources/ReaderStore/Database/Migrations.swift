import GRDB

/// The cache schema. Migrations are append-only: never edit one that has shipped, add a new one.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: papers, listings, marks, full-text index, sync state") { db in
            try db.execute(sql: """
                CREATE TABLE paper (
                    rowid INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    version INTEGER NOT NULL,
                    title TEXT NOT NULL,
                    authors TEXT NOT NULL,
                    abstract TEXT NOT NULL,
                    primary_category TEXT NOT NULL,
                    categories TEXT NOT NULL,
                    comments TEXT,
                    journal_ref TEXT,
                    doi TEXT,
                    published TEXT,
                    updated TEXT
                );
                CREATE TABLE listing (
                    announce_date TEXT NOT NULL,
                    category TEXT NOT NULL,
                    paper_id TEXT NOT NULL,
                    announce_type TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    PRIMARY KEY (announce_date, category, paper_id)
                ) WITHOUT ROWID;
                CREATE INDEX listing_by_paper ON listing(paper_id);
                CREATE INDEX listing_by_category_date ON listing(category, announce_date);
                CREATE TABLE mark (
                    paper_id TEXT PRIMARY KEY,
                    starred_at TEXT,
                    read_at TEXT
                ) WITHOUT ROWID;
                CREATE INDEX mark_starred ON mark(starred_at) WHERE starred_at IS NOT NULL;
                CREATE TABLE sync_state (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                ) WITHOUT ROWID;
                """)
            // Porter stemming over unicode61 with diacritics folded, so that the search built later
            // matches `images` to `image` and `Schrodinger` to `Schrödinger` without a rebuild.
            try db.create(virtualTable: "paper_fts", using: FTS5()) { table in
                table.synchronize(withTable: "paper")
                table.tokenizer = .porter(wrapping: .unicode61(diacritics: .remove))
                table.column("title")
                table.column("authors")
                table.column("abstract")
            }
        }
        migrator.registerMigration("v2: FAQ answers and the full texts they were generated from") { db in
            // Rowid tables, not WITHOUT ROWID: their rows hold kilobytes of text.
            try db.execute(sql: """
                CREATE TABLE faq (
                    paper_id TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    lang TEXT NOT NULL,
                    model TEXT NOT NULL,
                    prompt_version INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    source TEXT NOT NULL,
                    text TEXT NOT NULL,
                    note TEXT,
                    updated_at TEXT NOT NULL,
                    UNIQUE (paper_id, lang, version, model, prompt_version)
                );
                CREATE TABLE fulltext (
                    paper_id TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    source TEXT NOT NULL,
                    text TEXT NOT NULL,
                    fetched_at TEXT NOT NULL,
                    UNIQUE (paper_id, version)
                );
                """)
        }
        migrator.registerMigration("v3: full-text index of FAQ answers") { db in
            try db.create(virtualTable: "faq_fts", using: FTS5()) { table in
                table.synchronize(withTable: "faq")
                table.tokenizer = .porter(wrapping: .unicode61(diacritics: .remove))
                table.column("text")
            }
        }
        migrator.registerMigration("v4: venue papers") { db in
            try db.execute(sql: """
                ALTER TABLE paper ADD COLUMN link_url TEXT;
                ALTER TABLE paper ADD COLUMN pdf_link TEXT;
                CREATE TABLE venue_paper (
                    source_id TEXT PRIMARY KEY,
                    paper_id TEXT NOT NULL,
                    venue TEXT NOT NULL,
                    edition TEXT NOT NULL,
                    grp TEXT NOT NULL,
                    keywords TEXT,
                    position INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX venue_paper_by_edition ON venue_paper(edition, grp, position);
                CREATE INDEX venue_paper_by_paper ON venue_paper(paper_id);
                """)
        }
        migrator.registerMigration("v5: new papers are indexed a batch at a time") { db in
            // The row-by-row insert trigger indexed 6,000 papers/s; one INSERT ... SELECT per written
            // batch (FullTextIndex.indexPapers) does 17,000/s. Updates and deletes keep their triggers.
            try db.execute(sql: "DROP TRIGGER IF EXISTS __paper_fts_ai")
        }
        migrator.registerMigration("v6: a day's listing in paper order, covering what a day's list reads") { db in
            // A day's list groups the day's listing rows by paper; with this index the grouping streams
            // instead of sorting (2.7 ms to 1.0 ms at 1 M papers, for the counts and again for a page).
            try db.execute(sql: """
                CREATE INDEX IF NOT EXISTS listing_by_day_paper ON listing(announce_date, paper_id, announce_type, position, category)
                """)
        }
        migrator.registerMigration("v7: the full-text index buffers a whole batch of new papers") { db in
            // FTS5 writes its in-memory terms out as a new segment whenever they pass `hashsize`
            // (1 MB by default), and must merge those segments later: at 64 MB a batch of 10,000
            // papers is one segment, and an import of 100,000 took 4.7 s instead of 5.5 s.
            try db.execute(sql: "INSERT INTO paper_fts(paper_fts, rank) VALUES('hashsize', 67108864)")
        }
        migrator.registerMigration("v8: a count of changes to lists and marks") { db in
            // Any process's change to a listing, a mark or a venue membership bumps the count, so a
            // day's list kept in memory (DayListCache) is known to be current by reading one row. A later
            // migration that rebuilds one of these tables must create its triggers again
            // (DayIndexTests checks that all nine exist).
            try db.execute(sql: """
                CREATE TABLE change_count (subject TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
                INSERT INTO change_count (subject, value) VALUES ('lists', 0);
                """)
            for table in ["listing", "mark", "venue_paper"] {
                for event in ["INSERT", "UPDATE", "DELETE"] {
                    try db.execute(sql: """
                        CREATE TRIGGER \(table)_\(event.lowercased())_counted AFTER \(event) ON \(table)
                        BEGIN UPDATE change_count SET value = value + 1 WHERE subject = 'lists'; END
                        """)
                }
            }
        }
        migrator.registerMigration("v9: papers seen in a list") { db in
            // Seen is a mark like the others: kept per paper, by any list that showed it under the
            // cursor, and never touched by a sync. A mark row may now hold only a seen time. A paper
            // read before was seen then. `seen_version` is the version seen, so that a starred or read
            // paper announced again with a new version shows as changed; a paper marked before was seen
            // at the version cached.
            try db.execute(sql: """
                ALTER TABLE mark ADD COLUMN seen_at TEXT;
                ALTER TABLE mark ADD COLUMN seen_version INTEGER;
                UPDATE mark SET seen_at = read_at WHERE read_at IS NOT NULL;
                UPDATE mark SET seen_version = (SELECT version FROM paper WHERE id = mark.paper_id)
                 WHERE starred_at IS NOT NULL OR read_at IS NOT NULL;
                """)
        }
        migrator.registerMigration("v10: listing rows the bundled sample put in") { db in
            // So that removing the sample leaves what a sync brought, even for the same day, category
            // and paper: a real list written over a sample row resets the flag (the column's default).
            // Rows written before cannot be told apart; those of the days and categories the sample
            // has always held are taken as the sample's, as removing it took them before.
            try db.execute(sql: """
                ALTER TABLE listing ADD COLUMN from_sample INTEGER NOT NULL DEFAULT 0;
                UPDATE listing SET from_sample = 1
                 WHERE position >= 0
                   AND ((announce_date = '2026-04-27' AND category IN ('cs.AI', 'cs.CL', 'cs.LG'))
                        OR (announce_date = '2025-04-28' AND category = 'quant-ph'));
                """)
        }
        migrator.registerMigration("v11: papers dismissed as not interesting") { db in
            // "Not interested" is a mark like the others, kept per paper and never touched by a sync; a
            // mark row may now hold only a dismissal. The partial index keeps the list of dismissed
            // papers (`list --dismissed`) a seek, not a pass over every mark.
            try db.execute(sql: """
                ALTER TABLE mark ADD COLUMN dismissed_at TEXT;
                CREATE INDEX mark_dismissed ON mark(dismissed_at) WHERE dismissed_at IS NOT NULL;
                """)
        }
        migrator.registerMigration("v12: the personal ranking model and its seeds") { db in
            // One row: the last model trained from this cache's marks, and the change count it saw, so
            // a reader knows whether marks changed since. Seeds are papers the ranking takes as liked
            // without a star (`rank seed`).
            try db.execute(sql: """
                CREATE TABLE ranking_model (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    model BLOB NOT NULL,
                    trained_at TEXT NOT NULL,
                    marks_change INTEGER
                );
                CREATE TABLE ranking_seed (paper_id TEXT PRIMARY KEY, added_at TEXT NOT NULL) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v13: saved searches") { db in
            // A search kept under a name, and when its list was last looked at: the matches announced
            // on a later day are its new ones.
            try db.execute(sql: """
                CREATE TABLE saved_search (
                    name TEXT PRIMARY KEY,
                    query TEXT NOT NULL,
                    saved_at TEXT NOT NULL,
                    looked_at TEXT NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v14: watched authors and keywords") { db in
            // What the user watches, and when the list of their papers was last looked at (one row).
            try db.execute(sql: """
                CREATE TABLE watch (
                    kind TEXT NOT NULL CHECK (kind IN ('author', 'keyword')),
                    value TEXT NOT NULL,
                    added_at TEXT NOT NULL,
                    PRIMARY KEY (kind, value)
                ) WITHOUT ROWID;
                CREATE TABLE watch_looked (id INTEGER PRIMARY KEY CHECK (id = 1), looked_at TEXT NOT NULL);
                """)
        }
        migrator.registerMigration("v15: paper vectors from an embeddings server") { db in
            // A rowid table (a vector is a kilobyte, too big for a WITHOUT ROWID row), one vector per
            // paper and embeddings model. Its highest rowid moves with every vector added, so that a
            // ranking trained before them is known to be stale without counting them.
            try db.execute(sql: """
                CREATE TABLE paper_embedding (
                    model TEXT NOT NULL,
                    paper_id TEXT NOT NULL,
                    vector BLOB NOT NULL,
                    UNIQUE (model, paper_id)
                );
                """)
        }
        migrator.registerMigration("v16: the library's log of mark changes") { db in
            try LibrarySchema.create(db)
        }
        migrator.registerMigration("v17: notes on papers") { db in
            try LibrarySchema.createNoteTables(db)
        }
        migrator.registerMigration("v18: tags on papers") { db in
            try LibrarySchema.createTagTable(db)
        }
        return migrator
    }

    /// Migrations that only speed things up: a cache that can only be read is browsed without them.
    static let optionalForReading: Set<String> = [
        "v6: a day's listing in paper order, covering what a day's list reads",
        "v7: the full-text index buffers a whole batch of new papers",
        "v8: a count of changes to lists and marks",
        "v9: papers seen in a list",
        // Only loading and removing the sample, both writes, read the column.
        "v10: listing rows the bundled sample put in",
        // Without the column nothing is dismissed: `readAsCurrent` shows it empty.
        "v11: papers dismissed as not interesting",
        // Without it nothing is ranked: lists keep arXiv's order.
        "v12: the personal ranking model and its seeds",
        // Without it no search is saved: the picker shows none.
        "v13: saved searches",
        // Without it nothing is watched: no paper is marked.
        "v14: watched authors and keywords",
        // Without it no paper has a vector: the ranking uses terms, authors and categories.
        "v15: paper vectors from an embeddings server",
        // Without it no change is logged for other devices: only writes read it.
        "v16: the library's log of mark changes",
        // Without it no paper has a note: none is shown.
        "v17: notes on papers",
        // Without it no paper has a tag: none is shown.
        "v18: tags on papers",
    ]

    /// On a connection that cannot migrate, makes an older cache read as a current one: a temporary
    /// view (visible to this connection only, and searched before the file's own tables) shows its
    /// marks as the later migrations would have made them: seen when read (v9), none dismissed (v11).
    static func readAsCurrent(_ db: Database) throws {
        guard try db.tableExists("mark") else { return }
        let columns = Set(try db.columns(in: "mark").map(\.name))
        let hasSeen = columns.contains("seen_at")
        guard !hasSeen || !columns.contains("dismissed_at") else { return }
        let seen = hasSeen ? "seen_at, seen_version" : "read_at AS seen_at, NULL AS seen_version"
        try db.execute(sql: """
            CREATE TEMP VIEW mark AS
            SELECT paper_id, starred_at, read_at, \(seen), NULL AS dismissed_at FROM main.mark
            """)
    }
}
