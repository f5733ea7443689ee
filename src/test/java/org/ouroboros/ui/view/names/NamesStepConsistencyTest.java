package org.ouroboros.ui.view.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.view.SceneDescription;
import org.ouroboros.ui.view.graph.ObjectTraces;

/**
 * The names view keeps nodes between steps; whatever it kept, a position looks exactly as it
 * does in a fresh view that shows only that position, stepping forward, back, or jumping.
 */
class NamesStepConsistencyTest extends StagedFxTestBase {
    private static final Trace STICKY = ObjectTraces.run(ObjectTraces.STICKY_NOTES);
    private static final Trace CLASSES = ObjectTraces.run(ObjectTraces.SEED_CLASSES);

    @Test
    void steppingForwardAndBackDrawsWhatAFreshViewDraws() {
        for (Trace trace : new Trace[] {STICKY, CLASSES}) {
            NamesView stepped = view();
            NamesView fresh = view();
            show(new HBox(stepped.node(), fresh.node()), 1200, 760);
            int every = Math.max(1, trace.size() / 12);
            for (int p = -1; p < trace.size(); p++) {
                int at = p;
                runFx(() -> stepped.show(trace, at));
                if (p % every == 0 || p == trace.size() - 1) {
                    assertSame(stepped, fresh, trace, p);
                }
            }
            for (int p = trace.size() - 1; p >= -1; p -= every) {
                int at = p;
                runFx(() -> stepped.show(trace, at));
                assertSame(stepped, fresh, trace, p);
            }
        }
    }

    @Test
    void aLanguageChangeRedrawsTheKeptNotesAndCards() {
        NamesView stepped = view();
        NamesView fresh = callFx(() -> {
            NamesView v = new NamesView();
            v.setLocale(Locale.SIMPLIFIED_CHINESE);
            return v;
        });
        show(new HBox(stepped.node(), fresh.node()), 1200, 760);
        int p = STICKY.size() - 1;
        runFx(() -> stepped.show(STICKY, p));
        runFx(() -> stepped.setLocale(Locale.SIMPLIFIED_CHINESE));
        runFx(() -> fresh.show(STICKY, p));
        layOut();
        assertEquals(SceneDescription.of(fresh.node()), SceneDescription.of(stepped.node()));
    }

    /** A CSS and layout pass, as the next pulse would do (arrows are drawn in layout). */
    private void layOut() {
        runFx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
    }

    private NamesView view() {
        return callFx(() -> {
            NamesView v = new NamesView();
            v.setLocale(Locale.ENGLISH);
            return v;
        });
    }

    private void assertSame(NamesView stepped, NamesView fresh, Trace trace, int p) {
        runFx(() -> fresh.show(trace, p));
        layOut();
        String expected = callFx(() -> SceneDescription.of(fresh.node()));
        String actual = callFx(() -> SceneDescription.of(stepped.node()));
        assertEquals(expected, actual, "position " + p);
        assertEquals((int) callFx(fresh::arrowCount), (int) callFx(stepped::arrowCount), "arrows at position " + p);
    }
}
