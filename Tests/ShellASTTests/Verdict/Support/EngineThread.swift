#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work on a new thread with a stack size the test chooses, so a test of
/// hostile nesting checks the engine, not whatever stack the runner gives it.
enum EngineThread {
    /// The result of `body`, run on a thread with a `stackSize`-byte stack.
    static func run<T>(stackSize: Int, _ body: @escaping () -> T) -> T {
        let job = EngineThreadJob { body() }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, stackSize)
        let context = Unmanaged.passRetained(job).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        let rc = pthread_create(&thread, &attributes, engineThreadEntry, context)
        if rc == 0 { pthread_join(thread, nil) }
        #else
        var thread: pthread_t?
        let rc = pthread_create(&thread, &attributes, engineThreadEntry, context)
        if rc == 0, let thread { pthread_join(thread, nil) }
        #endif
        pthread_attr_destroy(&attributes)
        precondition(rc == 0, "pthread_create failed: \(rc)")
        return job.result as! T
    }
}

private final class EngineThreadJob: @unchecked Sendable {
    let body: () -> Any
    var result: Any?
    init(_ body: @escaping () -> Any) { self.body = body }
}

private func engineThreadEntry(_ raw: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    let job = Unmanaged<EngineThreadJob>.fromOpaque(raw!).takeRetainedValue()
    job.result = job.body()
    return nil
}
