package import ScreeningRules

/// The differences between two versions of the issuer list: issuers whose category changed, issuers added and
/// issuers removed, by securities code.
package struct IssuerListDiff: Sendable, Hashable {
    /// One issuer's change.
    package struct Change: Sendable, Hashable {
        /// What changed.
        package enum Kind: String, Sendable, Hashable {
            /// The tier differs between the versions.
            case changed
            /// Listed only in the newer version.
            case added
            /// Listed only in the older version.
            case removed
        }

        /// What changed.
        package var kind: Kind
        /// The securities code.
        package var securitiesCode: String
        /// The name (from the newer version when listed there).
        package var name: String
        /// The tier in the older version.
        package var from: TargetTier?
        /// The tier in the newer version.
        package var to: TargetTier?

        /// A change.
        package init(kind: Kind, securitiesCode: String, name: String, from: TargetTier?, to: TargetTier?) {
            self.kind = kind
            self.securitiesCode = securitiesCode
            self.name = name
            self.from = from
            self.to = to
        }
    }

    /// The changes, by securities code.
    package var changes: [Change]

    /// The changes from `old` to `new`. Renamed issuers with the same tier are not changes.
    package init(from old: IssuerList, to new: IssuerList) {
        var changes: [Change] = []
        for issuer in new.issuers {
            if let previous = old.issuer(securitiesCode: issuer.securitiesCode) {
                if previous.tier != issuer.tier {
                    changes.append(
                        Change(
                            kind: .changed, securitiesCode: issuer.securitiesCode, name: issuer.name,
                            from: previous.tier, to: issuer.tier))
                }
            } else {
                changes.append(
                    Change(
                        kind: .added, securitiesCode: issuer.securitiesCode, name: issuer.name, from: nil,
                        to: issuer.tier))
            }
        }
        for issuer in old.issuers where new.issuer(securitiesCode: issuer.securitiesCode) == nil {
            changes.append(
                Change(
                    kind: .removed, securitiesCode: issuer.securitiesCode, name: issuer.name, from: issuer.tier, to: nil
                ))
        }
        self.changes = changes.sorted { $0.securitiesCode < $1.securitiesCode }
    }

    /// The number of changes of `kind`.
    package func count(_ kind: Change.Kind) -> Int { changes.filter { $0.kind == kind }.count }
}
