#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work on a thread whose stack size the test chooses, so a test of deep
/// recursion does not depend on the stack of the thread the test runner
/// happens to use.
enum ThreadStack {
    /// The result of `body`, run on a new thread with a `size`-byte stack.
    static func run<T>(size: Int, _ body: @escaping () -> T) -> T {
        let box = ResultBox<T>()
        let job = ThreadJob { box.value = body() }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, size)
        let rc = startAndJoin(job, &attributes)
        pthread_attr_destroy(&attributes)
        precondition(rc == 0, "pthread_create failed: \(rc)")
        return box.value!
    }
}

private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}

private final class ThreadJob: @unchecked Sendable {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
}

private func threadEntry(_ raw: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    let job = Unmanaged<ThreadJob>.fromOpaque(raw!).takeRetainedValue()
    job.body()
    return nil
}

private func startAndJoin(_ job: ThreadJob, _ attributes: inout pthread_attr_t) -> Int32 {
    let context = Unmanaged.passRetained(job).toOpaque()
    #if canImport(Glibc)
    var thread = pthread_t()
    let rc = pthread_create(&thread, &attributes, threadEntry, context)
    if rc == 0 { pthread_join(thread, nil) }
    #else
    var thread: pthread_t?
    let rc = pthread_create(&thread, &attributes, threadEntry, context)
    if rc == 0, let thread { pthread_join(thread, nil) }
    #endif
    return rc
}
