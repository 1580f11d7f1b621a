extension Outcome {
    /// The outcome for people, in tables and sentences (never the JSON name): `prior notification`, `事前届出`.
    ///
    /// - Parameter language: English or Japanese.
    public func label(_ language: Language) -> String {
        let ja = language == .ja
        switch self {
        case .noFiling: return ja ? "届出不要" : "no filing"
        case .postInvestmentReport: return ja ? "事後報告" : "post-investment report"
        case .exempt: return ja ? "事前届出免除" : "exempt"
        case .priorNotification: return ja ? "事前届出" : "prior notification"
        case .undetermined: return ja ? "判断不能" : "undetermined"
        }
    }
}
