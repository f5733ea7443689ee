package org.ouroboros.ui.view.loop;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * Live, slow and step controls for the event-loop view: runs the editor's code with the loop
 * paced from here and shows the growing trace at most ten times a second; when the run ends the
 * whole trace goes to the shared player, which then replays it exactly (step back included).
 */
public final class LoopControls {
    /** How often the live trace is shown: ten times a second keeps the FX thread free. */
    static final Duration REFRESH = Duration.millis(100);

    private final Supplier<String> source;
    private final LoopView view;
    private final Consumer<Trace> onFinished;
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    private final FlowPane box = new FlowPane();
    private final Label modeLabel = new Label();
    private final ComboBox<LiveMode> mode = new ComboBox<>(FXCollections.observableArrayList(LiveMode.values()));
    private final Button run = new Button();
    private final Button step = new Button();
    private final Button stop = new Button();
    private final Label status = new Label();
    private final Timeline refresh = new Timeline(new KeyFrame(REFRESH, e -> refresh()));
    private LiveLoopRun current;
    private int shownSize = -1;
    /** The last run's outcome (bundle key and arguments), kept so a language switch re-says it. */
    private String outcomeKey = "loop.controls.idle";
    private String outcomeArg = "";

    public LoopControls(Supplier<String> source, LoopView view, Consumer<Trace> onFinished) {
        this.source = Objects.requireNonNull(source);
        this.view = Objects.requireNonNull(view);
        this.onFinished = Objects.requireNonNull(onFinished);
        box.getStyleClass().add("loop-controls");
        box.setHgap(8);
        box.setVgap(4);
        mode.setValue(LiveMode.LIVE);
        mode.setId("loop-mode");
        run.setId("loop-run");
        step.setId("loop-step");
        stop.setId("loop-stop");
        status.setId("loop-live-status");
        status.getStyleClass().add("loop-live-status");
        run.setOnAction(e -> start());
        step.setOnAction(e -> {
            if (current != null) {
                current.step();
            }
        });
        stop.setOnAction(e -> stop());
        refresh.setCycleCount(Timeline.INDEFINITE);
        box.getChildren().addAll(modeLabel, mode, run, step, stop, status);
        locale.addListener(o -> texts());
        texts();
        updateButtons();
    }

    public FlowPane node() {
        return box;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public void setMode(LiveMode m) {
        mode.setValue(m);
    }

    /** Starts a run of the editor's code (ignored while one is on). */
    public void start() {
        if (current != null) {
            return;
        }
        shownSize = -1;
        current = new LiveLoopRun(source.get(), mode.getValue(), run -> Platform.runLater(() -> finished(run)));
        current.start();
        refresh.play();
        updateButtons();
        texts();
    }

    /** Stops the run in progress, if any. */
    public void stop() {
        if (current != null) {
            current.stop();
        }
    }

    /** Lets one more iteration start in step mode. */
    public void step() {
        if (current != null) {
            current.step();
        }
    }

    public boolean running() {
        return current != null;
    }

    private void refresh() {
        LiveLoopRun r = current;
        if (r == null) {
            return;
        }
        int size = r.size();
        if (size != shownSize && size > 0) {
            Trace t = r.snapshot();
            shownSize = t.size();
            view.show(t, t.size() - 1);
        }
        texts();
    }

    private void finished(LiveLoopRun r) {
        if (r != current) {
            return;
        }
        refresh.stop();
        current = null;
        Trace trace = r.snapshot();
        outcomeKey = r.failure().isEmpty() ? "loop.controls.done" : "loop.controls.failed";
        outcomeArg = r.failure().isEmpty() ? String.valueOf(trace.size()) : r.failure();
        texts();
        updateButtons();
        onFinished.accept(trace);
    }

    private void updateButtons() {
        boolean on = current != null;
        run.setDisable(on);
        mode.setDisable(on);
        stop.setDisable(!on);
        step.setDisable(!on || mode.getValue() != LiveMode.STEP);
    }

    private LocalizedMessages words() {
        return LocalizedMessages.of(LoopView.MESSAGES, locale.get());
    }

    private void texts() {
        LocalizedMessages words = words();
        modeLabel.setText(words.text("loop.controls.mode"));
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(LiveMode m) {
                return m == null ? "" : words.text(m.key());
            }

            @Override
            public LiveMode fromString(String s) {
                return mode.getValue();
            }
        });
        run.setText(words.text("loop.controls.run"));
        step.setText(words.text("loop.controls.step.button"));
        stop.setText(words.text("loop.controls.stop"));
        LiveLoopRun r = current;
        if (r != null) {
            long waiting = r.waitingAt();
            status.setText(waiting >= 0 && mode.getValue() == LiveMode.STEP
                    ? words.format("loop.controls.waiting", String.valueOf(waiting))
                    : words.format("loop.controls.running", String.valueOf(r.size())));
        } else {
            status.setText(words.format(outcomeKey, outcomeArg));
        }
    }
}
