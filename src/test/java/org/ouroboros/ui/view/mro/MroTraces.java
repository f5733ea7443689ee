package org.ouroboros.ui.view.mro;

import java.io.StringWriter;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;

/** Traces made by running real programs on the VM, as the Run button does (coarse level). */
final class MroTraces {
    /** The seed's chapter 3 code, as the shell preloads it for the "classes" lesson. */
    static final String SEED_CLASSES = org.ouroboros.SeedBlocks.lessonExample("classes");
    static final String INCONSISTENT = "class X: pass\nclass Y(X): pass\nclass Z(X, Y): pass\n";

    private MroTraces() {}

    static Trace run(String source) {
        TraceRecorder recorder = new TraceRecorder();
        Vm.builder().stdout(new StringWriter()).stderr(new StringWriter()).trace(recorder, TraceLevel.COARSE).build()
                .run(source, "lesson.py");
        return recorder.finish();
    }

}
