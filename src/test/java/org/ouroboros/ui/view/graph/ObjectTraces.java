package org.ouroboros.ui.view.graph;

import java.io.StringWriter;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;

/** Traces of real programs run on the VM at the coarse level, as the Run button makes them. */
public final class ObjectTraces {
    /** The seed's chapter 1 code, as the shell preloads it for the "objects" lesson. */
    public static final String SEED_OBJECTS = org.ouroboros.SeedBlocks.lessonExample("objects");
    /** The seed's chapter 3 code (multiple inheritance, super()). */
    public static final String SEED_CLASSES = org.ouroboros.SeedBlocks.lessonExample("classes");
    /** The seed's chapter 4 code (metaclasses, type(name, bases, dict)). */
    public static final String SEED_METACLASSES = org.ouroboros.SeedBlocks.lessonExample("metaclasses");
    /** The seed's chapter 3 sticky-notes example. */
    public static final String STICKY_NOTES = "a=[1,2]\nb=a\nb.append(3)\na.append(4)\nprint(a)  # [1,2,3,4]\n"
            + "print(a is b)\nc = [1, 2, 3, 4]\nprint(a == c, a is c)\n";
    /** 100,000 instances of one class, each bound in turn to one name. */
    public static final String HUNDRED_THOUSAND = "class Point:\n    pass\n\nfor i in range(100000):\n    p = Point()\n";

    private ObjectTraces() {}

    public static Trace run(String source) {
        TraceRecorder recorder = new TraceRecorder();
        Vm.builder().stdout(new StringWriter()).stderr(new StringWriter()).trace(recorder, TraceLevel.COARSE).objectEvents(true).build()
                .run(source, "lesson.py");
        return recorder.finish();
    }

}
