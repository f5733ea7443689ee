package org.ouroboros.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.model.LessonPrograms;
import org.ouroboros.ui.model.LessonStep;
import org.ouroboros.ui.model.LessonStepsLoader;

/** A handout pictures each step from a run made with the step's settings, as the app runs it. */
class LessonHandoutTest {
    @Test
    void aStepsSchedulerSettingsReachTheRunItsPictureIsDrawnFrom() {
        var steps = new LessonStepsLoader().load("threads");
        LessonStep gil = steps.step(1);
        LessonStep free = steps.step(2);
        assertEquals(gil.program(), free.program(), "one program, two settings");
        assertEquals("free", free.settings().get("mode"));

        assertEquals("gil", configured(run(gil)).mode());
        SchedEvent.RunConfigured freeRun = configured(run(free));
        assertEquals("free", freeRun.mode());
        assertEquals(2, freeRun.cores(), "the lesson's cores=2");
    }

    private static Trace run(LessonStep step) {
        String source = LessonPrograms.read(step.program()).orElseThrow();
        return LessonHandout.stepRun(ExportableViews.get(LessonHandout.exportId(step.view()).orElseThrow()), step, source)
                .trace();
    }

    private static SchedEvent.RunConfigured configured(Trace trace) {
        return trace.events().stream().filter(SchedEvent.RunConfigured.class::isInstance)
                .map(SchedEvent.RunConfigured.class::cast).findFirst().orElseThrow();
    }
}
