package org.ouroboros.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.ExecutionEvent.LineReached;
import org.ouroboros.trace.ExecutionEvent.OutputWritten;
import org.ouroboros.trace.MroEvent;
import org.ouroboros.trace.Trace;

/** A step's "at": its text forms, and the trace index each names (as the player counts positions). */
class StepPositionTest {
    private static final Trace TRACE = new Trace(List.of(
            new LineReached(0, "<module>", 1),                     // 0
            new OutputWritten(0, "enter ", false),                 // 1
            new OutputWritten(0, "B\n", false),                    // 2
            new LineReached(0, "<module>", 2),                     // 3
            new OutputWritten(0, "oops\n", true),                  // 4
            new LineReached(0, "<module>", 1),                     // 5
            new MroEvent.MergeFinished("C", List.of("C", "object")))); // 6

    @Test
    void parsesEveryFormAndPrintsItBack() {
        for (String text : List.of("start", "end", "line:3", "line:3#2", "output:leave E", "event:MergeFinished")) {
            assertEquals(text, StepPosition.parse(text).text());
        }
        assertEquals(new StepPosition.Line(12, 1), StepPosition.parse(" line: 12 "));
        assertEquals(new StepPosition.Output("['x', 'y']"), StepPosition.parse("output:['x', 'y']"));
    }

    @Test
    void badPositionsAreRefusedWithWhatIsAccepted() {
        for (String bad : List.of("middle", "line:", "line:x", "line:0", "line:3#0", "line:1#2#3", "output:", "event:lower",
                "event:")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StepPosition.parse(bad), bad);
            assertTrue(e.getMessage().contains(bad.strip()) || e.getMessage().contains("needs"), e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StepPosition.parse("middle")).getMessage()
                .contains("start, end, line:<n>"));
    }

    @Test
    void findsTheIndexOfTheNamedEvent() {
        assertEquals(OptionalInt.of(-1), StepPosition.parse("start").find(TRACE));
        assertEquals(OptionalInt.of(6), StepPosition.parse("end").find(TRACE));
        assertEquals(OptionalInt.of(3), StepPosition.parse("line:2").find(TRACE));
        assertEquals(OptionalInt.of(5), StepPosition.parse("line:1#2").find(TRACE));
        assertEquals(OptionalInt.empty(), StepPosition.parse("line:1#3").find(TRACE));
        assertEquals(OptionalInt.of(2), StepPosition.parse("output:enter B").find(TRACE), "text split over two writes");
        assertEquals(OptionalInt.empty(), StepPosition.parse("output:oops").find(TRACE), "stderr is not stdout");
        assertEquals(OptionalInt.of(6), StepPosition.parse("event:MergeFinished").find(TRACE));
    }

    @Test
    void aMissingPointResolvesToTheEnd() {
        assertEquals(6, StepPosition.parse("line:99").resolve(TRACE));
        assertEquals(-1, StepPosition.parse("end").resolve(new Trace(List.of())));
    }
}
