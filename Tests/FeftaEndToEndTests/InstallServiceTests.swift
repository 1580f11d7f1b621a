import DatabaseTestSupport
import Foundation
import Testing

/// `Deploy/install-service.sh` into a temporary root (systemd does not run where the tests do, so `systemctl` itself
/// is not exercised): the file layout, the unit pointing at the installed daemon, an environment file that is never
/// overwritten, man pages when there are any, and a second run that changes nothing.
@Suite struct InstallServiceTests {
    /// The repository's root.
    static let repository: URL = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/",
            !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path)
        {
            directory.deleteLastPathComponent()
        }
        return directory
    }()

    /// The folder holding the built `fefta` and `feftad`.
    static var binaries: String {
        URL(fileURLWithPath: FeftaProcess.executablePath("fefta")).deletingLastPathComponent().path
    }

    static func install(_ arguments: [String]) async throws -> FeftaProcess.Output {
        try await FeftaProcess.runTool(
            "bash",
            [repository.appendingPathComponent("Deploy/install-service.sh").path, "--bin-dir", binaries] + arguments)
    }

    /// Every file under `root`: path, mode and modification time.
    static func listing(_ root: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let relative = enumerator?.nextObject() as? String {
            let attributes = try FileManager.default.attributesOfItem(
                atPath: root.appendingPathComponent(relative).path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            let mode = String((attributes[.posixPermissions] as? Int) ?? 0, radix: 8)
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            files["/" + relative] = "\(mode) \(modified)"
        }
        return files
    }

    static func withRoot(_ body: (URL) async throws -> Void) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("fefta-install-\(UUID())")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try await body(root)
    }

    @Test(.hangGuard)
    func installsTheLayoutAndASecondRunChangesNothing() async throws {
        try await Self.withRoot { root in
            let manuals = root.appendingPathComponent("man")
            try FileManager.default.createDirectory(at: manuals, withIntermediateDirectories: true)
            try Data(".TH FEFTA 1\n".utf8).write(to: manuals.appendingPathComponent("fefta.1"))
            try Data(".TH FEFTAD 8\n".utf8).write(to: manuals.appendingPathComponent("feftad.8"))
            let staged = root.appendingPathComponent("stage")
            let first = try await Self.install(["--root", staged.path, "--man-dir", manuals.path])
            #expect(first.status == 0, "\(first.standardError)")

            let files = try Self.listing(staged)
            let expected = [
                "/usr/local/bin/fefta": "755", "/usr/local/bin/feftad": "755",
                "/etc/systemd/system/feftad.service": "644", "/etc/fefta/feftad.env": "640",
                "/usr/share/doc/fefta/README.md": "644", "/usr/local/share/man/man1/fefta.1": "644",
                "/usr/local/share/man/man8/feftad.8": "644",
            ]
            #expect(Set(files.keys) == Set(expected.keys))
            for (path, mode) in expected {
                #expect(files[path]?.hasPrefix(mode + " ") == true, "\(path): \(files[path] ?? "-")")
            }
            let unit = try String(
                contentsOf: staged.appendingPathComponent("etc/systemd/system/feftad.service"), encoding: .utf8)
            #expect(unit.contains("\nExecStart=/usr/local/bin/feftad\n"))
            #expect(unit.contains("\nEnvironmentFile=/etc/fefta/feftad.env\n"))
            let environment = try String(
                contentsOf: staged.appendingPathComponent("etc/fefta/feftad.env"), encoding: .utf8)
            #expect(environment.contains("\n# FEFTA_DATABASE_URL="), "no database until the operator names one")
            #expect(environment.contains("\n# FEFTA_NOTIFY_COMMAND="), "no notify command that does not exist")
            #expect(environment.contains("\nFEFTA_METRICS_PORT=9464\n"))
            #expect(first.standardError.contains("no system user created and no systemctl run"))
            #expect(first.standardError.contains("next: set FEFTA_DATABASE_URL"))
            #expect(
                try Data(contentsOf: staged.appendingPathComponent("usr/local/bin/feftad"))
                    == Data(contentsOf: URL(fileURLWithPath: Self.binaries + "/feftad")))

            // The operator's edit survives; nothing else is touched.
            let edited = environment.replacingOccurrences(
                of: "\n# FEFTA_DATABASE_URL=postgresql://feftad@db.example.jp:5432/fefta?sslmode=verify-full",
                with: "\nFEFTA_DATABASE_URL=postgresql://feftad@db.internal/fefta")
            try Data(edited.utf8).write(to: staged.appendingPathComponent("etc/fefta/feftad.env"))
            let before = try Self.listing(staged)
            let second = try await Self.install(["--root", staged.path, "--man-dir", manuals.path])
            #expect(second.status == 0, "\(second.standardError)")
            #expect(second.standardError.contains("0 installed, 7 unchanged"), "\(second.standardError)")
            #expect(second.standardError.contains("kept /etc/fefta/feftad.env"))
            #expect(try Self.listing(staged) == before)
            #expect(
                try String(contentsOf: staged.appendingPathComponent("etc/fefta/feftad.env"), encoding: .utf8)
                    == edited)
            #expect(second.standardError.contains("next: fefta db migrate"))
        }
    }

    @Test(.hangGuard)
    func aPrefixAndADatabaseURLAreWrittenAndAPasswordInTheURLIsRefused() async throws {
        try await Self.withRoot { root in
            let staged = root.appendingPathComponent("stage")
            let url = "postgresql://feftad@db.internal:5432/fefta?sslmode=verify-full"
            let result = try await Self.install([
                "--root", staged.path, "--prefix", "/opt/fefta", "--database-url", url, "--man-dir",
                root.path + "/none",
            ])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(FileManager.default.isExecutableFile(atPath: staged.path + "/opt/fefta/bin/feftad"))
            let unit = try String(contentsOfFile: staged.path + "/etc/systemd/system/feftad.service", encoding: .utf8)
            #expect(unit.contains("\nExecStart=/opt/fefta/bin/feftad\n"))
            let environment = try String(contentsOfFile: staged.path + "/etc/fefta/feftad.env", encoding: .utf8)
            #expect(environment.contains("\nFEFTA_DATABASE_URL=\(url)\n"))
            #expect(result.standardError.contains("no man pages in"))

            for bad in ["postgresql://feftad:secret@db.internal/fefta", "host=db.internal password=secret"] {
                let refused = try await Self.install(["--root", root.path + "/other", "--database-url", bad])
                #expect(refused.status == 64)
                #expect(!refused.standardError.contains("secret"))
                #expect(!FileManager.default.fileExists(atPath: root.path + "/other"))
            }
            let relative = try await Self.install(["--root", root.path + "/other", "--prefix", "usr/local"])
            #expect(relative.status == 64)
        }
    }
}
