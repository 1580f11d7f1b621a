import ArgumentParser
import ScreeningRules

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--lang ja|en`, shared by commands that print findings. The default follows the locale: `LC_ALL`, then
/// `LC_MESSAGES`, then `LANG`; a value starting with `ja` gives Japanese, anything else English.
struct LanguageOptions: ParsableArguments {
    enum Choice: String, ExpressibleByArgument, CaseIterable {
        case ja, en
    }

    @Option(name: .long, help: "Language of findings and memos: ja or en (default from LC_ALL, LC_MESSAGES or LANG).")
    var lang: Choice?

    /// The language asked for, or the locale's.
    var resolved: Language {
        if let lang { return lang == .ja ? .ja : .en }
        return LanguageOptions.fromEnvironment(LanguageOptions.environment)
    }

    /// The language for locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`, first non-empty wins).
    static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty { return value.lowercased().hasPrefix("ja") ? .ja : .en }
        }
        return .en
    }

    /// The locale's language, for commands without `--lang` (the filing commands print citations in it).
    static var locale: Language { fromEnvironment(environment) }

    static var environment: [String: String] {
        var result: [String: String] = [:]
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = getenv(key) { result[key] = String(cString: value) }
        }
        return result
    }
}
