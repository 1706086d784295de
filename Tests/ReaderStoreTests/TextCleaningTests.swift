import Testing
@testable import ReaderStore

@Suite("TeX accents and metadata cleaning")
struct TextCleaningTests {
    @Test("TeX accent escapes become the letters they stand for", arguments: [
        (#"{\"o}"#, "ö"),
        (#"\'{e}"#, "é"),
        (#"\c{c}"#, "ç"),
        (#"Schr\"odinger"#, "Schrödinger"),
        (#"{\ss}"#, "ß"),
        (#"Stra\ss{}e"#, "Straße"),
        (#"C. Bal\'azs"#, "C. Balázs"),
        (#"\v{s}"#, "š"),
        (#"\v s"#, "š"),
        (#"Michal Hajdu\v{s}ek"#, "Michal Hajdušek"),
        (#"S{\o}ren Stobbe"#, "Søren Stobbe"),
        (#"Stanis{\l}aw \'Swierczewski"#, "Stanisław Świerczewski"),
        (#"Andr\'as P\'alyi"#, "András Pályi"),
        (#"na\"{\i}ve"#, "naïve"),
        (#"Fran\c{c}ois"#, "François"),
        (#"{\aa}ngstr\"om"#, "ångström"),
    ])
    func decodesAccents(input: String, expected: String) {
        #expect(TeXAccents.decode(input) == expected)
    }

    @Test("decoded letters are precomposed, one scalar each")
    func precomposed() {
        #expect(TeXAccents.decode(#"\"o"#).unicodeScalars.map(\.value) == [0xF6])
        #expect(TeXAccents.decode(#"\v{s}"#).unicodeScalars.map(\.value) == [0x161])
    }

    @Test("math and macros that are not accents are left exactly as written", arguments: [
        #"$\alpha$"#,
        #"\mathcal{O}"#,
        #"$\dot{x}$ and \cdot"#,
        #"frequencies \omega and 2\omega"#,
        #"\textbf{adaptability}"#,
        #"SU($N_c$) Lattice Gauge Theory"#,
        "no escapes at all",
    ])
    func leavesMathAlone(input: String) {
        #expect(TeXAccents.decode(input) == input)
    }

    @Test("text with backslashes is precomposed whether or not it holds an accent, so that importing it again changes nothing")
    func precomposedWithMathOnly() {
        let decomposed = "$\\alpha$ cafe\u{301}"
        #expect(TeXAccents.decode(decomposed).unicodeScalars.map(\.value) == "$\\alpha$ caf\u{E9}".unicodeScalars.map(\.value))
        #expect(TeXAccents.decode("cafe\u{301}").unicodeScalars.count == 5)
    }

    @Test("a letter macro followed by a letter with a combining mark is still read")
    func macroBeforeCombiningMark() {
        #expect(TeXAccents.decode("\\la\u{301}") == "\u{142}\u{E1}")
    }

    @Test("accents inside a sentence with math decode around the math")
    func accentsBesideMath() {
        #expect(TeXAccents.decode(#"The $\mathcal{O}(n)$ bound of \v{S}koda's $\alpha$-method"#)
            == #"The $\mathcal{O}(n)$ bound of Škoda's $\alpha$-method"#)
    }

    @Test("a title loses its line breaks and runs of spaces")
    func titleWhitespace() {
        #expect(TextCleaning.title("Density dependence of the symmetry energy and the nuclear equation of\n  state: A Dynamical and Statistical model perspective")
            == "Density dependence of the symmetry energy and the nuclear equation of state: A Dynamical and Statistical model perspective")
        #expect(TextCleaning.title("  Local   Superfluidity\tat the Nanoscale \n") == "Local Superfluidity at the Nanoscale")
        #expect(TextCleaning.title(#"Optical Schr\"odinger cat states"#) == "Optical Schrödinger cat states")
    }

    @Test("escape sequences are dropped with their payload, other controls alone", arguments: [
        ("red\u{1B}[31m alert\u{07}", "red alert"),
        ("Clipboard \u{1B}]52;c;aGVsbG8=\u{07}writer", "Clipboard writer"),
        ("title\u{1B}]0;owned\u{1B}\\ here", "title here"),
        ("C1 \u{9B}2J CSI and \u{9D}8;;http://x\u{9C}OSC", "C1 CSI and OSC"),
        ("a \u{1B}c reset", "a reset"),
        ("unended \u{1B}]52;c;payload", "unended"),
        ("bell\u{07} and NUL\u{0}joined", "bell and NUL joined"),
        ("°C ± 5 µm ©", "°C ± 5 µm ©"),
    ])
    func controlCharacters(input: String, expected: String) {
        #expect(TextCleaning.collapsingWhitespace(input) == expected)
    }

    @Test("an abstract's fixed-width wrapping is joined into one paragraph")
    func abstractWrapping() {
        let raw = "  The elastic scattering and breakup of $^{11}$Be from a proton target at\nintermediate energies is studied. We explore the role of core excitation in the\nreaction mechanism.\n"
        #expect(TextCleaning.abstract(raw)
            == "The elastic scattering and breakup of $^{11}$Be from a proton target at intermediate energies is studied. We explore the role of core excitation in the reaction mechanism.")
    }

    @Test("a line indented deeper than the rest, or a blank line, starts a new paragraph")
    func abstractParagraphs() {
        #expect(TextCleaning.abstract("First paragraph,\nwrapped.\n  Second paragraph,\nwrapped too.")
            == "First paragraph, wrapped.\nSecond paragraph, wrapped too.")
        #expect(TextCleaning.abstract("First.\n\nSecond.") == "First.\nSecond.")
    }

    @Test("a summary re-indented as a whole stays one paragraph")
    func uniformlyIndentedAbstract() {
        #expect(TextCleaning.abstract("\n      Line one of the\n      summary, wrapped.\n    ") == "Line one of the summary, wrapped.")
    }

    @Test("an author list splits at commas and 'and's outside parentheses")
    func authorLists() {
        #expect(TextCleaning.authors(fromList: "A One (MIT, Cambridge), B Two") == ["A One (MIT, Cambridge)", "B Two"])
        #expect(TextCleaning.authors(fromList: "D.V. Shetty, S.J. Yennello, and G.A. Souliotis")
            == ["D.V. Shetty", "S.J. Yennello", "G.A. Souliotis"])
        #expect(TextCleaning.authors(fromList: "Ileana Streinu and Louis Theran") == ["Ileana Streinu", "Louis Theran"])
        #expect(TextCleaning.authors(fromList: "Anamta Khan, Ratna Kandala,  Deepti, Sheza Munir, Joyojeet Pal")
            == ["Anamta Khan", "Ratna Kandala", "Deepti", "Sheza Munir", "Joyojeet Pal"])
        #expect(TextCleaning.authors(fromList: "Klaus M{\\o}lmer, Anne E. B.\n  Nielsen") == ["Klaus Mølmer", "Anne E. B. Nielsen"])
        #expect(TextCleaning.authors(fromList: "").isEmpty)
    }

    @Test("an 'and' inside an affiliation stays part of the affiliation")
    func andInsideParentheses() {
        let raw = "Bozhidar Z. Iliev (Institute for Nuclear Research and Nuclear Energy,\n  Bulgarian Academy of Sciences, Sofia, Bulgaria)"
        #expect(TextCleaning.authors(fromList: raw)
            == ["Bozhidar Z. Iliev (Institute for Nuclear Research and Nuclear Energy, Bulgarian Academy of Sciences, Sofia, Bulgaria)"])
    }
}
