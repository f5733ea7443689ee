package org.ouroboros.ui.export;

import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.trace.TraceSink;

/**
 * A fine trace without the per-instruction events: keeps the lookup, dispatch and creation
 * walks (and every coarse event) but drops {@code InstructionExecuted}, so the player steps
 * through what the object-model views show rather than through every bytecode.
 */
public final class LeanFineSink implements TraceSink {
    private final TraceSink target;

    public LeanFineSink(TraceSink target) {
        this.target = target;
    }

    @Override
    public void emit(TraceEvent event) {
        if (!(event instanceof ExecutionEvent.InstructionExecuted)) {
            target.emit(event);
        }
    }

    @Override
    public boolean enabled() {
        return target.enabled();
    }
}
