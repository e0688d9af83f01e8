import Synchronization

/// Runs an operation with a time limit that holds even if the operation
/// ignores cancellation: the caller gets `nil` at the deadline and the
/// operation is cancelled and left to finish on its own. Internal.
enum Timeout {
    final class Race<T: Sendable>: Sendable {
        struct State {
            var continuation: CheckedContinuation<T?, Never>?
            var work: Task<Void, Never>?
            var timer: Task<Void, Never>?
        }

        let state = Mutex(State())

        /// Resumes the waiter once and cancels both tasks; later calls return false.
        @discardableResult
        func finish(_ value: T?) -> Bool {
            let (c, work, timer) = state.withLock { s in
                defer { s.continuation = nil }
                return (s.continuation, s.work, s.timer)
            }
            guard let c else { return false }
            c.resume(returning: value)
            work?.cancel()
            timer?.cancel()
            return true
        }

        /// Stores the tasks; cancels them at once if the race is already over.
        func start(work: Task<Void, Never>, timer: Task<Void, Never>) {
            let over = state.withLock { s in
                s.work = work
                s.timer = timer
                return s.continuation == nil
            }
            if over {
                work.cancel()
                timer.cancel()
            }
        }
    }

    static func run<T: Sendable>(
        _ limit: Duration, clock: any Clock<Duration>, _ operation: @escaping @Sendable () async -> T
    ) async -> T? {
        let race = Race<T>()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<T?, Never>) in
                race.state.withLock { $0.continuation = c }
                let work = Task { _ = race.finish(await operation()) }
                let timer = Task {
                    try? await clock.sleep(for: limit)
                    _ = race.finish(nil)
                }
                race.start(work: work, timer: timer)
            }
        } onCancel: {
            race.finish(nil)
        }
    }
}
