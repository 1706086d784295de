import Foundation

/// What one `data:` payload of an OpenAI-compatible chat stream means to us.
public enum ChatStreamEvent: Sendable, Equatable {
    /// Text to append (possibly empty).
    case delta(String)
    /// The model finished: `stop`, `length`, `content_filter`, ...
    case finished(reason: String)
    /// `[DONE]`: nothing more will come.
    case done
    /// A chunk with nothing for us: role only, usage only (`choices: []`), Moonshot's usage in the choice.
    case ignored
    /// The server reported an error inside the stream.
    case serverError(String)
}

/// Decodes chat stream chunks, tolerating what real servers send: `content: null`, `choices: []`,
/// extra fields, `usage` anywhere, a `finish_reason` with content in the same chunk.
public enum ChatChunk {
    private struct Chunk: Decodable {
        struct Choice: Decodable {
            struct Delta: Decodable {
                let content: String?
            }
            let delta: Delta?
            let finishReason: String?

            enum CodingKeys: String, CodingKey {
                case delta
                case finishReason = "finish_reason"
            }
        }
        struct ErrorBody: Decodable {
            let message: String?
        }
        let choices: [Choice]?
        let error: ErrorBody?
    }

    public struct MalformedChunk: Error, Equatable {
        public let excerpt: String
    }

    /// The events in one payload, in order (a chunk may carry both text and a finish reason).
    public static func events(in payload: String) throws(MalformedChunk) -> [ChatStreamEvent] {
        let trimmed = payload.trimmingCharacters(in: .whitespaces)
        if trimmed == "[DONE]" { return [.done] }
        let chunk: Chunk
        do {
            chunk = try JSONDecoder().decode(Chunk.self, from: Data(trimmed.utf8))
        } catch {
            throw MalformedChunk(excerpt: String(trimmed.prefix(60)))
        }
        if let error = chunk.error {
            return [.serverError(error.message ?? "unknown error")]
        }
        guard let choice = chunk.choices?.first else { return [.ignored] }
        var events: [ChatStreamEvent] = []
        if let content = choice.delta?.content, !content.isEmpty { events.append(.delta(content)) }
        if let reason = choice.finishReason { events.append(.finished(reason: reason)) }
        return events.isEmpty ? [.ignored] : events
    }
}
