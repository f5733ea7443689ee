package org.ouroboros.ui.view.c10k;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.ouroboros.aio.lab.LabPhase;
import org.ouroboros.aio.lab.ServerKind;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.view.ViewShots;

/** The C10K lab view starts the lab, plots it live with a progress bar, and stops it from its button. */
class C10kViewTest extends StagedFxTestBase {
    private static String text(C10kView view, String id) {
        return callFx(() -> ((Label) view.node().lookup(id)).getText());
    }

    private void runToHoldingAndStop(ServerKind kind, String shot) {
        C10kView view = callFx(() -> {
            C10kView v = new C10kView();
            v.setLocale(Locale.ENGLISH);
            v.setKind(kind);
            v.setConnections(200);
            return v;
        });
        show(new StackPane(view.node()), 1200, 780);
        robot.clickOn("#c10k-start");
        waitFor("all 200 held", () -> view.latest() != null && view.latest().phase() == LabPhase.HOLDING
                && view.latest().requestsPerSecond() > 0);
        assertEquals(1.0, callFx(() -> ((ProgressBar) view.node().lookup("#c10k-progress")).getProgress()));
        assertTrue(text(view, "#c10k-progress-text").startsWith("Held 200 of 200 connections"));
        String numbers = text(view, "#c10k-numbers");
        assertTrue(numbers.startsWith("Server holds 200 \u00b7 clients open 200"), numbers);
        assertTrue(numbers.contains("server threads " + (kind == ServerKind.EVENT_LOOP ? 1 : 201) + " "), numbers);
        assertTrue(callFx(view::plotted) > 0);
        runFx(() -> ViewShots.save(view.node(), shot));
        robot.clickOn("#c10k-stop");
        waitFor("the lab stopped", () -> !view.running());
        assertEquals(LabPhase.STOPPED, view.latest().phase());
        assertEquals(0, view.latest().serverHeld());
        assertTrue(text(view, "#c10k-progress-text").contains("stopped, every socket closed"));
        runFx(view::dispose);
    }

    @Test
    void eventLoopServerHoldsTheConnectionsWithOneThread() {
        runToHoldingAndStop(ServerKind.EVENT_LOOP, "c10k-loop-en");
    }

    @Test
    void threadPerConnectionServerNeedsAThreadEach() {
        runToHoldingAndStop(ServerKind.THREAD_PER_CONNECTION, "c10k-threads-en");
    }

    @Test
    void theEventLoopViewFollowsTheLabsLoopWhileItRuns() {
        C10kView lab = callFx(() -> {
            C10kView v = new C10kView();
            v.setLocale(Locale.ENGLISH);
            v.setKind(ServerKind.EVENT_LOOP);
            v.setConnections(200);
            return v;
        });
        org.ouroboros.ui.view.loop.LoopView loop = callFx(() -> {
            org.ouroboros.ui.view.loop.LoopView v = new org.ouroboros.ui.view.loop.LoopView();
            v.setLocale(Locale.ENGLISH);
            LabLoopLink.connect(lab, v);
            return v;
        });
        show(new javafx.scene.layout.HBox(loop.node(), lab.node()), 1200, 780);
        assertTrue(!callFx(loop::followingLab));
        runFx(lab::start);
        waitFor("the loop view shows the server's 201 keys", () -> loop.followingLab()
                && org.ouroboros.ui.player.RenderedText.of(loop.node()).stream().anyMatch(l -> l.contains("201 selector keys")));
        runFx(lab::stop);
        waitFor("the lab stopped", () -> !lab.running());
        assertTrue(!callFx(loop::followingLab), "the panel goes when the lab stops");
        runFx(lab::dispose);
    }

    @Test
    void speaksChinese() {
        C10kView view = callFx(() -> {
            C10kView v = new C10kView();
            v.setLocale(Locale.SIMPLIFIED_CHINESE);
            return v;
        });
        show(new StackPane(view.node()), 1200, 780);
        assertEquals("未运行。", text(view, "#c10k-progress-text"));
        runFx(view::dispose);
    }
}
