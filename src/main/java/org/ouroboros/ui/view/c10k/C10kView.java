package org.ouroboros.ui.view.c10k;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ouroboros.aio.lab.C10kLab;
import org.ouroboros.aio.lab.LabPhase;
import org.ouroboros.aio.lab.LabSample;
import org.ouroboros.aio.lab.LabSettings;
import org.ouroboros.aio.lab.LimitProblem;
import org.ouroboros.aio.lab.ServerKind;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.loop.GrowOnlyPane;

/**
 * The C10K lab: choose a server (one event-loop thread, or a thread per connection), a number
 * of connections up to 10,000, a ramp rate and a think time; watch connections, throughput,
 * latency percentiles, threads and memory live; stop at any time. The lab runs on its own
 * threads; samples reach the FX thread batched, at most ten times a second, and a frame counter
 * shows the UI keeps its frame rate. When the OS refuses more descriptors or threads the view
 * says which limit it was and what to change.
 */
public final class C10kView {
    public static final String MESSAGES = "org.ouroboros.ui.view.c10k.c10k";
    static final List<Integer> CONNECTIONS = List.of(200, 1_000, 2_000, 5_000, 10_000);
    static final List<Integer> RAMPS = List.of(500, 1_000, 2_000, 5_000);
    static final List<Integer> THINKS = List.of(0, 100, 1_000);

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    private final VBox root = new VBox();
    private final Label intro = new Label();
    private final ToggleGroup kinds = new ToggleGroup();
    private final RadioButton loopKind = new RadioButton();
    private final RadioButton threadKind = new RadioButton();
    private final Label connectionsLabel = new Label();
    private final ComboBox<Integer> connections = new ComboBox<>(FXCollections.observableArrayList(CONNECTIONS));
    private final Label rampLabel = new Label();
    private final ComboBox<Integer> ramp = new ComboBox<>(FXCollections.observableArrayList(RAMPS));
    private final Label thinkLabel = new Label();
    private final ComboBox<Integer> think = new ComboBox<>(FXCollections.observableArrayList(THINKS));
    private final Button start = new Button();
    private final Button stop = new Button();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Label limit = new Label();
    private final Label numbers = new Label();
    private final Label fps = new Label();
    private final LabCharts charts = new LabCharts();
    private final FpsProbe probe = new FpsProbe(v -> showFps());
    private final SampleMailbox mailbox = new SampleMailbox(this::receive);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "c10k-lab-control");
        t.setDaemon(true);
        return t;
    });
    private volatile C10kLab lab;
    /** The numbers and progress are redrawn at most this often while a run goes on. */
    static final long RENDER_NANOS = 200_000_000L;
    private long lastRenderNanos;
    private final GrowOnlyPane stableStatus;
    private final GrowOnlyPane stableNumbers;
    /** The running lab, for views that follow it (the event-loop view); changed on the FX thread only. */
    private final ReadOnlyObjectWrapper<C10kLab> runningLab = new ReadOnlyObjectWrapper<>(this, "runningLab");
    private LabSample latest;
    private boolean starting;
    private String failure = "";

    public C10kView() {
        root.getStyleClass().add("c10k-view");
        root.getStylesheets().add(Objects.requireNonNull(C10kView.class.getResource("c10k-view.css")).toExternalForm());
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        loopKind.setToggleGroup(kinds);
        threadKind.setToggleGroup(kinds);
        loopKind.setUserData(ServerKind.EVENT_LOOP);
        threadKind.setUserData(ServerKind.THREAD_PER_CONNECTION);
        loopKind.setSelected(true);
        loopKind.setId("c10k-kind-loop");
        threadKind.setId("c10k-kind-threads");
        connections.setValue(10_000);
        connections.setId("c10k-connections");
        ramp.setValue(2_000);
        ramp.setId("c10k-ramp");
        think.setValue(1_000);
        think.setId("c10k-think");
        start.setId("c10k-start");
        stop.setId("c10k-stop");
        start.setOnAction(e -> start());
        stop.setOnAction(e -> stop());
        progress.setId("c10k-progress");
        progress.setPrefWidth(320);
        progressText.setId("c10k-progress-text");
        limit.setId("c10k-limit");
        limit.getStyleClass().add("c10k-limit");
        limit.setWrapText(true);
        limit.setMinHeight(Region.USE_PREF_SIZE);
        numbers.setId("c10k-numbers");
        numbers.getStyleClass().add("c10k-numbers");
        numbers.setWrapText(true);
        numbers.setMinHeight(Region.USE_PREF_SIZE);
        fps.setId("c10k-fps");
        fps.getStyleClass().add("c10k-fps");
        FlowPane settings = new FlowPane(loopKind, threadKind, connectionsLabel, connections, rampLabel, ramp, thinkLabel, think,
                start, stop);
        settings.getStyleClass().add("c10k-settings");
        FlowPane status = new FlowPane(progress, progressText, fps);
        status.getStyleClass().add("c10k-settings");
        ScrollPane chartScroll = new ScrollPane(charts.node());
        chartScroll.setFitToWidth(true);
        chartScroll.getStyleClass().add("c10k-chart-scroll");
        VBox.setVgrow(chartScroll, Priority.ALWAYS);
        root.setMinSize(0, 0);
        // live text above the charts keeps its largest height, so the charts below do not move with a digit
        stableStatus = new GrowOnlyPane(status);
        stableNumbers = new GrowOnlyPane(numbers);
        root.getChildren().addAll(intro, settings, stableStatus, limit, stableNumbers, chartScroll);
        locale.addListener(o -> {
            stableStatus.reset();
            stableNumbers.reset();
            texts();
            render();
        });
        probe.start();
        texts();
        render();
    }

    public Node node() {
        return root;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    public void setKind(ServerKind kind) {
        (kind == ServerKind.EVENT_LOOP ? loopKind : threadKind).setSelected(true);
    }

    public void setConnections(int n) {
        if (!connections.getItems().contains(n)) {
            connections.getItems().add(0, n);
        }
        connections.setValue(n);
    }

    /** Connections opened per second while ramping up. */
    public void setRamp(int perSecond) {
        if (!ramp.getItems().contains(perSecond)) {
            ramp.getItems().add(0, perSecond);
        }
        ramp.setValue(perSecond);
    }

    /** Pause between a client's requests, in milliseconds. */
    public void setThink(int millis) {
        if (!think.getItems().contains(millis)) {
            think.getItems().add(0, millis);
        }
        think.setValue(millis);
    }

    /** The lab while it runs (null before it started and once it stopped). */
    public ReadOnlyObjectProperty<C10kLab> labProperty() {
        return runningLab.getReadOnlyProperty();
    }

    /** Starts a run with the chosen settings (off the FX thread); ignored while one is on. */
    public void start() {
        if (lab != null || starting) {
            return;
        }
        starting = true;
        failure = "";
        latest = null;
        charts.clear();
        LabSettings settings = new LabSettings((ServerKind) kinds.getSelectedToggle().getUserData(), connections.getValue(),
                ramp.getValue(), think.getValue());
        render();
        worker.execute(() -> {
            try {
                C10kLab started = C10kLab.start(settings, mailbox::post);
                Platform.runLater(() -> {
                    lab = started;
                    starting = false;
                    runningLab.set(started);
                    render();
                });
            } catch (Exception e) {
                Platform.runLater(() -> {
                    starting = false;
                    failure = String.valueOf(e.getMessage());
                    render();
                });
            }
        });
    }

    /** Stops the run (off the FX thread: closing thousands of sockets and threads takes a moment). */
    public void stop() {
        C10kLab running = lab;
        if (running == null) {
            return;
        }
        worker.execute(running::close);
    }

    /** Stops any run and the view's threads: for the window closing. Blocks until the lab is closed. */
    public void dispose() {
        probe.stop();
        C10kLab running = lab;
        if (running != null) {
            running.close();
        }
        worker.shutdown();
    }

    public boolean running() {
        return lab != null;
    }

    /** The last sample shown, or null. */
    public LabSample latest() {
        return latest;
    }

    /** Points plotted so far (for tests). */
    int plotted() {
        return charts.points();
    }

    double lastFps() {
        return probe.last();
    }

    private void receive(List<LabSample> batch) {
        LabPhase before = latest == null ? null : latest.phase();
        latest = batch.get(batch.size() - 1);
        charts.add(batch, latest.phase() == LabPhase.STOPPED);
        if (latest.phase() == LabPhase.STOPPED) {
            lab = null;
            runningLab.set(null);
        }
        // numbers changing ten times a second are unreadable and cost a frame each: five is live enough,
        // and a new phase (all held, a limit, stopped) shows at once
        long now = System.nanoTime();
        if (latest.phase() != before || now - lastRenderNanos >= RENDER_NANOS) {
            lastRenderNanos = now;
            render();
        }
    }

    private void showFps() {
        LocalizedMessages words = words();
        fps.setText(words.format("c10k.fps", String.format(Locale.ROOT, "%.0f", probe.last())));
    }

    private LocalizedMessages words() {
        return LocalizedMessages.of(MESSAGES, locale.get());
    }

    /** The words that change only with the language (chart titles and legends are costly to touch). */
    private void texts() {
        LocalizedMessages words = words();
        intro.setText(words.text("c10k.intro"));
        loopKind.setText(words.text("c10k.kind.loop"));
        threadKind.setText(words.text("c10k.kind.threads"));
        connectionsLabel.setText(words.text("c10k.connections"));
        rampLabel.setText(words.text("c10k.ramp"));
        thinkLabel.setText(words.text("c10k.think"));
        start.setText(words.text("c10k.start"));
        stop.setText(words.text("c10k.stop"));
        charts.texts(words);
    }

    /** What changes with every batch of samples: kept to a few labels and the progress bar. */
    private void render() {
        LocalizedMessages words = words();
        boolean on = lab != null || starting;
        start.setDisable(on);
        stop.setDisable(lab == null);
        for (Node n : List.of(loopKind, threadKind, connections, ramp, think)) {
            n.setDisable(on);
        }
        LabSample s = latest;
        progress.setProgress(s == null ? 0 : s.progress());
        progressText.setText(s == null ? (starting ? words.text("c10k.starting") : words.text("c10k.idle"))
                : words.format("c10k.progress", String.valueOf(s.serverHeld()), String.valueOf(s.target()),
                        words.text("c10k.phase." + s.phase().name().toLowerCase(Locale.ROOT))));
        numbers.setText(s == null ? "" : NumbersText.of(s, words));
        String limitText = !failure.isEmpty() ? words.format("c10k.failed", failure) : LimitText.of(s, words);
        limit.setText(limitText);
        limit.setVisible(!limitText.isEmpty());
        limit.setManaged(!limitText.isEmpty());
        showFps();
    }
}
