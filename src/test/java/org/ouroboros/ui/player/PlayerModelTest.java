package org.ouroboros.ui.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.ExecutionEvent.LineReached;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceEvent;

class PlayerModelTest {
    private static final double RATE = 4; // events per second at 1×

    private ManualTicker ticker;
    private PlayerModel model;

    static Trace linesTrace(int count) {
        List<TraceEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new LineReached(0, "<module>", i + 1));
        }
        return new Trace(events);
    }

    @BeforeEach
    void setUp() {
        ticker = new ManualTicker();
        model = new PlayerModel(ticker, RATE);
    }

    @Test
    void anEmptyModelIsBeforeTheStartOfAnEmptyTrace() {
        assertEquals(0, model.getSize());
        assertEquals(-1, model.getPosition());
        assertTrue(model.atStartProperty().get());
        assertTrue(model.atEndProperty().get());
        model.stepForward();
        model.play();
        assertEquals(-1, model.getPosition());
        assertFalse(model.isPlaying(), "nothing to play");
    }

    @Test
    void aNewTraceStartsBeforeItsFirstEventAndPaused() {
        model.setTrace(linesTrace(5));
        model.seek(3);
        model.play();
        model.setTrace(linesTrace(2));
        assertEquals(-1, model.getPosition());
        assertEquals(2, model.getSize());
        assertFalse(model.isPlaying());
        assertFalse(ticker.running());
    }

    @Test
    void stepsMoveOneEventAndStopAtBothEnds() {
        model.setTrace(linesTrace(3));
        model.stepBack();
        assertEquals(-1, model.getPosition(), "cannot go before the start");
        model.stepForward();
        model.stepForward();
        assertEquals(1, model.getPosition());
        model.stepForward();
        model.stepForward();
        assertEquals(2, model.getPosition(), "cannot go past the last event");
        assertTrue(model.atEndProperty().get());
        model.stepBack();
        assertEquals(1, model.getPosition());
        assertFalse(model.atEndProperty().get());
        assertFalse(model.atStartProperty().get());
    }

    @Test
    void jumpsAndSeeksAreClamped() {
        model.setTrace(linesTrace(10));
        model.jumpToEnd();
        assertEquals(9, model.getPosition());
        model.jumpToStart();
        assertEquals(-1, model.getPosition());
        model.seek(4);
        assertEquals(4, model.getPosition());
        model.seek(1_000);
        assertEquals(9, model.getPosition());
        model.seek(-50);
        assertEquals(-1, model.getPosition());
    }

    @Test
    void positionChangesAreObservable() {
        model.setTrace(linesTrace(4));
        List<Integer> seen = new ArrayList<>();
        model.positionProperty().addListener((obs, old, now) -> seen.add(now.intValue()));
        model.stepForward();
        model.jumpToEnd();
        model.stepBack();
        assertEquals(List.of(0, 3, 2), seen);
    }

    @Test
    void speedsRunFromAQuarterToEightTimes() {
        List<Double> factors = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (PlaybackSpeed speed : PlaybackSpeed.values()) {
            factors.add(speed.factor());
            labels.add(speed.label());
        }
        assertEquals(List.of(0.25, 0.5, 1.0, 2.0, 4.0, 8.0), factors);
        assertEquals(List.of("0.25×", "0.5×", "1×", "2×", "4×", "8×"), labels);
        assertEquals(PlaybackSpeed.NORMAL, model.getSpeed());
        assertThrows(NullPointerException.class, () -> model.setSpeed(null));
    }

    @Test
    void playAdvancesAtBaseRateTimesSpeedAndStopsAtTheEnd() {
        model.setTrace(linesTrace(10));
        model.play();
        assertTrue(model.isPlaying());
        ticker.advance(Duration.ofMillis(249));
        assertEquals(-1, model.getPosition(), "at 4 events/s the first event is due after 250 ms");
        ticker.advance(Duration.ofMillis(1));
        assertEquals(0, model.getPosition());
        ticker.advance(Duration.ofSeconds(1));
        assertEquals(4, model.getPosition());
        ticker.advance(Duration.ofSeconds(10));
        assertEquals(9, model.getPosition(), "stops at the last event");
        assertFalse(model.isPlaying());
        assertFalse(ticker.running(), "the ticker is released when playback ends");
    }

    @Test
    void fractionsOfAnEventCarryOverBetweenFrames() {
        model.setTrace(linesTrace(100));
        model.play();
        ticker.advanceInFrames(Duration.ofSeconds(2), Duration.ofMillis(10));
        assertEquals(7, model.getPosition(), "2 s at 4 events/s is 8 events: positions 0..7");
    }

    @Test
    void speedScalesThePace() {
        model.setTrace(linesTrace(1_000));
        for (PlaybackSpeed speed : PlaybackSpeed.values()) {
            model.jumpToStart();
            model.setSpeed(speed);
            model.play();
            ticker.advanceInFrames(Duration.ofSeconds(4), Duration.ofMillis(20));
            int expectedEvents = (int) (4 * RATE * speed.factor());
            assertEquals(expectedEvents - 1, model.getPosition(), speed.label());
            model.pause();
        }
    }

    @Test
    void changingSpeedWhilePlayingTakesEffectAtOnce() {
        model.setTrace(linesTrace(100));
        model.play();
        ticker.advance(Duration.ofSeconds(1));
        assertEquals(3, model.getPosition());
        model.setSpeed(PlaybackSpeed.OCTUPLE);
        ticker.advance(Duration.ofSeconds(1));
        assertEquals(35, model.getPosition());
    }

    @Test
    void pauseFreezesThePositionAndIgnoresLateFrames() {
        model.setTrace(linesTrace(100));
        model.play();
        ticker.advance(Duration.ofMillis(500));
        model.pause();
        assertFalse(ticker.running());
        ticker.advance(Duration.ofSeconds(5));
        assertEquals(1, model.getPosition());
        model.play();
        ticker.advance(Duration.ofMillis(250));
        assertEquals(2, model.getPosition(), "time spent paused does not count");
    }

    @Test
    void steppingOrSeekingPausesPlayback() {
        model.setTrace(linesTrace(20));
        for (Runnable action : List.<Runnable>of(model::stepForward, model::stepBack, model::jumpToStart,
                model::jumpToEnd, () -> model.seek(5))) {
            model.seek(5);
            model.play();
            action.run();
            assertFalse(model.isPlaying());
        }
    }

    @Test
    void playingAtTheEndStartsAgainFromTheBeginning() {
        model.setTrace(linesTrace(3));
        model.jumpToEnd();
        model.play();
        assertEquals(-1, model.getPosition());
        assertTrue(model.isPlaying());
        ticker.advance(Duration.ofMillis(250));
        assertEquals(0, model.getPosition());
    }

    @Test
    void togglePlaySwitchesBetweenPlayingAndPaused() {
        model.setTrace(linesTrace(3));
        model.togglePlay();
        assertTrue(model.isPlaying());
        model.togglePlay();
        assertFalse(model.isPlaying());
    }

    @Test
    void theBaseRateMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new PlayerModel(ticker, 0));
        assertThrows(IllegalArgumentException.class, () -> new PlayerModel(ticker, Double.NaN));
    }
}
