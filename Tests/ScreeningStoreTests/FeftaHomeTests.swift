import Testing

@testable import ScreeningStore

@Suite struct FeftaHomeTests {
    @Test(arguments: [
        (["FEFTA_HOME": "/srv/fefta/", "HOME": "/home/a"], false, "/srv/fefta"),
        (["FEFTA_HOME": "/srv/fefta"], true, "/srv/fefta"),
        (["HOME": "/root"], true, "/var/lib/fefta"),
        (["HOME": "/home/a"], false, "/home/a/.local/share/fefta"),
        (["HOME": "/home/a", "XDG_DATA_HOME": "/data/a"], false, "/data/a/fefta"),
        (["HOME": "/home/a", "XDG_DATA_HOME": "relative"], false, "/home/a/.local/share/fefta"),
    ])
    func homeResolution(environment: [String: String], isRoot: Bool, expected: String) throws {
        #expect(try FeftaHome.resolve(environment: environment, effectiveUserIsRoot: isRoot) == expected)
    }

    @Test func relativeOrMissingHomesAreErrors() {
        #expect(throws: ConfigurationError.self) {
            try FeftaHome.resolve(environment: ["FEFTA_HOME": "fefta"], effectiveUserIsRoot: false)
        }
        #expect(throws: ConfigurationError.self) {
            try FeftaHome.resolve(environment: [:], effectiveUserIsRoot: false)
        }
    }
}
