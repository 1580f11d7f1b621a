extension LegalDate {
    /// The date as Japanese practitioners write it in a sentence: `2025年10月16日` (machine formats keep ISO 8601,
    /// ``iso8601``).
    public var japanese: String {
        let (year, month, day) = components
        return "\(year)年\(month)月\(day)日"
    }
}
