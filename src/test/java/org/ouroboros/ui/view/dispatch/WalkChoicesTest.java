package org.ouroboros.ui.view.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.Trace;

/** The picker's entries for the seed's chapter 2 block, grouped from the walks the VM recorded. */
class WalkChoicesTest {
    private static final String CH2 = LessonTraces.seed("ch2_1.py");
    private static final Trace TRACE = LessonTraces.fine(CH2);
    private static final List<Walk> WALKS = DispatchState.allWalks(TRACE.events());

    @Test
    void everyWalkIsCoveredByExactlyOneExpressionAndItsLine() {
        List<WalkChoice> choices = WalkChoices.of(WALKS, CH2);
        for (Walk w : WALKS) {
            assertEquals(1, choices.stream().filter(c -> c.kind() == WalkChoice.Kind.EXPRESSION && c.covers(w)).count(),
                    "walk " + w.ordinal());
            assertEquals(1, choices.stream().filter(c -> c.kind() == WalkChoice.Kind.LINE && c.covers(w)).count());
        }
        int counted = choices.stream().filter(c -> c.kind() == WalkChoice.Kind.EXPRESSION)
                .mapToInt(WalkChoice::count).sum();
        assertEquals(WALKS.size(), counted, "the counts add up to the walks");
    }

    @Test
    void anEntryStandsForTheFirstOfItsWalksAndALineForItsFirstWalk() {
        List<WalkChoice> choices = WalkChoices.of(WALKS, CH2);
        for (WalkChoice c : choices) {
            Walk first = WALKS.stream().filter(w -> c.kind() == WalkChoice.Kind.LINE ? w.line() == c.line()
                    : WalkChoice.sameExpression(c.first(), w)).findFirst().orElseThrow();
            assertSame(first, c.first(), c.toString());
        }
    }

    @Test
    void linesShowTheirCodeWithoutComments() {
        WalkChoice repr = WalkChoices.line(WalkChoices.of(WALKS, CH2), 32);
        assertEquals("print(repr(a))", repr.source(), "the seed's line 32 ends in a comment");
        assertEquals("print(repr(a))  # <__main__.A object at 0x10c304a90>", CH2.split("\n")[31]);
        assertEquals("x = '# not a comment'", WalkChoices.withoutComments("x = '# not a comment'  # a comment").strip(),
                "a # inside a string is code");
        assertNull(WalkChoices.line(WalkChoices.of(WALKS, CH2), 24), "a comment line ran nothing");
        assertEquals("", WalkChoices.line(WalkChoices.of(WALKS, ""), 32).source(), "no program: numbers only");
    }
}
