package org.ouroboros.ui.view.loop;

/** The phases of one {@code _run_once}, in order round the wheel. */
public enum LoopPhase {
    /** Before the first iteration, or between iterations. */
    IDLE,
    /** Timeout = 0 if anything is ready, else the time to the nearest timer (or block). */
    COMPUTE_TIMEOUT,
    /** {@code selector.select(timeout)}: the only place the loop waits. */
    SELECT,
    /** The keys select returned queue their reader/writer callbacks. */
    PROCESS_IO,
    /** Timers whose time has come move from the heap to the ready queue. */
    MOVE_TIMERS,
    /** Exactly the handles ready at this moment run, one after another. */
    RUN_READY;

    /** The five phases drawn on the wheel (IDLE is none of them). */
    public static final LoopPhase[] WHEEL = {COMPUTE_TIMEOUT, SELECT, PROCESS_IO, MOVE_TIMERS, RUN_READY};

    public String key() {
        return "loop.phase." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
