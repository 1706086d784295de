import Foundation
import TestSupport
import Testing
@testable import ReaderStore

@Suite("OAI-PMH ListRecords pages")
struct OAIPMHParserTests {
    private func page(_ name: String) throws -> OAIPage {
        try OAIPMHParser.parse(Fixtures.data("arxiv/\(name)"))
    }

    private func find(_ id: String, in page: OAIPage) throws -> Paper {
        try #require(page.papers.first(where: { $0.id == id }), "no record \(id) on the page")
    }

    @Test("each recorded page gives all its records and its resumption token", arguments: [
        OAIShape(name: "arxiv_oai_listrecords_arXiv_1000records_2013.xml", records: 1000, token: "436115|406001"),
        OAIShape(name: "arxiv_oai_listrecords_arXivRaw_6records_2015.xml", records: 6, token: "726959|1001"),
        OAIShape(name: "arxiv_oai_listrecords_oai_dc_set-cs_5records_2024.xml", records: 5, token: "6960524|1001"),
    ])
    func shape(_ expected: OAIShape) throws {
        let parsed = try page(expected.name)
        #expect(parsed.papers.count == expected.records)
        #expect(Set(parsed.papers.map(\.id)).count == expected.records)
        #expect(parsed.resumptionToken == expected.token)
        for paper in parsed.papers {
            #expect(!paper.title.isEmpty)
            #expect(!paper.authors.isEmpty)
            #expect(!paper.abstract.isEmpty)
            #expect(!paper.primaryCategory.isEmpty)
            #expect(paper.categories.first == paper.primaryCategory)
            #expect(paper.published != nil)
        }
    }

    @Test("an arXiv-format record is read field by field")
    func arXivFormat() throws {
        let parsed = try page("arxiv_oai_listrecords_arXiv_1000records_2013.xml")
        let paper = try #require(parsed.papers.first)
        #expect(paper.id == "1302.0649")
        #expect(paper.version == 1)
        #expect(paper.title == "Correlation effects in the electronic structure of the Ni-based superconducting KNi2S2")
        #expect(paper.authors == ["Feng Lu", "Wei-Hua Wang", "Xinjian Xie", "Fu-Chun Zhang"])
        #expect(paper.primaryCategory == "cond-mat.supr-con")
        #expect(paper.categories == ["cond-mat.supr-con"])
        #expect(paper.comments == "12 pages, 6 figures")
        #expect(paper.journalRef == nil)
        #expect(paper.doi == nil)
        #expect(paper.published == utc("2013-02-04T00:00:00Z"))
        #expect(paper.updated == utc("2013-02-04T00:00:00Z"))
        #expect(paper.abstract.hasPrefix("The LDA plus Gutzwiller variational method is used to investigate the groundstate physical properties"))
        #expect(paper.abstract.hasSuffix("the mass enhancement character has been maintained with the doping."))
    }

    @Test("an arXiv-format record carries its journal reference, DOI and last update")
    func arXivFormatOptionalFields() throws {
        let parsed = try page("arxiv_oai_listrecords_arXiv_1000records_2013.xml")
        let laser = try find("1302.0650", in: parsed)
        #expect(laser.title == #"Coherent phase control in ionization of Magnesium by a bichromatic laser field of frequencies \omega and 2\omega"#)
        #expect(laser.authors == ["Gabriela Buica-Zloh", "L. A. A. Nikolopoulos"])
        #expect(laser.journalRef == "Eur. Phys. J. D 29, 201-208 (2004)")
        #expect(laser.doi == "10.1140/epjd/e2004-00034-2")
        #expect(laser.comments == nil)
        #expect(laser.categories == ["physics.atom-ph"])

        let cosmology = try find("1302.0947", in: parsed)
        #expect(cosmology.title == "A Five Dimensional Cosmological Model With A Fifth Dimension as Fundamental as Time")
        #expect(cosmology.authors.first == "Gizem Şengör")
        #expect(cosmology.published == utc("2013-02-05T00:00:00Z"))
        #expect(cosmology.updated == utc("2013-03-11T00:00:00Z"))

        let lhcb = try find("1302.1213", in: parsed)
        #expect(lhcb.authors.first == "LHCb collaboration")
        #expect(lhcb.authors.dropFirst().first == "R. Aaij")
    }

    @Test("an arXivRaw record takes its version from the highest version element")
    func arXivRawFormat() throws {
        let parsed = try page("arxiv_oai_listrecords_arXivRaw_6records_2015.xml")
        #expect(parsed.papers.map(\.id) == ["0704.0471", "0704.0716", "0704.0874", "0704.1109", "0704.1114", "0704.1586"])
        #expect(parsed.papers.map(\.version) == [1, 4, 3, 2, 1, 1])

        let paper = try find("0704.0716", in: parsed)
        #expect(paper.version == 4)
        #expect(paper.title == "Limit distributions and scaling functions")
        #expect(paper.authors == ["Christoph Richard"])
        #expect(paper.primaryCategory == "math-ph")
        #expect(paper.categories == ["math-ph", "math.MP"])
        #expect(paper.published == utc("2007-04-05T12:45:03Z"))
        #expect(paper.updated == utc("2008-11-14T09:07:25Z"))
        #expect(paper.comments
            == "54 pages, 2 figures; v2 updated and slightly expanded; v3 changes in some proofs; v4 slightly expanded")
        #expect(paper.journalRef
            == "Polygons, polyominoes and polycubes, 247-299, Lecture Notes in Phys., 775, Springer, Dordrecht, 2009")
        #expect(paper.doi == nil)
        #expect(paper.abstract.hasPrefix("We discuss the asymptotic behaviour of models of lattice polygons, mainly on the square lattice."))
    }

    @Test("an arXivRaw author string splits at commas and 'and'")
    func arXivRawAuthors() throws {
        let parsed = try page("arxiv_oai_listrecords_arXivRaw_6records_2015.xml")
        let symmetry = try find("0704.0471", in: parsed)
        #expect(symmetry.authors == ["D.V. Shetty", "S.J. Yennello", "G.A. Souliotis"])
        #expect(symmetry.title
            == "Density dependence of the symmetry energy and the nuclear equation of state: A Dynamical and Statistical model perspective")
        #expect(symmetry.abstract.contains(#"an extremely " stiff " and " soft " form"#))
        #expect(try find("0704.1109", in: parsed).authors == ["Valeria M. Rosa", "Patricio S. letelier"])
        #expect(try find("0704.1586", in: parsed).authors == ["N.C. Summers", "F.M. Nunes"])
    }

    @Test("an oai_dc record is read field by field")
    func dublinCore() throws {
        let parsed = try page("arxiv_oai_listrecords_oai_dc_set-cs_5records_2024.xml")
        #expect(parsed.papers.map(\.id) == ["1303.2033", "2401.14034", "2401.14036", "2401.14038", "2401.14040"])
        let paper = try find("1303.2033", in: parsed)
        #expect(paper.version == 2)
        #expect(paper.title == "Extended Fourier analysis of signals")
        #expect(paper.authors == ["Vilnis Liepins"])
        #expect(paper.primaryCategory == "cs")
        #expect(paper.categories == ["cs"])
        #expect(paper.published == utc("2013-03-08T00:00:00Z"))
        #expect(paper.updated == utc("2024-01-23T00:00:00Z"))
        #expect(paper.abstract.hasPrefix("This summary of the doctoral thesis is created to emphasize the close connection"))
        #expect(paper.abstract.hasSuffix("EDFT application could be considered as a real alternative."))

        let skeleton = try find("2401.14034", in: parsed)
        #expect(skeleton.version == 1)
        #expect(skeleton.authors == ["Chuankun Li", "Shuai Li", "Yanbo Gao", "Ping Chen", "Jian Li", "Wanqing Li"])
    }

    @Test("noRecordsMatch is an empty last page")
    func noRecordsMatch() throws {
        let parsed = try page("arxiv_oai_error_ErrorResponseNoRecordsMatch.xml")
        #expect(parsed.papers.isEmpty)
        #expect(parsed.resumptionToken == nil)
    }

    @Test("a bad resumption token throws the server's code and message")
    func badResumptionToken() throws {
        let data = try Fixtures.data("arxiv/arxiv_oai_error_ErrorResponseBadResumptionToken.xml")
        #expect(throws: FeedError.oaiError(code: "badResumptionToken",
                                           message: "The resumptionToken supplied is illegal for this repository")) {
            try OAIPMHParser.parse(data)
        }
    }

    @Test("a page cut off halfway is malformed")
    func truncated() throws {
        let data = try Fixtures.data("arxiv/arxiv_oai_listrecords_arXivRaw_6records_2015.xml")
        let error = try #require(throws: FeedError.self) { try OAIPMHParser.parse(Data(data.prefix(data.count / 2))) }
        guard case .malformed = error else {
            Issue.record("expected malformed, got \(error)")
            return
        }
    }
}

struct OAIShape: Sendable, CustomTestStringConvertible {
    let name: String
    let records: Int
    let token: String
    var testDescription: String { name }
}
