// ScreeningWorker: the daemon's services (deadline firing, reminders, re-screening, metrics).
