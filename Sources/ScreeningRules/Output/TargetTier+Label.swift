extension TargetTier {
    /// The tier for people, with the MOF list's numeral: `③ core`, `③ コア業種`.
    ///
    /// - Parameter language: English or Japanese.
    public func label(_ language: Language) -> String {
        let ja = language == .ja
        switch self {
        case .nonDesignated: return ja ? "① 指定業種以外" : "① non-designated"
        case .designated: return ja ? "② 指定業種" : "② designated"
        case .core: return ja ? "③ コア業種" : "③ core"
        case .coreSpecified: return ja ? "③ 特定コア" : "③ core, specified"
        }
    }
}
