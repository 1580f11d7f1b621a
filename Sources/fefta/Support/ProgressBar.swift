#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A one-line progress bar on standard error, redrawn at most ten times a second.
///
/// Shown only when standard error is a terminal and the input is large, so logs and pipes never see it.
struct ProgressBar {
    /// Inputs at least this large get a bar.
    static let minimumBytes = 32 << 20

    let total: Int
    private let clock = ContinuousClock()
    private var lastDrawn: ContinuousClock.Instant
    private var drawn = false

    /// A bar for `total` bytes, or `nil` when none should be shown.
    init?(total: Int?) {
        guard let total, total >= ProgressBar.minimumBytes, isatty(STDERR_FILENO) == 1 else { return nil }
        self.total = total
        lastDrawn = clock.now
    }

    /// Redraws for `done` bytes, unless drawn in the last 100 ms.
    mutating func update(_ done: Int) {
        let now = clock.now
        guard now - lastDrawn >= .milliseconds(100) || (done >= total && !drawn) else { return }
        lastDrawn = now
        drawn = true
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 1
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        writeStandardError("\r\(bar) \(Int(fraction * 100))% of \(total >> 20) MiB")
    }

    /// Clears the line.
    func finish() {
        if drawn { writeStandardError("\r\u{1B}[K") }
    }
}
