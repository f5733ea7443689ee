package org.ouroboros.ui.view.io;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ouroboros.aio.DemoInternet;
import org.ouroboros.aio.lab.IoModel;
import org.ouroboros.aio.lab.IoModelsLab;
import org.ouroboros.aio.lab.IoPhase;
import org.ouroboros.aio.lab.IoRun;
import org.ouroboros.aio.lab.SelectCall;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.ZoomPan;

/**
 * The I/O models side by side on one workload (fetch the same pages from the demo internet):
 * blocking, non-blocking, multiplexing with select, and asynchronous. Each model shows its
 * threads as lanes over one shared time scale (blocked, polling, in select, copying, free,
 * callback), how much of the time its thread was blocked, and for select the readiness set of
 * every call. The runs happen off the FX thread when asked ({@link #runAll()}).
 */
public final class IoView {
    public static final String MESSAGES = "org.ouroboros.ui.view.io.io";
    public static final int PAGES = 5;
    /** The demo internet's answer time per page, with jitter, so the pages arrive at different moments. */
    static final double LATENCY_SECONDS = 0.3;
    /** Width of the longest run, in pixels. */
    static final double SCALE_WIDTH = 760;

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    private final VBox root = new VBox();
    private final Label intro = new Label();
    private final Button run = new Button();
    private final Label status = new Label();
    private final FlowPane legend = new FlowPane();
    private final VBox models = new VBox();
    private final ZoomPan zoomPan = new ZoomPan(models);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "io-models-lab");
        t.setDaemon(true);
        return t;
    });
    private List<IoRun> shown = List.of();
    private boolean running;
    private String failure = "";

    public IoView() {
        root.getStyleClass().add("io-view");
        root.getStylesheets().add(Objects.requireNonNull(IoView.class.getResource("io-view.css")).toExternalForm());
        intro.setWrapText(true);
        intro.getStyleClass().add("io-intro");
        intro.setMinHeight(Region.USE_PREF_SIZE);
        run.setId("io-run");
        run.setOnAction(e -> runAll());
        status.setId("io-status");
        status.getStyleClass().add("io-status");
        legend.getStyleClass().add("io-legend");
        models.getStyleClass().add("io-models");
        // The status wraps beside the button rather than being cut (long in English, and at presentation size).
        run.setMinWidth(Region.USE_PREF_SIZE);
        status.setWrapText(true);
        status.setMinWidth(0);
        status.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bar = new HBox(run, status);
        bar.getStyleClass().add("io-bar");
        VBox.setVgrow(zoomPan.node(), Priority.ALWAYS);
        root.setMinSize(0, 0);
        root.getChildren().addAll(intro, bar, legend, zoomPan.node());
        locale.addListener(o -> render());
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

    public ZoomPan zoomPan() {
        return zoomPan;
    }

    /** Runs the four models one after another on a worker thread, then shows them. */
    public void runAll() {
        if (running) {
            return;
        }
        running = true;
        failure = "";
        render();
        worker.execute(() -> {
            List<IoRun> runs = new ArrayList<>();
            String error = "";
            try (DemoInternet internet = DemoInternet.start(DemoInternet.Config.defaults()
                    .withLatency(LATENCY_SECONDS).withJitter(0.6))) {
                InetSocketAddress address = internet.address();
                IoModelsLab lab = new IoModelsLab(address, "www.baidu.com", PAGES);
                for (IoModel m : IoModel.values()) {
                    runs.add(lab.run(m));
                }
            } catch (Exception e) {
                error = String.valueOf(e.getMessage());
            }
            String err = error;
            Platform.runLater(() -> {
                running = false;
                failure = err;
                show(runs);
            });
        });
    }

    public boolean running() {
        return running;
    }

    /** Shows finished runs (what {@link #runAll()} does when they are done). */
    public void show(List<IoRun> runs) {
        shown = List.copyOf(runs);
        render();
    }

    public List<IoRun> runs() {
        return shown;
    }

    /** Stops the worker (when the window closes). */
    public void dispose() {
        worker.shutdownNow();
    }

    private void render() {
        LocalizedMessages words = LocalizedMessages.of(MESSAGES, locale.get());
        intro.setText(words.format("io.intro", String.valueOf(PAGES), String.valueOf((int) (LATENCY_SECONDS * 1000))));
        run.setText(words.text("io.run"));
        run.setDisable(running);
        status.setText(running ? words.text("io.running") : !failure.isEmpty() ? words.format("io.failed", failure)
                : shown.isEmpty() ? words.text("io.notRun") : "");
        legend.getChildren().clear();
        for (IoPhase p : IoPhase.values()) {
            String key = p.name().toLowerCase(Locale.ROOT);
            Label swatch = new Label(words.text("io.phase.short." + key));
            swatch.getStyleClass().addAll("io-block", "io-block-" + key, "io-swatch");
            Label name = new Label(words.text("io.phase." + key));
            name.getStyleClass().add("io-legend-name");
            legend.getChildren().add(new HBox(4, swatch, name));
        }
        models.getChildren().clear();
        double longest = shown.stream().mapToDouble(IoRun::totalMillis).max().orElse(1);
        double scale = SCALE_WIDTH / Math.max(1, longest);
        for (IoRun r : shown) {
            models.getChildren().add(section(r, scale, words));
        }
    }

    private VBox section(IoRun r, double scale, LocalizedMessages words) {
        String key = r.model().name().toLowerCase(Locale.ROOT);
        Label title = new Label(words.text("io.model." + key));
        title.getStyleClass().add("io-model-title");
        Label explain = new Label(words.text("io.explain." + key));
        explain.getStyleClass().add("io-explain");
        explain.setWrapText(true);
        Label summary = new Label(summary(r, words));
        summary.getStyleClass().add("io-summary");
        summary.setId("io-summary-" + key);
        VBox box = new VBox(title, explain, IoGantt.of(r, scale, words), summary);
        if (r.model() == IoModel.MULTIPLEXING) {
            VBox calls = new VBox();
            calls.getStyleClass().add("io-selects");
            int n = 0;
            for (SelectCall c : r.selects()) {
                Label l = new Label(words.format("io.select.call", String.valueOf(++n),
                        String.format(Locale.ROOT, "%.0f", c.returnedMillis()), String.format(Locale.ROOT, "%.0f", c.waitedMillis()),
                        pages(String.join(", ", c.ready()), words)));
                l.getStyleClass().add("io-select-call");
                calls.getChildren().add(l);
            }
            box.getChildren().add(calls);
        }
        box.getStyleClass().add("io-model");
        box.setId("io-model-" + key);
        return box;
    }

    /** The lab names pages "page N"; say it in the view's language. */
    static String pages(String text, LocalizedMessages words) {
        return text.replace("page ", words.text("io.page") + " ");
    }

    private static String summary(IoRun r, LocalizedMessages words) {
        String total = String.format(Locale.ROOT, "%.0f", r.totalMillis());
        String main = r.threads().get(0);
        return switch (r.model()) {
            case BLOCKING -> words.format("io.summary.blocking", total, IoGantt.percent(r, main, IoPhase.BLOCKED));
            case NON_BLOCKING -> words.format("io.summary.nonBlocking", total, IoGantt.percent(r, main, IoPhase.POLLING),
                    String.valueOf(r.notReadyCalls()));
            case MULTIPLEXING -> words.format("io.summary.multiplexing", total, IoGantt.percent(r, main, IoPhase.SELECT),
                    String.valueOf(r.selects().size()));
            case ASYNCHRONOUS -> words.format("io.summary.asynchronous", total, IoGantt.percent(r, main, IoPhase.FREE),
                    String.valueOf(r.segments().stream().filter(s -> s.phase() == IoPhase.CALLBACK).count()));
        };
    }
}
