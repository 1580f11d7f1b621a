internal import CLibPQ

/// Lays out query parameters the way `PQexecParams` wants them and calls `body` with pointers into that layout.
///
/// This is the one place where parameters become C pointers. All values are copied into a single byte buffer
/// (text values NUL-terminated, as libpq requires for text format); the pointer arrays are built inside
/// `withUnsafeBufferPointer` and live only for the duration of `body`, so no pointer escapes its scope.
///
/// - Parameters:
///   - binds: the parameters in placeholder order.
///   - query: the statement, for error messages.
///   - body: receives count, types, values, lengths and formats, and calls libpq.
/// - Throws: ``PQError`` ``PQError/Code/encodingFailed`` when a text-format value contains a NUL byte (libpq
///   would silently cut it short), naming the placeholder but not the value.
func withMarshalledParameters<Result>(
    _ binds: [PostgresBind],
    query: String,
    _ body: (
        _ count: Int32,
        _ types: UnsafePointer<Oid>?,
        _ values: UnsafePointer<UnsafePointer<CChar>?>?,
        _ lengths: UnsafePointer<Int32>?,
        _ formats: UnsafePointer<Int32>?
    ) -> Result
) throws(PQError) -> Result {
    guard binds.count <= 65_535 else {
        throw PQError(
            .encodingFailed, reason: "\(binds.count) parameters; PostgreSQL allows at most 65535", query: query)
    }
    var storage: [UInt8] = []
    var offsets: [Int?] = []
    var lengths: [Int32] = []
    var types: [Oid] = []
    var formats: [Int32] = []
    for (index, bind) in binds.enumerated() {
        types.append(Oid(bind.type.oid))
        formats.append(bind.format.rawValue)
        guard let bytes = bind.bytes else {
            offsets.append(nil)
            lengths.append(0)
            continue
        }
        if bind.format == .text, bytes.contains(0) {
            throw PQError(
                .encodingFailed,
                reason:
                    "parameter $\(index + 1) (\(bind.type)) contains a NUL character, which PostgreSQL text cannot hold",
                query: query
            )
        }
        guard let length = Int32(exactly: bytes.count) else {
            throw PQError(.encodingFailed, reason: "parameter $\(index + 1) is larger than 2 GiB", query: query)
        }
        offsets.append(storage.count)
        lengths.append(length)
        storage += bytes
        storage.append(0)
    }
    // Never empty, so the buffer always has a base address.
    storage.append(0)
    return storage.withUnsafeBufferPointer { buffer in
        let base = UnsafeRawPointer(buffer.baseAddress)
        let values: [UnsafePointer<CChar>?] = offsets.map { offset in
            guard let offset, let base else { return nil }
            return (base + offset).assumingMemoryBound(to: CChar.self)
        }
        return values.withUnsafeBufferPointer { valuePointers in
            types.withUnsafeBufferPointer { typePointers in
                lengths.withUnsafeBufferPointer { lengthPointers in
                    formats.withUnsafeBufferPointer { formatPointers in
                        body(
                            Int32(binds.count),
                            typePointers.baseAddress,
                            valuePointers.baseAddress,
                            lengthPointers.baseAddress,
                            formatPointers.baseAddress
                        )
                    }
                }
            }
        }
    }
}
