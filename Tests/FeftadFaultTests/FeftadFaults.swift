import Testing

/// The fault tests run one at a time (each starts a PostgreSQL server and several daemons; on a small machine,
/// running them side by side would only make them slower and their heartbeats late).
@Suite(.serialized) enum FeftadFaults {}
