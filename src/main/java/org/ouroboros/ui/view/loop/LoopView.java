package org.ouroboros.ui.view.loop;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ouroboros.aio.lab.LoopDigest;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.CheckpointedFold;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.view.ZoomPan;
import org.ouroboros.ui.view.loop.LoopRecords.FutureRow;
import org.ouroboros.ui.view.loop.LoopRecords.Key;
import org.ouroboros.ui.view.loop.LoopRecords.Ready;
import org.ouroboros.ui.view.loop.LoopRecords.Timer;

/**
 * The asyncio event loop, like Loupe but real: {@code _run_once}'s phases as a wheel with a hand
 * on the current one, and lanes for the ready queue, the timer heap, the selector's keys, tasks
 * (with bars over loop time) and futures with their callbacks, above the program's console.
 * It renders {@link AioEvent}s only; styles in {@code loop-view.css}.
 *
 * <pre>{@code
 * LoopView view = new LoopView();
 * view.localeProperty().bind(i18n.localeProperty());
 * TraceViewBinding.bind(player, view);
 * }</pre>
 */
public final class LoopView implements TraceView {
    public static final String MESSAGES = "org.ouroboros.ui.view.loop.loop";
    static final int MAX_CHIPS = 60;

    private final CheckpointedFold<LoopState> states = new CheckpointedFold<>(new LoopFold(), 500);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    private final VBox root = new VBox();
    private final Label note = Chips.text("", "loop-note");
    private final FlowPane header = new FlowPane();
    private final Label iterationLabel = Chips.text("", "loop-header-item");
    private final Label timeLabel = Chips.text("", "loop-header-item");
    private final Label selectorLabel = Chips.text("", "loop-header-item");
    private final Label statusLabel = Chips.text("", "loop-header-item");
    private final PhaseWheel wheel = new PhaseWheel();
    private final Chips.Lane readyLane = new Chips.Lane("loop-lane-ready");
    private final Chips.Lane timerLane = new Chips.Lane("loop-lane-timers");
    private final Chips.Lane keyLane = new Chips.Lane("loop-lane-keys");
    private final TaskLane taskLane = new TaskLane();
    private final Chips.Lane futureLane = new Chips.Lane("loop-lane-futures");
    private final Label consoleTitle = Chips.text("", "loop-lane-title");
    private final TextArea console = new TextArea();
    private final ZoomPan zoomPan;
    private final LabLoopPanel labPanel = new LabLoopPanel();
    private Trace shownTrace = new Trace(List.of());
    private int shownPosition = -1;
    private LoopState shown = new LoopState();

    public LoopView() {
        root.getStyleClass().add("loop-view");
        root.getStylesheets().add(Objects.requireNonNull(LoopView.class.getResource("loop-view.css")).toExternalForm());
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        header.getStyleClass().add("loop-header");
        header.getChildren().addAll(iterationLabel, timeLabel, statusLabel, selectorLabel);
        VBox lanes = new VBox(readyLane.box, timerLane.box, keyLane.box, taskLane.node(), futureLane.box);
        lanes.getStyleClass().add("loop-lanes");
        zoomPan = new ZoomPan(lanes);
        VBox wheelBox = new VBox(wheel);
        wheelBox.getStyleClass().add("loop-wheel-box");
        VBox.setVgrow(wheel, Priority.ALWAYS);
        SplitPane body = new SplitPane(wheelBox, zoomPan.node());
        body.getStyleClass().add("loop-body");
        body.setDividerPositions(0.34);
        console.setEditable(false);
        console.setWrapText(true);
        console.getStyleClass().add("loop-console");
        console.setId("loop-console");
        console.setPrefRowCount(5);
        VBox consoleBox = new VBox(consoleTitle, console);
        consoleBox.getStyleClass().add("loop-console-box");
        VBox.setVgrow(console, Priority.ALWAYS);
        SplitPane split = new SplitPane(body, consoleBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.78);
        split.getStyleClass().add("loop-split");
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setMinSize(0, 0);
        root.getChildren().addAll(note, header, labPanel.node(), split);
        locale.addListener(observable -> {
            labPanel.setLocale(locale.get());
            render();
        });
        labPanel.setLocale(locale.get());
        render();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Trace trace, int position) {
        shownTrace = trace;
        shownPosition = position;
        shown = states.stateAt(trace, position);
        render();
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    /**
     * Shows the C10K lab's event loop live above the lanes, from {@code digests} (read at most ten
     * times a second, never waited on); null hides it. The trace lanes below stay as they were.
     */
    public void followLab(Supplier<LoopDigest> digests) {
        labPanel.follow(digests);
    }

    public boolean followingLab() {
        return labPanel.following();
    }

    LabLoopPanel labPanel() {
        return labPanel;
    }

    public ZoomPan zoomPan() {
        return zoomPan;
    }

    /** The state on screen (a copy). */
    public LoopState state() {
        return shown.copy();
    }

    PhaseWheel wheel() {
        return wheel;
    }

    private void render() {
        LocalizedMessages words = LocalizedMessages.of(MESSAGES, locale.get());
        LoopState s = shown;
        double origin = s.origin();
        note.setText(NoteText.of(s, shownTrace.size() == 0, shownPosition, words));
        iterationLabel.setText(words.format("loop.header.iteration", s.iteration() < 0 ? "\u2013" : String.valueOf(s.iteration())));
        timeLabel.setText(words.format("loop.header.time", TaskLane.seconds(s.time() - origin)));
        statusLabel.setText(words.format("loop.header.status", s.loopStatus().isEmpty() ? "\u2013"
                : words.text("loop.status." + s.loopStatus().toLowerCase(Locale.ROOT))));
        selectorLabel.setText(words.format("loop.header.selector", s.selector().isEmpty() ? "\u2013" : s.selector(),
                words.text(s.virtualTime() ? "loop.clock.virtual" : "loop.clock.real")));
        wheel.show(s.phase(), s.iteration(), words);
        renderReady(s, words);
        renderTimers(s, origin, words);
        renderKeys(s, words);
        taskLane.show(s.tasks(), s.time(), words);
        renderFutures(s, words);
        consoleTitle.setText(words.text("loop.console"));
        String text = s.console();
        if (!text.equals(console.getText())) {
            console.setText(text);
            console.positionCaret(text.length());
        }
    }

    private void renderReady(LoopState s, LocalizedMessages words) {
        List<Ready> ready = s.ready(MAX_CHIPS);
        int readyCount = s.readyCount();
        readyLane.title.setText(words.format("loop.lane.ready", String.valueOf(readyCount)));
        readyLane.chips.getChildren().clear();
        if (!s.runningDescription().isEmpty()) {
            readyLane.chips.getChildren().add(Chips.chip("\u25b6 " + words.format("loop.ready.running", s.runningDescription()),
                    "loop-chip-running"));
        }
        for (Ready r : ready) {
            String text = r.description() + (r.nextRound() ? "  \u21b7 " + words.text("loop.ready.nextRound") : "");
            Label chip = Chips.chip(text, "loop-chip-ready");
            if (r.nextRound()) {
                chip.getStyleClass().add("loop-chip-next-round");
            }
            readyLane.chips.getChildren().add(chip);
        }
        more(readyLane, readyCount, words);
        empty(readyLane, words);
    }

    private void renderTimers(LoopState s, double origin, LocalizedMessages words) {
        List<Timer> timers = s.timers();
        timerLane.title.setText(words.format("loop.lane.timers", String.valueOf(timers.size())));
        timerLane.chips.getChildren().clear();
        for (Timer t : timers.subList(0, Math.min(MAX_CHIPS, timers.size()))) {
            String text = words.format("loop.timer", TaskLane.seconds(t.when() - origin), TaskLane.seconds(t.when() - s.time()),
                    t.description()) + (t.cancelled() ? "  \u2298 " + words.text("loop.timer.cancelled") : "");
            Label chip = Chips.chip(text, "loop-chip-timer");
            if (t.cancelled()) {
                chip.getStyleClass().add("loop-chip-cancelled");
            }
            timerLane.chips.getChildren().add(chip);
        }
        if (!s.timersJustDue().isEmpty()) {
            timerLane.chips.getChildren().add(Chips.chip("\u21aa " + words.format("loop.timer.due",
                    String.valueOf(s.timersJustDue().size())), "loop-chip-due"));
        }
        more(timerLane, timers.size(), words);
        empty(timerLane, words);
    }

    private void renderKeys(LoopState s, LocalizedMessages words) {
        int keyCount = s.keyCount();
        keyLane.title.setText(words.format("loop.lane.keys", String.valueOf(keyCount)));
        keyLane.chips.getChildren().clear();
        for (Key k : s.keys(MAX_CHIPS)) {
            String text = words.format("loop.key", String.valueOf(k.fd()), ops(k.interest()), k.socket())
                    + (k.ready() != 0 ? "  \u2714 " + words.format("loop.key.ready", ops(k.ready())) : "");
            Label chip = Chips.chip(text, "loop-chip-key");
            if (k.ready() != 0) {
                chip.getStyleClass().add("loop-chip-key-ready");
            }
            keyLane.chips.getChildren().add(chip);
        }
        more(keyLane, keyCount, words);
        empty(keyLane, words);
    }

    private void renderFutures(LoopState s, LocalizedMessages words) {
        List<FutureRow> futures = s.futures();
        futureLane.title.setText(words.format("loop.lane.futures", String.valueOf(futures.size())));
        futureLane.chips.getChildren().clear();
        int from = Math.max(0, futures.size() - MAX_CHIPS);
        for (FutureRow f : futures.subList(from, futures.size())) {
            String callbacks = f.callbacks().isEmpty() ? "" : "  \u21b3 " + String.join(", ", f.callbacks());
            String symbol = "FINISHED".equals(f.state()) ? "\u2713 " : "CANCELLED".equals(f.state()) ? "\u2298 " : "\u25d4 ";
            Label chip = Chips.chip(symbol + f.description() + callbacks, "loop-chip-future");
            chip.getStyleClass().add("loop-chip-future-" + f.state().toLowerCase(Locale.ROOT));
            futureLane.chips.getChildren().add(chip);
        }
        empty(futureLane, words);
    }

    /** READ/WRITE bits as "R", "W" or "RW". */
    static String ops(int ops) {
        String s = ((ops & AioEvent.READ) != 0 ? "R" : "") + ((ops & AioEvent.WRITE) != 0 ? "W" : "");
        return s.isEmpty() ? "\u2013" : s;
    }

    private static void more(Chips.Lane lane, int total, LocalizedMessages words) {
        if (total > MAX_CHIPS) {
            lane.chips.getChildren().add(Chips.text(words.format("loop.lane.more", String.valueOf(total - MAX_CHIPS)),
                    "loop-lane-empty"));
        }
    }

    private static void empty(Chips.Lane lane, LocalizedMessages words) {
        if (lane.chips.getChildren().isEmpty()) {
            lane.chips.getChildren().add(Chips.text(words.text("loop.lane.none"), "loop-lane-empty"));
        }
    }
}
