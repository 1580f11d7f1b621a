#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the bytes of a file, or of standard input for `-` or no path, without Foundation.
///
/// - Throws: the `ExitCode` of ``fail(_:status:)`` (66, `EX_NOINPUT`) when the file cannot be opened or read.
func readInput(_ path: String?) throws -> [UInt8] {
    let descriptor: Int32
    let name: String
    if let path, path != "-" {
        descriptor = open(path, O_RDONLY)
        name = path
        guard descriptor >= 0 else {
            throw fail("cannot open '\(path)': \(String(cString: strerror(errno)))", status: ExitStatus.noInput)
        }
    } else {
        descriptor = STDIN_FILENO
        name = "standard input"
    }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { continue }
            throw fail("cannot read \(name): \(String(cString: strerror(errno)))", status: ExitStatus.noInput)
        }
        if count == 0 { break }
        bytes.append(contentsOf: buffer[0..<count])
    }
    return bytes
}

/// Writes `text` to standard output.
func writeStandardOutput(_ text: String) {
    writeStandardOutput(bytes: Array(text.utf8))
}

/// Writes `bytes` to standard output (text already encoded, such as a Shift_JIS CSV).
func writeStandardOutput(bytes output: [UInt8]) {
    var bytes = output[...]
    while !bytes.isEmpty {
        let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        if written <= 0 { return }
        bytes = bytes.dropFirst(written)
    }
}
