/// Where rules put their findings. The engine is generic over it, so the no-trail path compiles the recording
/// away and builds no finding at all.
protocol FindingRecorder {
    /// Whether findings are kept.
    static var isRecording: Bool { get }
    /// Keeps a finding (the autoclosure is not evaluated when nothing is recorded).
    mutating func record(_ finding: @autoclosure () -> Finding)
}

/// Records nothing: the fast path.
struct NoFindings: FindingRecorder {
    static var isRecording: Bool { false }
    @inline(__always) mutating func record(_ finding: @autoclosure () -> Finding) {}
}

/// Records every finding.
struct FindingTrail: FindingRecorder {
    var findings: [Finding] = []
    static var isRecording: Bool { true }
    mutating func record(_ finding: @autoclosure () -> Finding) { findings.append(finding()) }
}
