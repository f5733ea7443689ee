package org.ouroboros.ui.view.dispatch;

import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.vm.interp.TraceLevel;

/** Lessons whose views render fine-level events: Run records their code at {@link TraceLevel#FINE}. */
public final class FineTraceLessons {
    private FineTraceLessons() {}

    public static void require(RunIntegration runs, String lessonId) {
        runs.setVmConfigurer(lessonId, builder -> builder.traceLevel(TraceLevel.FINE));
    }
}
