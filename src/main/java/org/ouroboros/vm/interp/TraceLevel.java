package org.ouroboros.vm.interp;

/** How much the VM records: nothing, coarse events, or every instruction and lookup as well. */
public enum TraceLevel {
    /** No events: the interpreter loop never builds one. */
    OFF,
    /** Lines, calls and returns, output, exceptions, MRO steps, object creation. */
    COARSE,
    /** Coarse plus each instruction, attribute-lookup paths and special-method dispatch. */
    FINE
}
