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

    /**
     * Records {@code event} and says whether the sink still accepts events ({@link #enabled()}
     * after the emit): the interpreter's per-event call, which a sink can answer in one step.
     */
    default boolean offer(TraceEvent event) {
        emit(event);
        return enabled();
    }

    /** Lets the engine skip building an event nobody will record. */
    default boolean enabled() {
        return true;
    }
}
