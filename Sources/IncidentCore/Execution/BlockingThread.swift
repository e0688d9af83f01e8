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

    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { (continuation: CheckedContinuation<T, Never>) in
            let work = Unmanaged.passRetained(Work { continuation.resume(returning: body()) })
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
                work.takeRetainedValue().body()  // no thread to be had: block this one rather than fail
            }
        }
    }
}
