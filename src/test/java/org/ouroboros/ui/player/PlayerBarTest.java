package org.ouroboros.ui.player;

import org.ouroboros.ui.StagedFxTestBase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.view.execution.DemoTraces;
import org.ouroboros.ui.view.execution.ExecutionView;

class PlayerBarTest extends StagedFxTestBase {
    private ManualTicker ticker;
    private PlayerModel model;
    private PlayerBar bar;
    private ExecutionView view;
    private TextField search;
    private CodeArea editor;
    private Scene scene;

    @BeforeEach
    void mount() {
        ticker = new ManualTicker();
        BorderPane root = callFx(() -> {
            model = new PlayerModel(ticker, 4);
            model.setTrace(DemoTraces.GREET);
            bar = new PlayerBar(model);
            bar.setLocale(Locale.ENGLISH);
            view = new ExecutionView();
            view.setLocale(Locale.ENGLISH);
            TraceViewBinding.bind(model, view);
            search = new TextField();
            editor = new CodeArea(DemoTraces.GREET_SOURCE);
            BorderPane pane = new BorderPane(view.node());
            pane.setBottom(bar);
            pane.setTop(search);
            pane.setRight(editor);
            editor.setPrefWidth(200);
            return pane;
        });
        scene = show(root, 1000, 600);
        runFx(() -> PlayerKeys.install(scene, model));
        runFx(() -> view.node().requestFocus());
    }

    private int position() {
        return callFx(model::getPosition);
    }

    private <T extends Node> T part(String styleClass) {
        return callFx(() -> {
            @SuppressWarnings("unchecked")
            T node = (T) bar.lookup("." + styleClass);
            return node;
        });
    }

    private String text(String styleClass) {
        return callFx(() -> ((Label) bar.lookup("." + styleClass)).getText());
    }

    private String tooltip(String styleClass) {
        return callFx(() -> {
            Node node = bar.lookup("." + styleClass);
            if (node instanceof javafx.scene.control.Control control) {
                return control.getTooltip().getText();
            }
            throw new AssertionError(styleClass + " has no tooltip");
        });
    }

    @Test
    void arrowKeysStepAndHomeEndJump() {
        robot.type(KeyCode.RIGHT, 3);
        assertEquals(2, position());
        robot.type(KeyCode.LEFT);
        assertEquals(1, position());
        robot.type(KeyCode.END);
        assertEquals(DemoTraces.GREET.size() - 1, position());
        robot.type(KeyCode.HOME);
        assertEquals(-1, position());
    }

    @Test
    void spaceTogglesPlayback() {
        robot.type(KeyCode.SPACE);
        assertTrue(callFx(model::isPlaying));
        runFx(() -> ticker.advance(java.time.Duration.ofSeconds(1)));
        assertEquals(3, position());
        robot.type(KeyCode.SPACE);
        assertFalse(callFx(model::isPlaying));
    }

    @Test
    void spaceOnAFocusedButtonIsPlayPauseNotAClick() {
        runFx(() -> bar.lookup(".player-step").requestFocus());
        robot.type(KeyCode.SPACE);
        assertTrue(callFx(model::isPlaying));
        assertEquals(-1, position(), "the focused step button was not pressed");
    }

    @Test
    void keysTypedIntoATextFieldStayThere() {
        robot.clickOn(search).write("ab");
        robot.type(KeyCode.LEFT, KeyCode.SPACE, KeyCode.HOME, KeyCode.END);
        assertEquals(-1, position());
        assertFalse(callFx(model::isPlaying));
        assertEquals("a b", callFx(search::getText));
    }

    @Test
    void keysTypedIntoTheCodeEditorStayThere() {
        runFx(() -> {
            editor.requestFocus();
            editor.moveTo(0);
        });
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.SPACE);
        assertEquals(-1, position());
        assertFalse(callFx(model::isPlaying));
        String code = callFx(editor::getText);
        assertTrue(code.startsWith("de f"), code);
    }

    @Test
    void modifiedKeysAreLeftAlone() {
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        assertEquals(-1, position());
    }

    @Test
    void stepBackRendersExactlyWhatAFreshViewRendersAtThatPosition() {
        int last = DemoTraces.GREET.size() - 1;
        robot.type(KeyCode.RIGHT, last + 1);
        assertEquals(last, position());
        for (int k = last - 1; k >= -1; k--) {
            robot.type(KeyCode.LEFT);
            assertEquals(k, position());
            int at = k;
            List<String> fresh = callFx(() -> {
                ExecutionView other = new ExecutionView();
                other.setLocale(Locale.ENGLISH);
                other.show(DemoTraces.GREET, at);
                return RenderedText.of(other.node());
            });
            assertEquals(fresh, callFx(() -> RenderedText.of(view.node())), "after stepping back to " + k);
        }
    }

    @Test
    void buttonsDriveTheModelAndDisableAtTheEnds() {
        assertTrue(callFx(() -> part("player-back").isDisabled()));
        assertTrue(callFx(() -> part("player-start").isDisabled()));
        robot.clickOn((Node) part("player-step"));
        robot.clickOn((Node) part("player-step"));
        assertEquals(1, position());
        robot.clickOn((Node) part("player-back"));
        assertEquals(0, position());
        robot.clickOn((Node) part("player-end"));
        assertEquals(DemoTraces.GREET.size() - 1, position());
        assertTrue(callFx(() -> part("player-step").isDisabled()));
        assertTrue(callFx(() -> part("player-end").isDisabled()));
        robot.clickOn((Node) part("player-start"));
        assertEquals(-1, position());
        robot.clickOn((Node) part("player-play"));
        assertTrue(callFx(model::isPlaying));
        assertEquals("Pause (Space)", tooltip("player-play"));
        robot.clickOn((Node) part("player-play"));
        assertFalse(callFx(model::isPlaying));
        assertEquals("Play (Space)", tooltip("player-play"));
    }

    @Test
    void thePositionLabelCountsAppliedEvents() {
        int n = DemoTraces.GREET.size();
        assertEquals("event 0 / " + n, text("player-position"));
        robot.type(KeyCode.RIGHT, 3);
        assertEquals("event 3 / " + n, text("player-position"));
        robot.type(KeyCode.END);
        assertEquals("event " + n + " / " + n, text("player-position"));
    }

    @Test
    void draggingTheScrubSliderSeeks() {
        Slider scrub = part("player-scrub");
        Node thumb = callFx(() -> scrub.lookup(".thumb"));
        Bounds track = callFx(() -> scrub.lookup(".track").localToScreen(scrub.lookup(".track").getBoundsInLocal()));
        robot.drag(thumb).dropTo(new Point2D(track.getMaxX() + 20, track.getCenterY()));
        assertEquals(DemoTraces.GREET.size() - 1, position());
        robot.drag(thumb).dropTo(new Point2D(track.getMinX() + track.getWidth() / 2, track.getCenterY()));
        int middle = position();
        assertTrue(middle > 4 && middle < 14, "near the middle of -1..18: " + middle);
        assertEquals(middle, (int) Math.round(callFx(scrub::getValue)));
    }

    @Test
    void theSliderFollowsTheModelWithoutSeekingOnItsOwn() {
        Slider scrub = part("player-scrub");
        runFx(model::play);
        runFx(() -> ticker.advance(java.time.Duration.ofMillis(1_000)));
        assertEquals(3.0, callFx(scrub::getValue));
        assertTrue(callFx(model::isPlaying), "moving the slider to follow playback must not pause it");
    }

    @Test
    void theSpeedChooserSetsTheSpeedAndFollowsIt() {
        ComboBox<?> speed = part("player-speed");
        assertEquals("1×", callFx(() -> speed.getButtonCell().getText()));
        robot.clickOn(speed);
        robot.clickOn("2×");
        assertEquals(PlaybackSpeed.DOUBLE, callFx(model::getSpeed));
        runFx(() -> model.setSpeed(PlaybackSpeed.QUARTER));
        assertEquals(PlaybackSpeed.QUARTER, callFx(speed::getValue));
        assertEquals("0.25×", callFx(() -> speed.getButtonCell().getText()));
    }

    @Test
    void theTruncationMarkerShowsOnlyForATruncatedTrace() {
        Label marker = part("player-truncated");
        assertFalse(callFx(marker::isVisible));
        Trace truncated = DemoTraces.countdown(1_000, 500);
        runFx(() -> model.setTrace(truncated));
        assertTrue(callFx(marker::isVisible));
        assertEquals("trace truncated at 500 events", text("player-truncated"));
        runFx(() -> bar.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals("轨迹在第 500 个事件处截断", text("player-truncated"));
        runFx(() -> model.setTrace(DemoTraces.GREET));
        assertFalse(callFx(marker::isVisible));
    }

    @Test
    void tooltipsAndLabelsFollowTheLocale() {
        assertEquals("Step forward (→)", tooltip("player-step"));
        assertEquals("Jump to start (Home)", tooltip("player-start"));
        runFx(() -> bar.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals("前进一步 (→)", tooltip("player-step"));
        assertEquals("后退一步 (←)", tooltip("player-back"));
        assertEquals("播放（空格）", tooltip("player-play"));
        assertEquals("跳到结尾 (End)", tooltip("player-end"));
        assertEquals("播放速度", tooltip("player-speed"));
        assertEquals("事件 0 / " + DemoTraces.GREET.size(), text("player-position"));
        runFx(() -> bar.setLocale(Locale.ENGLISH));
        assertEquals("Step forward (→)", tooltip("player-step"));
    }

    @Test
    void anEmptyTraceDisablesEverythingButTheSpeed() {
        runFx(() -> model.setTrace(new Trace(List.of())));
        for (String part : List.of("player-start", "player-back", "player-play", "player-step", "player-end", "player-scrub")) {
            assertTrue(callFx(() -> part(part).isDisabled()), part);
        }
        assertFalse(callFx(() -> part("player-speed").isDisabled()));
        assertEquals("event 0 / 0", text("player-position"));
    }

    @Test
    void theBarHasItsStyleClassAndIconButtons() {
        assertTrue(callFx(() -> bar.getStyleClass().contains(PlayerBar.DEFAULT_STYLE_CLASS)));
        Button play = part("player-play");
        assertTrue(callFx(() -> play.getGraphic() instanceof org.kordamp.ikonli.javafx.FontIcon));
    }
}
