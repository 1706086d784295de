import Foundation

/// Time since this process was started by the kernel (not since `main`), for the startup probe.
enum ProcessClock {
    static func millisecondsSinceStart() -> Double {
        // A benchmark that launched us may give the exact launch time (CLOCK_REALTIME, nanoseconds);
        // /proc's start time is only precise to a clock tick (10 ms).
        if let launched = ProcessInfo.processInfo.environment["PAPERS_TUI_PROBE_T0"].flatMap(Double.init) {
            var now = timespec()
            clock_gettime(CLOCK_REALTIME, &now)
            return (Double(now.tv_sec) * 1e9 + Double(now.tv_nsec) - launched) / 1e6
        }
        // Field 22 of /proc/self/stat is the start time in clock ticks after boot; CLOCK_BOOTTIME is now.
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return -1 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 19, let ticks = Double(fields[19]) else { return -1 }
        let hertz = Double(sysconf(Int32(_SC_CLK_TCK)))
        var now = timespec()
        clock_gettime(CLOCK_BOOTTIME, &now)
        let nowSeconds = Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
        return (nowSeconds - ticks / hertz) * 1000
    }
}
