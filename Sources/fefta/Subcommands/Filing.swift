import ArgumentParser

extension FeftaCommand {
    /// `fefta filing`: open filing cases and move them through their lifecycle.
    struct Filing: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "filing",
            abstract: "Open a filing from a determination and record what happens to it.",
            discussion: """
                A filing is a prior notification (draft → filed → waiting → cleared → executed → closed, or \
                recommended/ordered/withdrawn) or a report case (due → filed → closed, overdue when late). Each verb \
                records one event, dated --date (a legal date in Japan, default today there), in one transaction \
                with the event appended to the tamper-evident log. A FILING is its id or its first 8 or more \
                hexadecimal digits. --expect-version N refuses the change unless the filing is still at version N \
                (exit 75). A refused event (exit 65) says which events the filing allows.
                """,
            subcommands: [
                New.self, Show.self, List.self, Submit.self, Accept.self, Shorten.self, Extend.self, Recommend.self,
                Reply.self, Order.self, Clear.self, Execute.self, Report.self, Close.self, Withdraw.self, Assign.self,
                Note.self,
            ]
        )
    }
}
