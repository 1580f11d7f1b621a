/// The text files of `Statutes/Texts/`, embedded byte for byte by `Deploy/scripts/generate-statutes.sh` (the
/// library reads no files at run time).
enum StatuteFiles {
    /// One embedded file.
    struct File: Sendable {
        /// The file's name in `Texts/`.
        let fileName: String
        /// Its contents.
        let contents: String
    }

    /// The file of English summaries, `Texts/summaries-en.txt`: lines of a citation, a tab, and the summary.
    static let summariesFileName = "summaries-en.txt"
}
