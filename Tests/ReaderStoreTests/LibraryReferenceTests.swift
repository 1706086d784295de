import Foundation
import Testing
@testable import ReaderStore

@Suite("BibTeX exports: entries read forgivingly, and the papers they name found in the cache")
struct LibraryReferenceTests {
    private let zotero = #"""
        @comment{jabref-meta: databaseType:bibtex;}
        @string{prl = "Physical Review Letters"}
        @article{yokomori_evaluation_2025,
            title = {Evaluation of {Distimation}'s Real-world Performance on a Superconducting Quantum Computer},
            url = {http://arxiv.org/abs/2504.18141},
            journal = {arXiv preprint},
            author = {Yokomori, Hikaru and Koyama, Marii},
            year = {2025},
        }
        @misc{lang2025advancing,
              title={Advancing Superconducting Qubits: {CMOS}-Compatible Processing},
              author={S. J. K. Lang and T. Mayer},
              eprint={2504.18173},
              archivePrefix={arXiv},
              primaryClass={quant-ph}
        }
        @article{schrodinger,
            title = "Schr{\"o}dinger's cat " # "in \emph{superconducting} circuits",
            doi = {https://doi.org/10.1103/PhysRevLett.1.2},
            journal = prl,
        }
        @article{broken, title = {Unclosed {brace}
        @article{pubmed1, title = {A cell atlas}, eprint = {31234567}, eprinttype = {pubmed}}
        @inproceedings(paren, title = {Parentheses delimit this one}, note = {arXiv:hep-th/9901001v2})
        """#

    @Test("fields, types and keys; @comment and @string skipped; # joins; a broken entry is counted and the next still read")
    func entries() {
        let parsed = BibTeXEntries(parsing: zotero)
        #expect(parsed.entries.map(\.key) == ["yokomori_evaluation_2025", "lang2025advancing", "schrodinger", "pubmed1", "paren"])
        #expect(parsed.broken == 1)
        #expect(parsed.entries[0].type == "article")
        #expect(parsed.entries[1].fields["archiveprefix"] == "arXiv")
        #expect(parsed.entries[2].fields["title"] == #"Schr{\"o}dinger's cat in \emph{superconducting} circuits"#)
        #expect(parsed.entries[2].fields["journal"] == "prl")
        #expect(parsed.entries[4].type == "inproceedings")
    }

    @Test("the arXiv id from a URL, an eprint, a note or arXiv's DOI; another archive's eprint is not one; DOIs lower-cased")
    func references() {
        let references = BibTeXEntries(parsing: zotero).entries.map(LibraryReference.init)
        #expect(references.map(\.arxivID) == ["2504.18141", "2504.18173", nil, nil, "hep-th/9901001"])
        #expect(references[2].doi == "10.1103/physrevlett.1.2")
        #expect(references[2].title == "schrodinger s cat in superconducting circuits")
        let arxivDOI = BibTeXEntries(parsing: "@article{a, doi = {10.48550/arXiv.2504.18527}}").entries.map(LibraryReference.init)
        #expect(arxivDOI.first?.arxivID == "2504.18527")
        let bracketed = BibTeXEntries(parsing: "@misc{b, note = {Preprint (arXiv:2504.18527).}}").entries.map(LibraryReference.init)
        #expect(bracketed.first?.arxivID == "2504.18527")
    }

    @Test("titles fold as both sides write them: braces, accents, commands, math and case")
    func foldedTitles() {
        #expect(LibraryReference.foldedTitle(#"{BERT}: Pre-training of Deep {B}idirectional \textit{Transformers}"#)
                == "bert pre training of deep bidirectional transformers")
        #expect(LibraryReference.foldedTitle("Schrödinger's $k$-means") == LibraryReference.foldedTitle(#"Schr\"{o}dinger's {$k$}-means"#))
        // Accents and letters named by letters, as Google Scholar writes them.
        #expect(LibraryReference.foldedTitle(#"Erd{\H{o}}s--R{\'e}nyi graphs of Fran\c{c}ois and S{\o}ren, Stra{\ss}e"#)
                == LibraryReference.foldedTitle("Erdős–Rényi graphs of François and Søren, Straße"))
    }

    @Test("hostile input: an endless brace, a huge value, nothing but @ signs: no crash, nothing made up")
    func hostile() {
        #expect(BibTeXEntries(parsing: "@article{x, title = {" + String(repeating: "{", count: 50_000)).entries.isEmpty)
        let huge = BibTeXEntries(parsing: "@article{x, title = {" + String(repeating: "a", count: 200_000) + "}}")
        #expect(huge.entries.isEmpty && huge.broken == 1)
        #expect(BibTeXEntries(parsing: String(repeating: "@", count: 10_000)).entries.isEmpty)
        #expect(BibTeXEntries(parsing: "").entries.isEmpty)
    }

    @Test("matched in a cache file by arXiv id, then DOI, then the whole title; a near title is no match")
    func matchedInCache() throws {
        let store = try makeTemporaryStore()
        var doiPaper = StoreTests.paper("2504.00002", title: "Schrödinger's cat in superconducting circuits, revisited")
        doiPaper.doi = "10.1103/PhysRevLett.1.2"
        let entries = [
            (StoreTests.paper("2504.18141", title: "Evaluation of Distimation's Real-world Performance"), AnnounceType.new),
            (doiPaper, .new),
            (StoreTests.paper("2504.00003", title: "Parentheses Delimit This One"), .new),
            (StoreTests.paper("2504.00004", title: "A cell atlas of the whole mouse brain"), .new),
        ]
        _ = try store.saveDailyFeed(StoreTests.feed("2026-04-27", entries), categories: ["cs.AI"])
        let matches = try store.matchReferences([
            LibraryReference(arxivID: "2504.18141"),
            LibraryReference(arxivID: "1706.03762", title: "attention is all you need"),
            LibraryReference(doi: "10.1103/physrevlett.1.2"),
            LibraryReference(title: "parentheses delimit this one"),
            LibraryReference(title: "a cell atlas"),
        ])
        #expect(matches.byArxivID == ["2504.18141"])
        #expect(matches.byDOI == ["2504.00002"])
        #expect(matches.byTitle == ["2504.00003"])
        #expect(matches.unmatched.map(\.arxivID) == ["1706.03762", nil])
        #expect(matches.paperIDs == ["2504.18141", "2504.00002", "2504.00003"])
    }
}
