/**
 * Simulated Python threads on a virtual clock, with CPython's GIL (no JavaFX here).
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>Each simulated thread ({@link org.ouroboros.sched.SimThread}) is a Java platform thread
 *       with a {@code Vm.PYTHON_STACK_BYTES} stack and its own {@code ThreadState}. Exactly one of
 *       them runs host code at a time (it holds the <em>baton</em>; hand-off through a semaphore),
 *       so VM data structures need no locking.</li>
 *   <li>Every bytecode costs virtual time ({@link org.ouroboros.sched.OpcodeCosts}, calibrated on
 *       CPython 3.11.7), with ±25 % jitter from the seed. The scheduler lets the runnable thread
 *       with the smallest clock run and fires timers (sleep ends, GIL time-outs, wake-ups) in time
 *       order: a run is a function of (source, {@link org.ouroboros.sched.SchedConfig}).</li>
 *   <li>GIL ({@code Python/ceval_gil.c}, 3.2+): a waiter waits the switch interval, then sets
 *       {@code gil_drop_request} if no switch happened meanwhile; the holder drops the GIL at its
 *       next eval-breaker check point and the longest waiter takes it (forced switching). Check
 *       points: 3.11 = RESUME, JUMP_BACKWARD, after builtin calls; 3.9 = before every instruction
 *       not following a FAST_DISPATCH one. Blocking calls (sleep, contended acquire, join, real I/O)
 *       release the GIL; an uncontended acquire does not.</li>
 *   <li>Modes: {@code GIL}; {@code FREE} (no GIL: all runnable threads run on the cores; the host
 *       interleaves them in slices of at most {@link org.ouroboros.sched.Scheduler#SLICE_PS} ps of
 *       virtual time); {@code PROCESSES} (every thread is a process with its own GIL). More runnable
 *       threads than cores share the cores (processor sharing: each runs at cores/threads speed).</li>
 *   <li>Only {@code _thread} locks really block ({@link org.ouroboros.sched.SimLock}); Condition,
 *       Semaphore, Event, Queue, futures are Python code on top of them, as in CPython.</li>
 *   <li>When no thread can run and no timer is pending, the run stops with a
 *       {@code DeadlockDetected} event and the wait-for graph on stderr (exit status 1).</li>
 * </ul>
 *
 * <h2>Configuring a run</h2>
 * <pre>{@code
 * Vm vm = Vm.builder().stdout(out).stderr(err)
 *         .trace(recorder, TraceLevel.COARSE)          // FINE adds SchedEvent.BytecodeStep per instruction
 *         .scheduler(SchedConfig.DEFAULT.withSeed(7).withCpython(SchedConfig.CPythonVersion.V3_9))
 *         .build();
 * vm.run(source, "race.py");
 * }</pre>
 * Without {@code scheduler(...)}, a program whose code imports threading, _thread, queue,
 * multiprocessing or concurrent.futures runs under {@link org.ouroboros.sched.SchedConfig#DEFAULT};
 * other programs never touch this package (the interpreter's fast loop stays as it was).
 * In scheduled runs {@code time.time()/perf_counter()/monotonic()} read the virtual clock
 * (time() = the real start time + virtual time elapsed) and {@code time.sleep} is virtual.
 *
 * <h2>Java API for other engine parts (e.g. asyncio's run_in_executor)</h2>
 * From Java code running on a scheduled Python thread (any builtin called from Python):
 * <pre>{@code
 * Scheduler s = vm.ensureScheduler();                // or vm.scheduler() if already running
 * // 1. run a Python callable on a new worker thread; onDone runs on the worker, inside the scheduler
 * s.submit("asyncio_0", callable, args, outcome -> {
 *     if (outcome.raised()) future.setException(outcome.error()); else future.setResult(outcome.value());
 *     selector.wakeup();                             // real wake-up of a thread blocked below
 * });
 * // 2. block on something real with the GIL released (other simulated threads run meanwhile)
 * int n = s.blockingRealCall(() -> selector.select(timeoutMillis));
 * // 3. virtual sleep / clocks
 * s.sleep(Scheduler.current(), 1_000_000_000L);     // 1 ms, in picoseconds
 * long now = s.nowNanos();
 * }</pre>
 * {@code blockingRealCall}'s callable runs outside the baton: it must not touch VM objects. The
 * calling thread's virtual clock advances by the real time the call took. Lower level:
 * {@link org.ouroboros.sched.Scheduler#spawn} starts a thread running any Java {@code Runnable}
 * with the new thread's state bound; {@link org.ouroboros.sched.Scheduler#join(SimThread, long)}
 * waits for one.
 *
 * <h2>Trace</h2>
 * {@link org.ouroboros.trace.SchedEvent} (GIL take/drop/request, state changes, check-point
 * switches, primitive operations with owners/counters/waiter queues, deadlocks, per-bytecode steps
 * at FINE level). Every event carries virtual time in ns.
 */
package org.ouroboros.sched;
