extension Determination {
    /// The determination as a short memo for people: the answer first, then the conditions, the report and its due
    /// date, then the findings with their legal basis.
    ///
    /// - Parameter language: English or Japanese.
    /// - Returns: the memo text, ending with a newline.
    public func memo(language: Language) -> String {
        let ja = language == .ja
        var lines: [String] = [headline(language)]
        if let exemption {
            lines.append(ja ? "遵守すべき基準:" : "Conditions to keep:")
            for label in exemption.conditions.labels {
                lines.append("  \(label)  \(Determination.conditionText(label, language))")
            }
        }
        if let report {
            let weekday = ja ? report.dueDate.weekday.nameJa : report.dueDate.weekday.name
            lines.append(
                ja
                    ? "事後報告: 別表第三 \(report.row.rawValue)、様式\(report.form)、期限 \(report.dueDate.iso8601)（\(weekday)）"
                    : "Report: row \(report.row.rawValue), form \(report.form), due \(report.dueDate.iso8601) (\(weekday))"
            )
        } else if outcome == .exempt || outcome == .noFiling {
            lines.append(ja ? "事後報告: 不要" : "Report: none")
        }
        if let terms = priorNotification {
            lines.append(
                ja
                    ? "事前届出: 行為の日前\(terms.filingWindowMonths)月以内に届出、受理から\(terms.waitingDays)日の待機期間、実行後\(terms.executionReportDays)日以内に実行報告"
                    : "Prior notification: file within \(terms.filingWindowMonths) months before the act; \(terms.waitingDays)-day waiting period from acceptance; execution report within \(terms.executionReportDays) days"
            )
        }
        if !missingFacts.isEmpty {
            lines.append((ja ? "不足している事実: " : "Facts needed: ") + missingFacts.paths.joined(separator: ", "))
        }
        lines.append((ja ? "適用規則: " : "Ruleset: ") + (regime?.version ?? "-"))
        if !findings.isEmpty {
            lines.append("")
            lines.append(ja ? "判断の過程:" : "Findings:")
            for (index, finding) in findings.enumerated() {
                lines.append("\(index + 1). \(finding.question.text(language))")
                lines.append("   \(finding.answer.text(language))")
                let used = finding.facts.map { "\($0.path) = \(Determination.display($0.value, language))" }
                if !used.isEmpty { lines.append("   " + (ja ? "事実: " : "Facts: ") + used.joined(separator: "; ")) }
                if let note = finding.note { lines.append("   " + (ja ? "注: " : "Note: ") + note.text(language)) }
                lines.append(
                    "   " + (ja ? "根拠: " : "Basis: ") + Citation.render(finding.citation, language)
                        + " [\(finding.rule.rawValue)]")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A fact's value for people: strings unquoted, `null` as "not given".
    static func display(_ value: JSONValue, _ language: Language) -> String {
        switch value {
        case .null: language == .ja ? "（指定なし）" : "(not given)"
        case .string(let text): text
        default: value.serialized()
        }
    }

    func headline(_ language: Language) -> String {
        let ja = language == .ja
        switch outcome {
        case .noFiling:
            return ja ? "結論: 届出・報告は不要。" : "Answer: no filing: neither prior notification nor a report is required."
        case .postInvestmentReport:
            return ja ? "結論: 事前届出は不要、事後報告が必要。" : "Answer: post-investment report; no prior notification."
        case .exempt:
            let basis = exemption?.basis.rawValue ?? "-"
            return ja ? "結論: 事前届出は免除される（\(basis)）。" : "Answer: exempt from prior notification (\(basis))."
        case .priorNotification:
            return ja ? "結論: 事前届出が必要。" : "Answer: prior notification required."
        case .undetermined:
            return ja ? "結論: 判断できない（事実が不足）。" : "Answer: undetermined: facts are missing."
        }
    }

    static func conditionText(_ label: String, _ language: Language) -> String {
        let ja = language == .ja
        switch label {
        case "B1": return ja ? "自ら又は関係者が役員に就任しない" : "no officer seat for the investor or its related persons"
        case "B2": return ja ? "指定業種の事業の譲渡・廃止を株主総会に提案しない" : "no proposal to transfer or abolish the designated business"
        case "B3": return ja ? "指定業種の非公開の技術情報にアクセスしない" : "no access to non-public technology of the designated business"
        case "C1":
            return ja ? "コア業種に関し取締役会等に出席しない" : "no attendance at board or key committee meetings on the core business"
        case "C2": return ja ? "コア業種に関し期限を付した書面提案をしない" : "no written proposals with a deadline on the core business"
        case "Q1": return ja ? "コア業種に関する非公開情報を取得しない" : "no non-public information on the core business"
        case "Q2":
            return ja ? "発行会社等で就労させず、役職員を勧誘しない" : "no staffing of, or soliciting personnel from, the issuer group"
        default: return ""
        }
    }
}
