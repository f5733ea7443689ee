package org.ouroboros.ui.view.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A walk is on the line of the frame that runs it, also when a call on that line has just returned. */
class WalkLinesTest {
    private static final String PROGRAM = """
            class V:
                def __init__(self, x):
                    self.x = x

                def __add__(self, other):
                    return V(self.x + other.x)

            def total():
                return V(1) + V(2)

            v = V(1) + V(2)
            w = total()
            print(v.x, w.x)
            """;

    private static List<Walk> walks(String operation) {
        return DispatchState.allWalks(LessonTraces.fine(PROGRAM).events()).stream()
                .filter(w -> w.kind() == Walk.Kind.SPECIAL && w.name().equals(operation)).toList();
    }

    @Test
    void thePlusAfterTwoConstructorCallsIsOnTheCallersLine() {
        List<Walk> plus = walks("a + b");
        assertEquals(List.of(11, 9), plus.stream().map(Walk::line).toList(),
                "the module's + on line 11, then total()'s on line 9, not __init__'s line 3");
    }
}
