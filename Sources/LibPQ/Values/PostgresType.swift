/// A PostgreSQL type, identified by its OID in `pg_type` (built-in types have fixed OIDs).
///
/// Parameters are sent with their type so the server never has to guess, and result columns are checked against
/// the type a decoder accepts. Only the OIDs this library uses are named.
package struct PostgresType: Hashable, Sendable, CustomStringConvertible {
    /// The OID.
    package let oid: UInt32

    /// Wraps an OID.
    package init(oid: UInt32) {
        self.oid = oid
    }

    /// Let the server infer the type from the context.
    package static let unspecified = PostgresType(oid: 0)
    package static let bool = PostgresType(oid: 16)
    package static let bytea = PostgresType(oid: 17)
    package static let char = PostgresType(oid: 18)
    package static let name = PostgresType(oid: 19)
    package static let int8 = PostgresType(oid: 20)
    package static let int2 = PostgresType(oid: 21)
    package static let int4 = PostgresType(oid: 23)
    package static let text = PostgresType(oid: 25)
    package static let oidType = PostgresType(oid: 26)
    package static let json = PostgresType(oid: 114)
    package static let float4 = PostgresType(oid: 700)
    package static let float8 = PostgresType(oid: 701)
    package static let unknown = PostgresType(oid: 705)
    package static let boolArray = PostgresType(oid: 1000)
    package static let int2Array = PostgresType(oid: 1005)
    package static let int4Array = PostgresType(oid: 1007)
    package static let textArray = PostgresType(oid: 1009)
    package static let varcharArray = PostgresType(oid: 1015)
    package static let int8Array = PostgresType(oid: 1016)
    package static let float8Array = PostgresType(oid: 1022)
    package static let bpchar = PostgresType(oid: 1042)
    package static let varchar = PostgresType(oid: 1043)
    package static let date = PostgresType(oid: 1082)
    package static let timestamp = PostgresType(oid: 1114)
    package static let timestamptz = PostgresType(oid: 1184)
    package static let dateArray = PostgresType(oid: 1182)
    package static let numericArray = PostgresType(oid: 1231)
    package static let numeric = PostgresType(oid: 1700)
    package static let uuid = PostgresType(oid: 2950)
    package static let uuidArray = PostgresType(oid: 2951)
    package static let jsonb = PostgresType(oid: 3802)

    /// Whether the type was created in this database (an enum, a composite, an extension type such as `citext`)
    /// rather than built in. Built-in objects have OIDs below 16384 (`FirstNormalObjectId`).
    package var isUserDefined: Bool { oid >= 16384 }

    /// Whether values of this type are character strings: text, varchar, char(n), name, or a literal of unknown type.
    package var isTextual: Bool {
        self == .text || self == .varchar || self == .bpchar || self == .name || self == .unknown || self == .char
    }

    package var description: String {
        switch self {
        case .bool: "boolean"
        case .bytea: "bytea"
        case .char: "\"char\""
        case .name: "name"
        case .int8: "bigint"
        case .int2: "smallint"
        case .int4: "integer"
        case .text: "text"
        case .oidType: "oid"
        case .json: "json"
        case .float4: "real"
        case .float8: "double precision"
        case .unknown: "unknown"
        case .boolArray: "boolean[]"
        case .int2Array: "smallint[]"
        case .int4Array: "integer[]"
        case .textArray: "text[]"
        case .varcharArray: "varchar[]"
        case .int8Array: "bigint[]"
        case .float8Array: "double precision[]"
        case .bpchar: "character"
        case .varchar: "character varying"
        case .date: "date"
        case .timestamp: "timestamp without time zone"
        case .timestamptz: "timestamp with time zone"
        case .dateArray: "date[]"
        case .numericArray: "numeric[]"
        case .numeric: "numeric"
        case .uuid: "uuid"
        case .uuidArray: "uuid[]"
        case .jsonb: "jsonb"
        default: "type \(oid)"
        }
    }
}

/// How a parameter value is sent: PostgreSQL's text representation, or its binary one.
package enum PostgresFormat: Int32, Sendable {
    case text = 0
    case binary = 1
}
