package org.ouroboros.ui.player;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ouroboros.trace.Trace;

/**
 * Where playback is in a trace, with no pixels: the model behind {@link PlayerBar} and every
 * view. Confined to the FX thread (or to one test thread).
 *
 * <p><b>Position convention.</b> {@code position} is the index of the last applied event:
 * {@code -1} means before the first event (nothing has happened yet), {@code k} in
 * {@code 0..size-1} means "the state after events 0..k". A view renders exactly that state, so
 * stepping back is as exact as stepping forward.
 *
 * <p><b>Playback.</b> {@link #play()} advances {@code baseRate × speed} events per second of
 * ticker time and pauses itself at the last event; playing again from the end restarts from the
 * beginning. Stepping, jumping or seeking pauses playback first, like a media player.
 */
public final class PlayerModel {
    public static final double DEFAULT_EVENTS_PER_SECOND = 4;

    private final Ticker ticker;
    private final double eventsPerSecond;

    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>(this, "trace", new Trace(List.of()));
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(this, "size", 0);
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position", -1);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyObjectWrapper<PlaybackSpeed> speed =
            new ReadOnlyObjectWrapper<>(this, "speed", PlaybackSpeed.NORMAL);
    private final ReadOnlyBooleanWrapper atStart = new ReadOnlyBooleanWrapper(this, "atStart", true);
    private final ReadOnlyBooleanWrapper atEnd = new ReadOnlyBooleanWrapper(this, "atEnd", true);

    private long lastFrameNanos;
    private double pendingEvents;

    /** A model playing on JavaFX pulses at the default rate. */
    public PlayerModel() {
        this(new FxTicker(), DEFAULT_EVENTS_PER_SECOND);
    }

    public PlayerModel(Ticker ticker, double eventsPerSecond) {
        if (!(eventsPerSecond > 0)) {
            throw new IllegalArgumentException("events per second must be positive: " + eventsPerSecond);
        }
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.eventsPerSecond = eventsPerSecond;
    }

    // ---- trace ----

    /** Shows a new trace from the start (position -1), paused. */
    public void setTrace(Trace newTrace) {
        Objects.requireNonNull(newTrace, "trace");
        pause();
        // Position first: a listener must never see the new trace with an old, out-of-range position.
        moveTo(-1);
        size.set(newTrace.size());
        trace.set(newTrace);
        moveTo(-1);
    }

    public Trace getTrace() {
        return trace.get();
    }

    public ReadOnlyObjectProperty<Trace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    public int getSize() {
        return size.get();
    }

    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    // ---- position ----

    public int getPosition() {
        return position.get();
    }

    /** Index of the last applied event; -1 before the first. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public int lastPosition() {
        return getSize() - 1;
    }

    public ReadOnlyBooleanProperty atStartProperty() {
        return atStart.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty atEndProperty() {
        return atEnd.getReadOnlyProperty();
    }

    public void stepForward() {
        pause();
        moveTo(getPosition() + 1);
    }

    public void stepBack() {
        pause();
        moveTo(getPosition() - 1);
    }

    public void jumpToStart() {
        pause();
        moveTo(-1);
    }

    public void jumpToEnd() {
        pause();
        moveTo(lastPosition());
    }

    /** Moves to position {@code k}, clamped to {@code -1..size-1}. */
    public void seek(int k) {
        pause();
        moveTo(k);
    }

    private void moveTo(int k) {
        int clamped = Math.max(-1, Math.min(lastPosition(), k));
        position.set(clamped);
        atStart.set(clamped == -1);
        atEnd.set(clamped == lastPosition());
    }

    // ---- playback ----

    public boolean isPlaying() {
        return playing.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public PlaybackSpeed getSpeed() {
        return speed.get();
    }

    public ReadOnlyObjectProperty<PlaybackSpeed> speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public void setSpeed(PlaybackSpeed newSpeed) {
        speed.set(Objects.requireNonNull(newSpeed, "speed"));
    }

    public double eventsPerSecond() {
        return eventsPerSecond;
    }

    public void play() {
        if (isPlaying() || getSize() == 0) {
            return;
        }
        if (getPosition() == lastPosition()) {
            moveTo(-1);
        }
        lastFrameNanos = ticker.nanoTime();
        pendingEvents = 0;
        playing.set(true);
        ticker.start(this::onFrame);
    }

    public void pause() {
        if (!isPlaying()) {
            return;
        }
        playing.set(false);
        ticker.stop();
    }

    public void togglePlay() {
        if (isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    /** Advances by the whole events due since the last frame; fractions carry over. */
    private void onFrame(long nowNanos) {
        if (!isPlaying()) {
            return;
        }
        double seconds = Math.max(0, nowNanos - lastFrameNanos) / 1e9;
        lastFrameNanos = nowNanos;
        pendingEvents += seconds * eventsPerSecond * getSpeed().factor();
        // The tolerance absorbs floating-point drift: 50 frames of 0.02 events make one event, not 0.9999.
        long due = (long) Math.floor(pendingEvents + 1e-9);
        if (due == 0) {
            return;
        }
        pendingEvents = Math.max(0, pendingEvents - due);
        moveTo((int) Math.min(lastPosition(), getPosition() + due));
        if (getPosition() == lastPosition()) {
            pause();
        }
    }
}
