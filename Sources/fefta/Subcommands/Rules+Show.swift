import ArgumentParser
import JapaneseCalendar
import ScreeningRules

extension FeftaCommand.Rules {
    /// `fefta rules show [--date D]`: every parameter in force on a date with its citation, the rules and the data.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Print the ruleset in force on a date, with citations."
        )

        @Option(name: .long, help: "The date (YYYY-MM-DD) whose rules to show (default: today in Japan).")
        var date: String?

        @OptionGroup var output: OutputOptions
        @OptionGroup var language: LanguageOptions

        func run() throws {
            let format = try output.resolved()
            let day = try DateArgument.day(date)
            guard let regime = Regime.inForce(on: day) else {
                throw ValidationError("--date: the ruleset covers dates from \(Regime.earliestDate.iso8601)")
            }
            let ja = language.resolved == .ja
            let industries = IndustryCatalogue.all.filter { $0.isInForce(on: day) }
            if format == .json {
                var object = JSONObject()
                object["date"] = .string(day.iso8601)
                object["ruleset"] = .object(
                    JSONObject(["version": .string(regime.version), "citation": .string(regime.citation)]))
                object["parameters"] = .array(
                    Ruleset.all.compactMap { parameter in
                        guard let period = parameter.period(on: day) else { return nil }
                        return .object(
                            JSONObject([
                                "name": .string(parameter.name), "summary": .string(parameter.summary),
                                "value": .string(period.value),
                                "validFrom": .string(period.validFrom.iso8601),
                                "validTo": period.validTo.map { .string($0.iso8601) } ?? .null,
                                "citation": .string(period.citation),
                            ]))
                    })
                object["rules"] = .array(
                    RuleCatalog.all.map { rule in
                        .object(JSONObject(["id": .string(rule.id.rawValue), "citation": .string(rule.citation)]))
                    })
                object["countryList"] = .object(
                    JSONObject([
                        "entries": .number(JSONNumber(CountryList.all.count)),
                        "citation": .string(CountryList.citation),
                    ]))
                object["industries"] = .array(
                    industries.map { entry in
                        .object(
                            JSONObject([
                                "tier": .string(entry.tier.rawValue), "group": .string(entry.group),
                                "jsic": .array(entry.jsicCodes.map { .string($0.code) }),
                                "name": .string(ja ? entry.nameJa : entry.nameEn),
                                "appliesFrom": entry.appliesFrom.map { .string($0.iso8601) } ?? .null,
                                "confidence": .string(entry.confidence.rawValue),
                            ]))
                    })
                writeStandardOutput(JSONValue.object(object).serialized(pretty: true) + "\n")
                return
            }
            var lines = [
                (ja ? "適用規則 " : "Ruleset ") + regime.version
                    + (ja ? "（\(day.iso8601)に適用）" : " (in force on \(day.iso8601))"),
                "  " + Citation.render(regime.citation, language.resolved), "",
                ja ? "パラメータ:" : "Parameters:",
            ]
            for parameter in Ruleset.all {
                guard let period = parameter.period(on: day) else { continue }
                let validity = period.validFrom.iso8601 + "–" + (period.validTo?.iso8601 ?? "")
                lines.append("  \(parameter.name) = \(period.value)")
                lines.append("      \(parameter.summary)")
                lines.append("      \(validity)  \(Citation.render(period.citation, language.resolved))")
            }
            lines.append("")
            lines.append(ja ? "規則:" : "Rules:")
            for rule in RuleCatalog.all {
                lines.append("  \(rule.id.rawValue): \(Citation.render(rule.citation, language.resolved))")
            }
            lines.append("")
            lines.append(
                (ja ? "別表第一: " : "Ord. 別表第一: ") + "\(CountryList.all.count) " + (ja ? "の国・地域" : "countries and regions")
            )
            lines.append("")
            lines.append(
                (ja ? "指定業種・コア業種（適用中）: " : "Designated and core industries in force: ") + "\(industries.count)")
            for entry in industries {
                let codes = entry.jsicCodes.isEmpty ? "-" : entry.jsicCodes.map(\.code).joined(separator: "|")
                let flag = entry.confidence == .secondary ? "" : " [\(entry.confidence.rawValue)]"
                lines.append(
                    "  \(entry.tier.rawValue) \(entry.group) \(codes) \(ja ? entry.nameJa : entry.nameEn)\(flag)")
            }
            writeStandardOutput(lines.joined(separator: "\n") + "\n")
        }
    }
}
