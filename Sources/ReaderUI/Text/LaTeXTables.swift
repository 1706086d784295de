/// What LaTeX commands and characters stand for: symbols, Greek letters, scripts, accents, font
/// alphabets, and the commands kept as words or dropped.
extension LaTeXRenderer {
    /// `\x` escapes that stand for the character itself.
    static let escapes: [Character: Character] = [
        "$": "$", "%": "%", "&": "&", "#": "#", "_": "_", "{": "{", "}": "}", " ": " ",
    ]

    /// Commands whose braced argument is text: `\textbf{x}` is x. In math their argument is text too.
    static let textStyles: Set<String> = [
        "textbf", "textit", "emph", "texttt", "textrm", "textsf", "textsc", "textsl", "textup",
        "textnormal", "text", "mbox", "hbox", "underline",
    ]

    static let textWords: [String: String] = [
        "ldots": "…", "dots": "…", "TeX": "TeX", "LaTeX": "LaTeX", "textendash": "–", "textemdash": "—",
    ]

    /// Math font commands whose argument is shown as it is.
    static let mathStyles: Set<String> = [
        "mathrm", "mathbf", "mathit", "mathsf", "mathtt", "mathnormal", "boldsymbol", "bm", "operatorname",
    ]

    /// Commands with nothing to show: sizes, styles and font switches.
    static let ignored: Set<String> = delimiterSizes.union([
        "displaystyle", "textstyle", "scriptstyle", "limits", "nolimits", "rm", "bf", "it", "sf", "tt",
        "mathstrut", "nonumber",
    ])

    /// `\left.` and the like stand for no delimiter at all.
    static let delimiterSizes: Set<String> = [
        "left", "right", "middle", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr",
        "biggl", "biggr", "Biggl", "Biggr",
    ]

    /// Operator names, kept as words.
    static let operators: Set<String> = [
        "log", "ln", "lg", "exp", "sin", "cos", "tan", "sec", "csc", "cot", "sinh", "cosh", "tanh",
        "coth", "arcsin", "arccos", "arctan", "max", "min", "sup", "inf", "lim", "limsup", "liminf",
        "arg", "argmax", "argmin", "det", "dim", "ker", "deg", "gcd", "hom", "Pr", "mod", "bmod",
    ]

    static let symbols: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
        "varkappa": "ϰ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π",
        "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ",
        "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
        "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        "infty": "∞", "pm": "±", "mp": "∓", "times": "×", "cdot": "·", "cdots": "⋯", "ldots": "…",
        "dots": "…", "div": "÷", "ast": "∗", "star": "⋆", "circ": "∘", "bullet": "•", "odot": "⊙",
        "oplus": "⊕", "otimes": "⊗", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠",
        "ne": "≠", "ll": "≪", "gg": "≫", "lesssim": "≲", "gtrsim": "≳", "approx": "≈", "sim": "∼",
        "simeq": "≃", "cong": "≅", "equiv": "≡", "propto": "∝", "to": "→", "rightarrow": "→",
        "leftarrow": "←", "gets": "←", "leftrightarrow": "↔", "Rightarrow": "⇒", "Leftarrow": "⇐",
        "Leftrightarrow": "⇔", "implies": "⟹", "iff": "⟺", "mapsto": "↦", "longrightarrow": "⟶",
        "uparrow": "↑", "downarrow": "↓", "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂",
        "subseteq": "⊆", "supset": "⊃", "supseteq": "⊇", "cup": "∪", "cap": "∩", "setminus": "∖",
        "emptyset": "∅", "varnothing": "∅", "forall": "∀", "exists": "∃", "neg": "¬", "lnot": "¬",
        "land": "∧", "wedge": "∧", "lor": "∨", "vee": "∨", "sum": "∑", "prod": "∏", "int": "∫",
        "oint": "∮", "partial": "∂", "nabla": "∇", "ell": "ℓ", "hbar": "ℏ", "Re": "ℜ", "Im": "ℑ",
        "aleph": "ℵ", "prime": "′", "top": "⊤", "bot": "⊥", "perp": "⊥", "parallel": "∥", "mid": "|",
        "vert": "|", "lvert": "|", "rvert": "|", "Vert": "‖", "lVert": "‖", "rVert": "‖",
        "langle": "⟨", "rangle": "⟩", "lceil": "⌈", "rceil": "⌉", "lfloor": "⌊", "rfloor": "⌋",
        "angle": "∠", "dagger": "†", "ddagger": "‡", "colon": ":", "lbrace": "{", "rbrace": "}",
        "sharp": "♯", "flat": "♭",
    ]

    /// Superscript commands read better as the symbol itself: `90^\circ` is 90°, `A^\top` is Aᵀ.
    static let superscriptCommands: [String: String] = [
        "circ": "°", "prime": "′", "top": "ᵀ", "dagger": "†", "ast": "*",
    ]

    static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "-": "⁻", "−": "⁻", "=": "⁼", "(": "⁽", ")": "⁾",
        "a": "ᵃ", "b": "ᵇ", "c": "ᶜ", "d": "ᵈ", "e": "ᵉ", "f": "ᶠ", "g": "ᵍ", "h": "ʰ", "i": "ⁱ",
        "j": "ʲ", "k": "ᵏ", "l": "ˡ", "m": "ᵐ", "n": "ⁿ", "o": "ᵒ", "p": "ᵖ", "r": "ʳ", "s": "ˢ",
        "t": "ᵗ", "u": "ᵘ", "v": "ᵛ", "w": "ʷ", "x": "ˣ", "y": "ʸ", "z": "ᶻ",
        "A": "ᴬ", "B": "ᴮ", "D": "ᴰ", "E": "ᴱ", "G": "ᴳ", "H": "ᴴ", "I": "ᴵ", "J": "ᴶ", "K": "ᴷ",
        "L": "ᴸ", "M": "ᴹ", "N": "ᴺ", "O": "ᴼ", "P": "ᴾ", "R": "ᴿ", "T": "ᵀ", "U": "ᵁ", "V": "ⱽ",
        "W": "ᵂ", "α": "ᵅ", "β": "ᵝ", "γ": "ᵞ", "δ": "ᵟ", "ε": "ᵋ", "ϵ": "ᵋ", "θ": "ᶿ", "ι": "ᶥ",
        "φ": "ᵠ", "ϕ": "ᵠ", "χ": "ᵡ",
    ]

    static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "-": "₋", "−": "₋", "=": "₌", "(": "₍", ")": "₎",
        "a": "ₐ", "e": "ₑ", "h": "ₕ", "i": "ᵢ", "j": "ⱼ", "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ",
        "o": "ₒ", "p": "ₚ", "r": "ᵣ", "s": "ₛ", "t": "ₜ", "u": "ᵤ", "v": "ᵥ", "x": "ₓ",
        "β": "ᵦ", "γ": "ᵧ", "ρ": "ᵨ", "φ": "ᵩ", "ϕ": "ᵩ", "χ": "ᵪ",
    ]

    /// Combining marks for accents over a single symbol: `\hat{x}` is x̂.
    static let accents: [String: Character] = [
        "hat": "\u{0302}", "widehat": "\u{0302}", "bar": "\u{0304}", "overline": "\u{0305}",
        "tilde": "\u{0303}", "widetilde": "\u{0303}", "vec": "\u{20D7}", "dot": "\u{0307}",
        "ddot": "\u{0308}", "check": "\u{030C}", "breve": "\u{0306}",
    ]

    static let alphabets: [String: [Character: Character]] = {
        let capitals = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        let smalls = "abcdefghijklmnopqrstuvwxyz"
        func table(_ pairs: (String, String)...) -> [Character: Character] {
            var table: [Character: Character] = [:]
            for (plain, styled) in pairs {
                for (letter, glyph) in zip(plain, styled) { table[letter] = glyph }
            }
            return table
        }
        let script = table((capitals, "𝒜ℬ𝒞𝒟ℰℱ𝒢ℋℐ𝒥𝒦ℒℳ𝒩𝒪𝒫𝒬ℛ𝒮𝒯𝒰𝒱𝒲𝒳𝒴𝒵"))
        return [
            "mathcal": script,
            "mathscr": script,
            "mathbb": table(
                (capitals, "𝔸𝔹ℂ𝔻𝔼𝔽𝔾ℍ𝕀𝕁𝕂𝕃𝕄ℕ𝕆ℙℚℝ𝕊𝕋𝕌𝕍𝕎𝕏𝕐ℤ"),
                (smalls, "𝕒𝕓𝕔𝕕𝕖𝕗𝕘𝕙𝕚𝕛𝕜𝕝𝕞𝕟𝕠𝕡𝕢𝕣𝕤𝕥𝕦𝕧𝕨𝕩𝕪𝕫"),
                ("0123456789", "𝟘𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠𝟡")),
            "mathfrak": table(
                (capitals, "𝔄𝔅ℭ𝔇𝔈𝔉𝔊ℌℑ𝔍𝔎𝔏𝔐𝔑𝔒𝔓𝔔ℜ𝔖𝔗𝔘𝔙𝔚𝔛𝔜ℨ"),
                (smalls, "𝔞𝔟𝔠𝔡𝔢𝔣𝔤𝔥𝔦𝔧𝔨𝔩𝔪𝔫𝔬𝔭𝔮𝔯𝔰𝔱𝔲𝔳𝔴𝔵𝔶𝔷")),
        ]
    }()
}
