#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs blocking work (waiting on a child process, a socket) on a thread of
/// its own, so it never occupies one of the few threads of Swift's
/// cooperative pool. Internal.
enum BlockingThread {
    final class Work {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Runs `body` on a new thread and waits for its result without blocking the caller's thread.
    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { (continuation: CheckedContinuation<T, Never>) in
            start { continuation.resume(returning: body()) }
        }
    }

    /// Starts `body` on a new detached thread (or runs it here if no thread can be had).
    static func start(_ body: @escaping () -> Void) {
        let work = Unmanaged.passRetained(Work(body))
        var thread = pthread_t()
        let rc = pthread_create(
            &thread, nil,
            { arg in
                Unmanaged<Work>.fromOpaque(arg!).takeRetainedValue().body()
                return nil
            }, work.toOpaque())
        if rc == 0 {
            pthread_detach(thread)
        } else {
            work.takeRetainedValue().body()
        }
    }
}
