package org.ouroboros.trace;

import java.util.List;

/** Which special method an operator or builtin dispatched to, and why. */
public sealed interface DispatchEvent extends TraceEvent permits DispatchEvent.SpecialMethodCalled,
        DispatchEvent.SpecialMethodSearched, DispatchEvent.DispatchFallback, DispatchEvent.SequenceItemRequested,
        DispatchEvent.SequenceItemFetched {

    /**
     * {@code operation} (e.g. "a + b", "len()", "iter()") ran {@code method} found on class
     * {@code ownerClass}; {@code reason} explains the choice, e.g. "reflected: left returned NotImplemented".
     */
    record SpecialMethodCalled(int thread, String operation, String method, String ownerClass, String reason)
            implements DispatchEvent {}

    // ---- Fine level, the walk itself (emitted for objects of user classes only) ----

    /**
     * {@code operation} searched {@code type}'s MRO for {@code method}, class dict by class:
     * {@code foundAt} is the index in {@code mro} of the class that defines it (-1: none does).
     */
    record SpecialMethodSearched(int thread, String operation, String method, String type, List<String> mro,
                                 int foundAt) implements DispatchEvent {}

    /**
     * {@code operation} went on from {@code from} to {@code to}. {@code reason} is a stable code:
     * "sequence-protocol" (no {@code __iter__}: iterate with {@code __getitem__(0)}, {@code (1)}, …)
     * or "str-calls-repr" ({@code object.__str__} returns {@code repr(self)}).
     */
    record DispatchFallback(int thread, String operation, String from, String to, String type, String reason)
            implements DispatchEvent {}

    /** The sequence-protocol iterator over an object of {@code type} calls {@code __getitem__(index)}. */
    record SequenceItemRequested(int thread, String type, long index) implements DispatchEvent {}

    /**
     * {@code __getitem__(index)} answered {@code resultRepr}, or raised {@code stopException}
     * ("IndexError" or "StopIteration"), which ends the iteration ({@code resultRepr} is then "").
     */
    record SequenceItemFetched(int thread, String type, long index, String resultRepr, String stopException)
            implements DispatchEvent {}
}
