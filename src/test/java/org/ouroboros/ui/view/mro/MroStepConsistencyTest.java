package org.ouroboros.ui.view.mro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.view.SceneDescription;

/**
 * The hierarchy graph restyles its classes between steps of one merge instead of rebuilding;
 * every position still looks exactly as in a fresh view showing only that position.
 */
class MroStepConsistencyTest extends StagedFxTestBase {
    private static final Trace SEED = MroTraces.run(MroTraces.SEED_CLASSES);

    @Test
    void steppingForwardAndBackDrawsWhatAFreshViewDraws() {
        MroView stepped = view();
        MroView fresh = view();
        show(new HBox(stepped.node(), fresh.node()), 1200, 760);
        int every = Math.max(1, SEED.size() / 25);
        for (int p = -1; p < SEED.size(); p++) {
            int at = p;
            runFx(() -> stepped.show(SEED, at));
            if (p % every == 0 || p == SEED.size() - 1) {
                assertSame(stepped, fresh, p);
            }
        }
        for (int p = SEED.size() - 1; p >= -1; p -= every) {
            int at = p;
            runFx(() -> stepped.show(SEED, at));
            assertSame(stepped, fresh, p);
        }
    }

    private MroView view() {
        return callFx(() -> {
            MroView v = new MroView();
            v.setLocale(Locale.ENGLISH);
            return v;
        });
    }

    private void assertSame(MroView stepped, MroView fresh, int p) {
        runFx(() -> fresh.show(SEED, p));
        runFx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        assertEquals(callFx(() -> SceneDescription.of(fresh.node())), callFx(() -> SceneDescription.of(stepped.node())),
                "position " + p);
    }
}
