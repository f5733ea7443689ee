package org.ouroboros.trace;

/**
 * The life of generators and coroutines: made, resumed (by {@code next}, {@code send} or
 * {@code throw}), suspended at a {@code yield}, delegating through {@code yield from}/{@code await},
 * finished (the return value that {@code StopIteration} carries) or closed. {@code id} is the
 * object's {@code id()}; {@code callerId} is the id of the generator or coroutine whose frame
 * resumed this one (0 when plain code or the event loop did).
 */
public sealed interface GeneratorEvent extends TraceEvent
        permits GeneratorEvent.GeneratorCreated, GeneratorEvent.GeneratorResumed, GeneratorEvent.GeneratorSuspended,
                GeneratorEvent.GeneratorDelegating, GeneratorEvent.GeneratorFinished, GeneratorEvent.GeneratorClosed {

    /** The thread the event happened on (0 is the main thread). */
    int thread();

    /** The generator or coroutine the event is about. */
    long id();

    /**
     * Calling a generator function made a suspended frame; {@code kind} is "generator" or
     * "coroutine"; {@code filename} is its code's file (bundled library code has its own).
     */
    record GeneratorCreated(int thread, long id, String qualname, String kind, int line, String filename)
            implements GeneratorEvent {}

    /**
     * The frame runs again: {@code via} is "next", "send" or "throw"; {@code valueRepr} is the value
     * sent (the exception thrown for "throw"); {@code caller} names the function that resumed it.
     */
    record GeneratorResumed(int thread, long id, String via, String valueRepr, long callerId, String caller)
            implements GeneratorEvent {}

    /** The frame stopped at a yield ({@code offset} is the instruction index) handing out {@code valueRepr}. */
    record GeneratorSuspended(int thread, long id, String valueRepr, int offset, int line) implements GeneratorEvent {}

    /**
     * The frame is parked in {@code yield from}/{@code await} ({@code how}) on the sub-iterator
     * {@code subId} of type {@code subType}: values now pass straight between caller and sub-iterator.
     */
    record GeneratorDelegating(int thread, long id, String how, long subId, String subType, String subRepr)
            implements GeneratorEvent {}

    /**
     * The frame ended: returned {@code valueRepr} (the value of the StopIteration its resumer sees)
     * or, when {@code raised}, let {@code exceptionType} escape.
     */
    record GeneratorFinished(int thread, long id, String valueRepr, boolean raised, String exceptionType, int line)
            implements GeneratorEvent {}

    /** {@code close()} ended the generator (GeneratorExit raised inside, or it had not started). */
    record GeneratorClosed(int thread, long id) implements GeneratorEvent {}
}
