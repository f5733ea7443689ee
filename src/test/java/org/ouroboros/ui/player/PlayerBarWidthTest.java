package org.ouroboros.ui.player;

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
import org.ouroboros.ui.view.execution.DemoTraces;

/** The bar in the centre column of the window, which can be narrow: fixed parts keep their size. */
class PlayerBarWidthTest extends FxTestBase {
    @ParameterizedTest
    @ValueSource(ints = {420, 520, 900})
    void speedChooserAndPositionStayReadableAtAnyReasonableWidth(int width) {
        PlayerBar bar = callFx(() -> {
            PlayerModel model = new PlayerModel(new ManualTicker(), 4);
            model.setTrace(DemoTraces.GREET);
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
        assertTrue(callFx(() -> position.getWidth() >= position.prefWidth(-1) - 0.5));
    }
}
