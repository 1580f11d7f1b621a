import Testing

@testable import LibPQ

@Suite struct ConnectionStringTests {
    @Test(arguments: [
        "postgresql://fefta:secret@db.example:5432/fefta?sslmode=require",
        "postgres://localhost/fefta",
        "host=/var/run/postgresql dbname=fefta user=fefta",
        "",
    ])
    func libpqFormsAreAccepted(_ text: String) throws {
        #expect(try ConnectionString(validating: text).rawValue == text)
    }

    @Test(arguments: ["not a connection string", "postgresql://host/db?nosuchoption=1", "mysql://x", "a=b"])
    func malformedStringsAreRejectedWithoutEchoingThem(_ text: String) {
        do {
            _ = try ConnectionString(validating: text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.code == .invalidConnectionString)
            #expect(text.isEmpty || !error.description.contains(text))
        }
    }

    @Test func descriptionNeverShowsTheString() throws {
        let string = try ConnectionString(validating: "postgresql://fefta:s3cr3t@db.example/fefta")
        #expect(!"\(string)".contains("s3cr3t"))
        #expect(!String(reflecting: string).contains("s3cr3t"))
        #expect(!"\(string)".contains("db.example"))
    }

    @Test func replacingTheDatabaseKeepsEveryOtherOption() throws {
        let string = try ConnectionString(
            validating: "postgresql://fefta:pa'ss@127.0.0.1:5433/postgres?sslmode=disable")
        let replaced = try string.replacingDatabase(with: "fefta_test_1")
        let options = Dictionary(uniqueKeysWithValues: try replaced.explicitOptions().map { ($0.keyword, $0.value) })
        #expect(options["dbname"] == "fefta_test_1")
        #expect(options["host"] == "127.0.0.1")
        #expect(options["port"] == "5433")
        #expect(options["user"] == "fefta")
        #expect(options["password"] == "pa'ss")
        #expect(options["sslmode"] == "disable")
    }
}
