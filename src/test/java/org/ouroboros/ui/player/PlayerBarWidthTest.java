package org.ouroboros.ui.player;

import org.ouroboros.ui.StagedFxTestBase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.Node;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Slider;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.trace.TraceTruncated;

/** The bar in the centre column of the window, which can be narrow: fixed parts keep their size. */
class PlayerBarWidthTest extends StagedFxTestBase {
    /** The longest readouts the app produces: "event 200001 / 200001" and the truncation marker. */
    private static final Trace LONG_TRUNCATED = longTruncatedTrace();

    private static Trace longTruncatedTrace() {
        List<TraceEvent> events = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            events.add(new ExecutionEvent.LineReached(0, "<module>", 1 + i % 3));
        }
        events.add(new TraceTruncated(200_000));
        return new Trace(events);
    }

    @ParameterizedTest
    @ValueSource(ints = {480, 560, 900})
    void speedChooserAndPositionStayReadableAtAnyReasonableWidth(int width) {
        PlayerBar bar = callFx(() -> {
            PlayerModel model = new PlayerModel(new ManualTicker(), 4);
            model.setTrace(LONG_TRUNCATED);
            model.jumpToEnd();
            PlayerBar b = new PlayerBar(model);
            b.setLocale(Locale.ENGLISH);
            return b;
        });
        show(callFx(() -> {
            BorderPane pane = new BorderPane();
            pane.setBottom(bar);
            return pane;
        }), width, 200);

        ComboBox<?> speed = callFx(() -> (ComboBox<?>) bar.lookup(".player-speed"));
        assertTrue(callFx(() -> speed.getWidth() >= speed.prefWidth(-1) - 0.5),
                "speed chooser squeezed to " + callFx(speed::getWidth) + " of " + callFx(() -> speed.prefWidth(-1)));
        String shown = callFx(() -> {
            Node display = ((ComboBoxListViewSkin<?>) speed.getSkin()).getDisplayNode();
            Text text = (Text) display.lookup(".text");
            // What is drawn: a squeezed cell shows an ellipsis, or nothing at all.
            return text == null ? "" : text.getText();
        });
        assertEquals("1×", shown, "the chooser shows its value, not an ellipsis");
        Label position = callFx(() -> (Label) bar.lookup(".player-position"));
        assertEquals("event 200001 / 200001", callFx(position::getText));
        assertTrue(callFx(() -> position.getWidth() >= position.prefWidth(-1) - 0.5), "position readout elided");
        Slider scrub = callFx(() -> (Slider) bar.lookup(".player-scrub"));
        assertTrue(callFx(scrub::getWidth) > width / 3.0, "the scrub bar keeps a usable width: " + callFx(scrub::getWidth));
        double min = callFx(() -> bar.minWidth(-1));
        assertTrue(min <= 480, "the bar never forces the centre column wider: min " + min);
    }
}
