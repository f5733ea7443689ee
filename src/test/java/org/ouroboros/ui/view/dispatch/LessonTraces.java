package org.ouroboros.ui.view.dispatch;

import org.ouroboros.trace.Trace;
import org.ouroboros.ui.export.ProgramTrace;
import org.ouroboros.ui.export.TraceRuns;
import org.ouroboros.vm.interp.TraceLevel;

/** Fine traces of real programs run on the VM, as the lessons with these views record them. */
public final class LessonTraces {
    private LessonTraces() {}

    /** The shell's preloaded code for a lesson, e.g. "magic-methods" (the seed's chapter 2). */
    public static String lesson(String id) {
        return org.ouroboros.SeedBlocks.lessonExample(id);
    }

    /** A block of the course from org/ouroboros/lessons/programs/, e.g. "ch2_1.py". */
    public static String seed(String name) {
        return org.ouroboros.SeedBlocks.source(name);
    }

    public static Trace fine(String source) {
        ProgramTrace run = TraceRuns.run(source, "lesson.py", TraceLevel.FINE);
        if (!run.errorText().isEmpty()) {
            throw new AssertionError("the program failed: " + run.errorText());
        }
        return run.trace();
    }
}
