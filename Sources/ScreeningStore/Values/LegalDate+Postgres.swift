package import JapaneseCalendar
package import LibPQ

/// A legal date is stored as a PostgreSQL `date`, converted through LibPQ's wire type ``PostgresDate``.
extension LegalDate: PostgresEncodable, PostgresDecodable, PostgresArrayElement {
    package static var postgresType: PostgresType { .date }
    package static var postgresArrayType: PostgresType { .dateArray }

    package func encodePostgres() -> [UInt8]? {
        Array(iso8601.utf8)
    }

    /// Decodes a `date` column; dates outside 0001-01-01…9999-12-31 (BC dates, `infinity`) fail naming the column.
    package init(postgresValue value: PostgresValue) throws(PQError) {
        let date = try PostgresDate(postgresValue: value)
        do {
            try self.init(year: date.year, month: date.month, day: date.day)
        } catch {
            throw value.invalid(LegalDate.self, expected: "a date between 0001-01-01 and 9999-12-31")
        }
    }

    /// The same day as LibPQ's wire type.
    package var postgresDate: PostgresDate? {
        PostgresDate(year: year, month: month, day: day)
    }
}
