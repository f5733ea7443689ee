package org.ouroboros.ui.view.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.player.RenderedText;
import org.ouroboros.ui.view.ViewShots;

/** The I/O models view runs the four models (real loopback sockets) and shows every thread's lanes and select's readiness sets. */
class IoViewTest extends StagedFxTestBase {
    @Test
    void runsTheFourModelsAndShowsThemSideBySide() {
        IoView view = callFx(() -> {
            IoView v = new IoView();
            v.setLocale(Locale.ENGLISH);
            return v;
        });
        show(new StackPane(view.node()), 1200, 780);
        assertTrue(callFx(() -> RenderedText.of(view.node())).stream().anyMatch(l -> l.contains("Press Run")));
        robot.clickOn("#io-run");
        waitForCondition("the four runs", () -> view.runs().size() == 4);
        sleep(100);
        List<String> text = callFx(() -> RenderedText.of(view.node()));
        assertTrue(text.stream().anyMatch(l -> l.contains("io-model-title") && l.endsWith("1. Blocking I/O")), text.toString());
        String blocking = callFx(() -> ((Label) view.node().lookup("#io-summary-blocking")).getText());
        assertTrue(blocking.matches("Total \\d+ ms \u00b7 the thread was blocked (9\\d|100)% of the time\\."), blocking);
        assertTrue(text.stream().anyMatch(l -> l.contains("io-select-call") && l.contains("ready: page")), text.toString());
        long callbacks = callFx(() -> view.node().lookupAll(".io-block-callback").size());
        assertTrue(callbacks >= IoView.PAGES + 1, "callback blocks and the legend's swatch: " + callbacks);
        assertTrue(callFx(() -> view.node().lookupAll(".io-block-blocked").size()) >= IoView.PAGES);
        runFx(() -> ViewShots.save(view.node(), "io-en"));
        runFx(() -> view.setLocale(Locale.SIMPLIFIED_CHINESE));
        String zh = callFx(() -> ((Label) view.node().lookup("#io-summary-blocking")).getText());
        assertTrue(zh.startsWith("总计 ") && zh.contains("阻塞"), zh);
        runFx(() -> ViewShots.save(view.node(), "io-zh"));
        assertEquals(4, view.runs().size());
        runFx(view::dispose);
    }
}
