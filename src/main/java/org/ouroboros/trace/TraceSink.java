package org.ouroboros.trace;

/** Where the engine sends events. {@link #NONE} costs nothing when tracing is off. */
public interface TraceSink {
    TraceSink NONE = new TraceSink() {
        @Override
        public void emit(TraceEvent event) {}

        @Override
        public boolean enabled() {
            return false;
        }
    };

    void emit(TraceEvent event);

    /** Lets the engine skip building an event nobody will record. */
    default boolean enabled() {
        return true;
    }
}
