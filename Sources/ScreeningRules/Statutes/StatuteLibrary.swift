public import JapaneseCalendar

/// The statute texts the product holds (``StatuteText``, one per instrument version) and the English summaries we
/// wrote for them; resolves a cited provision to its text in the version that applies on a date.
public enum StatuteLibrary {
    /// Every embedded text that reads, instrument by instrument, oldest version first.
    public static let texts: [StatuteText] = StatuteFiles.embedded.compactMap { file in
        guard file.fileName != StatuteFiles.summariesFileName else { return nil }
        return try? StatuteText(fileName: file.fileName, contents: file.contents)
    }.sorted { ($0.instrument.notation, $0.version) < ($1.instrument.notation, $1.version) }

    /// The embedded files that do not read (a test asserts there are none).
    public static var errors: [StatuteTextError] {
        StatuteFiles.embedded.compactMap { file -> StatuteTextError? in
            guard file.fileName != StatuteFiles.summariesFileName else { return nil }
            do throws(StatuteTextError) {
                _ = try StatuteText(fileName: file.fileName, contents: file.contents)
                return nil
            } catch {
                return error
            }
        }
    }

    /// Our English summaries, by the citation of the provision they summarise (`Act 27(2)`, `Ord. 6-2`).
    public static let summaries: [String: String] = {
        guard let file = StatuteFiles.embedded.first(where: { $0.fileName == StatuteFiles.summariesFileName }) else {
            return [:]
        }
        var result: [String: String] = [:]
        for line in file.contents.split(separator: "\n") where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            result[String(line[..<tab])] = String(line[line.index(after: tab)...])
        }
        return result
    }()

    /// The versions held of `instrument`, oldest first.
    public static func versions(of instrument: Instrument) -> [StatuteText] {
        texts.filter { $0.instrument == instrument }
    }

    /// Resolves one cited provision to its text in the version that applies on `date`, or the nearest version
    /// held that has it (the result says which, and whether it applies on `date`).
    ///
    /// - Parameters:
    ///   - reference: the provision.
    ///   - instrument: its instrument.
    ///   - date: the date whose version to show.
    /// - Returns: the resolution; ``ProvisionResolution/isResolved`` is false when no version held has every node.
    public static func resolve(
        _ reference: ProvisionReference, of instrument: Instrument, on date: LegalDate
    ) -> ProvisionResolution {
        let held = versions(of: instrument)
        let applying = held.first { $0.applies(on: date) }
        let nearest = held.last { $0.version <= date } ?? held.first
        var order = [applying, nearest].compactMap { $0 }
        order += held.reversed().filter { candidate in !order.contains { $0.fileName == candidate.fileName } }
        var best: ProvisionResolution?
        for text in order {
            let resolution = ProvisionResolution(reference: reference, instrument: instrument, text: text, date: date)
            if resolution.isResolved { return resolution }
            if best == nil { best = resolution }
        }
        return best ?? ProvisionResolution(reference: reference, instrument: instrument, text: nil, date: date)
    }

    /// Our English summary of a provision: the most specific one written for it or a provision containing it.
    public static func summary(of reference: ProvisionReference, in instrument: Instrument) -> String? {
        let articleWord = instrument.usesArticleWord ? "Art. " : ""
        switch reference.target {
        case .table(let number, let rows):
            let table = "\(instrument.notation) 別表第\(KanjiNumeral.string(number))"
            if rows.count == 1, rows[0].count == 1, let row = summaries["\(table) row \(rows[0].lowerBound)"] {
                return row
            }
            return summaries[table]
        case .articles(let range):
            return range.compactMap { summaries["\(instrument.notation) Art. \($0)"] }.joined(separator: " ")
                .nilIfEmpty
        case .article(let path, let spans):
            var depth = spans.count <= 1 && (spans.first?.count ?? 1) == 1 ? path.depth : path.depth - 1
            while depth >= 0 {
                let key = "\(instrument.notation) \(articleWord)\(path.truncated(to: depth).notation)"
                if let summary = summaries[key] { return summary }
                depth -= 1
            }
            return nil
        }
    }
}

extension String {
    /// nil for an empty string.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
