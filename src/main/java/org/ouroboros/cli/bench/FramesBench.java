package org.ouroboros.cli.bench;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.export.ExportOptions;
import org.ouroboros.ui.export.ExportableView;
import org.ouroboros.ui.export.ExportableViews;
import org.ouroboros.ui.export.HeadlessFx;
import org.ouroboros.ui.export.RenderSettings;
import org.ouroboros.ui.export.TraceRuns;
import org.ouroboros.ui.export.ViewRenderer;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.ThemeChoice;
import org.ouroboros.ui.player.PlayerModel;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.player.TraceViewBinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ouroboros bench frames}: plays the trace of a large class hierarchy and of a large
 * object graph through each object-model view on the shared player and measures frame times
 * with an {@link javafx.animation.AnimationTimer} probe (60 fps means a frame every 16.7 ms).
 * Also reports the time the view's own update takes per frame.
 */
@Command(name = "frames", mixinStandardHelpOptions = true,
        description = "Frame times of the object-model views while the player plays a 200-class hierarchy "
                + "and a 2,000-object graph (p95 <= 16.7 ms is 60 fps).")
public final class FramesBench implements Callable<Integer> {
    static final double FRAME_BUDGET_MS = 1000.0 / 60;

    @Option(names = "--views", split = ",", defaultValue = "mro,dispatch,create,graph,names",
            description = "Views to measure, by export id (default ${DEFAULT-VALUE}; ids not available are skipped).")
    List<String> views;

    @Option(names = "--classes", defaultValue = "200", description = "Classes in the hierarchy (default ${DEFAULT-VALUE}).")
    int classes;

    @Option(names = "--objects", defaultValue = "2000", description = "Objects in the graph (default ${DEFAULT-VALUE}).")
    int objects;

    @Option(names = "--seconds", defaultValue = "4", description = "Playback time per run (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--display", description = "Use the real display (e.g. Xvfb via DISPLAY) instead of headless Monocle.")
    boolean display;

    Writer out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);

    /** One measured run. */
    record Result(String view, String program, int events, int frames, double p50, double p95, double max,
                  double updateP95) {}

    @Override
    public Integer call() throws Exception {
        boolean startedHere = HeadlessFx.start(!display);
        try {
            Map<String, String> programs = new LinkedHashMap<>();
            programs.put(classes + "-class hierarchy", FramePrograms.hierarchy(classes, 42));
            programs.put(objects + "-object graph", FramePrograms.objectGraph(objects));
            out.write(String.format(Locale.ROOT, "platform: %s, prism: %s; %.0f s playback per run after a warm-up run%n",
                    System.getProperty("glass.platform", "default (display)"), System.getProperty("prism.order", "default"),
                    seconds));
            out.write(String.format(Locale.ROOT, "%-9s %-22s %8s %7s %9s %9s %9s %11s  %s%n", "view", "program", "events",
                    "frames", "p50 ms", "p95 ms", "max ms", "update p95", "60 fps?"));
            out.flush();
            boolean allFast = true;
            for (String id : views) {
                ExportableView exportable = ExportableViews.get(id);
                if (exportable == null) {
                    out.write(String.format("%-9s (not available in this build: skipped)%n", id));
                    out.flush();
                    continue;
                }
                for (var program : programs.entrySet()) {
                    Trace trace = TraceRuns.run(program.getValue(), "bench.py", exportable.traceLevel()).trace();
                    measure(exportable, trace, Math.min(1, seconds));
                    Result r = measure(exportable, trace, seconds);
                    boolean fast = r.p95() <= FRAME_BUDGET_MS;
                    allFast &= fast;
                    out.write(String.format(Locale.ROOT, "%-9s %-22s %8d %7d %9.2f %9.2f %9.2f %11.2f  %s%n", id,
                            program.getKey(), r.events(), r.frames(), r.p50(), r.p95(), r.max(), r.updateP95(),
                            fast ? "yes" : "NO"));
                    out.flush();
                }
            }
            out.write("(frame = time between AnimationTimer pulses while the player plays the whole trace; update = the\n"
                    + " view's show() per position change; p95 <= 16.7 ms is 60 fps)\n");
            out.flush();
            return allFast ? 0 : 1;
        } finally {
            if (startedHere) {
                Platform.exit();
            }
        }
    }

    private Result measure(ExportableView exportable, Trace trace, double playSeconds) throws InterruptedException {
        List<Double> updates = new ArrayList<>();
        FrameProbe probe = new FrameProbe();
        RenderSettings settings = new RenderSettings(1200, 760, ThemeChoice.LIGHT, Language.ENGLISH, false, 1);
        PlayerModel player = HeadlessFx.call(() -> {
            TraceView inner = exportable.create(new ExportOptions(Locale.ENGLISH, null));
            TraceView timed = new TimedView(inner, updates);
            Stage stage = new Stage();
            stage.setScene(ViewRenderer.scene(inner, settings));
            stage.show();
            PlayerModel model = new PlayerModel(new org.ouroboros.ui.player.FxTicker(),
                    Math.max(1, trace.size() / playSeconds));
            TraceViewBinding.bind(model, timed);
            model.setTrace(trace);
            probe.start();
            model.play();
            stage.setUserData(model);
            return model;
        });
        long deadline = System.nanoTime() + (long) ((playSeconds * 3 + 5) * 1e9);
        while (HeadlessFx.call(player::isPlaying) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        HeadlessFx.call(() -> {
            probe.stop();
            player.pause();
            new ArrayList<>(javafx.stage.Window.getWindows()).forEach(w -> {
                if (w instanceof Stage s && s.getUserData() == player) {
                    s.hide();
                }
            });
            return null;
        });
        List<Double> frames = probe.frames();
        return new Result("", "", trace.size(), frames.size(), FrameProbe.percentile(frames, 50),
                FrameProbe.percentile(frames, 95), frames.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
                FrameProbe.percentile(updates, 95));
    }

    /** Times each {@link TraceView#show} of the view it wraps. */
    private record TimedView(TraceView inner, List<Double> millis) implements TraceView {
        @Override
        public javafx.scene.Node node() {
            return inner.node();
        }

        @Override
        public void show(Trace trace, int position) {
            long start = System.nanoTime();
            inner.show(trace, position);
            millis.add((System.nanoTime() - start) / 1e6);
        }
    }
}
