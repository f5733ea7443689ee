package org.ouroboros.ui.view.execution;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.trace.ExecutionEvent.ExceptionRaised;
import org.ouroboros.trace.ExecutionEvent.FrameEntered;
import org.ouroboros.trace.ExecutionEvent.FrameExited;
import org.ouroboros.trace.ExecutionEvent.LineReached;
import org.ouroboros.trace.ExecutionEvent.OutputWritten;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.trace.TraceRecorder;

/**
 * Hand-built traces of real event records, for tests and the dev launcher only. {@link #GREET}
 * is what the engine should record for:
 * <pre>
 * 1  def greet(name):
 * 2      print("hello", name)
 * 3      return len(name)
 * 4  def ratio(x):
 * 5      return 10 // x
 * 6  n = greet("Ada")
 * 7  print(n)
 * 8  ratio(0)
 * </pre>
 */
public final class DemoTraces {
    private DemoTraces() {}

    public static final String GREET_SOURCE = """
            def greet(name):
                print("hello", name)
                return len(name)
            def ratio(x):
                return 10 // x
            n = greet("Ada")
            print(n)
            ratio(0)
            """;

    public static final Trace GREET = Trace.of(
            new FrameEntered(0, "<module>", 0, 1),           // 0
            new LineReached(0, "<module>", 1),               // 1
            new LineReached(0, "<module>", 4),               // 2
            new LineReached(0, "<module>", 6),               // 3
            new FrameEntered(0, "greet", 1, 1),              // 4
            new LineReached(0, "greet", 2),                  // 5
            new OutputWritten(0, "hello Ada", false),        // 6
            new OutputWritten(0, "\n", false),               // 7
            new LineReached(0, "greet", 3),                  // 8
            new FrameExited(0, "greet", 1, "3", false),      // 9
            new LineReached(0, "<module>", 7),               // 10
            new OutputWritten(0, "3\n", false),              // 11
            new LineReached(0, "<module>", 8),               // 12
            new FrameEntered(0, "ratio", 1, 4),              // 13
            new LineReached(0, "ratio", 5),                  // 14
            new ExceptionRaised(0, "ZeroDivisionError", "integer division or modulo by zero", 5), // 15
            new FrameExited(0, "ratio", 1, null, true),      // 16
            new OutputWritten(0, """
                    Traceback (most recent call last):
                      File "<main>", line 8, in <module>
                      File "<main>", line 5, in ratio
                    ZeroDivisionError: integer division or modulo by zero
                    """, true),                              // 17
            new FrameExited(0, "<module>", 0, null, true));  // 18

    /** A long recursive countdown, cut off by the recorder's cap: exercises checkpoints and the marker. */
    public static Trace countdown(int depth, int cap) {
        TraceRecorder recorder = new TraceRecorder(cap);
        recorder.emit(new FrameEntered(0, "<module>", 0, 1));
        for (int d = 1; d <= depth; d++) {
            recorder.emit(new FrameEntered(0, "down", d, 1));
            recorder.emit(new LineReached(0, "down", 2));
            recorder.emit(new OutputWritten(0, (depth - d) + "\n", false));
            if (d % 7 == 0) {
                recorder.emit(new OutputWritten(0, "warning at " + d + "\n", true));
            }
        }
        for (int d = depth; d >= 1; d--) {
            recorder.emit(new FrameExited(0, "down", d, "None", false));
        }
        recorder.emit(new FrameExited(0, "<module>", 0, "None", false));
        return recorder.finish();
    }

    /** Two threads taking turns, for the per-thread call stack. */
    public static Trace twoThreads() {
        List<TraceEvent> events = new ArrayList<>();
        events.add(new FrameEntered(0, "<module>", 0, 1));
        events.add(new FrameEntered(1, "worker", 0, 3));
        events.add(new LineReached(1, "worker", 4));
        events.add(new LineReached(0, "<module>", 9));
        events.add(new OutputWritten(1, "from worker\n", false));
        events.add(new FrameExited(1, "worker", 0, "None", false));
        return new Trace(events);
    }
}
