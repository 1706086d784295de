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
        ("$x_{\\max}$", "x_{\\max}"),
        ("$x^{a,b}$", "x^{a,b}"),
        ("$\\mathcal{x}$", "\\mathcal{x}"),
        ("$\\sqrt[n]{x}$", "\\sqrt[n]{x}"),
    ])
    func raw(input: String, expected: String) {
        #expect(LaTeXText.render(input) == expected)
    }

    @Test("an unbalanced dollar leaves the whole text unchanged")
    func unbalanced() {
        let text = "\\emph{Gains} of $\\alpha$ cost $3"
        #expect(LaTeXText.render(text) == text)
    }

    @Test("deep nesting neither crashes nor loses text")
    func deepNesting() {
        let text = "$" + String(repeating: "{", count: 10_000) + "x" + String(repeating: "}", count: 10_000) + "$"
        #expect(LaTeXText.render(text).contains("x"))
    }
}
