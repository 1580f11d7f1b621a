import PortfolioScreening

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file (or standard input) read in chunks straight from its descriptor, for inputs too large to hold.
final class FileDescriptorInput {
    /// The descriptor.
    let descriptor: Int32
    /// The name for messages.
    let name: String
    /// The size in bytes when it is a regular file.
    let size: Int?

    /// Opens `path`, or standard input for `-`.
    ///
    /// - Throws: the `ExitCode` of ``fail(_:status:)`` (66) when the file cannot be opened.
    init(path: String) throws {
        if path == "-" {
            descriptor = STDIN_FILENO
            name = "standard input"
        } else {
            descriptor = open(path, O_RDONLY)
            name = path
            guard descriptor >= 0 else {
                throw fail("cannot open '\(path)': \(String(cString: strerror(errno)))", status: ExitStatus.noInput)
            }
        }
        var status = stat()
        if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG {
            size = Int(status.st_size)
        } else {
            size = nil
        }
    }

    deinit {
        if descriptor != STDIN_FILENO { close(descriptor) }
    }

    /// Reads into `buffer`, retrying on `EINTR`.
    ///
    /// - Returns: the bytes read, 0 at the end.
    /// - Throws: ``HoldingsError/readFailed(_:)``.
    func readChunk(into buffer: UnsafeMutableRawBufferPointer) throws(HoldingsError) -> Int {
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw .readFailed("\(name): \(String(cString: strerror(errno)))")
        }
    }
}
