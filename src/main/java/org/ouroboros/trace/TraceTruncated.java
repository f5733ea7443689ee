package org.ouroboros.trace;

/** The last event of a trace that hit its size cap: recording stopped after {@code cap} events. */
public record TraceTruncated(int cap) implements TraceEvent {
    /** The marker's text, e.g. "trace truncated at 1000000 events". */
    public String describe() {
        return "trace truncated at " + cap + " events";
    }
}
