import PortfolioScreening
import ScreeningRules
import Testing

struct IssuerListDiffTests {
    @Test func listsCategoryChangesAdditionsAndRemovals() throws {
        let old = try issuerList(
            "securities_code,name,category\n1301,例示水産,1\n6501,例示電機,2\n7203,例示自動車,3\n9501,例示電力,3\n",
            published: day("2024-09-13"))
        let new = try issuerList(
            "証券コード,会社名,区分,特定コア事業者\n1301,例示水産ホールディングス,①,\n6501,例示電機,③,\n9501,例示電力,③,○\n130A,例示システムズ,②,\n",
            published: day("2025-07-15"))
        let diff = IssuerListDiff(from: old, to: new)
        #expect(
            diff.changes == [
                .init(kind: .added, securitiesCode: "130A", name: "例示システムズ", from: nil, to: .designated),
                .init(kind: .changed, securitiesCode: "6501", name: "例示電機", from: .designated, to: .core),
                .init(kind: .removed, securitiesCode: "7203", name: "例示自動車", from: .core, to: nil),
                .init(kind: .changed, securitiesCode: "9501", name: "例示電力", from: .core, to: .coreSpecified),
            ])
        #expect(diff.count(.changed) == 2)
        // A rename alone is not a change.
        #expect(!diff.changes.contains { $0.securitiesCode == "1301" })
        #expect(IssuerListDiff(from: new, to: new).changes.isEmpty)
    }
}
