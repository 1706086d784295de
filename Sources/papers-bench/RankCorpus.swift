import Foundation
import ReaderStore

/// The real papers the ranking is evaluated on: every recorded fixture with paper metadata and the
/// bundled sample, read through the app's own parsers, each paper once; per source (a harvest, a
/// query, a snapshot, the announcement feeds), oldest first.
struct RealPaperCorpus {
    let sources: [[RankingPaper]]

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let defaultFixtures = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures/arxiv").path

    init(fixtures: String) throws {
        let folder = URL(fileURLWithPath: fixtures)
        func data(_ name: String) throws -> Data {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                throw BenchError("\(folder.appendingPathComponent(name).path) is missing (--fixtures names the folder)")
            }
            return data
        }
        var sources: [[RankingPaper]] = []
        for name in ["arxiv_oai_listrecords_arXiv_1000records_2013.xml", "arxiv_oai_listrecords_arXivRaw_6records_2015.xml",
                     "arxiv_oai_listrecords_oai_dc_set-cs_5records_2024.xml"] {
            sources.append(try OAIPMHParser.parse(data(name)).papers.map { RankingPaper($0) })
        }
        for name in ["arxiv_api_query_all-testing_100entries.xml", "arxiv_api_query_au-del_maestro_10entries_2016classic.xml"] {
            sources.append(try ArxivAPIParser.parse(data(name)).papers.map { RankingPaper($0) })
        }
        sources.append(try data("kaggle_arxiv-metadata-oai-snapshot_head200.jsonl").split(separator: UInt8(ascii: "\n")).map {
            RankingPaper(try KaggleSnapshotParser.parse(line: Data($0)))
        })
        let sample = Self.packageRoot.appendingPathComponent("Sources/ReaderStore/Resources/BundledSample")
        let sampleFiles = (try? FileManager.default.contentsOfDirectory(atPath: sample.path)) ?? []
        var feeds = sampleFiles.sorted().compactMap { FileManager.default.contents(atPath: sample.appendingPathComponent($0).path) }
        for name in ["arxiv_rss_cs.AI_2026-04-27_trimmed.xml", "arxiv_rss_cs.CL_2026-04-27_trimmed.xml",
                     "arxiv_rss_cs.LG_2026-04-27_trimmed.xml", "arxiv_rss_quant-ph_2025-04-28_full81items.xml",
                     "arxiv_atom_cs.AI_2025-08-20_2entries.xml"] {
            feeds.append(try data(name))
        }
        sources.append(try feeds.flatMap { feed in
            let parsed = try ArxivRSSParser.parse(feed)
            let day = parsed.announceDate.flatMap(Self.day)
            return parsed.entries.map { RankingPaper($0.paper, date: day) }
        })
        var seen = Set<String>()
        self.sources = sources.map { papers in
            papers.filter { seen.insert($0.id).inserted && !$0.title.isEmpty }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        }
    }

    /// Per source, the older `share` and the rest: what the readers saw and marked, and what is ranked.
    static func split(_ sources: [[RankingPaper]], share: Double) -> (older: [[RankingPaper]], newer: [[RankingPaper]]) {
        let cuts = sources.map { Int((Double($0.count) * share).rounded()) }
        return (zip(sources, cuts).map { Array($0[..<$1]) }, zip(sources, cuts).map { Array($0[$1...]) })
    }

    private static func day(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.date(from: text)
    }
}

/// A simulated reader's hidden interest: a theme that crosses categories, judged by hand-written
/// phrases over the title and abstract. The phrases are plain lowercase text matched on word
/// boundaries (every inflection written out), not the ranker's tokenizer, stemmer or features.
struct SimulatedInterest {
    let name: String
    /// Concepts, each written as its phrases (`qubit|qubits`): a paper is relevant when its title and
    /// abstract hold two different concepts.
    let concepts: [[String]]
    /// What the reader would type as preference keywords: two or three of the phrases.
    let keywords: [String]

    init(name: String, phrases: [String], keywords: [String]) {
        self.name = name
        concepts = phrases.map { $0.split(separator: "|").map(String.init) }
        self.keywords = keywords
    }

    func isRelevant(_ paper: RankingPaper) -> Bool {
        let text = Self.normalized(paper.title) + Self.normalized(paper.abstract)
        return concepts.lazy.filter { $0.contains { text.contains(" \($0) ") } }.prefix(2).count == 2
    }

    /// Lowercase letters and digits, every other run of characters one space, padded with spaces.
    static func normalized(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        return " " + folded.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ") + " "
    }

    static let all: [SimulatedInterest] = [
        SimulatedInterest(
            name: "quantum information (quant-ph, cond-mat, hep-th, cs.IT)",
            phrases: ["entanglement|entangled", "qubit|qubits", "quantum computing|quantum computer|quantum computers|quantum computation",
                      "quantum error correction|error correcting code|error correcting codes", "quantum channel|quantum channels",
                      "decoherence", "quantum key distribution|quantum cryptography", "teleportation",
                      "bell inequality|bell inequalities|nonlocality", "quantum algorithm|quantum algorithms",
                      "quantum circuit|quantum circuits|quantum gate|quantum gates", "quantum information",
                      "tomography", "fidelity", "quantum measurement|quantum measurements", "mutual information"],
            keywords: ["entanglement", "qubit", "quantum information"]),
        SimulatedInterest(
            name: "machine learning (cs.LG, cs.AI, cs.CL, stat, cs.SE, physics)",
            phrases: ["neural network|neural networks|deep learning", "machine learning", "reinforcement learning",
                      "classifier|classifiers|classification", "supervised|unsupervised|semi supervised", "training data|training set",
                      "language model|language models|llm|llms", "transformer|transformers|attention mechanism",
                      "gradient descent|stochastic gradient", "support vector|kernel methods", "learning algorithm|learning algorithms",
                      "feature selection|features", "overfitting|generalization error", "prediction|predictive", "benchmark|benchmarks",
                      "dataset|datasets"],
            keywords: ["machine learning", "neural network"]),
        SimulatedInterest(
            name: "black holes and gravitational waves (gr-qc, hep-th, astro-ph)",
            phrases: ["black hole|black holes", "gravitational wave|gravitational waves|gravitational radiation", "event horizon|horizon",
                      "hawking radiation|hawking", "schwarzschild", "kerr", "neutron star|neutron stars|pulsar|pulsars",
                      "inspiral|merger|mergers", "ligo|virgo|interferometer", "compact binary|compact binaries|binary",
                      "accretion", "general relativity|einstein equations", "spacetime|space time", "entropy"],
            keywords: ["black hole", "gravitational waves"]),
        SimulatedInterest(
            name: "dark matter and the early universe (astro-ph.CO, hep-ph, astro-ph.GA, gr-qc)",
            phrases: ["dark matter", "dark energy", "cosmic microwave background|cmb", "inflation|inflationary|inflaton",
                      "cosmological constant", "wimp|wimps|weakly interacting", "halo|halos|haloes", "galaxy clusters|cluster of galaxies",
                      "weak lensing|gravitational lensing", "baryon acoustic|large scale structure", "big bang|early universe",
                      "reionization", "cosmological|cosmology", "primordial", "redshift|redshifts"],
            keywords: ["dark matter", "cosmological"]),
        SimulatedInterest(
            name: "topological and two-dimensional matter (cond-mat.mes-hall, mtrl-sci, str-el)",
            phrases: ["graphene", "topological insulator|topological insulators", "majorana", "edge states|edge state|surface states",
                      "quantum hall", "dirac fermions|dirac cone|dirac point", "spin orbit coupling|spin orbit",
                      "weyl semimetal|weyl", "monolayer|bilayer|few layer", "nanoribbon|nanoribbons|nanotube|nanotubes",
                      "topological phase|topological phases|topological order|topological superconductor",
                      "berry phase|chern number", "two dimensional|2d", "band structure|band gap", "transport|conductance"],
            keywords: ["graphene", "topological insulator"]),
        SimulatedInterest(
            name: "software testing and program analysis (cs.SE, cs.LG, cs.PL, cs.CR)",
            phrases: ["software testing", "test generation|test case generation", "unit test|unit tests|unit testing",
                      "test case|test cases|test suite|test suites", "bug|bugs|defect|defects",
                      "fault localization|fault detection", "mutation testing|mutation", "regression testing", "fuzzing|fuzz",
                      "static analysis|program analysis", "program repair|automated repair", "code coverage|coverage",
                      "debugging", "software engineering|software", "source code|code"],
            keywords: ["software testing", "test cases", "bugs"]),
    ]
}
