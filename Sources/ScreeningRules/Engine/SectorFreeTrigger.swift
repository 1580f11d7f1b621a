/// Which of the Order 3(2) triggers that ignore the sector applies: an investor from outside Ord. 別表第一
/// (Order 3(2)(ii), ``CountryListRule``) or a possible sanctioned capital transaction (Order 3(2)(iii),
/// ``SanctionsRule``). Either requires prior notification whatever the sector and bars the exemption
/// (Order 3-2(2)(i): 「前条第二項第二号又は第三号に掲げる対内直接投資等」).
enum SectorFreeTrigger: Hashable {
    case none
    case country
    case sanctions

    /// The trigger of the two rules; the country list is named first when both apply.
    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ recorder: inout R) -> SectorFreeTrigger {
        let country = CountryListRule.evaluate(f, &recorder)
        let sanctions = SanctionsRule.evaluate(f, &recorder)
        return country ? .country : sanctions ? .sanctions : .none
    }

    /// Whether a trigger applies.
    var isSet: Bool { self != .none }
}
