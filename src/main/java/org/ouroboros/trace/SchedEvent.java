package org.ouroboros.trace;

import java.util.List;

/**
 * What the thread scheduler did (package {@code org.ouroboros.sched}): simulated threads, the GIL,
 * check-point switches, synchronisation primitives, deadlocks. Every event carries
 * {@code vtime}, the virtual time in nanoseconds since the scheduler started (the simulated
 * clock, independent of the host's speed). Threads are identified by their simulated thread id
 * ({@code 0} is the main thread, the same id {@link ExecutionEvent} events carry); {@code -1}
 * means "no thread". Cores are numbered from 0; processes from 0 (the main process).
 */
public sealed interface SchedEvent extends TraceEvent
        permits SchedEvent.RunConfigured, SchedEvent.ThreadCreated, SchedEvent.ThreadStarted,
                SchedEvent.ThreadFinished, SchedEvent.ThreadStateChanged, SchedEvent.GilTaken,
                SchedEvent.GilDropped, SchedEvent.GilDropRequested, SchedEvent.SwitchAtCheckPoint,
                SchedEvent.PrimitiveOp, SchedEvent.BytecodeStep, SchedEvent.DeadlockDetected,
                SchedEvent.RunSummary {

    /** Virtual time of the event in nanoseconds since the scheduler started. */
    long vtime();

    /** The state a simulated thread is in; the GIL view colours lanes by it. */
    enum ThreadStateKind {
        /** Created, {@code start()} not called yet. */
        NEW,
        /** Executing bytecode (holds the GIL of its process in GIL mode; owns a core in free mode). */
        RUNNING,
        /** Wants to run but waits for the GIL (it may set a drop request after the switch interval). */
        WAITING_FOR_GIL,
        /** Wants to run but every simulated core is busy (free-threaded / processes modes). */
        WAITING_FOR_CORE,
        /** Blocked on a synchronisation primitive or a join; see {@link ThreadStateChanged#blockedOn}. */
        BLOCKED,
        /** In {@code time.sleep}. */
        SLEEPING,
        /** Blocked in (simulated or real) I/O with the GIL released. */
        IN_IO,
        /** Finished (returned or raised). */
        DONE
    }

    /** Where the interpreter checked its eval breaker. */
    enum CheckPointKind {
        /** Function entry ({@code RESUME}, 3.10+). */
        RESUME,
        /** A loop back edge ({@code JUMP_BACKWARD}, 3.10+). */
        JUMP_BACKWARD,
        /** After a call into a builtin. */
        CALL,
        /** Before an ordinary instruction (CPython 3.9 checks before most instructions). */
        INSTRUCTION
    }

    /** Why the GIL was released. */
    enum DropReason {
        /** Another thread's drop request was honoured at a check point. */
        DROP_REQUEST,
        /** A blocking call (contended lock acquire, join, queue get, Condition.wait …). */
        BLOCKING,
        /** {@code time.sleep}. */
        SLEEP,
        /** I/O (simulated, or real blocking through the scheduler's blocking API). */
        IO,
        /** The thread finished. */
        FINISHED
    }

    /** The kind of synchronisation object an operation applies to. */
    enum PrimitiveKind {
        LOCK, RLOCK, CONDITION, SEMAPHORE, BOUNDED_SEMAPHORE, EVENT, QUEUE, THREAD, FUTURE, PIPE
    }

    /** An operation on a synchronisation primitive. */
    enum PrimitiveOpKind {
        /** The primitive was created. */
        CREATE,
        /** An acquire (or get/wait) that succeeded at once. */
        ACQUIRE,
        /** The thread has to wait: it is appended to the waiter queue. */
        BLOCK,
        /** A waiting thread got the primitive after waiting. */
        ACQUIRED_AFTER_WAIT,
        /** A non-blocking attempt or a timed wait failed ({@code acquire(False)}, timeout). */
        FAILED,
        RELEASE, WAIT, NOTIFY, NOTIFY_ALL, PUT, GET, SET, CLEAR, TASK_DONE, JOIN
    }

    /**
     * The scheduler's settings, the first scheduler event of a run.
     *
     * @param vtime virtual time (0)
     * @param mode "gil", "free" or "processes"
     * @param cpython the modelled CPython version, "3.11" or "3.9"
     * @param cores number of simulated cores
     * @param switchIntervalNs the GIL switch interval in ns ({@code sys.getswitchinterval()})
     * @param seed the seed driving cost jitter and tie-breaks
     */
    record RunConfigured(long vtime, String mode, String cpython, int cores, long switchIntervalNs, long seed)
            implements SchedEvent {}

    /**
     * A simulated thread (or process) was created (on {@code start()}; the main thread at scheduler start).
     *
     * @param vtime virtual time in ns
     * @param thread its id
     * @param name its Python name ({@code MainThread}, {@code Thread-1 (worker)}, …)
     * @param daemon whether it is a daemon thread
     * @param process the simulated process it belongs to (0 = main process)
     * @param parent the id of the thread that started it, -1 for the main thread
     */
    record ThreadCreated(long vtime, int thread, String name, boolean daemon, int process, int parent)
            implements SchedEvent {}

    /**
     * A thread ran its first instruction.
     *
     * @param vtime virtual time in ns
     * @param thread its id
     * @param name its name
     * @param core the core it started on
     */
    record ThreadStarted(long vtime, int thread, String name, int core) implements SchedEvent {}

    /**
     * A thread finished.
     *
     * @param vtime virtual time in ns
     * @param thread its id
     * @param name its name
     * @param raised true when it ended with an uncaught exception
     */
    record ThreadFinished(long vtime, int thread, String name, boolean raised) implements SchedEvent {}

    /**
     * A thread's state changed.
     *
     * @param vtime virtual time in ns
     * @param thread its id
     * @param name its name
     * @param state the new state
     * @param core the core it runs on when RUNNING, else -1
     * @param primitive the primitive it is blocked on when BLOCKED, else -1
     * @param blockedOn human-readable description of what it waits for (e.g. "Lock#3 held by Thread-1"), or ""
     */
    record ThreadStateChanged(long vtime, int thread, String name, ThreadStateKind state, int core, long primitive,
            String blockedOn) implements SchedEvent {}

    /**
     * A thread took the GIL of its process.
     *
     * @param vtime virtual time in ns
     * @param thread the new holder
     * @param core the core it runs on
     * @param process the process whose GIL it is
     * @param waitedNs how long it waited for the GIL (0 when it was free)
     * @param switchNumber how many times this GIL changed hands so far (CPython's {@code switch_number})
     */
    record GilTaken(long vtime, int thread, int core, int process, long waitedNs, long switchNumber)
            implements SchedEvent {}

    /**
     * The holder released the GIL.
     *
     * @param vtime virtual time in ns
     * @param thread the former holder
     * @param core the core it ran on
     * @param process the process whose GIL it is
     * @param reason why it released it
     */
    record GilDropped(long vtime, int thread, int core, int process, DropReason reason) implements SchedEvent {}

    /**
     * A waiter's switch interval expired without a switch, so it set {@code gil_drop_request}.
     *
     * @param vtime virtual time in ns
     * @param requester the waiting thread
     * @param holder the thread asked to drop the GIL
     * @param process the process whose GIL it is
     */
    record GilDropRequested(long vtime, int requester, int holder, int process) implements SchedEvent {}

    /**
     * The holder honoured a drop request at an eval-breaker check point and the GIL went to another thread.
     *
     * @param vtime virtual time in ns
     * @param from the thread that dropped the GIL
     * @param to the thread that took it
     * @param kind the kind of check point
     * @param function qualified name of the function the dropper was in
     * @param offset bytecode offset (instruction index) of the check point in that function
     * @param opname the instruction at the check point
     * @param line the source line of the check point
     */
    record SwitchAtCheckPoint(long vtime, int from, int to, CheckPointKind kind, String function, int offset,
            String opname, int line) implements SchedEvent {}

    /**
     * An operation on a synchronisation primitive, with the primitive's state after it.
     *
     * @param vtime virtual time in ns
     * @param thread the thread performing it
     * @param primitive the primitive's id (stable for the run; Python {@code id()} of the object)
     * @param kind the kind of primitive
     * @param label a readable name ("Lock#1", "Condition#2", "Queue#1")
     * @param op the operation
     * @param owner the owning thread after the op (locks), else -1
     * @param recursion RLock recursion count after the op, else 0
     * @param counter Semaphore counter after the op, else 0
     * @param waiters ids of the threads waiting on it after the op, in queue order
     * @param items number of items in a Queue after the op, else 0
     * @param detail extra text (e.g. the repr of a put item, "timeout"), or ""
     */
    record PrimitiveOp(long vtime, int thread, long primitive, PrimitiveKind kind, String label, PrimitiveOpKind op,
            int owner, int recursion, int counter, List<Integer> waiters, int items, String detail)
            implements SchedEvent {}

    /**
     * FINE level: one bytecode instruction about to run on a scheduled thread (the race view).
     *
     * @param vtime virtual time in ns when it starts
     * @param thread the thread running it
     * @param function qualified name of the function
     * @param offset instruction index in the function's code
     * @param opname the opcode name
     * @param argRepr the argument as {@code dis} shows it, or ""
     * @param line the source line
     * @param checkPoint true when the eval breaker is checked at this instruction in the modelled CPython version
     */
    record BytecodeStep(long vtime, int thread, String function, int offset, String opname, String argRepr, int line,
            boolean checkPoint) implements SchedEvent {}

    /**
     * One edge of the wait-for graph: {@code waiter} waits for {@code primitive}, held by {@code holder}.
     *
     * @param waiter the blocked thread
     * @param waiterName its name
     * @param primitive the primitive id it waits on
     * @param primitiveLabel readable description of the primitive and the call ("Lock#1 in acquire()")
     * @param holder the thread holding it, or -1 when nobody holds it (e.g. a lost notify)
     * @param holderName the holder's name, or ""
     */
    record WaitEdge(int waiter, String waiterName, long primitive, String primitiveLabel, int holder, String holderName) {}

    /**
     * Every live thread is blocked and nothing can wake one: the run stops.
     *
     * @param vtime virtual time in ns
     * @param edges the wait-for graph
     * @param cycle thread ids forming a cycle in the graph (first repeated at the end), empty when there is none
     * @param report the text printed to stderr
     */
    record DeadlockDetected(long vtime, List<WaitEdge> edges, List<Integer> cycle, String report) implements SchedEvent {}

    /**
     * The scheduler finished: totals for the summary panel.
     *
     * @param vtime virtual time in ns at the end (the simulated wall time)
     * @param threads number of threads that ran (main included)
     * @param gilSwitches number of times a GIL changed hands
     * @param dropRequests number of drop requests
     * @param busyNs total virtual CPU time spent executing bytecode, summed over threads
     */
    record RunSummary(long vtime, int threads, long gilSwitches, long dropRequests, long busyNs) implements SchedEvent {}
}
