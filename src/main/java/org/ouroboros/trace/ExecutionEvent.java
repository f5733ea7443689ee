package org.ouroboros.trace;

/** What the interpreter did: lines reached, calls, returns, output, exceptions. */
public sealed interface ExecutionEvent extends TraceEvent
        permits ExecutionEvent.LineReached, ExecutionEvent.FrameEntered, ExecutionEvent.FrameExited,
                ExecutionEvent.OutputWritten, ExecutionEvent.ExceptionRaised,
                ExecutionEvent.InstructionExecuted, ExecutionEvent.ObjectCreated {

    /** The interpreter reached a new source line in a frame ({@code thread} 0 is the main thread). */
    record LineReached(int thread, String function, int line) implements ExecutionEvent {}

    /** A Python frame started: {@code depth} 0 is the module frame. */
    record FrameEntered(int thread, String function, int depth, int line) implements ExecutionEvent {}

    /** A Python frame finished, returning {@code valueRepr} (or unwinding when {@code raised}). */
    record FrameExited(int thread, String function, int depth, String valueRepr, boolean raised)
            implements ExecutionEvent {}

    /** Text written to stdout or stderr. */
    record OutputWritten(int thread, String text, boolean stderr) implements ExecutionEvent {}

    /** An exception was raised at a line. */
    record ExceptionRaised(int thread, String type, String message, int line) implements ExecutionEvent {}

    /** Fine level: one bytecode instruction is about to run ({@code offset} is its index). */
    record InstructionExecuted(int thread, String function, int offset, String opname, String argRepr, int line)
            implements ExecutionEvent {}

    /** An object was created: {@code id} is its {@code id()}, {@code type} its class name. */
    record ObjectCreated(int thread, long id, String type, String repr) implements ExecutionEvent {}
}
