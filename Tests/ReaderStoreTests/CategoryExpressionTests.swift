import Testing
@testable import ReaderStore

@Suite("category expressions")
struct CategoryExpressionTests {
    @Test("unions and exclusions parse into their terms", arguments: [
        ("cs.AI,cs.CL", CategoryExpression(included: ["cs.AI", "cs.CL"])),
        ("cs.AI+cs.LG", CategoryExpression(included: ["cs.AI", "cs.LG"])),
        ("cs.AI cs.LG", CategoryExpression(included: ["cs.AI", "cs.LG"])),
        ("cs.AI+cs.LG-cs.CY", CategoryExpression(included: ["cs.AI", "cs.LG"], excluded: ["cs.CY"])),
        ("-cs.CY", CategoryExpression(included: [], excluded: ["cs.CY"])),
        ("hep-th", CategoryExpression(included: ["hep-th"])),
        ("q-bio.NC", CategoryExpression(included: ["q-bio.NC"])),
        ("hep-th-cs.CY", CategoryExpression(included: ["hep-th"], excluded: ["cs.CY"])),
        ("astro-ph.GA,hep-th", CategoryExpression(included: ["astro-ph.GA", "hep-th"])),
        ("cs", CategoryExpression(included: ["cs"])),
        ("cs.AI,cs.AI", CategoryExpression(included: ["cs.AI"])),
        (" cs.AI ", CategoryExpression(included: ["cs.AI"])),
    ])
    func parses(text: String, expected: CategoryExpression) throws {
        #expect(CategoryExpression(parsing: text) == expected)
    }

    @Test("a hyphen inside a subject class is part of the category, not an exclusion", arguments: [
        "cond-mat.str-el",
        "cond-mat.stat-mech",
        "physics.atom-ph",
    ])
    func hyphenatedSubjectClass(text: String) {
        #expect(CategoryExpression(parsing: text) == CategoryExpression(included: [text]))
        #expect(CategoryExpression(parsing: "quant-ph,\(text)") == CategoryExpression(included: ["quant-ph", text]))
    }

    @Test("an expression with no term or a term that is not a category is refused", arguments: [
        "cs.AI,,%$",
        "",
        "   ",
        ",+",
        "-",
        "CS.AI",
        "I.2.6",
    ])
    func rejects(text: String) {
        #expect(CategoryExpression(parsing: text) == nil)
    }

    @Test("the description writes the expression back in URL form")
    func description() throws {
        #expect(try #require(CategoryExpression(parsing: "cs.AI,cs.LG-cs.CY")).description == "cs.AI+cs.LG-cs.CY")
        #expect(try #require(CategoryExpression(parsing: "-cs.CY")).description == "-cs.CY")
        #expect(try #require(CategoryExpression(parsing: "hep-th")).description == "hep-th")
    }

    @Test("a union admits a paper carrying any of its categories, an exclusion vetoes")
    func admitsUnion() throws {
        let expression = try #require(CategoryExpression(parsing: "cs.AI+cs.LG-cs.CY"))
        #expect(expression.admits(["cs.LG", "stat.ML"]))
        #expect(expression.admits(["stat.ML", "cs.AI"]))
        #expect(!expression.admits(["cs.AI", "cs.CY"]))
        #expect(!expression.admits(["cs.CY"]))
        #expect(!expression.admits(["math.CO"]))
        #expect(!expression.admits([]))
    }

    @Test("an exclusion alone admits everything else")
    func admitsExclusionOnly() throws {
        let expression = try #require(CategoryExpression(parsing: "-cs.CY"))
        #expect(expression.admits(["cs.AI"]))
        #expect(expression.admits(["quant-ph"]))
        #expect(!expression.admits(["cs.LG", "cs.CY"]))
    }

    @Test("a term without a dot is a whole archive")
    func admitsArchive() throws {
        let cs = try #require(CategoryExpression(parsing: "cs"))
        #expect(cs.admits(["cs.AI"]))
        #expect(cs.admits(["math.IT", "cs.IT"]))
        #expect(!cs.admits(["math.CO"]))

        let hepTh = try #require(CategoryExpression(parsing: "hep-th"))
        #expect(hepTh.admits(["gr-qc", "hep-th", "quant-ph"]))
        #expect(!hepTh.admits(["hep-ph"]))

        let qBio = try #require(CategoryExpression(parsing: "q-bio"))
        #expect(qBio.admits(["q-bio.NC"]))
        #expect(!qBio.admits(["cs.AI"]))
    }

    @Test("a dotted term matches only that category, not its archive")
    func admitsExactCategory() throws {
        let expression = try #require(CategoryExpression(parsing: "q-bio.NC"))
        #expect(expression.admits(["q-bio.NC", "cs.NE"]))
        #expect(!expression.admits(["q-bio.QM"]))
        #expect(!expression.admits(["q-bio"]))
    }
}
