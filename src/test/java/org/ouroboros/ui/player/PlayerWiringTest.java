package org.ouroboros.ui.player;

import org.ouroboros.ui.StagedFxTestBase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.util.Subscription;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.Trace;

/** How the pieces connect: view bindings, keys on a node, the real FX ticker. */
class PlayerWiringTest extends StagedFxTestBase {

    /** A view that records what it was asked to show. */
    static final class RecordingView implements TraceView {
        final List<String> shown = new ArrayList<>();
        final Label node = new Label();

        @Override
        public Node node() {
            return node;
        }

        @Override
        public void show(Trace trace, int position) {
            shown.add(trace.size() + "@" + position);
        }
    }

    @Test
    void aBoundViewShowsNowAndOnEveryChangeUntilUnbound() {
        PlayerModel model = new PlayerModel(new ManualTicker(), 4);
        RecordingView view = new RecordingView();
        model.setTrace(PlayerModelTest.linesTrace(5));
        Subscription binding = TraceViewBinding.bind(model, view);
        model.stepForward();
        model.jumpToEnd();
        model.setTrace(PlayerModelTest.linesTrace(2));
        binding.unsubscribe();
        model.stepForward();
        assertEquals(List.of("5@-1", "5@0", "5@4", "5@-1", "2@-1"), view.shown,
                "never a position outside the trace shown, nothing after unsubscribing");
    }

    @Test
    void keysInstalledOnANodeWorkOnlyWhileFocusIsInside() {
        PlayerModel model = callFx(() -> {
            PlayerModel m = new PlayerModel(new ManualTicker(), 4);
            m.setTrace(PlayerModelTest.linesTrace(5));
            return m;
        });
        Button inside = new Button("inside");
        Button outside = new Button("outside");
        HBox area = new HBox(inside);
        show(new HBox(area, outside), 300, 100);
        runFx(() -> PlayerKeys.install(area, model));
        runFx(inside::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertEquals(0, (int) callFx(model::getPosition));
        runFx(outside::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertEquals(0, (int) callFx(model::getPosition));
    }

    @Test
    void aNodeMarkedAsTextInputKeepsItsKeys() {
        Label custom = new Label("custom editor");
        custom.getProperties().put(PlayerKeys.TEXT_INPUT_MARKER, Boolean.TRUE);
        assertTrue(PlayerKeys.isEditableText(custom));
    }

    @Test
    void theFxTickerDeliversIncreasingTimesOnTheFxThread() throws Exception {
        FxTicker ticker = new FxTicker();
        List<Long> times = new ArrayList<>();
        List<Boolean> onFxThread = new ArrayList<>();
        CountDownLatch threeFrames = new CountDownLatch(3);
        runFx(() -> ticker.start(now -> {
            times.add(now);
            onFxThread.add(Platform.isFxApplicationThread());
            threeFrames.countDown();
        }));
        assertTrue(threeFrames.await(5, TimeUnit.SECONDS), "frames arrive");
        runFx(ticker::stop);
        List<Long> seen = callFx(() -> List.copyOf(times));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1));
        }
        assertTrue(callFx(() -> onFxThread.stream().allMatch(b -> b)));
        int countAfterStop = seen.size();
        Thread.sleep(100);
        assertEquals(countAfterStop, (int) callFx(times::size), "no frames after stop");
    }
}
