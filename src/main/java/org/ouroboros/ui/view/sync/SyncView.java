package org.ouroboros.ui.view.sync;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.CheckpointedFold;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.view.gil.GilView;
import org.ouroboros.ui.view.gil.LaneChart;
import org.ouroboros.ui.view.gil.LanePoint;
import org.ouroboros.ui.view.gil.ThreadExamples;
import org.ouroboros.ui.view.gil.Timeline;
import org.ouroboros.ui.view.gil.TimelineFold;

/**
 * Sync-primitive timelines: a lane per thread with its acquire/release/wait/notify/put/get
 * marks over its running, blocked and waiting stretches; a card per primitive with its state
 * at the player's position (owner, recursion count, counter, waiter queue, items); and, once
 * the run deadlocks, the report and its wait-for graph with the cycle drawn.
 */
public final class SyncView implements TraceView {
    public static final String MESSAGES = "org.ouroboros.ui.view.sync.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    private final CheckpointedFold<SyncState> states = new CheckpointedFold<>(new SyncFold());
    private final VBox root = new VBox();
    private final ComboBox<ThreadExamples> examples = new ComboBox<>();
    private final Button zoomIn = new Button("+");
    private final Button zoomOut = new Button("\u2212");
    private final Button fit = new Button();
    private final Button toDeadlock = new Button();
    private final Label status = new Label();
    private final LaneChart chart = new LaneChart();
    private final FlowPane legend = new FlowPane();
    private final PrimitivePanel primitives = new PrimitivePanel();
    private final VBox deadlockBox = new VBox();
    private final Label deadlockTitle = new Label();
    private final Label deadlockReport = new Label();
    private final WaitForGraphPane graph = new WaitForGraphPane();

    private Trace shownTrace;
    private Timeline timeline = Timeline.EMPTY;
    private List<LanePoint> points = List.of();
    private Locale pointsLocale;
    private SyncState state = new SyncState();
    private SyncState atEnd = new SyncState();
    private int shownPosition = -1;
    private Consumer<String> exampleLoader;
    private IntConsumer seeker;

    public SyncView() {
        root.getStyleClass().addAll("thread-view", "sync-view");
        root.getStylesheets().addAll(GilView.STYLESHEET,
                Objects.requireNonNull(SyncView.class.getResource("sync-view.css")).toExternalForm());
        root.setMinSize(0, 0);
        examples.setId("sync-examples");
        examples.getItems().setAll(ThreadExamples.SYNC);
        examples.setOnAction(e -> {
            if (examples.getValue() != null && exampleLoader != null) {
                exampleLoader.accept(examples.getValue().source());
            }
        });
        zoomIn.setOnAction(e -> chart.zoomIn());
        zoomOut.setOnAction(e -> chart.zoomOut());
        fit.setOnAction(e -> chart.fit());
        toDeadlock.setId("sync-to-deadlock");
        toDeadlock.setOnAction(e -> {
            if (seeker != null && atEnd.deadlockPosition() >= 0) {
                seeker.accept(atEnd.deadlockPosition());
            }
        });
        chart.setOnSeekTime(time -> {
            if (seeker != null) {
                seeker.accept(timeline.positionAtTime(time));
            }
        });
        FlowPane header = new FlowPane(examples, new HBox(zoomOut, zoomIn, fit), toDeadlock);
        header.getStyleClass().add("thread-view-header");
        header.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add("thread-view-status");
        status.setWrapText(true);
        legend.getStyleClass().add("lane-legend");
        deadlockTitle.getStyleClass().add("deadlock-title");
        deadlockReport.getStyleClass().add("deadlock-report");
        deadlockReport.setWrapText(true);
        deadlockBox.getStyleClass().add("deadlock-box");
        deadlockBox.getChildren().addAll(deadlockTitle, deadlockReport, graph);
        VBox top = new VBox(chart, legend);
        ScrollPane chartScroll = new ScrollPane(top);
        chartScroll.setFitToWidth(true);
        chartScroll.getStyleClass().add("lane-scroll");
        HBox bottom = new HBox(primitives, deadlockBox);
        bottom.getStyleClass().add("sync-bottom");
        HBox.setHgrow(primitives, Priority.ALWAYS);
        ScrollPane bottomScroll = new ScrollPane(bottom);
        bottomScroll.setFitToWidth(true);
        bottomScroll.getStyleClass().add("lane-scroll");
        SplitPane split = new SplitPane(chartScroll, bottomScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        split.getStyleClass().add("sync-split");
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(header, status, split);
        locale.addListener(observable -> render());
        render();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Trace trace, int position) {
        if (trace != shownTrace) {
            shownTrace = trace;
            timeline = TimelineFold.of(trace);
            atEnd = trace.size() == 0 ? new SyncState() : states.stateAt(trace, trace.size() - 1);
            pointsLocale = null;
        }
        shownPosition = position;
        state = states.stateAt(trace, position);
        render();
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    public void setExampleLoader(Consumer<String> loader) {
        exampleLoader = loader;
    }

    public void setSeeker(IntConsumer value) {
        seeker = value;
    }

    public SyncState state() {
        return state.copy();
    }

    public LaneChart chart() {
        return chart;
    }

    public PrimitivePanel primitives() {
        return primitives;
    }

    public WaitForGraphPane graph() {
        return graph;
    }

    public Label deadlockReport() {
        return deadlockReport;
    }

    /** True when the deadlock panel is on screen. */
    public boolean deadlockShown() {
        return deadlockBox.isVisible();
    }

    private void render() {
        LocalizedMessages words = LocalizedMessages.of(MESSAGES, locale.get());
        LocalizedMessages shared = LocalizedMessages.of(GilView.MESSAGES, locale.get());
        examples.setPromptText(shared.text("example.prompt"));
        examples.setConverter(new StringConverter<>() {
            @Override
            public String toString(ThreadExamples e) {
                return e == null ? "" : shared.text(e.key());
            }

            @Override
            public ThreadExamples fromString(String s) {
                return null;
            }
        });
        fit.setText(shared.text("zoom.fit"));
        toDeadlock.setText(words.text("sync.toDeadlock"));
        toDeadlock.setDisable(atEnd.deadlockPosition() < 0 || seeker == null);
        if (shownTrace != null && !Objects.equals(pointsLocale, locale.get())) {
            points = SyncPoints.of(shownTrace, words);
            pointsLocale = locale.get();
        }
        status.setText(shownTrace == null || shownTrace.size() == 0 ? words.text("sync.empty")
                : timeline.isEmpty() ? shared.text("gil.noThreads") : "");
        status.setVisible(!status.getText().isEmpty());
        status.setManaged(status.isVisible());
        chart.show(timeline, shownPosition, shared, false, false, points);
        renderLegend(words, shared);
        primitives.show(state, words);
        SchedEvent.DeadlockDetected deadlock = state.deadlock();
        deadlockBox.setVisible(deadlock != null);
        deadlockBox.setManaged(deadlock != null);
        if (deadlock != null) {
            WaitForGraph g = WaitForGraph.of(deadlock);
            deadlockTitle.setText(words.text(g.hasCycle() ? "sync.deadlock.cycle" : "sync.deadlock.noCycle"));
            deadlockReport.setText(deadlock.report().strip());
            graph.show(g, words);
        } else {
            graph.show(null, words);
        }
    }

    private void renderLegend(LocalizedMessages words, LocalizedMessages shared) {
        if (Objects.equals(legend.getUserData(), locale.get())) {
            return;
        }
        legend.setUserData(locale.get());
        legend.getChildren().clear();
        for (SchedEvent.PrimitiveOpKind op : SchedEvent.PrimitiveOpKind.values()) {
            if (op == SchedEvent.PrimitiveOpKind.CREATE) {
                continue;
            }
            Label l = new Label(OpGlyphs.glyph(op) + " " + words.text(OpGlyphs.key(op)));
            l.getStyleClass().addAll("lane-point", OpGlyphs.styleClass(op), "legend-item");
            legend.getChildren().add(l);
        }
    }
}
