package org.ouroboros.trace;

/** Which special method an operator or builtin dispatched to, and why. */
public sealed interface DispatchEvent extends TraceEvent permits DispatchEvent.SpecialMethodCalled {

    /**
     * {@code operation} (e.g. "a + b", "len()", "iter()") ran {@code method} found on class
     * {@code ownerClass}; {@code reason} explains the choice, e.g. "reflected: left returned NotImplemented".
     */
    record SpecialMethodCalled(int thread, String operation, String method, String ownerClass, String reason)
            implements DispatchEvent {}
}
