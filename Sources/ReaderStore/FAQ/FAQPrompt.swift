import Foundation

/// The six questions Cool Papers asks of every paper, and the prompt that carries them with the
/// paper's text, cut to fit a token budget. Changing the wording means raising `version`, which keys
/// the cache, so old answers stay readable but are not mistaken for new ones.
public enum FAQPrompt {
    public static let version = 1

    public static func questions(_ lang: FAQLanguage) -> [String] {
        switch lang {
        case .en: [
            "What problem does this paper try to solve?",
            "What related work is there?",
            "How does the paper solve the problem?",
            "What experiments were done?",
            "What could be explored further?",
            "Summarise the paper's main content.",
        ]
        case .zh: [
            "这篇论文试图解决什么问题？",
            "有哪些相关研究？",
            "论文如何解决这个问题？",
            "论文做了哪些实验？",
            "有什么可以进一步探索的点？",
            "总结一下论文的主要内容",
        ]
        }
    }

    /// Tokens the instructions, title and questions take, beyond the paper's text.
    static let overheadTokens = 600

    public static func messages(title: String, id: String, authors: [String], text: FullText,
                                lang: FAQLanguage, contextTokens: Int) -> [ChatMessage] {
        let budget = max(200, contextTokens - overheadTokens - estimatedTokens(title))
        let body = fit(text.text, tokens: budget)
        let numbered = questions(lang).enumerated().map { "Q\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        let system: String
        let user: String
        switch lang {
        case .en:
            system = """
                You are a careful research assistant. Answer questions about one academic paper using only its \
                text, given by the user. Write in English, in Markdown: for each question a heading `## Qn. <question>`, \
                then the answer in short paragraphs or bullet lists. Be specific: name the methods, datasets and \
                numbers the paper gives. Where the text does not say, say so.
                """
            user = """
                Paper: \(title) (\(id))
                Authors: \(authors.prefix(20).joined(separator: ", "))
                Text (\(text.source.label)):
                <<<
                \(body)
                >>>

                Answer these questions:
                \(numbered)
                """
        case .zh:
            system = """
                你是一位严谨的科研助手。只根据用户给出的论文原文回答关于这篇论文的问题。请用中文、以 Markdown 作答：\
                每个问题一个标题 `## Qn. 问题`，下面用简短的段落或列表回答。要具体：写出论文中的方法、数据集和数字。\
                原文没有提到的，就说没有提到。
                """
            user = """
                论文：\(title)（\(id)）
                作者：\(authors.prefix(20).joined(separator: ", "))
                原文（\(text.source.label)）：
                <<<
                \(body)
                >>>

                请回答以下问题：
                \(numbered)
                """
        }
        return [ChatMessage(role: "system", content: system), ChatMessage(role: "user", content: user)]
    }

    /// A rough count that errs high: about four characters per token for Latin text, one per CJK character.
    public static func estimatedTokens(_ text: String) -> Int {
        var ascii = 0
        var other = 0
        for scalar in text.unicodeScalars {
            if scalar.isASCII { ascii += 1 } else { other += 1 }
        }
        return ascii / 4 + other + 1
    }

    /// The paper's text within `tokens`: whitespace tidied, the references dropped first, then the end cut
    /// at a line break, with a marker saying so.
    public static func fit(_ text: String, tokens: Int) -> String {
        var lines = tidyLines(text)
        var joined = lines.joined(separator: "\n")
        guard estimatedTokens(joined) > tokens else { return joined }
        if let references = lines.lastIndex(where: isReferencesHeading), references > lines.count / 3 {
            lines.removeSubrange(references...)
            joined = lines.joined(separator: "\n")
            if estimatedTokens(joined) <= tokens { return joined }
        }
        var kept: [String] = []
        var used = 0
        let marker = "[… the rest of the paper is cut to fit the context …]"
        let room = tokens - estimatedTokens(marker)
        for line in lines {
            let cost = estimatedTokens(line) + 1
            if used + cost > room {
                // A line longer than what is left (a PDF without line breaks) is cut, not dropped.
                var cut = line
                while !cut.isEmpty, used + estimatedTokens(cut) + 1 > room { cut.removeLast(max(1, cut.count / 8)) }
                if !cut.isEmpty { kept.append(cut) }
                break
            }
            kept.append(line)
            used += cost
        }
        kept.append(marker)
        return kept.joined(separator: "\n")
    }

    private static func tidyLines(_ text: String) -> [String] {
        var lines: [String] = []
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let scalars = raw.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) }
            let line = String(scalars).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        return lines
    }

    private static func isReferencesHeading(_ line: String) -> Bool {
        let words = line.lowercased().split(separator: " ")
        guard words.count <= 3, let last = words.last else { return false }
        return ["references", "bibliography", "参考文献"].contains(String(last))
    }
}

extension FAQKey {
    /// The key of an answer written with today's prompt.
    public init(version: Int, model: String) {
        self.init(version: version, model: model, promptVersion: FAQPrompt.version)
    }
}
