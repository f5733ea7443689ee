package org.ouroboros.ui.view.dispatch;

import java.util.function.UnaryOperator;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;

/**
 * Lessons whose views render fine-level events (lookup and dispatch walks, creation steps): Run
 * records their code at {@link TraceLevel#FINE}, without the per-instruction events, so the
 * player steps through what the views show rather than through every bytecode.
 */
public final class FineTraceLessons {
    /** The VM settings: fine trace, instructions left out. */
    public static final UnaryOperator<Vm.Builder> SETTINGS = builder -> builder.traceLevel(TraceLevel.FINE)
            .filterTrace(event -> !(event instanceof ExecutionEvent.InstructionExecuted));

    private FineTraceLessons() {}

    public static void require(RunIntegration runs, String lessonId) {
        runs.putVmSettings(lessonId, FineTraceLessons.class.getName(), SETTINGS);
    }
}
