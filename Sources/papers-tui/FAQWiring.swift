import Foundation
import ReaderStore

extension Config {
    /// Full texts come from arXiv's web server with the same manners as sync, but give up sooner: the
    /// abstract is a fine fallback and an offline user should not wait.
    var fullTextPolicy: HTTPPolicy {
        var policy = httpPolicy
        policy.maxRetries = 1
        policy.maxBodyBytes = 100_000_000
        return policy
    }

    func faqGenerator(store: PaperStore) throws -> FAQGenerator {
        FAQGenerator(
            store: store, settings: try llmSettings(),
            fetcher: FullTextFetcher(http: PoliteHTTPClient(service: "arXiv", policy: fullTextPolicy)),
            webBase: webBase)
    }
}
