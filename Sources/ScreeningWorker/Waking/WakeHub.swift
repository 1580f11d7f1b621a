/// Wakes every loop of the daemon at once (the listener calls ``signalAll()`` on each NOTIFY).
package struct WakeHub: Sendable {
    /// The loops' signals.
    package let deadlines = WakeSignal()
    /// Reminder planning.
    package let reminders = WakeSignal()
    /// Notification delivery.
    package let notifications = WakeSignal()
    /// Re-screening.
    package let rescreening = WakeSignal()

    /// A hub with nothing pending.
    package init() {}

    /// Signals every loop.
    package func signalAll() {
        for signal in [deadlines, reminders, notifications, rescreening] { signal.signal() }
    }
}
