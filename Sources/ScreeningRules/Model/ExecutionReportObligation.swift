/// The execution report (実行報告) a notified act calls for, by Ord. 7(1): its form and its period.
///
/// Ord. 7(1) requires an execution report only for some acts done under a prior notification: shares, equity,
/// special-law securities, voting rights, discretionary mandates and voting authority (form 19); loans and bonds
/// (form 20); a joint-voting consent (form 22-2); a business succession (form 22-3). Consents at a shareholders'
/// meeting, proxy acceptance and delegation, an ex-resident's transfer and opening a branch call for none (a
/// branch's cancellation or closure does, form 22, as a later report).
public struct ExecutionReportObligation: Sendable, Hashable {
    /// The Ordinance's form number, such as `"19"` or `"22-2"`.
    public var form: String
    /// Days after the act (Ord. 7(1): 「当該行為を行つた日から四十五日以内に」).
    public var days: Int

    /// An obligation.
    public init(form: String, days: Int) {
        self.form = form
        self.days = days
    }
}

extension ActKind {
    /// The execution-report form Ord. 7(1) calls for when this act is done under a prior notification, or `nil`
    /// when it calls for none.
    public var executionReportForm: String? {
        switch self {
        case .listedShares, .listedVotingRights, .discretionaryMandate, .votingAuthority, .unlistedShares,
            .specialLawSecurities:
            "19"
        case .loan, .privateBonds: "20"
        case .jointVotingAgreement: "22-2"
        case .businessSuccession: "22-3"
        case .directorElectionConsent, .businessTransferConsent, .purposeChangeConsent, .proxySolicitation,
            .proxyDelegation, .exResidentTransfer, .branch:
            nil
        }
    }
}
