import Testing
@testable import ReaderUI

@Suite("LaTeX made readable")
struct LaTeXTextTests {
    @Test("math becomes Unicode", arguments: [
        ("$\\alpha$", "α"),
        ("$\\Omega(\\sqrt{n})$ lower bound", "Ω(√n) lower bound"),
        ("$\\varepsilon, \\phi, \\varphi$", "ε, ϕ, φ"),
        ("$x^2$", "x²"),
        ("$x^{10}$", "x¹⁰"),
        ("$10^{-3}$", "10⁻³"),
        ("$x_{ij}$", "xᵢⱼ"),
        ("$A^\\top x$", "Aᵀ x"),
        ("$\\mathcal{O}(n^2)$", "𝒪(n²)"),
        ("$\\mathbb{R}^d$", "ℝᵈ"),
        ("$\\mathbb{N}, \\mathbb{Z}, \\mathbb{Q}, \\mathbb{C}$", "ℕ, ℤ, ℚ, ℂ"),
        ("$O(n \\log n)$", "O(n log n)"),
        ("$\\frac{1}{2}$", "1/2"),
        ("$\\frac{n+1}{2}$", "(n+1)/2"),
        ("$\\{0,1\\}^n$", "{0,1}ⁿ"),
        ("$a \\leq b \\neq c \\to \\infty$", "a ≤ b ≠ c → ∞"),
        ("$\\mathrm{GeV}$ and $\\text{ms}$", "GeV and ms"),
        ("\\(\\epsilon\\)-optimal", "ϵ-optimal"),
        ("$\\alpha$-$\\beta$ pruning", "α-β pruning"),
    ])
    func math(input: String, expected: String) {
        #expect(LaTeXText.render(input) == expected)
    }

    @Test("outside math only emphasis, escapes and dashes change", arguments: [
        ("\\emph{Deep} \\textbf{nets} and \\texttt{code}", "Deep nets and code"),
        ("pages 10--20 and $n-1$", "pages 10–20 and n-1"),
        ("A survey --- with notes", "A survey — with notes"),
        ("cost \\$5 and $\\beta$", "cost $5 and β"),
        ("no math: 5 < 6, a~b", "no math: 5 < 6, a~b"),
    ])
    func text(input: String, expected: String) {
        #expect(LaTeXText.render(input) == expected)
    }

    @Test("raw text is kept where unsure", arguments: [
        ("$x", "$x"),
        ("costs $5 and $10", "costs $5 and $10"),
        ("$\\foo{x}$", "\\foo{x}"),
        ("an unknown \\macro stays", "an unknown \\macro stays"),
        ("$\\mathcal{x}$", "\\mathcal{x}"),
        ("$\\sqrt[n]{x}$", "\\sqrt[n]{x}"),
    ])
    func raw(input: String, expected: String) {
        #expect(LaTeXText.render(input) == expected)
    }

    @Test("a dollar that opens no math stays a dollar, and the rest is still rendered")
    func unbalanced() {
        #expect(LaTeXText.render("\\emph{Gains} of $\\alpha$ cost $3") == "Gains of α cost $3")
        #expect(LaTeXText.render("\\(x never closes, $\\beta$ does") == "\\(x never closes, β does")
    }

    @Test("scripts without small letters keep their mark and read as text", arguments: [
        ("$x_{\\max}$", "x_max"),
        ("$x^{a,b}$", "x^(a,b)"),
        ("$e^{i\\pi}$", "e^(iπ)"),
        ("$\\theta_{\\text{opt}}$", "θ_opt"),
    ])
    func looseScripts(input: String, expected: String) {
        #expect(LaTeXText.render(input) == expected)
    }

    @Test("deep nesting neither crashes nor loses text")
    func deepNesting() {
        let text = "$" + String(repeating: "{", count: 10_000) + "x" + String(repeating: "}", count: 10_000) + "$"
        #expect(LaTeXText.render(text).contains("x"))
    }
}

@Suite("LaTeX from real abstracts")
struct LaTeXRealAbstractTests {
    @Test("the abstracts found unrendered in real use", arguments: [
        ("coined as $H^3$Fusion, with", "coined as H³Fusion, with"),
        ("by $11.37\\%$, and by $13.77\\%$.", "by 11.37%, and by 13.77%."),
        ("the distance $d_{\\mathcal{M}}$ on", "the distance d_ℳ on"),
        ("\\(T_w = i\\hbar\\bigl(\\partial_E + \\tfrac12\\,\\partial_E\\ln w(E)\\bigr)\\)",
         "T_w = iℏ(∂_E + 1/2 ∂_E ln w(E))"),
        ("costs $5 while $\\alpha$ grows", "costs $5 while α grows"),
    ])
    func abstract(input: String, expected: String) {
        #expect(LaTeXText.render(input) == expected)
    }
}
