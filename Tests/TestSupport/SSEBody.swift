import Foundation

/// Chat-completion stream bodies in the shape real servers send (a role chunk with null content,
/// one chunk per piece of text, a finish chunk, `[DONE]`), for scripted loopback servers.
public enum SSEBody {
    public static func chunks(_ pieces: [String], finish: String? = "stop", done: Bool = true) -> [Data] {
        var chunks = [event(#"{"choices":[{"index":0,"delta":{"role":"assistant","content":null}}]}"#)]
        for piece in pieces {
            let escaped = String(decoding: (try? JSONEncoder().encode(piece)) ?? Data("\"\"".utf8), as: UTF8.self)
            chunks.append(event(#"{"choices":[{"index":0,"delta":{"content":"# + escaped + "}}]}"))
        }
        if let finish { chunks.append(event(#"{"choices":[{"index":0,"delta":{},"finish_reason":""# + finish + #""}]}"#)) }
        if done { chunks.append(event("[DONE]")) }
        return chunks
    }

    private static func event(_ payload: String) -> Data {
        Data("data: \(payload)\n\n".utf8)
    }
}
