/// Whether an act is inward direct investment (or a specified acquisition) at all, from the rule for its kind.
enum ActScope: Hashable {
    case fdi
    case notFDI
    case missing(FactPaths)

    /// Dispatches to the rule of the act's kind (fefta-rules.md §3).
    static func evaluate<R: FindingRecorder>(
        _ f: ResolvedFacts, _ p: RegimeParameters, trigger: SectorFreeTrigger, _ recorder: inout R
    ) -> ActScope {
        switch f.kind {
        case .listedShares, .listedVotingRights, .discretionaryMandate, .votingAuthority:
            ListedThresholdRule.evaluate(f, p, &recorder)
        case .unlistedShares:
            f.fromForeignInvestor
                ? SpecifiedAcquisitionRule.evaluate(f, p, &recorder) : UnlistedFloorRule.evaluate(f, p, &recorder)
        case .purposeChangeConsent: PurposeChangeConsentRule.evaluate(f, p, &recorder)
        case .directorElectionConsent:
            DirectorElectionConsentRule.evaluate(f, p, trigger: trigger, &recorder)
        case .businessTransferConsent: BusinessTransferConsentRule.evaluate(f, p, &recorder)
        case .jointVotingAgreement: JointVotingRule.evaluate(f, p, &recorder)
        case .proxySolicitation: ProxySolicitationRule.evaluate(f, p, &recorder)
        case .branch: BranchRule.evaluate(f, &recorder)
        case .loan: LoanRule.evaluate(f, &recorder)
        case .businessSuccession: BusinessSuccessionRule.evaluate(f, &recorder)
        case .exResidentTransfer: ExResidentTransferRule.evaluate(f, &recorder)
        case .privateBonds: PrivateBondsRule.evaluate(f, &recorder)
        case .specialLawSecurities: SpecialLawSecuritiesRule.evaluate(f, &recorder)
        case .proxyDelegation: ProxyDelegationRule.evaluate(f, &recorder)
        }
    }
}
