import ReaderStore

extension ListCommand {
    /// The keywords `--sort keywords` orders by, or why there are none.
    static func sortKeywords(_ config: Config) throws -> PreferenceKeywords {
        let keywords = PreferenceKeywords(entries: config.keywords)
        guard !keywords.isEmpty else {
            throw CLIError("--sort keywords needs keywords: set [rank] keywords = [\"diffusion\", \"-survey\"] in "
                + "\(config.configPath), or press K in the reader")
        }
        return keywords
    }
}
