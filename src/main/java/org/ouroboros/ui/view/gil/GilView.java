package org.ouroboros.ui.view.gil;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.player.TraceView;

/**
 * The GIL timeline: one lane per thread and per core and the GIL band on a virtual time axis,
 * with the player's position as a cursor, a summary (wall vs CPU time, switches, time waiting
 * for the GIL) and the scheduler's knobs. Changing a knob sets {@link #settingsProperty()};
 * the integration re-runs the program with it. Styles come from {@code gil-view.css}.
 */
public final class GilView implements TraceView {
    public static final String MESSAGES = "org.ouroboros.ui.view.gil.messages";
    public static final String STYLESHEET = Objects.requireNonNull(GilView.class.getResource("gil-view.css"))
            .toExternalForm();

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    private final VBox root = new VBox();
    private final SchedControls controls = SchedControls.all();
    private final ComboBox<ThreadExamples> examples = new ComboBox<>();
    private final Button zoomIn = new Button("+");
    private final Button zoomOut = new Button("\u2212");
    private final Button fit = new Button();
    private final Label configLine = new Label();
    private final Label status = new Label();
    private final LaneChart chart = new LaneChart();
    private final FlowPane summary = new FlowPane();
    private final FlowPane legend = new FlowPane();
    private final Label output = new Label();

    private Trace shownTrace;
    private Timeline timeline = Timeline.EMPTY;
    private int shownPosition = -1;
    private Consumer<String> exampleLoader;
    private IntConsumer seeker;
    private OutputPositions outputPositions = new OutputPositions();
    private final List<String> outputs = new java.util.ArrayList<>();

    public GilView() {
        root.getStyleClass().addAll("thread-view", "gil-view");
        root.getStylesheets().add(STYLESHEET);
        root.setMinSize(0, 0);
        examples.setId("gil-examples");
        examples.getItems().setAll(ThreadExamples.GIL);
        examples.setOnAction(e -> {
            ThreadExamples chosen = examples.getValue();
            if (chosen != null && exampleLoader != null) {
                exampleLoader.accept(chosen.source());
            }
        });
        zoomIn.setId("gil-zoom-in");
        zoomOut.setId("gil-zoom-out");
        fit.setId("gil-zoom-fit");
        zoomIn.setOnAction(e -> chart.zoomIn());
        zoomOut.setOnAction(e -> chart.zoomOut());
        fit.setOnAction(e -> chart.fit());
        chart.setOnSeekTime(time -> {
            if (seeker != null && shownTrace != null) {
                seeker.accept(timeline.positionAtTime(time));
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox zoom = new HBox(zoomOut, zoomIn, fit);
        zoom.getStyleClass().add("zoom-buttons");
        FlowPane actions = new FlowPane(examples, zoom);
        actions.getStyleClass().add("thread-view-header");
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(controls, actions);
        header.getStyleClass().add("thread-view-headers");
        configLine.getStyleClass().add("config-line");
        status.getStyleClass().add("thread-view-status");
        status.setWrapText(true);
        // The numbers sit right under the lanes, however few lanes there are.
        VBox content = new VBox(chart, summary, legend, output);
        content.getStyleClass().add("gil-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("lane-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        summary.getStyleClass().add("gil-summary");
        legend.getStyleClass().add("lane-legend");
        output.getStyleClass().add("program-output");
        output.setWrapText(true);
        root.getChildren().addAll(header, configLine, status, scroll);
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
            indexOutput(trace);
        }
        shownPosition = position;
        render();
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    /** The scheduler settings the knobs show; set it to show a run's settings, listen to re-run. */
    public ObjectProperty<SchedConfig> settingsProperty() {
        return controls.settingsProperty();
    }

    /** Called with an example's source when the user picks one. */
    public void setExampleLoader(Consumer<String> loader) {
        exampleLoader = loader;
    }

    /** Lets a click on the chart move the player. */
    public void setSeeker(IntConsumer value) {
        seeker = value;
    }

    public LaneChart chart() {
        return chart;
    }

    public Timeline timeline() {
        return timeline;
    }

    public SchedControls controls() {
        return controls;
    }

    /** The summary as of the position shown. */
    public TimelineSummary summary() {
        return TimelineSummary.at(timeline, shownPosition);
    }

    private void render() {
        LocalizedMessages words = LocalizedMessages.of(MESSAGES, locale.get());
        controls.setLocale(locale.get(), MESSAGES);
        examples.setPromptText(words.text("example.prompt"));
        examples.setConverter(new ExampleNames(words));
        fit.setText(words.text("zoom.fit"));
        zoomIn.setAccessibleText(words.text("zoom.in"));
        zoomOut.setAccessibleText(words.text("zoom.out"));
        boolean empty = timeline.isEmpty();
        status.setText(shownTrace == null || shownTrace.size() == 0 ? words.text("gil.empty")
                : empty ? words.text("gil.noThreads") : "");
        status.setVisible(!status.getText().isEmpty());
        status.setManaged(status.isVisible());
        configLine.setText(configText(timeline.config(), words));
        chart.show(timeline, shownPosition, words);
        renderSummary(words);
        renderLegend(words);
        output.setText(outputText(words));
    }

    static String configText(SchedEvent.RunConfigured c, LocalizedMessages words) {
        if (c == null) {
            return "";
        }
        return words.format("gil.config", words.text("mode." + c.mode()), c.cpython(), String.valueOf(c.cores()),
                TimeAxis.label(c.switchIntervalNs()), String.valueOf(c.seed()));
    }

    private void renderSummary(LocalizedMessages words) {
        summary.getChildren().clear();
        if (timeline.isEmpty()) {
            return;
        }
        TimelineSummary s = TimelineSummary.at(timeline, shownPosition);
        summary.getChildren().add(summaryItem(words.format("summary.wall", TimeAxis.label(s.wall())), "summary-wall"));
        summary.getChildren().add(summaryItem(words.format("summary.cpu", TimeAxis.label(s.cpuTotal()),
                String.format(Locale.ROOT, "%.2f", s.parallelism())), "summary-cpu"));
        for (Map.Entry<Integer, Long> e : s.cpuByThread().entrySet()) {
            summary.getChildren().add(summaryItem(words.format("summary.threadCpu", timeline.threadName(e.getKey()),
                    TimeAxis.label(e.getValue())), "summary-thread"));
        }
        if (hasGil(timeline.config())) {
            summary.getChildren().add(summaryItem(words.format("summary.switches", String.valueOf(s.switches()),
                    String.valueOf(s.dropRequests())), "summary-switches"));
            summary.getChildren().add(summaryItem(words.format("summary.gilWait", TimeAxis.label(s.gilWait())),
                    "summary-gil-wait"));
        }
    }

    /** Free-threaded runs have no GIL: no switches, drop requests or GIL waits to count. */
    private static boolean hasGil(SchedEvent.RunConfigured c) {
        return c == null || !"free".equals(c.mode());
    }

    private static Label summaryItem(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().addAll("summary-item", styleClass);
        return l;
    }

    private void renderLegend(LocalizedMessages words) {
        if (!legend.getChildren().isEmpty() && Objects.equals(legend.getUserData(), locale.get())) {
            return;
        }
        legend.setUserData(locale.get());
        legend.getChildren().setAll(legendItems(words));
    }

    /** One swatch per lane state and mark kind, each with its glyph and name. */
    static List<Node> legendItems(LocalizedMessages words) {
        List<Node> items = new java.util.ArrayList<>();
        for (LaneState state : LaneState.values()) {
            if (state == LaneState.DONE) {
                continue;
            }
            Label swatch = new Label(state.glyph());
            swatch.getStyleClass().addAll("lane-segment", state.styleClass(), "legend-swatch");
            Label name = new Label(words.text(state.key()));
            HBox item = new HBox(swatch, name);
            item.getStyleClass().add("legend-item");
            item.setAlignment(Pos.CENTER_LEFT);
            items.add(item);
        }
        for (TimelineMark.Kind kind : TimelineMark.Kind.values()) {
            Label glyph = new Label(kind.glyph());
            glyph.getStyleClass().addAll("timeline-mark", kind.styleClass());
            HBox item = new HBox(glyph, new Label(words.text(kind.key())));
            item.getStyleClass().add("legend-item");
            item.setAlignment(Pos.CENTER_LEFT);
            items.add(item);
        }
        return items;
    }

    /** The program's output up to the position shown (its last lines). */
    private String outputText(LocalizedMessages words) {
        int count = outputPositions.countUpTo(shownPosition);
        if (count == 0) {
            return "";
        }
        String text = outputs.get(count - 1).strip();
        if (text.isEmpty()) {
            return "";
        }
        String[] lines = text.split("\n");
        int from = Math.max(0, lines.length - 4);
        return words.text("gil.output") + "\n" + String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }

    /** Each stdout write's position and the whole output up to it, read once per trace. */
    private void indexOutput(Trace trace) {
        outputPositions = new OutputPositions();
        outputs.clear();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < trace.size(); i++) {
            if (trace.get(i) instanceof ExecutionEvent.OutputWritten w && !w.stderr()) {
                sb.append(w.text());
                outputPositions.add(i);
                // Only the tail is ever shown.
                outputs.add(sb.length() > 2000 ? sb.substring(sb.length() - 2000) : sb.toString());
            }
        }
    }

    /** Sorted positions with "how many up to p". */
    private static final class OutputPositions {
        private final List<Integer> positions = new java.util.ArrayList<>();

        void add(int p) {
            positions.add(p);
        }

        int countUpTo(int p) {
            int lo = 0;
            int hi = positions.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (positions.get(mid) <= p) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** Names examples in the current language. */
    static final class ExampleNames extends StringConverter<ThreadExamples> {
        private final LocalizedMessages words;

        ExampleNames(LocalizedMessages words) {
            this.words = words;
        }

        @Override
        public String toString(ThreadExamples example) {
            return example == null ? "" : words.text(example.key());
        }

        @Override
        public ThreadExamples fromString(String text) {
            return null;
        }
    }
}
