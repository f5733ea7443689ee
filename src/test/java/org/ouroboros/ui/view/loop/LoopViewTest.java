package org.ouroboros.ui.view.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.player.RenderedText;
import org.ouroboros.ui.view.ViewShots;

/** The event-loop view on a real loop's trace: the wheel's current phase, the lanes, both languages. */
class LoopViewTest extends StagedFxTestBase {
    private static final Trace FIVE = LoopTraces.fiveTimers();

    private LoopView view;

    @BeforeEach
    void open() {
        view = callFx(() -> {
            LoopView v = new LoopView();
            v.setLocale(Locale.ENGLISH);
            return v;
        });
        show(new StackPane(view.node()), 1200, 780);
    }

    private List<String> text() {
        return callFx(() -> RenderedText.of(view.node()));
    }

    private static int first(Class<?> type) {
        for (int k = 0; k < FIVE.size(); k++) {
            if (type.isInstance(FIVE.get(k))) {
                return k;
            }
        }
        throw new AssertionError(type.getSimpleName());
    }

    @Test
    void theWheelMarksTheCurrentPhaseAndTheLanesShowTheTimers() {
        int due = first(AioEvent.TimersDue.class);
        runFx(() -> view.show(FIVE, due - 1));
        String current = callFx(() -> view.wheel().label(LoopPhase.SELECT).getText());
        assertEquals("\u25b6 2. select(timeout)", current);
        assertTrue(callFx(() -> view.wheel().label(LoopPhase.SELECT).getStyleClass().contains("loop-phase-current")));
        assertTrue(text().stream().anyMatch(l -> l.contains("Timer heap (5)")), text().toString());

        runFx(() -> view.show(FIVE, due));
        List<String> shown = text();
        assertTrue(callFx(() -> view.wheel().label(LoopPhase.MOVE_TIMERS).getText()).startsWith("\u25b6 4."));
        assertTrue(shown.stream().anyMatch(l -> l.contains("Ready queue (5)")), shown.toString());
        assertTrue(shown.stream().anyMatch(l -> l.contains("5 just moved to the ready queue")));
        assertTrue(shown.stream().anyMatch(l -> l.contains("loop-note") && l.contains("5 timer(s) fell due")));
        runFx(() -> ViewShots.save(view.node(), "loop-en"));
    }

    @Test
    void phaseNamesStayWholeAndNeverCoverTheIterationCount() {
        int due = first(AioEvent.TimersDue.class);
        for (double width : new double[] {1200, 520}) {
            show(callFx(() -> new StackPane(view.node())), width, 780);
            runFx(() -> view.show(FIVE, due));
            runFx(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
            PhaseWheel wheel = view.wheel();
            javafx.geometry.Bounds centre = callFx(() -> wheel.lookup(".loop-wheel-centre").getBoundsInParent());
            for (LoopPhase p : LoopPhase.WHEEL) {
                javafx.scene.control.Label l = wheel.label(p);
                double shownWidth = callFx(l::getWidth);
                double wholeWidth = callFx(() -> l.prefWidth(-1));
                assertTrue(shownWidth >= wholeWidth - 0.5, width + " px: " + l.getText() + " is broken: " + shownWidth
                        + " < " + wholeWidth);
                javafx.geometry.Bounds b = callFx(l::getBoundsInParent);
                assertTrue(!b.intersects(centre), width + " px: " + l.getText() + " covers the count");
            }
        }
        assertTrue(callFx(() -> view.wheel().listed()), "a narrow wheel lists the names under the ring");
    }

    @Test
    void stepsBackExactly() {
        int due = first(AioEvent.TimersDue.class);
        runFx(() -> view.show(FIVE, due));
        List<String> at = text();
        runFx(() -> view.show(FIVE, FIVE.size() - 1));
        runFx(() -> view.show(FIVE, due));
        assertEquals(at, text());
    }

    @Test
    void speaksChinese() {
        int due = first(AioEvent.TimersDue.class);
        runFx(() -> {
            view.setLocale(Locale.SIMPLIFIED_CHINESE);
            view.show(FIVE, due);
        });
        List<String> shown = text();
        assertTrue(shown.stream().anyMatch(l -> l.contains("就绪队列（5）")), shown.toString());
        assertTrue(callFx(() -> view.wheel().label(LoopPhase.MOVE_TIMERS).getText()).contains("移出到期定时器"));
        runFx(() -> ViewShots.save(view.node(), "loop-zh"));
    }
}
